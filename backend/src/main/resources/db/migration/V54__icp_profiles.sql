-- Issue 19, several ICP profiles: the company keeps several named profiles (criteria and weights as V42's one), each
-- active or not; an account's fit is the best fit over the active profiles, and names the profile that gave it.
-- icp_profile keeps only the tier review's thresholds (one row, as before, so its audit history carries on); its
-- criteria move to the first profile, "Default".

create table icp_fit_profile (
    id                uuid          primary key,
    name              varchar(100)  not null check (btrim(name) <> ''),
    active            boolean       not null default true,
    industries        text[]        not null default '{}',
    countries         text[]        not null default '{}',
    employees_min     integer       check (employees_min >= 0),
    employees_max     integer       check (employees_max >= 0),
    revenue_min       numeric(18,2) check (revenue_min >= 0),
    revenue_max       numeric(18,2) check (revenue_max >= 0),
    industry_weight   integer       not null check (industry_weight between 0 and 100),
    employees_weight  integer       not null check (employees_weight between 0 and 100),
    revenue_weight    integer       not null check (revenue_weight between 0 and 100),
    country_weight    integer       not null check (country_weight between 0 and 100),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (employees_min is null or employees_max is null or employees_min <= employees_max),
    check (revenue_min is null or revenue_max is null or revenue_min <= revenue_max)
);
create unique index icp_fit_profile_name_idx on icp_fit_profile (lower(name));
create index icp_fit_profile_created_idx on icp_fit_profile (created_at, id);

insert into icp_fit_profile (id, name, active, industries, countries, employees_min, employees_max, revenue_min,
                             revenue_max, industry_weight, employees_weight, revenue_weight, country_weight,
                             created_at, updated_at)
select gen_random_uuid(), 'Default', true, industries, countries, employees_min, employees_max, revenue_min,
       revenue_max, industry_weight, employees_weight, revenue_weight, country_weight, updated_at, updated_at
  from icp_profile where id = 1;

alter table icp_profile drop column industries, drop column countries, drop column employees_min,
    drop column employees_max, drop column revenue_min, drop column revenue_max, drop column industry_weight,
    drop column employees_weight, drop column revenue_weight, drop column country_weight;

create trigger icp_fit_profile_audit after insert or update or delete on icp_fit_profile for each row
    execute function audit_row('icp-fit-profile', 'id', 'version', 'updated_at');

-- The profile that gave the fit (while no active profile sets a criterion: the oldest active one, its fit null; null
-- while no profile is active, the criteria then empty). Not a foreign key: a profile's
-- delete recomputes every fit in its own transaction, after the row is gone.
alter table account_icp_fit add column profile_id uuid;

-- The fit rule, per profile as in V42 (a set criterion counts with its weight; fit = matched weight / weight of the
-- set criteria x 100, rounded; UNKNOWN counts as not matched), and the account's fit is the best over the active
-- profiles: the highest fit, ties to the oldest profile. ids null: every account (a profile change, set-based).
create or replace function refresh_icp_fit(ids uuid[]) returns integer language plpgsql as $$
declare
    changed integer;
begin
    with p as (
        select i.*, array(select lower(trim(x)) from unnest(i.industries) x) as industries_lc,
               array(select upper(trim(x)) from unnest(i.countries) x) as countries_uc
          from icp_fit_profile i where i.active
    ), accounts as (
        select a.* from account a where ids is null or a.id = any (ids)
    ), c as (
        select a.id as account_id, p.id as profile_id, p.created_at, x.criterion, x.weight, x.outcome
          from accounts a
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
    ), totals as (
        select account_id, profile_id, sum(weight) filter (where outcome <> 'NOT_SET') as total
          from c group by account_id, profile_id
    ), fits as (
        select c.account_id, c.profile_id, min(c.created_at) as created_at,
               case when t.total > 0 then round(100.0 * coalesce(sum(c.weight) filter (where c.outcome = 'MATCH'), 0)
                                                / t.total)::smallint end as fit,
               jsonb_agg(jsonb_build_object('criterion', c.criterion, 'weight', c.weight, 'outcome', c.outcome,
                         'points', case when c.outcome = 'MATCH' and t.total > 0
                                        then round(100.0 * c.weight / t.total, 1) else 0 end)
                         order by case c.criterion when 'INDUSTRY' then 1 when 'EMPLOYEES' then 2
                                                   when 'REVENUE' then 3 else 4 end) as criteria
          from c join totals t on t.account_id = c.account_id and t.profile_id = c.profile_id
         group by c.account_id, c.profile_id, t.total
    ), best as (
        select distinct on (account_id) account_id, profile_id, fit, criteria
          from fits
         order by account_id, fit desc nulls last, created_at, profile_id
    )
    insert into account_icp_fit as f (account_id, fit, criteria, profile_id, updated_at)
    select a.id, b.fit, coalesce(b.criteria, '[]'::jsonb), b.profile_id, clock_timestamp()
      from accounts a left join best b on b.account_id = a.id
    on conflict (account_id) do update
        set fit = excluded.fit, criteria = excluded.criteria, profile_id = excluded.profile_id,
            updated_at = greatest(excluded.updated_at, f.updated_at + interval '1 microsecond')
        where (f.fit, f.criteria, f.profile_id) is distinct from (excluded.fit, excluded.criteria, excluded.profile_id);
    get diagnostics changed = row_count;
    return changed;
end $$;

select refresh_icp_fit(null);
