-- Follow-ups are edited by account managers and judged by the next QBR: optimistic locking keeps both.
alter table qbr_follow_up add column version bigint not null default 0;
