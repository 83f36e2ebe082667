-- Sync (issue 17) on the lists that came after V37: account plans, competitors, offering gaps and data imports.
-- Each row's updated_at moves forward on every change, whoever writes it (V36's keep_updated_at), an index serves
-- the updatedAfter order, a deleted competitor or offering gap leaves a tombstone, and what a listed row shows of
-- other rows moves it too: a plan's objective count, a competitor's usage counts, an offering gap's competitor name.

create trigger account_plan_updated_at before update on account_plan for each row execute function keep_updated_at();
create trigger competitor_updated_at before update on competitor for each row execute function keep_updated_at();
create trigger offering_gap_updated_at before update on offering_gap for each row execute function keep_updated_at();
create trigger data_import_updated_at before update on data_import for each row execute function keep_updated_at();

create index account_plan_sync_idx on account_plan (account_id, updated_at, id);
create index competitor_sync_idx on competitor (updated_at, id);
create index offering_gap_sync_idx on offering_gap (updated_at, id);
create index data_import_sync_idx on data_import (updated_at, id);

create trigger competitor_tombstone after delete on competitor for each row
    execute function record_tombstone('COMPETITOR');
create trigger offering_gap_tombstone after delete on offering_gap for each row
    execute function record_tombstone('OFFERING_GAP');

-- A plan lists how many objectives it has: adding or removing one changes the plan.
create function touch_plan_of_objective() returns trigger language plpgsql as $$
begin
    update account_plan set updated_at = clock_timestamp()
     where id = case when tg_op = 'DELETE' then old.plan_id else new.plan_id end;
    return null;
end $$;
create trigger plan_objective_touches_plan after insert or delete on plan_objective for each row
    execute function touch_plan_of_objective();

-- A competitor lists how many whitespace cells, offering gaps, LOST opportunities and revenue alerts name it: a
-- row that starts or stops naming it changes it. The column that names it is the trigger's argument.
create function touch_named_competitor() returns trigger language plpgsql as $$
declare
    before_id uuid;
    after_id uuid;
begin
    if tg_op <> 'INSERT' then
        before_id := (to_jsonb(old) ->> tg_argv[0])::uuid;
    end if;
    if tg_op <> 'DELETE' then
        after_id := (to_jsonb(new) ->> tg_argv[0])::uuid;
    end if;
    if before_id is distinct from after_id then
        update competitor set updated_at = clock_timestamp() where id in (before_id, after_id);
    end if;
    return null;
end $$;
create trigger whitespace_cell_touches_competitor after insert or update or delete on whitespace_cell for each row
    execute function touch_named_competitor('competitor_id');
create trigger offering_gap_touches_competitor after insert or update or delete on offering_gap for each row
    execute function touch_named_competitor('competitor_id');
create trigger opportunity_touches_competitor after insert or update of loss_competitor_id or delete on opportunity
    for each row execute function touch_named_competitor('loss_competitor_id');
create trigger revenue_alert_touches_competitor after insert or update of competitor_id or delete on revenue_alert
    for each row execute function touch_named_competitor('competitor_id');

-- An offering gap shows its competitor's name: renaming the competitor changes its gaps.
create function touch_gaps_of_competitor() returns trigger language plpgsql as $$
begin
    update offering_gap set updated_at = clock_timestamp() where competitor_id = new.id;
    return null;
end $$;
create trigger competitor_name_touches_gaps after update of name on competitor for each row
    when (old.name is distinct from new.name) execute function touch_gaps_of_competitor();
