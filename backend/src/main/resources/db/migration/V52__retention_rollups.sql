-- Issue 16, scenario 20: the retention report read every account's two rows of recurring_revenue_12m and joined the
-- account table for each request (100,000 accounts: about 350 ms of PostgreSQL CPU). Two rollups, kept by the same
-- function that keeps recurring_revenue_12m and by a trigger on the account's owner and tier, make it read a few
-- hundred rows: the figures per (measured window, owner, tier), and the cohort accounts that lost revenue.
--
-- A "pair" is (measured_end, account): the account's recurring revenue in the 12 months ending before measured_end
-- (e) against the 12 months before those (s), both read from recurring_revenue_12m; a missing row means none. A pair
-- counts when s or e exists. Its figures are the report's columns (RetentionReports): cohort (s), churned (s, no e),
-- contracted (e < s), expanded (e > s), new (e, no s).

-- 1. The figures per (measured_end, owner, tier), as deltas: each change inserts what it removes (sign -1, before)
-- and what it adds (+1, after), never updating a row, so that concurrent ingests and account edits never wait for
-- one another on a shared row. The report sums a window's rows; retention_group_compact() folds them into one row
-- per group (the job RetentionCompaction and rebuilds). owner_id may be null as account.owner_id.
create table retention_group_delta (
    measured_end        date           not null,
    owner_id            uuid,
    tier                varchar(20)    not null,
    cohort_accounts     bigint         not null,
    starting_revenue    numeric(20, 2) not null,
    retained_revenue    numeric(20, 2) not null,
    ending_revenue      numeric(20, 2) not null,
    churned_accounts    bigint         not null,
    churned_revenue     numeric(20, 2) not null,
    contracted_accounts bigint         not null,
    contraction_revenue numeric(20, 2) not null,
    expanded_accounts   bigint         not null,
    expansion_revenue   numeric(20, 2) not null,
    new_accounts        bigint         not null,
    new_revenue         numeric(20, 2) not null
);
create index retention_group_delta_idx on retention_group_delta (measured_end, owner_id, tier);

-- 2. The cohort accounts that lost revenue in a window (e < s, or no e), with their owner and tier today: the report's
-- largest losses are the first rows of an index instead of a sort of the whole cohort.
create table retention_loss (
    measured_end  date           not null,
    account_id    uuid           not null,
    owner_id      uuid,
    tier          varchar(20)    not null,
    starting      numeric(18, 2) not null,
    ending        numeric(18, 2) not null,
    primary key (measured_end, account_id)
);
create index retention_loss_rank_idx on retention_loss (measured_end, (starting - ending) desc, account_id);
-- One owner's largest losses (the report filtered by owner) without reading the other owners' rows.
create index retention_loss_owner_idx on retention_loss (measured_end, owner_id, (starting - ending) desc, account_id);

-- 3. The windows both rollups hold. A window is written whole when the report (or the job, at the turn of the month)
-- first asks for it (retention_window_add), then kept by every change; changes to the other windows (those of the
-- months to come: a line of month P counts in the windows measured up to P + 24 months) cost nothing until then, so
-- an ingest of last month's lines keeps one window, not 24.
create table retention_window (
    measured_end date primary key
);

-- The figures computed from recurring_revenue_12m and account, per pair: what both tables are held to (a test
-- compares them) and what the rebuild writes.
create view retention_pair_computed as
select p.measured_end, p.account_id, a.owner_id, a.tier, s.amount as starting, e.amount as ending
  from (select window_end as measured_end, account_id from recurring_revenue_12m
        union
        select (window_end + interval '12 months')::date, account_id from recurring_revenue_12m) p
  join account a on a.id = p.account_id
  left join recurring_revenue_12m s
         on s.window_end = (p.measured_end - interval '12 months')::date and s.account_id = p.account_id
  left join recurring_revenue_12m e on e.window_end = p.measured_end and e.account_id = p.account_id;

