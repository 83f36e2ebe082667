-- Two reads that missed the list target (docs/performance.md, scenarios 32 and 28).
--
-- 1. Offering gaps ranked by the ARR of the accounts using them (scenario 32). The list joined every use row to its
-- account (about 240 accounts per gap at 100,000 accounts) and sent every account id per gap. Now each use row
-- carries its account's ARR and whether the account is archived (kept by a trigger on account, which touches only
-- that account's own use rows), one index holds a gap's use rows largest ARR first with the archived flag, so a
-- gap's totals are an index-only sum and its first accounts (topAccountIds, GET /offering-gaps/{id}/accounts) an
-- index read in order. The totals are not stored on the gap: a stored total would make every ARR change of any of
-- a gap's accounts write the gap's row, so concurrent account writes (batches, ingests) would wait on each other
-- and could deadlock, and the gap would look changed to sync clients at every ARR change.

alter table offering_gap_account
    add column account_arr numeric(19, 2) not null default 0,
    add column archived boolean not null default false;
update offering_gap_account x set account_arr = a.arr, archived = a.archived from account a where a.id = x.account_id;
create index offering_gap_account_rank_idx on offering_gap_account (gap_id, account_arr desc, account_id)
    include (archived);

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
