-- Issue 19, scenarios 34 and 36: the risk report's snoozed counts joined every active snooze to its flag row and
-- account on each request (about 22,000 snoozes at 100,000 accounts: 80 ms of PostgreSQL). The flags an account
-- carries but has snoozed are now stored beside the ones that count (V48), read at the same moment and over the
-- same interval (a snooze's end is already one of its moments), and the running totals count them too: the
-- company-wide report reads only risk_flag_total, an owner's report only the owner's accounts.

alter table account add column risk_snoozed varchar(30)[] not null default '{}';

-- Derived data like risk_flags: not audited (V48).
drop trigger account_audit on account;
create trigger account_audit after insert or update or delete on account for each row
    execute function audit_row('account', 'id', 'version', 'created_at', 'updated_at', 'decision_contacts',
                               'business_units_covered', 'single_threaded_reasons', 'single_threaded',
                               'last_touch_at', 'risk_flags', 'risk_flag_count', 'arr_at_risk', 'risk_from',
                               'risk_until', 'risk_snoozed');

-- As V48's, also storing the flags raised at `at` whose snooze holds (raised and not counting).
create or replace function risk_project(ids uuid[], at timestamptz) returns integer language plpgsql as $$
declare
    written integer;
begin
    if ids is null or cardinality(ids) = 0 then
        return 0;
    end if;
    perform 1 from account where id = any (ids) order by id for no key update;
    with f as (
        select f.account_id, f.flag,
               risk_flag_counts(f.active_from, f.active_until, s.ends_on, at) as counts,
               f.active_from <= at and (f.active_until is null or f.active_until > at) as raised,
               greatest(case when f.active_from <= at then f.active_from end,
                        case when f.active_until <= at then f.active_until end,
                        case when e.ends_at <= at then e.ends_at end) as since,
               least(case when f.active_from > at then f.active_from end,
                     case when f.active_until > at then f.active_until end,
                     case when e.ends_at > at then e.ends_at end) as next
          from account_risk_flag f
          left join risk_flag_snooze s on s.account_id = f.account_id and s.flag = f.flag
          cross join lateral (select s.ends_on::timestamp at time zone 'UTC' as ends_at) e
         where f.account_id = any (ids)
    ), p as (
        select i.id,
               coalesce(array_agg(f.flag order by f.flag) filter (where f.counts), '{}') as flags,
               count(*) filter (where f.counts) as flag_count,
               coalesce(array_agg(f.flag order by f.flag) filter (where f.raised and not f.counts), '{}') as snoozed,
               coalesce(max(f.since), '-infinity') as valid_from,
               coalesce(min(f.next), 'infinity') as valid_until
          from (select distinct unnest(ids) as id) i
          left join f on f.account_id = i.id
         group by i.id
    )
    update account a
       set risk_flags = p.flags, risk_flag_count = p.flag_count, risk_snoozed = p.snoozed,
           risk_from = p.valid_from, risk_until = p.valid_until
      from p
     where a.id = p.id
       and (a.risk_flags, a.risk_flag_count, a.risk_snoozed, a.risk_from, a.risk_until)
           is distinct from (p.flags::varchar(30)[], p.flag_count::integer, p.snoozed::varchar(30)[], p.valid_from,
                             p.valid_until);
    get diagnostics written = row_count;
    return written;
end $$;

-- The running totals count snoozed flags per tier and flag (no 'ANY' row: the report gives snoozed counts per flag).
alter table risk_flag_total add column snoozed bigint not null default 0;

create or replace function risk_flag_total_add(add_tier varchar, add_flags varchar[], add_accounts integer,
                                               add_arr numeric, add_snoozed varchar[]) returns void language sql as $$
    insert into risk_flag_total (tier, flag, accounts, arr, snoozed)
    select add_tier, f.flag, add_accounts, add_arr, 0 from unnest(add_flags || 'ANY'::varchar) as f (flag)
     where cardinality(add_flags) > 0
    union all
    select add_tier, s.flag, 0, 0, sign(add_accounts) from unnest(add_snoozed) as s (flag)
$$;
drop function risk_flag_total_add(varchar, varchar[], integer, numeric);

create or replace function compact_risk_flag_total() returns void language sql as $$
    with gone as (delete from risk_flag_total returning tier, flag, accounts, arr, snoozed)
    insert into risk_flag_total (tier, flag, accounts, arr, snoozed)
    select tier, flag, sum(accounts), sum(arr), sum(snoozed) from gone group by tier, flag
    having sum(accounts) <> 0 or sum(snoozed) <> 0
$$;

create or replace function risk_flag_total_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.risk_flags = new.risk_flags and old.risk_snoozed = new.risk_snoozed
            and old.arr = new.arr and old.tier = new.tier and old.archived = new.archived then
        return null;
    end if;
    if tg_op <> 'INSERT' and not old.archived and (old.risk_flag_count > 0 or cardinality(old.risk_snoozed) > 0) then
        perform risk_flag_total_add(old.tier, old.risk_flags, -1, -old.arr, old.risk_snoozed);
    end if;
    if tg_op <> 'DELETE' and not new.archived and (new.risk_flag_count > 0 or cardinality(new.risk_snoozed) > 0) then
        perform risk_flag_total_add(new.tier, new.risk_flags, 1, new.arr, new.risk_snoozed);
    end if;
    return null;
end $$;

create or replace function rebuild_risk_flag_total() returns void language sql as $$
    delete from risk_flag_total;
    insert into risk_flag_total (tier, flag, accounts, arr, snoozed)
    select a.tier, f.flag, sum(f.counted), sum(a.arr * f.counted), sum(1 - f.counted)
      from account a
      cross join lateral (select c.flag, 1 as counted from unnest(a.risk_flags || 'ANY'::varchar) as c (flag)
                           where a.risk_flag_count > 0
                          union all
                          select s.flag, 0 from unnest(a.risk_snoozed) as s (flag)) f
     where not a.archived
     group by a.tier, f.flag
$$;

drop trigger account_risk_total on account;
create trigger account_risk_total
    after insert or update of risk_flags, risk_snoozed, arr, tier, archived or delete on account
    for each row execute function risk_flag_total_change();

-- The accounts with a snooze now, read at the migration's moment (without moving updated_at, as in V48), then the
-- totals rebuilt with their snoozed counts.
alter table account disable trigger account_updated_at;
select risk_project(array(select distinct account_id from risk_flag_snooze), now());
alter table account enable trigger account_updated_at;
select rebuild_risk_flag_total();
