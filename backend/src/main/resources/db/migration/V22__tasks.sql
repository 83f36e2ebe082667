-- Issue 15, tasks: what someone has to do on an account by a date. A task may point at a contact, an opportunity
-- or a QBR of the same account (the service checks "of the same account"). A failing QBR's follow-up becomes one
-- task per action (source FOLLOW_UP, follow_up_step = the action's position), kept in step with the follow-up.
create table task (
    id              uuid primary key,
    account_id      uuid         not null references account (id),
    title           varchar(300) not null,
    -- A deleted contact or opportunity leaves the task standing, unlinked (QBRs are cancelled, never deleted).
    contact_id      uuid references contact (id) on delete set null,
    opportunity_id  uuid references opportunity (id) on delete set null,
    qbr_id          uuid references qbr (id),
    assignee_id     uuid         not null references app_user (id),
    due_date        date         not null,
    status          varchar(20)  not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    source          varchar(20)  not null check (source in ('MANUAL', 'FOLLOW_UP', 'EVENT', 'HANDOFF')),
    follow_up_step  integer check (follow_up_step between 0 and 99),
    completed_at    timestamptz,
    completed_by    uuid references app_user (id),
    created_by      uuid references app_user (id),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    -- Done, and only done, carries when and by whom.
    constraint task_completed_when_done check ((status = 'DONE') = (completed_at is not null)),
    constraint task_follow_up_step check ((source = 'FOLLOW_UP') = (follow_up_step is not null and qbr_id is not null))
);
-- One task per follow-up action: a changed follow-up updates its tasks instead of adding more.
create unique index task_follow_up_step_uq on task (qbr_id, follow_up_step) where source = 'FOLLOW_UP';
-- The lists: someone's tasks by due date (My day reads the open ones), an account's, a QBR's.
create index task_assignee_due_idx on task (assignee_id, due_date, id);
create index task_assignee_open_due_idx on task (assignee_id, due_date) where status = 'OPEN';
create index task_account_due_idx on task (account_id, due_date, id);
create index task_due_idx on task (due_date, id);
create index task_qbr_idx on task (qbr_id, due_date, id) where qbr_id is not null;
create index task_contact_idx on task (contact_id) where contact_id is not null;
create index task_opportunity_idx on task (opportunity_id) where opportunity_id is not null;

create trigger task_audit after insert or update or delete on task for each row
    execute function audit_row('task', 'id', 'version', 'created_at', 'updated_at');

