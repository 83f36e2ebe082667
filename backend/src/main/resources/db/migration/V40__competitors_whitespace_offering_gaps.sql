-- Issue 18, competition: the competitors managers keep, who holds what in each account (the whitespace grid), what
-- competitors offer that we lack (offering gaps) and the loss reasons and alert causes that name a competitor.
create table competitor (
    id          uuid primary key,
    name        varchar(200)  not null,
    website     varchar(500),
    notes       varchar(4000),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0
);
-- "Rival" and "RIVAL" are one competitor; the list reads this index in name order.
create unique index competitor_name_uq on competitor (lower(name));
create index competitor_name_idx on competitor (name, id);

-- A LOST opportunity's loss reason and a resolved revenue alert's cause may name a competitor; a competitor so named
-- cannot be deleted (the service says how many records name it; the foreign keys make sure).
alter table opportunity add column loss_competitor_id uuid references competitor (id);
create index opportunity_loss_competitor_idx on opportunity (loss_competitor_id) where loss_competitor_id is not null;
alter table revenue_alert add column competitor_id uuid references competitor (id);
create index revenue_alert_competitor_idx on revenue_alert (competitor_id) where competitor_id is not null;

-- One stored cell of an account's whitespace grid (business unit x product family). A cell without a row is NONE;
-- OURS is derived from revenue lines when the account bought the family in the last 12 months (never stored then).
create table whitespace_cell (
    account_id              uuid           not null references account (id),
    business_unit_id        uuid           not null references business_unit (id) on delete cascade,
    product_family          varchar(100)   not null,
    status                  varchar(15)    not null check (status in ('OURS', 'COMPETITOR', 'IN_HOUSE', 'NOT_RELEVANT')),
    competitor_id           uuid           references competitor (id),
    estimated_annual_value  numeric(16, 2) check (estimated_annual_value >= 0),
    contract_end            date,
    updated_at              timestamptz    not null,
    primary key (account_id, business_unit_id, product_family),
    -- Only a competitor's cell names one, with its value and contract end.
    constraint whitespace_cell_competitor check ((status = 'COMPETITOR') = (competitor_id is not null)
        and (status = 'COMPETITOR' or (estimated_annual_value is null and contract_end is null)))
);
-- The exposure report sums per competitor.
create index whitespace_cell_competitor_idx on whitespace_cell (competitor_id, account_id) where competitor_id is not null;

create table offering_gap (
    id             uuid primary key,
    competitor_id  uuid           not null references competitor (id),
    offering       varchar(200)   not null,
    notes          varchar(4000),
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null default 0
);
create unique index offering_gap_uq on offering_gap (competitor_id, lower(offering));
-- The accounts that use a competitor's offering we lack.
create table offering_gap_account (
    gap_id      uuid not null references offering_gap (id) on delete cascade,
    account_id  uuid not null references account (id),
    primary key (gap_id, account_id)
);
create index offering_gap_account_account_idx on offering_gap_account (account_id, gap_id);

-- A threat path's one-click task.
alter table task drop constraint task_source_check;
alter table task add constraint task_source_check
    check (source in ('MANUAL', 'FOLLOW_UP', 'EVENT', 'HANDOFF', 'REVENUE_ALERT', 'THREAT'));
