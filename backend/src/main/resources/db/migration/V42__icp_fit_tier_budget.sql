-- Issue 19, ICP fit and tier governance: the company's ideal customer profile and each account's fit to it (kept
-- by refresh_icp_fit(), the one home of the rule), the tier budget (how many live accounts may be KEY and
-- STRATEGIC), admins' overrides of it, and the structured reason of a promotion in the tier history.
-- The account already carries the facts the profile reads (industry, employees, annual_revenue, country, V1).

create table icp_profile (
    id                smallint      primary key check (id = 1),
    industries        text[]        not null default '{}',
    countries         text[]        not null default '{}',
    employees_min     integer       check (employees_min >= 0),
    employees_max     integer       check (employees_max >= 0),
    revenue_min       numeric(18,2) check (revenue_min >= 0),
    revenue_max       numeric(18,2) check (revenue_max >= 0),
    industry_weight   integer       not null default 30 check (industry_weight between 0 and 100),
    employees_weight  integer       not null default 25 check (employees_weight between 0 and 100),
    revenue_weight    integer       not null default 25 check (revenue_weight between 0 and 100),
    country_weight    integer       not null default 20 check (country_weight between 0 and 100),
    -- The tier review: KEY and STRATEGIC accounts below review_low_fit, STANDARD ones at or above review_high_fit,
    -- once every review_months months (semi-annual by default).
    review_low_fit    integer       not null default 40 check (review_low_fit between 0 and 100),
    review_high_fit   integer       not null default 75 check (review_high_fit between 0 and 100),
    review_months     integer       not null default 6 check (review_months in (1, 2, 3, 4, 6, 12)),
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (employees_min is null or employees_max is null or employees_min <= employees_max),
    check (revenue_min is null or revenue_max is null or revenue_min <= revenue_max),
    check (review_low_fit < review_high_fit)
);
insert into icp_profile (id, updated_at) values (1, now());

-- Each account's fit: null while the profile names no criterion; criteria holds each criterion's outcome
-- (MATCH, MISS, UNKNOWN when the account lacks the fact, NOT_SET when the profile leaves it open), its weight and
-- the points it gave. Derived: written only by refresh_icp_fit(), never by Hibernate.
create table account_icp_fit (
    account_id   uuid         primary key references account (id),
    fit          smallint     check (fit between 0 and 100),
    criteria     jsonb        not null,
    updated_at   timestamptz  not null
);
create index account_icp_fit_fit_idx on account_icp_fit (fit, account_id);
create index account_icp_fit_updated_idx on account_icp_fit (updated_at, account_id);

-- The fit rule. A criterion the profile sets counts with its weight; fit = matched weight / weight of the set
-- criteria x 100, rounded; a fact the account lacks (UNKNOWN) counts as not matched. Industries and countries
-- compare without case; the ranges include their ends. ids null: every account (a profile change, set-based).
create function refresh_icp_fit(ids uuid[]) returns integer language plpgsql as $$
declare
    changed integer;
