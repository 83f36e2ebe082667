-- Issue 19, scenarios 33 and 34: the risk flags that count, stored on the account, so that the accounts list
-- filtered by flag and sorted by flag count or ARR at risk reads an index in order, and the risk report reads a few
-- hundred running totals instead of every flag row.
--
-- The rules stay where they are: com.stratum.risk judges an account and writes its rows of account_risk_flag (V41),
-- each with the moment it starts and stops counting, and risk_flag_counts() (V41) says whether a row counts at a
-- moment. What is stored here is only that table read at a moment, with the interval over which the reading holds:
-- risk_from is the latest moment at or before it when a row of the account started or stopped counting (or a snooze
-- ended), risk_until the next such moment after it. Within [risk_from, risk_until) the stored set is exact; outside
-- it the account is re-read by risk_catch_up(), which every read of the stored set runs first (and the risk-refresh
-- job too). So a flag that starts counting by the clock alone (QBR_OVERDUE on its day) is in the list from its moment,
-- as it was when the list probed account_risk_flag per account.
--
-- Written only by risk_project() below: in the transaction that writes the account's flag rows (RiskFlags.recompute,
-- in every business event's transaction and in the risk-refresh job) or its snooze (RiskService).

alter table account
    add column risk_flags      varchar(30)[] not null default '{}',
    add column risk_flag_count integer       not null default 0,
    add column arr_at_risk     numeric(19, 2) generated always as
        (case when risk_flag_count > 0 then arr else 0 end) stored,
    add column risk_from       timestamptz   not null default '-infinity',
    add column risk_until      timestamptz   not null default 'infinity';

-- Derived data: not audited (the flag rows and snoozes it reads are the record), like coverage and the last touch.
drop trigger account_audit on account;
create trigger account_audit after insert or update or delete on account for each row
    execute function audit_row('account', 'id', 'version', 'created_at', 'updated_at', 'decision_contacts',
                               'business_units_covered', 'single_threaded_reasons', 'single_threaded',
                               'last_touch_at', 'risk_flags', 'risk_flag_count', 'arr_at_risk', 'risk_from',
                               'risk_until');

-- Stores, for each account given, the flags that count at `at` and the interval over which that holds. Locks the
-- accounts in id order first, so that two writers never wait on each other crosswise; writes only the rows whose
-- stored reading changes. Returns how many it wrote.
create function risk_project(ids uuid[], at timestamptz) returns integer language plpgsql as $$
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
               coalesce(max(f.since), '-infinity') as valid_from,
               coalesce(min(f.next), 'infinity') as valid_until
          from (select distinct unnest(ids) as id) i
          left join f on f.account_id = i.id
         group by i.id
    )
    update account a
       set risk_flags = p.flags, risk_flag_count = p.flag_count, risk_from = p.valid_from,
           risk_until = p.valid_until
      from p
     where a.id = p.id
       and (a.risk_flags, a.risk_flag_count, a.risk_from, a.risk_until)
           is distinct from (p.flags::varchar(30)[], p.flag_count::integer, p.valid_from, p.valid_until);
    get diagnostics written = row_count;
    return written;
end $$;

-- Re-reads the accounts whose stored reading does not hold at `at` (a moment passed, or, in tests, a clock set
-- back). Both conditions are read from an index; with nothing due it reads a page of each and writes nothing.
create function risk_catch_up(at timestamptz) returns integer language plpgsql as $$
declare
    due uuid[];
begin
    -- Planned for this `at` every time: a plan made for any `at` guesses a third of the accounts due and reads them
    -- all (measured: 914 pages at 10,000 accounts, against 4 when planned for the moment).
    execute 'select array(select id from account where risk_until <= $1 or risk_from > $1)' into due using at;
    return risk_project(due, at);
end $$;

-- The list's flag filter: whether the account carries any of the flags named (comma separated). Inlined by the
-- planner (one SQL expression), so that it reads risk_flags && array[…] from the GIN index below.
create function risk_flags_any(flags varchar[], wanted varchar) returns boolean
    language sql immutable parallel safe as $$
    select flags && string_to_array(wanted, ',')::varchar[]
$$;