create view retention_group_computed as
select measured_end, owner_id, tier,
       count(starting) as cohort_accounts,
       coalesce(sum(starting), 0) as starting_revenue,
       coalesce(sum(least(starting, coalesce(ending, 0))) filter (where starting is not null), 0) as retained_revenue,
       coalesce(sum(coalesce(ending, 0)) filter (where starting is not null), 0) as ending_revenue,
       count(*) filter (where starting is not null and ending is null) as churned_accounts,
       coalesce(sum(starting) filter (where ending is null), 0) as churned_revenue,
       count(*) filter (where ending < starting) as contracted_accounts,
       coalesce(sum(starting - ending) filter (where ending < starting), 0) as contraction_revenue,
       count(*) filter (where ending > starting) as expanded_accounts,
       coalesce(sum(ending - starting) filter (where ending > starting), 0) as expansion_revenue,
       count(*) filter (where starting is null) as new_accounts,
       coalesce(sum(ending) filter (where starting is null), 0) as new_revenue
  from retention_pair_computed
 group by measured_end, owner_id, tier;

create view retention_loss_computed as
select measured_end, account_id, owner_id, tier, starting, coalesce(ending, 0) as ending
  from retention_pair_computed
 where starting > coalesce(ending, 0);

-- Adds the figures of the given pairs, times sign, to the deltas, each pair counted with the owner and tier given
-- (today's unless the account's owner or tier just changed). Pairs without revenue add nothing.
create function retention_group_add(ends date[], accounts uuid[], owners uuid[], tiers text[], signs integer[])
    returns void language sql as $$
    insert into retention_group_delta
    select v.measured_end, v.owner_id, v.tier,
           sum(v.sign * (v.s is not null)::int),
           sum(v.sign * coalesce(v.s, 0)),
           sum(v.sign * case when v.s is not null then least(v.s, coalesce(v.e, 0)) else 0 end),
           sum(v.sign * case when v.s is not null then coalesce(v.e, 0) else 0 end),
           sum(v.sign * (v.s is not null and v.e is null)::int),
           sum(v.sign * case when v.e is null then coalesce(v.s, 0) else 0 end),
           sum(v.sign * coalesce((v.e < v.s)::int, 0)),
           sum(v.sign * case when v.e < v.s then v.s - v.e else 0 end),
           sum(v.sign * coalesce((v.e > v.s)::int, 0)),
           sum(v.sign * case when v.e > v.s then v.e - v.s else 0 end),
           sum(v.sign * (v.s is null)::int),
           sum(v.sign * case when v.s is null then v.e else 0 end)
      from (select p.measured_end, p.owner_id, p.tier, p.sign, s.amount as s, e.amount as e
              from unnest(ends, accounts, owners, tiers, signs) p(measured_end, account_id, owner_id, tier, sign)
              left join recurring_revenue_12m s
                     on s.window_end = (p.measured_end - interval '12 months')::date and s.account_id = p.account_id
              left join recurring_revenue_12m e on e.window_end = p.measured_end and e.account_id = p.account_id
             where s.amount is not null or e.amount is not null) v
     group by v.measured_end, v.owner_id, v.tier;
$$;

-- Writes the loss rows of the given pairs again from recurring_revenue_12m and account.
create function retention_loss_refresh(ends date[], accounts uuid[]) returns void language sql as $$
    delete from retention_loss t
     using unnest(ends, accounts) p(measured_end, account_id)
     where t.measured_end = p.measured_end and t.account_id = p.account_id;
    insert into retention_loss (measured_end, account_id, owner_id, tier, starting, ending)
    select p.measured_end, p.account_id, a.owner_id, a.tier, s.amount, coalesce(e.amount, 0)
      from (select distinct measured_end, account_id from unnest(ends, accounts) u(measured_end, account_id)) p
      join account a on a.id = p.account_id
      join recurring_revenue_12m s
        on s.window_end = (p.measured_end - interval '12 months')::date and s.account_id = p.account_id
      left join recurring_revenue_12m e on e.window_end = p.measured_end and e.account_id = p.account_id
     where s.amount > coalesce(e.amount, 0)
     order by 1, 2;
$$;

