-- Issue 16, revenue alerts: the alert policy per tier, the alerts with their evidence, the queue of accounts to check
-- after an ingest, and the task and notification an alert opens.

-- The alert policy per tier: which rules run and their thresholds (com.stratum.revenuealert.AlertRules reads them).
create table revenue_alert_policy (
    tier                 varchar(10)   primary key check (tier in ('STANDARD', 'KEY', 'STRATEGIC')),
    stopped_buying       boolean       not null default true,
    volume_drop          boolean       not null default true,
    revenue_decline      boolean       not null default true,
    -- A product counts as bought regularly when bought in at least this many of the 6 months of its baseline.
    min_months_bought    integer       not null default 4 check (min_months_bought between 1 and 6),
    volume_drop_pct      numeric(5, 2) not null default 30 check (volume_drop_pct > 0 and volume_drop_pct <= 100),
    revenue_decline_pct  numeric(5, 2) not null default 15
        check (revenue_decline_pct > 0 and revenue_decline_pct <= 100),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0
);
insert into revenue_alert_policy (tier) values ('STANDARD'), ('KEY'), ('STRATEGIC');
create trigger revenue_alert_policy_audit after insert or update or delete on revenue_alert_policy for each row
    execute function audit_row('revenue-alert-policy', 'tier', 'version', 'updated_at');

create table revenue_alert (
    id               uuid          primary key,
    account_id       uuid          not null references account (id),
    -- Null for REVENUE_DECLINE, which is about the account's total.
    product_id       uuid          references product (id),
    rule             varchar(20)   not null check (rule in ('STOPPED_BUYING', 'VOLUME_DROP', 'REVENUE_DECLINE')),
    -- What one occurrence of the condition is: for STOPPED_BUYING the last month the product was bought, else the
    -- latest complete month it was detected in. A resolved alert is not raised again for the same episode.
    episode          date          not null,
    status           varchar(15)   not null check (status in ('NEW', 'ACKNOWLEDGED', 'RESOLVED')),
    evidence         jsonb         not null,
    -- The money at risk, in the company currency (see RevenueAtRiskReport).
    amount_at_risk   numeric(16, 2) not null check (amount_at_risk >= 0),
    task_id          uuid          references task (id),
    cause            varchar(20)   check (cause in ('COMPETITOR', 'BUDGET', 'PROJECT_ENDED', 'SEASONAL', 'DATA_ERROR',
                                                    'PRICE', 'QUALITY', 'OTHER')),
    competitor       varchar(200),
    resolution_note  varchar(2000),
    acknowledged_at  timestamptz,
    acknowledged_by  uuid          references app_user (id),
    resolved_at      timestamptz,
    resolved_by      uuid          references app_user (id),
    detected_at      timestamptz   not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint revenue_alert_product check ((rule = 'REVENUE_DECLINE') = (product_id is null)),
    constraint revenue_alert_resolved check ((status = 'RESOLVED')
        = (resolved_at is not null and cause is not null and resolution_note is not null)),
    constraint revenue_alert_competitor check (cause is distinct from 'COMPETITOR' or competitor is not null)
);
-- Raised once per (account, product, rule) while open, and never twice for one episode.
create unique index revenue_alert_open_uq on revenue_alert
    (account_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'::uuid), rule) where status <> 'RESOLVED';
create unique index revenue_alert_episode_uq on revenue_alert
    (account_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'::uuid), rule, episode);
-- The inbox (by status, newest first) and an account's alerts.
create index revenue_alert_status_idx on revenue_alert (status, detected_at desc, id);
create index revenue_alert_account_idx on revenue_alert (account_id, detected_at desc, id);
create trigger revenue_alert_audit after insert or update or delete on revenue_alert for each row
    execute function audit_row('revenue-alert', 'id', 'version', 'created_at', 'updated_at');

-- Accounts waiting for an alert check: queued in the ingest's transaction (and nightly for every account with
-- revenue), claimed by RevenueAlertJob with "for update skip locked" and deleted in the transaction that checks them.
create table revenue_alert_check (
    account_id  uuid        primary key references account (id),
    queued_at   timestamptz not null default now()
);
create index revenue_alert_check_queued_idx on revenue_alert_check (queued_at);

-- An alert opens a task for the account's owner (source REVENUE_ALERT) and notifies them.
alter table task drop constraint task_source_check;
alter table task add constraint task_source_check
    check (source in ('MANUAL', 'FOLLOW_UP', 'EVENT', 'HANDOFF', 'REVENUE_ALERT'));
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('SURVEY_ANSWERED', 'FOLLOW_UP_JUDGED', 'HANDOFF_OFFERED', 'HANDOFF_ACCEPTED', 'TASK_ASSIGNED',
                    'EVENT_ADDED', 'REVENUE_ALERT'));
