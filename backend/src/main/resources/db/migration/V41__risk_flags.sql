-- Issue 19, risk flags: named flags per account, each with its evidence and the rule that clears it, kept by
-- com.stratum.risk (RiskRules judges, RiskFlags writes). A flag row exists while its condition holds or will hold
-- by the passing of time alone: active_from / active_until are when it counts, so an overdue flag becomes active
-- at its moment without any job (read against the application's clock), and the rows only change when an input
-- does.

create table account_risk_flag (
    account_id       uuid          not null references account (id),
    flag             varchar(30)   not null check (flag in ('FAILING_GRADE', 'FOLLOW_UP_MISSED', 'QBR_OVERDUE',
                                       'TOUCH_OVERDUE', 'SINGLE_THREADED', 'SPONSOR_LEFT', 'REVENUE_ALERT',
                                       'RENEWAL_AT_RISK', 'THREAT_PATH', 'PLAN_STALE')),
    active_from      timestamptz   not null,
    active_until     timestamptz,
    evidence         varchar(2000) not null,
    clears_when      varchar(500)  not null,
    -- The customer's own reason from the last answered QBR (the lowest-graded answer with a why), when one exists.
    reason_qbr_id    uuid          references qbr (id) on delete set null,
    reason_question  varchar(500),
    reason_grade     varchar(2),
    reason_why       text,
    raised_at        timestamptz   not null,
    primary key (account_id, flag),
    check (active_until is null or active_until > active_from)
);
-- The accounts list's flag filter and the report: one flag's accounts.
create index account_risk_flag_flag_idx on account_risk_flag (flag, account_id);

-- A snoozed flag is shown with its snooze and counts as active again from ends_on.
create table risk_flag_snooze (
    account_id  uuid          not null references account (id),
    flag        varchar(30)   not null,
    reason      varchar(2000) not null,
    ends_on     date          not null,
    snoozed_by  uuid          references app_user (id),
    snoozed_at  timestamptz   not null,
    primary key (account_id, flag)
);

-- Accounts whose inputs changed without a business event (contracts, plans, competition facts, tier policies,
-- revenue ingests, the follow-up judge): queued by the triggers below in the change's transaction, recomputed by
-- the risk-refresh job (ClusterJobs, claimed with skip locked).
create table risk_dirty (
    account_id  uuid        primary key references account (id),
    queued_at   timestamptz not null default now()
);

-- The threshold above which an account's threat score raises THREAT_PATH (managers change it).
create table risk_settings (
    id                integer     primary key check (id = 1),
    threat_threshold  integer     not null check (threat_threshold between 0 and 100),
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
insert into risk_settings (id, threat_threshold, updated_at) values (1, 50, now());

-- One snapshot a day (risk_snapshot_day's key makes it once across instances): per owner, tier and flag the
-- accounts with that flag active and unsnoozed and their ARR; flag 'ANY' for accounts with at least one.
create table risk_snapshot_day (
    day         date        primary key,
    taken_at    timestamptz not null
);
create table risk_snapshot (
    day        date           not null references risk_snapshot_day (day) on delete cascade,
    owner_id   uuid,
    tier       varchar(20)    not null,
    flag       varchar(30)    not null,
    accounts   integer        not null,
    arr        numeric(19, 2) not null,
    unique nulls not distinct (day, owner_id, tier, flag)
);

-- A flag counts when its moment has come, it has not passed, and it is not snoozed (a snooze ends on ends_on).
create function risk_flag_counts(active_from timestamptz, active_until timestamptz, snoozed_until date,
                                 at timestamptz)
    returns boolean language sql immutable parallel safe as $$
    select active_from <= at and (active_until is null or active_until > at)
       and (snoozed_until is null or snoozed_until <= (at at time zone 'UTC')::date)
$$;

-- How many of the account's flags count at `at` (the accounts list's flagCount).
create function risk_flag_count(account uuid, at timestamptz)
    returns integer language sql stable parallel safe as $$
    select count(*)::integer from account_risk_flag f
      left join risk_flag_snooze s on s.account_id = f.account_id and s.flag = f.flag
     where f.account_id = account and risk_flag_counts(f.active_from, f.active_until, s.ends_on, at)
$$;

-- Whether any of the flags named in `flags` (comma separated) counts on the account at `at`.
create function risk_flagged(account uuid, flags varchar, at timestamptz)
    returns boolean language sql stable parallel safe as $$
    select exists (select 1 from account_risk_flag f
                     left join risk_flag_snooze s on s.account_id = f.account_id and s.flag = f.flag
                    where f.account_id = account and f.flag = any (string_to_array(flags, ','))
                      and risk_flag_counts(f.active_from, f.active_until, s.ends_on, at))
$$;

-- The queue's triggers: what changed names its account.
create function risk_queue_account() returns trigger language plpgsql as $$
declare
    row_account uuid;
begin
    if tg_op = 'DELETE' then
        row_account := old.account_id;
    else
        row_account := new.account_id;
    end if;
    insert into risk_dirty (account_id) values (row_account) on conflict do nothing;
    return null;
end $$;

create function risk_queue_self() returns trigger language plpgsql as $$
begin
    insert into risk_dirty (account_id) values (new.id) on conflict do nothing;
    return null;
end $$;

create function risk_queue_follow_up() returns trigger language plpgsql as $$
begin
    insert into risk_dirty (account_id) select account_id from qbr where id = new.qbr_id on conflict do nothing;
    return null;
end $$;

create function risk_queue_tier() returns trigger language plpgsql as $$
begin
    insert into risk_dirty (account_id) select id from account where tier = new.tier and not archived
        on conflict do nothing;
    return null;
end $$;

create trigger account_risk_queue after insert or update of tier, arr, renewal_date, archived, owner_id,
    last_qbr_grade, last_qbr_at, next_qbr_due, last_touch_at, single_threaded_reasons, plan_reviewed_on on account
    for each row execute function risk_queue_self();
create trigger contract_risk_queue after insert or update or delete on contract
    for each row execute function risk_queue_account();
create trigger contact_risk_queue after insert or update of buying_role, left_company_on or delete on contact
    for each row execute function risk_queue_account();
create trigger revenue_alert_risk_queue after insert or update of status on revenue_alert
    for each row execute function risk_queue_account();
create trigger account_plan_risk_queue after insert or update or delete on account_plan
    for each row execute function risk_queue_account();
create trigger whitespace_cell_risk_queue after insert or update or delete on whitespace_cell
    for each row execute function risk_queue_account();
create trigger offering_gap_account_risk_queue after insert or delete on offering_gap_account
    for each row execute function risk_queue_account();
create trigger qbr_follow_up_risk_queue after insert or update of status, target_date on qbr_follow_up
    for each row execute function risk_queue_follow_up();
create trigger tier_policy_risk_queue after update of qbr_cadence_days, touch_cadence_days on tier_policy
    for each row execute function risk_queue_tier();

-- Every live account is judged once by the job after this migration.
insert into risk_dirty (account_id) select id from account where not archived;
