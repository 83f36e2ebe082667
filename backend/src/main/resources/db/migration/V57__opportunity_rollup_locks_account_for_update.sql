-- Concurrent writes to one account's opportunities deadlocked: the pipeline totals' trigger took the account's row
-- FOR SHARE, then the same transaction's risk recompute asked for it FOR NO KEY UPDATE, and two such transactions
-- each waited for the other's shared lock to go. The trigger now takes the row as the recompute does, so the second
-- writer waits at the first lock instead (it still waits for a tier change in flight, as FOR SHARE did).
create or replace function opportunity_rollup() returns trigger language plpgsql as $$
declare
    account_tier text;
    deltas jsonb := '[]';
begin
    if TG_OP = 'UPDATE' and old.stage = new.stage and old.type = new.type and old.amount = new.amount
       and old.probability = new.probability and old.closed_at is not distinct from new.closed_at then
        return null;
    end if;
    select a.tier into account_tier from account a
     where a.id = case when TG_OP = 'DELETE' then old.account_id else new.account_id end for no key update;
    if TG_OP <> 'INSERT' then
        deltas := deltas || jsonb_build_array(pipeline_rollup_delta(old, account_tier, -1));
    end if;
    if TG_OP <> 'DELETE' then
        deltas := deltas || jsonb_build_array(pipeline_rollup_delta(new, account_tier, 1));
    end if;
    perform pipeline_rollup_add(deltas);
    return null;
end $$;
