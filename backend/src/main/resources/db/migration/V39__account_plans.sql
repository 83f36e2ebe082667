-- Issue 18, account plans: a written plan per account and period, SMART objectives with measurements and
-- milestones, reviews with each QBR. Every plan row carries its account, so that audit rows name it.

create table account_plan (
    id                uuid         primary key,
    account_id        uuid         not null references account (id),
    status            varchar(20)  not null check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    period_start      date         not null,
    period_end        date         not null,
    why_they_bought   text,
    customer_goals    text,
    initiatives       text,
    risks             text,
    -- The day the plan last became ACTIVE: its review is due a cadence after it until it is first reviewed.
    activated_on      date,
    last_reviewed_at  timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (period_end > period_start),
    check (status <> 'ACTIVE' or activated_on is not null)
);
create index account_plan_account_idx on account_plan (account_id, period_start, id);
-- One ACTIVE plan per account; PlanService checks it first (with the account's row locked) to answer 409.
create unique index account_plan_one_active_uq on account_plan (account_id) where status = 'ACTIVE';

create table plan_review (
    id           uuid         primary key,
    plan_id      uuid         not null references account_plan (id),
    account_id   uuid         not null references account (id),
    reviewed_at  timestamptz  not null,
    reviewed_by  uuid         not null references app_user (id),
    note         text         not null
);
create index plan_review_plan_idx on plan_review (plan_id, reviewed_at desc);

-- An objective; the GROWTH one mirrors the account's growth target (its metric, baseline, target and value are read
-- from the account and its growth baseline, so those columns stay null).
create table plan_objective (
    id                    uuid           primary key,
    plan_id               uuid           not null references account_plan (id),
    account_id            uuid           not null references account (id),
    kind                  varchar(20)    not null check (kind in ('GROWTH', 'CUSTOM')),
    position              integer        not null,
    title                 varchar(200)   not null,
    metric                varchar(200),
    unit                  varchar(40),
    baseline              numeric(19, 4),
    target                numeric(19, 4),
    due_on                date,
    owner_id              uuid           references app_user (id),
    shared_with_customer  boolean        not null,
    opportunity_ids       uuid[]         not null default '{}',
    task_ids              uuid[]         not null default '{}',
    created_at            timestamptz    not null,
    updated_at            timestamptz    not null,
    version               bigint         not null default 0,
    check (kind = 'GROWTH' or (metric is not null and baseline is not null and target is not null
                               and due_on is not null and target <> baseline))
);
create index plan_objective_plan_idx on plan_objective (plan_id, position);
create unique index plan_objective_growth_uq on plan_objective (plan_id) where kind = 'GROWTH';

create table plan_measurement (
    id            uuid            primary key,
    objective_id  uuid            not null references plan_objective (id) on delete cascade,
    account_id    uuid            not null references account (id),
    measured_on   date            not null,
    value         numeric(19, 4)  not null,
    note          text,
    recorded_at   timestamptz     not null,
    recorded_by   uuid            not null references app_user (id)
);
create index plan_measurement_objective_idx on plan_measurement (objective_id, measured_on, recorded_at);

create table plan_milestone (
    id            uuid          primary key,
    objective_id  uuid          not null references plan_objective (id) on delete cascade,
    account_id    uuid          not null references account (id),
    title         varchar(200)  not null,
    due_on        date          not null,
    done          boolean       not null default false,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index plan_milestone_objective_idx on plan_milestone (objective_id, due_on, id);

create trigger account_plan_audit after insert or update or delete on account_plan for each row
    execute function audit_row('account-plan', 'id', 'version', 'created_at', 'updated_at');
create trigger plan_review_audit after insert or update or delete on plan_review for each row
    execute function audit_row('plan-review', 'id');
create trigger plan_objective_audit after insert or update or delete on plan_objective for each row
    execute function audit_row('plan-objective', 'id', 'version', 'created_at', 'updated_at');
create trigger plan_measurement_audit after insert or update or delete on plan_measurement for each row
    execute function audit_row('plan-measurement', 'id');
create trigger plan_milestone_audit after insert or update or delete on plan_milestone for each row
    execute function audit_row('plan-milestone', 'id', 'version', 'created_at', 'updated_at');

-- The account's plan flags: the ACTIVE plan's last review day (or the day it became ACTIVE until it is reviewed),
-- null without an ACTIVE plan; written only by account/AccountPlanReview. The flags are computed from it, the tier
-- and the tier's QBR cadence when read, so tier and cadence changes move them without a write.
alter table account add column plan_reviewed_on date;

-- The planMissing / planStale lists (in name order, live accounts): only KEY and STRATEGIC accounts can match, a
-- few percent of them, so AccountQueries names the tiers beside the flag and the planner reads this index.
create index account_plan_needed_idx on account (name, id) where tier in ('KEY', 'STRATEGIC') and not archived;

-- KEY and STRATEGIC accounts need an ACTIVE plan (plan/PlanRules.TIERS_NEEDING_A_PLAN says the same).
create function plan_missing(tier varchar, plan_reviewed_on date) returns boolean
    language sql immutable parallel safe as $$
    select tier in ('KEY', 'STRATEGIC') and plan_reviewed_on is null
$$;

-- ... reviewed within the tier's QBR cadence: stale once the review due day (plan/PlanRules.reviewDueOn) is past.
create function plan_stale(tier varchar, plan_reviewed_on date, cadence_days integer, today date) returns boolean
    language sql immutable parallel safe as $$
    select coalesce(tier in ('KEY', 'STRATEGIC') and plan_reviewed_on + cadence_days < today, false)
$$;
