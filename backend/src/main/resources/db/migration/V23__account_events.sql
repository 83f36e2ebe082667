-- Compelling events as facts of the account (issue 15): what happened at the customer (an acquisition, a new
-- executive...), reviewed by the account team within days of being recorded, and the opportunities born from it.
-- An opportunity's compelling event, until now three columns of its own (V3), becomes a reference to one.
select set_config('stratum.action', 'system:migration-v23', true);

create table account_event (
    id              uuid primary key,
    account_id      uuid not null references account (id),
    type            varchar(20) not null check (type in ('ACQUISITION', 'FUNDING_ROUND', 'NEW_EXECUTIVE',
                        'EXPANSION', 'REORGANIZATION', 'REGULATION', 'PROJECT', 'OTHER')),
    occurred_on     date not null,
    description     varchar(1000),
    -- MANUAL: typed in by a person; API: sent by an integration with a token.
    source          varchar(10) not null check (source in ('MANUAL', 'API')),
    contact_id      uuid references contact (id) on delete set null,
    status          varchar(20) not null
                        check (status in ('NEW', 'REVIEWED', 'OPPORTUNITY_CREATED', 'NO_ACTION')),
    review_note     varchar(1000),
    -- Set once, when the event is recorded, by accountevent/ReviewDeadline from the account's tier then.
    review_due_at   timestamptz not null,
    reviewed_at     timestamptz,
    reviewed_by     uuid references app_user (id),
    -- The first opportunity created from the event (more may point at it through opportunity.compelling_event_id).
    opportunity_id  uuid references opportunity (id) on delete set null,
    created_by      uuid references app_user (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    check (status <> 'NO_ACTION' or review_note is not null),
    check ((status = 'NEW') = (reviewed_at is null))
);
-- An account's events, newest first.
create index account_event_account_idx on account_event (account_id, created_at, id);
-- The company-wide list, newest first, and the review queue: NEW events by deadline.
create index account_event_created_idx on account_event (created_at, id);
create index account_event_review_idx on account_event (review_due_at, id) where status = 'NEW';
create trigger account_event_audit after insert or update or delete on account_event for each row
    execute function audit_row('account-event', 'id', 'version', 'created_at', 'updated_at');

alter table opportunity add column compelling_event_id uuid references account_event (id);
create index opportunity_compelling_event_idx on opportunity (compelling_event_id) where compelling_event_id is not null;

-- Every opportunity with an inline compelling event gets an account event of its own, already acted on
-- (OPPORTUNITY_CREATED), dated when the opportunity was created if the event had no date.
with moved as (
    insert into account_event (id, account_id, type, occurred_on, description, source, status, review_due_at,
                               reviewed_at, opportunity_id, created_at, updated_at)
    select gen_random_uuid(), o.account_id, o.event_type,
           coalesce(o.event_occurred_on, (o.created_at at time zone 'UTC')::date), o.event_description, 'MANUAL',
           'OPPORTUNITY_CREATED', o.created_at, o.created_at, o.id, o.created_at, o.created_at
      from opportunity o
     where o.event_type is not null
    returning id, opportunity_id)
update opportunity o set compelling_event_id = moved.id from moved where moved.opportunity_id = o.id;

alter table opportunity drop column event_type, drop column event_occurred_on, drop column event_description;