-- The accounts that have flag rows now, read at the migration's moment (without moving updated_at: nothing a
-- client sees changed), before the indexes below are built.
alter table account disable trigger account_updated_at;
select risk_project(array(select distinct account_id from account_risk_flag), now());
alter table account enable trigger account_updated_at;

create index account_risk_until_idx on account (risk_until);
create index account_risk_from_idx on account (risk_from);
-- The list's flag filter ("any of these", risk_flags && …): read for flags few accounts carry.
-- Without a pending list (fastupdate): the stored flags change seldom, and a search would read the whole list until
-- a vacuum merged it (measured: 18 ms for 101 accounts at 100,000 right after a bulk change, against 1 ms).
create index account_risk_flags_idx on account using gin (risk_flags) with (fastupdate = off)
    where not archived and risk_flag_count > 0;
-- The list's risk sorts, read in order (company-wide; an owner's 200 accounts come from the owner's indexes). The
-- flags and the tier (the list joins its policy) are included, so that the page's count of at most 1,001 matches
-- reads the index only (measured at 10,000 accounts: 0.55 ms against 12 ms through the table).
create index account_arr_at_risk_idx on account (arr_at_risk desc, name, id) include (tier, risk_flags, risk_flag_count)
    where not archived;
create index account_risk_flag_count_idx on account (risk_flag_count desc, name, id) include (tier, risk_flags)
    where not archived;

-- Running totals behind the company-wide risk report: live accounts and their ARR per tier and counting flag, and
-- 'ANY' for accounts with at least one. The trigger below appends the changes (signed rows) in the transaction that
-- changes the account's stored flags, ARR, tier or archived flag: appended, never updated, so that writers (a job's
-- batch of 200 accounts and a user's write) never lock a total, let alone two crosswise. Readers sum the rows;
-- compact_risk_flag_total(), run by the risk-refresh job, folds them back into one row per tier and flag. A report
-- filtered to owners aggregates their accounts instead (a few hundred).
create table risk_flag_total (
    tier      varchar(20)    not null,
    flag      varchar(30)    not null,
    accounts  bigint         not null,
    arr       numeric(21, 2) not null
);

create function risk_flag_total_add(add_tier varchar, add_flags varchar[], add_accounts integer, add_arr numeric)
    returns void language sql as $$
    insert into risk_flag_total (tier, flag, accounts, arr)
    select add_tier, f.flag, add_accounts, add_arr from unnest(add_flags || 'ANY'::varchar) as f (flag)
$$;

-- One row per tier and flag again. Rows appended meanwhile are not in the statement's snapshot and stay; a second
-- compaction at the same time skips the rows the first deleted.
create function compact_risk_flag_total() returns void language sql as $$
    with gone as (delete from risk_flag_total returning tier, flag, accounts, arr)
    insert into risk_flag_total (tier, flag, accounts, arr)
    select tier, flag, sum(accounts), sum(arr) from gone group by tier, flag having sum(accounts) <> 0
$$;

create function risk_flag_total_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.risk_flags = new.risk_flags and old.arr = new.arr and old.tier = new.tier
            and old.archived = new.archived then
        return null;
    end if;
    if tg_op <> 'INSERT' and not old.archived and old.risk_flag_count > 0 then
        perform risk_flag_total_add(old.tier, old.risk_flags, -1, -old.arr);
    end if;
    if tg_op <> 'DELETE' and not new.archived and new.risk_flag_count > 0 then
        perform risk_flag_total_add(new.tier, new.risk_flags, 1, new.arr);
    end if;
    return null;
end $$;

-- Rebuilds the totals from the accounts (after a bulk load that bypassed the trigger).
create function rebuild_risk_flag_total() returns void language sql as $$
    delete from risk_flag_total;
    insert into risk_flag_total (tier, flag, accounts, arr)
    select a.tier, f.flag, count(*), sum(a.arr)
      from account a cross join lateral unnest(a.risk_flags || 'ANY'::varchar) as f (flag)
     where not a.archived and a.risk_flag_count > 0
     group by a.tier, f.flag
$$;

create trigger account_risk_total after insert or update of risk_flags, arr, tier, archived or delete on account
    for each row execute function risk_flag_total_change();
select rebuild_risk_flag_total();
