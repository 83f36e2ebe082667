create table opportunity (
    id                       uuid primary key,
    account_id               uuid not null references account (id),
    type                     varchar(20) not null check (type in ('UPSELL', 'CROSS_SELL', 'RENEWAL')),
    title                    varchar(200) not null,
    product                  varchar(200),
    amount                   numeric(19, 2) not null check (amount > 0),
    stage                    varchar(20) not null
                             check (stage in ('IDENTIFIED', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST')),
    probability              integer not null check (probability between 0 and 100),
    expected_close_date      date not null,
    owner_id                 uuid references app_user (id),
    event_type               varchar(20) check (event_type in ('ACQUISITION', 'FUNDING_ROUND', 'NEW_EXECUTIVE',
                                 'EXPANSION', 'REORGANIZATION', 'REGULATION', 'OTHER')),
    event_occurred_on        date,
    event_description        varchar(1000),
    next_step                varchar(500),
    loss_reason              varchar(1000),
    closed_at                timestamptz,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint not null default 0,
    check ((stage in ('WON', 'LOST')) = (closed_at is not null)),
    check (stage <> 'LOST' or loss_reason is not null)
);
create index opportunity_account_idx on opportunity (account_id, expected_close_date, id);
create index opportunity_owner_idx on opportunity (owner_id, expected_close_date, id);
create index opportunity_close_idx on opportunity (expected_close_date, id);
create index opportunity_open_idx on opportunity (stage) where closed_at is null;
create index opportunity_closed_idx on opportunity (closed_at, type) where closed_at is not null;

create table opportunity_stage_change (
    id              uuid primary key,
    opportunity_id  uuid not null references opportunity (id) on delete cascade,
    from_stage      varchar(20),
    to_stage        varchar(20) not null,
    note            varchar(1000),
    changed_by      varchar(200),
    changed_at      timestamptz not null
);
create index opportunity_stage_change_idx on opportunity_stage_change (opportunity_id, changed_at desc, id);

-- Growth: a yearly target on each account, against the ARR the year started with.
alter table account add column growth_target_pct integer not null default 15
    check (growth_target_pct between 0 and 200);
create table growth_baseline (
    id            uuid primary key,
    account_id    uuid not null references account (id),
    year          integer not null,
    baseline_arr  numeric(19, 2) not null check (baseline_arr >= 0),
    unique (account_id, year)
);
insert into growth_baseline (id, account_id, year, baseline_arr)
select gen_random_uuid(), id, extract(year from now() at time zone 'UTC')::int, arr from account;