-- recurring_revenue_12m_add (V32) again, now also keeping the rollups: a line of month P changes the windows ending
-- P + 1 to P + 12 months, hence the pairs measured at P + 1 to P + 24 months, of which those of the windows kept
-- count. Their figures are removed before the change and added after it.
create or replace function recurring_revenue_12m_add(accounts uuid[], periods date[], amounts numeric[])
    returns void language plpgsql as $$
declare
    p_ends date[];
    p_accounts uuid[];
    p_owners uuid[];
    p_tiers text[];
    minus integer[];
    plus integer[];
begin
    if accounts is null or cardinality(accounts) = 0 then
        return;
    end if;
    -- The lock the changes below take anyway, taken before reading the windows kept: a window being written
    -- (retention_window_add, share mode) is either committed before and seen here, or waits until this ends.
    lock table recurring_revenue_12m in row exclusive mode;
    select array_agg(p.measured_end order by p.measured_end, p.account_id),
           array_agg(p.account_id order by p.measured_end, p.account_id),
           array_agg(a.owner_id order by p.measured_end, p.account_id),
           array_agg(a.tier::text order by p.measured_end, p.account_id)
      into p_ends, p_accounts, p_owners, p_tiers
      from (select distinct (d.period + make_interval(months => k))::date as measured_end, d.account_id
              from unnest(accounts, periods, amounts) d(account_id, period, amount)
             cross join generate_series(1, 24) k
             where d.amount <> 0) p
      join retention_window w on w.measured_end = p.measured_end
      join account a on a.id = p.account_id;
    minus := array_fill(-1, array[coalesce(cardinality(p_ends), 0)]);
    plus := array_fill(1, array[coalesce(cardinality(p_ends), 0)]);
    perform retention_group_add(p_ends, p_accounts, p_owners, p_tiers, minus);

    insert into recurring_revenue_12m as t (window_end, account_id, amount)
    select (d.period + make_interval(months => k))::date, d.account_id, sum(d.amount)
      from unnest(accounts, periods, amounts) d(account_id, period, amount)
     cross join generate_series(1, 12) k
     group by 1, 2
    having sum(d.amount) <> 0
     order by 1, 2
    on conflict (window_end, account_id) do update set amount = t.amount + excluded.amount;
    delete from recurring_revenue_12m t
     using (select distinct (d.period + make_interval(months => k))::date as window_end, d.account_id
              from unnest(accounts, periods, amounts) d(account_id, period, amount)
             cross join generate_series(1, 12) k) w
     where t.window_end = w.window_end and t.account_id = w.account_id and t.amount <= 0;

    perform retention_group_add(p_ends, p_accounts, p_owners, p_tiers, plus);
    perform retention_loss_refresh(p_ends, p_accounts);
end $$;

-- An account whose owner or tier changes moves every pair it has from the old group to the new one.
create function account_retention_moved() returns trigger language plpgsql as $$
declare
    p_ends date[];
begin
    lock table recurring_revenue_12m in row exclusive mode; -- as recurring_revenue_12m_add
    select array_agg(m order by m) into p_ends
      from (select window_end as m from recurring_revenue_12m where account_id = new.id
            union
            select (window_end + interval '12 months')::date from recurring_revenue_12m where account_id = new.id) w
     where m in (select measured_end from retention_window);
    if p_ends is null then
        return null;
    end if;
    perform retention_group_add(p_ends || p_ends,
                                array_fill(new.id, array[2 * cardinality(p_ends)]),
                                array_fill(old.owner_id, array[cardinality(p_ends)])
                                    || array_fill(new.owner_id, array[cardinality(p_ends)]),
                                array_fill(old.tier::text, array[cardinality(p_ends)])
                                    || array_fill(new.tier::text, array[cardinality(p_ends)]),
                                array_fill(-1, array[cardinality(p_ends)]) || array_fill(1, array[cardinality(p_ends)]));
    update retention_loss set owner_id = new.owner_id, tier = new.tier
     where measured_end = any(p_ends) and account_id = new.id;
    return null;
