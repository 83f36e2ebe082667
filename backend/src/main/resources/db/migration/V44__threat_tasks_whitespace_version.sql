-- Issue 18, walking the screens: a threat path's task is made once, and the whitespace grid is written with
-- If-Match like every other resource.

-- Why a task was made (for a THREAT task, the path's whole sentence; its title is the short subject), and the
-- threat path it was made of. A second click answers the path's OPEN task (the account's row is the lock; no unique
-- index, so reopening an older task of the same path stays possible).
alter table task add column detail varchar(2000);
alter table task add column threat_key varchar(300);
alter table task add constraint task_threat_key check (threat_key is null or source = 'THREAT');
create index task_threat_key_idx on task (account_id, threat_key) where threat_key is not null and status = 'OPEN';

-- The version of an account's whitespace grid (its ETag); no row is version 0, before the first save.
create table whitespace_grid (
    account_id  uuid primary key references account (id) on delete cascade,
    version     bigint      not null,
    updated_at  timestamptz not null
);
