-- The outbox: work to do outside the database (e-mail now; webhooks and notifications later), written in the
-- same transaction as the change it follows, so that a rolled-back change sends nothing. A job claims due
-- messages with "for update skip locked" and a lease (claimed_until): while one instance holds a message's
-- lease no other takes it, and one that died gives it up when the lease ends. Not audited: it is delivery
-- bookkeeping, not a business record; each attempt is kept in outbox_attempt.
create table outbox_message (
    id             uuid primary key,
    kind           varchar(50) not null,    -- which sender delivers it (OutboxSender.kind())
    ref_type       varchar(50) not null,    -- what it is about, for lists such as a QBR's e-mails
    ref_id         uuid not null,
    topic          varchar(50) not null,    -- what it is within its kind (INVITATION, REMINDER, THANK_YOU...)
    recipient      varchar(320),            -- an e-mail address, a webhook URL: shown in lists
    payload        jsonb not null,
    -- A secret the sender needs (a survey link), kept out of the payload and cleared once the message is done.
    secret         text,
    status         varchar(20) not null check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    due_at         timestamptz not null,
    attempts       integer not null default 0,
    max_attempts   integer not null check (max_attempts > 0),
    claimed_by     varchar(200),
    claimed_until  timestamptz,
    last_error     text,
    created_at     timestamptz not null,
    done_at        timestamptz,
    updated_at     timestamptz not null
);
-- The job's claim: pending messages by due time.
create index outbox_message_due_idx on outbox_message (due_at, id) where status = 'PENDING';
-- A record's messages (a QBR's e-mails), and the pending ones to cancel when it changes.
create index outbox_message_ref_idx on outbox_message (ref_type, ref_id, created_at, id);

-- Every delivery attempt: when, by which instance, and how it ended.
create table outbox_attempt (
    id           uuid primary key,
    message_id   uuid not null references outbox_message (id) on delete cascade,
    attempt      integer not null,
    instance     varchar(200) not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    outcome      varchar(20) not null check (outcome in ('SENT', 'FAILED', 'CANCELLED')),
    error        text
);
create index outbox_attempt_message_idx on outbox_attempt (message_id, attempt);

-- The company's own settings: one row. Its name brands the e-mails customers get.
create table company_settings (
    id            smallint primary key check (id = 1),
    company_name  varchar(200) not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0
);
insert into company_settings (id, company_name, updated_at) values (1, 'Stratum', now());
create trigger company_settings_audit after insert or update or delete on company_settings for each row
    execute function audit_row('company-settings', 'id', 'version', 'updated_at');
