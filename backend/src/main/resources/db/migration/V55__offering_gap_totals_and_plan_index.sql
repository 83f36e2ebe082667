-- Two reads that missed the list target (docs/performance.md, scenarios 32 and 28).
--
-- 1. Offering gaps ranked by the ARR of the accounts using them (scenario 32). The list summed each gap's accounts
-- and aggregated every account id per read (about 240 accounts per gap at 100,000 accounts). Now each use row
-- carries its account's ARR and whether the account is archived (kept by a trigger on account), an index serves a
-- gap's accounts largest ARR first (the capped topAccountIds and GET /offering-gaps/{id}/accounts), and the gap
-- stores its totals (account_count: every account that uses it; arr: the ARR of the live ones), recomputed by a
-- statement-level trigger whenever its use rows change. A total that changes moves the gap's updated_at (V36's
-- keep_updated_at), so sync clients see the figures the gap shows; version, the ETag, stays: it counts edits.

alter table offering_gap_account
    add column account_arr numeric(19, 2) not null default 0,
    add column archived boolean not null default false;
update offering_gap_account x set account_arr = a.arr, archived = a.archived from account a where a.id = x.account_id;
create index offering_gap_account_rank_idx on offering_gap_account (gap_id, account_arr desc, account_id);

alter table offering_gap
    add column account_count integer not null default 0,
    add column arr numeric(19, 2) not null default 0;
update offering_gap g set account_count = s.n, arr = s.arr
  from (select gap_id, count(*) as n, coalesce(sum(account_arr) filter (where not archived), 0) as arr
          from offering_gap_account group by gap_id) s
 where s.gap_id = g.id;
create index offering_gap_rank_idx on offering_gap (arr desc, id);

-- A use row copies its account's ARR and archived flag when written ...
create function offering_gap_account_copy() returns trigger language plpgsql as $$
begin
    select a.arr, a.archived into new.account_arr, new.archived from account a where a.id = new.account_id;
    return new;
end $$;
create trigger offering_gap_account_copy before insert on offering_gap_account for each row
    execute function offering_gap_account_copy();

-- ... and follows them (an account uses few gaps: one index read of offering_gap_account_account_idx).
create function account_to_offering_gaps() returns trigger language plpgsql as $$
begin
    update offering_gap_account set account_arr = new.arr, archived = new.archived where account_id = new.id;
    return null;
end $$;
create trigger account_to_offering_gaps after update of arr, archived on account for each row
    when (old.arr is distinct from new.arr or old.archived is distinct from new.archived)
    execute function account_to_offering_gaps();

-- The totals of the gaps whose use rows a statement changed, recomputed from those rows (an index read of about
-- 240 rows a gap at 100,000 accounts), written only when they differ.
create function offering_gap_totals() returns trigger language plpgsql as $$
begin
    update offering_gap g set account_count = s.n, arr = s.arr
      from (select c.gap_id,
                   (select count(*) from offering_gap_account x where x.gap_id = c.gap_id) as n,
                   (select coalesce(sum(x.account_arr), 0) from offering_gap_account x
                     where x.gap_id = c.gap_id and not x.archived) as arr
              from (select distinct gap_id from changed) c) s
     where g.id = s.gap_id and (g.account_count, g.arr) is distinct from (s.n, s.arr);
    return null;
end $$;
create trigger offering_gap_account_totals_insert after insert on offering_gap_account
    referencing new table as changed for each statement execute function offering_gap_totals();
create trigger offering_gap_account_totals_update after update on offering_gap_account
    referencing new table as changed for each statement execute function offering_gap_totals();
create trigger offering_gap_account_totals_delete after delete on offering_gap_account
    referencing old table as changed for each statement execute function offering_gap_totals();

-- 2. The accounts list's plan filters (scenario 28): planMissing=true / planStale=true. The filter named the two
-- tiers and archived as bind parameters. A custom plan reads the partial index account_plan_needed_idx (V39), but
-- after five executions of the prepared statement PostgreSQL may switch to its generic plan, which cannot prove
-- the index's predicate from parameters: it read every account in name order (account_name_idx), and the count
-- every account. plan_needed() says the index's predicate from the columns alone; inlined, it lets every plan,
-- generic ones too, read that index in name order. The same tiers as plan_missing() and plan_stale() (V39).
create function plan_needed(tier varchar, archived boolean) returns boolean
    language sql immutable parallel safe as $$
    select tier in ('KEY', 'STRATEGIC') and not archived
$$;