begin
    with p as (
        select i.*, array(select lower(trim(x)) from unnest(i.industries) x) as industries_lc,
               array(select upper(trim(x)) from unnest(i.countries) x) as countries_uc
          from icp_profile i where i.id = 1
    ), c as (
        select a.id as account_id, x.criterion, x.weight, x.outcome
          from account a
         cross join p
         cross join lateral (values
               ('INDUSTRY', p.industry_weight,
                case when cardinality(p.industries) = 0 or p.industry_weight = 0 then 'NOT_SET'
                     when a.industry is null or trim(a.industry) = '' then 'UNKNOWN'
                     when lower(trim(a.industry)) = any (p.industries_lc) then 'MATCH' else 'MISS' end),
               ('EMPLOYEES', p.employees_weight,
                case when (p.employees_min is null and p.employees_max is null) or p.employees_weight = 0 then 'NOT_SET'
                     when a.employees is null then 'UNKNOWN'
                     when a.employees >= coalesce(p.employees_min, a.employees)
                      and a.employees <= coalesce(p.employees_max, a.employees) then 'MATCH' else 'MISS' end),
               ('REVENUE', p.revenue_weight,
                case when (p.revenue_min is null and p.revenue_max is null) or p.revenue_weight = 0 then 'NOT_SET'
                     when a.annual_revenue is null then 'UNKNOWN'
                     when a.annual_revenue >= coalesce(p.revenue_min, a.annual_revenue)
                      and a.annual_revenue <= coalesce(p.revenue_max, a.annual_revenue) then 'MATCH' else 'MISS' end),
               ('COUNTRY', p.country_weight,
                case when cardinality(p.countries) = 0 or p.country_weight = 0 then 'NOT_SET'
                     when a.country is null then 'UNKNOWN'
                     when upper(a.country) = any (p.countries_uc) then 'MATCH' else 'MISS' end)
         ) as x (criterion, weight, outcome)
         where ids is null or a.id = any (ids)
    ), totals as (
        select account_id, sum(weight) filter (where outcome <> 'NOT_SET') as total from c group by account_id
    ), fits as (
        select c.account_id,
               case when t.total > 0 then round(100.0 * coalesce(sum(c.weight) filter (where c.outcome = 'MATCH'), 0)
                                                / t.total)::smallint end as fit,
               jsonb_agg(jsonb_build_object('criterion', c.criterion, 'weight', c.weight, 'outcome', c.outcome,
                         'points', case when c.outcome = 'MATCH' and t.total > 0
                                        then round(100.0 * c.weight / t.total, 1) else 0 end)
                         order by case c.criterion when 'INDUSTRY' then 1 when 'EMPLOYEES' then 2
                                                   when 'REVENUE' then 3 else 4 end) as criteria
          from c join totals t on t.account_id = c.account_id
         group by c.account_id, t.total
    )
    insert into account_icp_fit as f (account_id, fit, criteria, updated_at)
    select account_id, fit, criteria, clock_timestamp() from fits
    on conflict (account_id) do update
        set fit = excluded.fit, criteria = excluded.criteria,
            updated_at = greatest(excluded.updated_at, f.updated_at + interval '1 microsecond')
        where (f.fit, f.criteria) is distinct from (excluded.fit, excluded.criteria);
    get diagnostics changed = row_count;
    return changed;
end $$;

select refresh_icp_fit(null);

-- The tier budget: the largest share of live accounts (max_share_pct) or the largest count (max_count) that may
-- be in the tier across the company; exactly one of the two. Only KEY and STRATEGIC have one.
create table tier_budget (
    tier           varchar(20)  primary key check (tier in ('KEY', 'STRATEGIC')),
    max_share_pct  numeric(5,2) check (max_share_pct > 0 and max_share_pct <= 100),
    max_count      integer      check (max_count >= 0),
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    check ((max_share_pct is null) <> (max_count is null))
);
-- The starting budgets come from the Flyway placeholders in application.properties (10 and 2).
insert into tier_budget (tier, max_share_pct, updated_at)
values ('KEY', ${key_budget_pct}, now()), ('STRATEGIC', ${strategic_budget_pct}, now());

-- An admin's override: the account may be in the tier beyond the budget until expires_on (inclusive); while it
-- holds, the account does not count against the budget.
create table tier_budget_override (
    id             uuid          primary key,
    account_id     uuid          not null references account (id),
    tier           varchar(20)   not null check (tier in ('KEY', 'STRATEGIC')),
    reason         varchar(500)  not null,
    expires_on     date          not null,
    granted_by     uuid          references app_user (id),
    granted_at     timestamptz   not null
);
create index tier_budget_override_account_idx on tier_budget_override (account_id, tier, expires_on);

-- The structured reason of a promotion to KEY or STRATEGIC (null for other changes and older records).
alter table tier_change add column reason_code varchar(30)
    check (reason_code in ('REVENUE', 'GROWTH_POTENTIAL', 'STRATEGIC_REFERENCE', 'NEW_MARKET', 'AT_RISK_SAVE'));
alter table tier_change add column swap_id uuid;
alter table tier_change add column budget_override_id uuid references tier_budget_override (id);

create trigger icp_profile_audit after insert or update or delete on icp_profile for each row
    execute function audit_row('icp-profile', 'id', 'version', 'updated_at');
create trigger tier_budget_audit after insert or update or delete on tier_budget for each row
    execute function audit_row('tier-budget', 'tier', 'version', 'updated_at');
create trigger tier_budget_override_audit after insert or update or delete on tier_budget_override for each row
    execute function audit_row('tier-budget-override', 'id');
