-- Issue 14, account team: users report to a manager and have a level; an account has a team beyond its owner.

-- Reports-to (another user; cycles are refused by UserService) and the user's level. A JUNIOR user may not own a
-- STRATEGIC account: the rule lives in com.stratum.account.AccountTierService.ensureMayOwn.
alter table app_user add column manager_id uuid references app_user (id);
alter table app_user add column level varchar(10) not null default 'MID' check (level in ('JUNIOR', 'MID', 'SENIOR'));
alter table app_user add constraint app_user_not_own_manager check (manager_id is null or manager_id <> id);
create index app_user_manager_idx on app_user (manager_id) where manager_id is not null;

-- The version of each account's team as a whole (PUT replaces the list; If-Match checks this version). A row
-- appears with the first save of the team; until then the team is at version 0.
create table account_team (
    account_id  uuid primary key references account (id),
    updated_at  timestamptz not null,
    version     bigint not null default 0
);

-- The people who serve an account besides its owner (the owner is on the team implicitly, never a row here).
create table account_team_member (
    id              uuid primary key,
    account_id      uuid not null references account (id),
    user_id         uuid not null references app_user (id),
    team_role       varchar(30) not null check (team_role in ('ACCOUNT_EXECUTIVE', 'CUSTOMER_SUCCESS', 'SALES_ENGINEER',
                                                              'EXECUTIVE_SPONSOR', 'SUPPORT_LEAD', 'SPECIALIST')),
    allocation_pct  integer not null check (allocation_pct between 1 and 100),
    since           date not null,
    until           date,
    check (until is null or until >= since),
    unique (account_id, user_id)
);
-- "Is this user on this account's team?" (every QBR or contact write by a non-owner asks) and a user's teams.
create index account_team_member_user_idx on account_team_member (user_id, account_id);

create trigger account_team_member_audit after insert or update or delete on account_team_member for each row
    execute function audit_row('account-team-member', 'id');
