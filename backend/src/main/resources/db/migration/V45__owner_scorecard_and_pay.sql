-- Issue 19, the owner's scorecard and retention-gated pay: yearly targets per owner, a commission plan per year,
-- credit splits on opportunities, commission periods (calendar quarters) that freeze their statements at close, and
-- the frozen lines themselves (the originals of the period and the adjustments later changes make). Each row is
-- audited; the frozen lines are only ever inserted.

create table owner_target (
    id                 uuid           primary key,
    user_id            uuid           not null references app_user (id),
    year               int            not null check (year between 2000 and 2100),
    -- Null: the default, the sum of the owner's accounts' growth targets (baseline x growth target %).
    expansion_target   numeric(14, 2) check (expansion_target >= 0),
    -- Null: the company's threshold (company_settings.grr_threshold_pct).
    grr_threshold_pct  numeric(5, 2)  check (grr_threshold_pct between 0 and 100),
    nrr_target_pct     numeric(6, 2)  check (nrr_target_pct between 0 and 1000),
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null default 0,
    unique (user_id, year)
);

-- One plan per year: the base rate, and accelerators (higher marginal rates from an attainment above 100 %).
create table commission_plan (
    id          uuid           primary key,
    year        int            not null unique check (year between 2000 and 2100),
    rate_pct    numeric(5, 2)  not null check (rate_pct between 0 and 100),
    -- [{"fromAttainmentPct": 100, "ratePct": 12}, ...] ascending, each from above 100 % and strictly rising.
    accelerators jsonb         not null default '[]',
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null,
    version     bigint         not null default 0
);

-- The credit of an expansion opportunity split between team members; absent, its owner has all of it. The shares of
-- one opportunity sum to exactly 100 (opportunity/OpportunitySplits checks it before writing them all at once).
create table opportunity_split (
    id              uuid          primary key,
    opportunity_id  uuid          not null references opportunity (id) on delete cascade,
    user_id         uuid          not null references app_user (id),
    share_pct       numeric(5, 2) not null check (share_pct > 0 and share_pct <= 100),
    unique (opportunity_id, user_id)
);
create index opportunity_split_user_idx on opportunity_split (user_id);

-- A closed commission period: its statements are frozen in commission_line.
create table commission_period (
    id         uuid        primary key,
    year       int         not null check (year between 2000 and 2100),
    quarter    int         not null check (quarter between 1 and 4),
    closed_at  timestamptz not null,
    closed_by  uuid        references app_user (id),
    unique (year, quarter)
);

-- A frozen statement line. ORIGINAL: a won expansion of the period, as the close computed it. ADJUSTMENT: booked in a
-- later close, for an earlier closed period (for_year, for_quarter), the difference a recomputation found; credit and
-- commission hold the difference, won_amount, share_pct and payable what the recomputation says now.
create table commission_line (
    id                 uuid           primary key,
    period_id          uuid           not null references commission_period (id),
    kind               varchar(12)    not null check (kind in ('ORIGINAL', 'ADJUSTMENT')),
    for_year           int            not null,
    for_quarter        int            not null check (for_quarter between 1 and 4),
    user_id            uuid           not null references app_user (id),
    -- No foreign keys: a frozen line outlives its opportunity and account.
    opportunity_id     uuid           not null,
    account_id         uuid           not null,
    opportunity_title  varchar(200)   not null,
    account_name       varchar(200)   not null,
    closed_at          timestamptz,
    won_amount         numeric(14, 2) not null,
    share_pct          numeric(5, 2)  not null,
    credit             numeric(14, 2) not null,
    payable            boolean        not null,
    blockers           jsonb          not null default '[]',
    commission         numeric(14, 2) not null,
    reason             text,
    created_at         timestamptz    not null,
    check (kind = 'ORIGINAL' or reason is not null)
);
create index commission_line_user_idx on commission_line (user_id, period_id, kind, closed_at, id);
create index commission_line_for_idx on commission_line (for_year, for_quarter, user_id, opportunity_id);

create trigger owner_target_audit after insert or update or delete on owner_target for each row
    execute function audit_row('owner-target', 'id', 'version', 'created_at', 'updated_at');
create trigger commission_plan_audit after insert or update or delete on commission_plan for each row
    execute function audit_row('commission-plan', 'id', 'version', 'created_at', 'updated_at');
create trigger opportunity_split_audit after insert or update or delete on opportunity_split for each row
    execute function audit_row('opportunity-split', 'id');
create trigger commission_period_audit after insert or update or delete on commission_period for each row
    execute function audit_row('commission-period', 'id');
create trigger commission_line_audit after insert or update or delete on commission_line for each row
    execute function audit_row('commission-line', 'id', 'created_at');
