-- Webhooks (issue 17): an admin's subscription of a URL to business events, and one delivery per webhook and
-- event, written in the transaction of the change (webhook/WebhookEvents), sent by webhook/WebhookRelay.
create table webhook (
    id             uuid primary key,
    name           varchar(100) not null,
    url            varchar(2000) not null,
    -- The event types sent (webhook/WebhookEventType); never empty.
    event_types    text[] not null check (cardinality(event_types) > 0),
    active         boolean not null default true,
    -- The signing key (HMAC-SHA256): shown once at creation and when rotated; needed in clear to sign.
    secret         varchar(100) not null,
    -- Set when a delivery was given up after the retry window; cleared by a successful delivery or an edit.
    failing_since  timestamptz,
    created_by     uuid references app_user (id) on delete set null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0
);
create index webhook_created_idx on webhook (created_at, id);

-- One row per (webhook, event) (a redelivery adds another with the same event_id): the outbox of webhooks. seq orders the deliveries of one resource; a delivery is
-- not sent while an earlier one of the same (webhook, resource) is PENDING.
create table webhook_delivery (
    id                uuid primary key,
    seq               bigint generated always as identity,
    webhook_id        uuid not null references webhook (id) on delete cascade,
    event_id          uuid not null,
    event_type        varchar(60) not null,
    resource_type     varchar(40) not null,
    resource_id       uuid not null,
    -- The exact body sent (the event as JSON).
    body              text not null,
    status            varchar(10) not null check (status in ('PENDING', 'SENT', 'FAILED')),
    created_at        timestamptz not null,
    due_at            timestamptz not null,
    attempts          int not null default 0,
    claimed_by        varchar(200),
    claimed_until     timestamptz,
    -- The last attempt: when, the HTTP status (null when no answer), how long, what came back (at most 1 KiB).
    last_attempt_at   timestamptz,
    response_status   int,
    latency_ms        int,
    response_excerpt  varchar(1024),
    last_error        varchar(2000),
    done_at           timestamptz
);
-- The relay: due PENDING deliveries; the ordering check: earlier PENDING ones of the same resource.
create index webhook_delivery_due_idx on webhook_delivery (due_at, id) where status = 'PENDING';
create index webhook_delivery_resource_idx on webhook_delivery (webhook_id, resource_type, resource_id, seq)
    where status = 'PENDING';
-- The delivery log of a webhook, newest first.
create index webhook_delivery_log_idx on webhook_delivery (webhook_id, created_at, id);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('SURVEY_ANSWERED', 'FOLLOW_UP_JUDGED', 'HANDOFF_OFFERED', 'HANDOFF_ACCEPTED', 'TASK_ASSIGNED',
                    'EVENT_ADDED', 'REVENUE_ALERT', 'WEBHOOK_FAILING'));