end $$;
create trigger account_retention_moved after update of owner_id, tier on account for each row
    when (old.owner_id is distinct from new.owner_id or old.tier is distinct from new.tier)
    execute function account_retention_moved();

-- Folds the deltas of the windows that have more than one row for a group into one row per group, dropping groups
-- left without accounts. Safe beside concurrent writers: the rows it did not see (inserted after its snapshot) stay
-- and are folded next time.
create function retention_group_compact() returns void language sql as $$
    with folded as (
        delete from retention_group_delta
         where measured_end in (select measured_end from retention_group_delta
                                 group by measured_end, owner_id, tier having count(*) > 1)
        returning *)
    insert into retention_group_delta
    select measured_end, owner_id, tier, sum(cohort_accounts), sum(starting_revenue), sum(retained_revenue),
           sum(ending_revenue), sum(churned_accounts), sum(churned_revenue), sum(contracted_accounts),
           sum(contraction_revenue), sum(expanded_accounts), sum(expansion_revenue), sum(new_accounts),
           sum(new_revenue)
      from folded
     group by measured_end, owner_id, tier
    having sum(cohort_accounts) + sum(new_accounts) <> 0;
$$;

-- Writes one window of both rollups, once: every account with recurring revenue in either of its 12 months.
-- The share lock waits for the changes in flight to recurring_revenue_12m (and accounts' owner or tier) and holds
-- the next ones until this commits; they then keep the window.
create function retention_window_add(m date) returns void language plpgsql as $$
begin
    if exists (select 1 from retention_window where measured_end = m) then
        return;
    end if;
    lock table recurring_revenue_12m in share mode;
    insert into retention_window (measured_end) values (m) on conflict do nothing;
    if not found then
        return; -- written by another transaction meanwhile
    end if;
    perform retention_group_add(array_agg(m), array_agg(p.account_id), array_agg(a.owner_id), array_agg(a.tier::text),
                                array_agg(1)),
            retention_loss_refresh(array_agg(m), array_agg(p.account_id))
       from (select account_id from recurring_revenue_12m where window_end = m
             union
             select account_id from recurring_revenue_12m where window_end = (m - interval '12 months')::date) p
       join account a on a.id = p.account_id;
end $$;

-- Writes both rollups again from recurring_revenue_12m and account: the windows measured up to this month.
create function rebuild_retention_rollups() returns void language plpgsql as $$
begin
    truncate retention_group_delta, retention_loss, retention_window;
    perform retention_window_add(m)
       from (select distinct window_end as m from recurring_revenue_12m
              where window_end <= date_trunc('month', current_date)) w
      order by m;
end $$;

-- The rebuild of recurring_revenue_12m (bench data, repairs) rebuilds the rollups after it; a truncate of the lines
-- empties them.
create or replace function rebuild_recurring_revenue_12m() returns void language sql as $$
    truncate recurring_revenue_12m;
    insert into recurring_revenue_12m (window_end, account_id, amount)
    select window_end, account_id, amount from recurring_revenue_12m_computed;
    select rebuild_retention_rollups();
$$;

create or replace function revenue_line_recurring_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select n.account_id, n.period, sum(n.amount) as amount
                   from new_lines n join product p on p.id = n.product_id and p.recurring
                  group by 1, 2) d;
    elsif tg_op = 'UPDATE' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select c.account_id, c.period, sum(c.amount) as amount
                   from (select account_id, product_id, period, amount from new_lines
                         union all
                         select account_id, product_id, period, -amount from old_lines) c
                   join product p on p.id = c.product_id and p.recurring
                  group by 1, 2
                 having sum(c.amount) <> 0) d;
    elsif tg_op = 'DELETE' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select o.account_id, o.period, -sum(o.amount) as amount
                   from old_lines o join product p on p.id = o.product_id and p.recurring
                  group by 1, 2) d;
    else -- TRUNCATE
        truncate recurring_revenue_12m, retention_group_delta, retention_loss, retention_window;
    end if;
    return null;
end $$;

select rebuild_retention_rollups();
analyze retention_group_delta;
analyze retention_loss;
