-- Running totals behind the portfolio-wide reports (pipeline summary, grade report), kept by triggers in the
-- same transaction as the write, so that a report reads a few hundred rows instead of every opportunity or
-- survey answer. Reports filtered to owners or accounts still aggregate the source rows: those sets are small.
-- Derived data only: not audited, rebuilt from the source by rebuild_report_rollups().

-- Open pipeline by account tier, type and stage. Writers add to one of eight slots at random, so that
-- concurrent writes to the same stage rarely wait on one row; readers sum the slots.
create table pipeline_open_total (
    tier      varchar(20)    not null,
    type      varchar(20)    not null,
    stage     varchar(20)    not null,
    slot      smallint       not null,
    count     bigint         not null,
    amount    numeric(21, 2) not null,
    weighted  numeric(21, 2) not null,
    primary key (tier, type, stage, slot)
);

-- Won and lost opportunities by the UTC day they closed.
create table pipeline_closed_day (
    day     date           not null,
    tier    varchar(20)    not null,
    type    varchar(20)    not null,
    stage   varchar(20)    not null,
    slot    smallint       not null,
    count   bigint         not null,
    amount  numeric(21, 2) not null,
    primary key (day, tier, type, stage, slot)
);

-- Answered QBRs by the UTC day they were answered, and their graded answers by grade.
create table qbr_day_total (
    day          date        not null,
    tier         varchar(20) not null,
    qbrs         bigint      not null,
    failing      bigint      not null,
    nps_answers  bigint      not null,
    promoters    bigint      not null,
    detractors   bigint      not null,
    primary key (day, tier)
);
create table grade_day_total (
    day      date        not null,
    tier     varchar(20) not null,
    grade    varchar(2)  not null,
    answers  bigint      not null,
    primary key (day, tier, grade)
);

-- Adds signed deltas to the pipeline totals. Rows are taken in key order, so concurrent writers lock the
-- total rows in the same order and cannot deadlock on them.
create function pipeline_rollup_add(deltas jsonb) returns void language sql as $$
    insert into pipeline_open_total as t (tier, type, stage, slot, count, amount, weighted)
    select d.tier, d.type, d.stage, floor(random() * 8)::smallint, sum(d.count), sum(d.amount), sum(d.weighted)
      from jsonb_to_recordset(deltas) as d(closed_on date, tier text, type text, stage text, count bigint,
                                           amount numeric, weighted numeric)
     where d.closed_on is null
     group by d.tier, d.type, d.stage
     order by d.tier, d.type, d.stage
        on conflict (tier, type, stage, slot) do update
       set count = t.count + excluded.count, amount = t.amount + excluded.amount,
           weighted = t.weighted + excluded.weighted;
    insert into pipeline_closed_day as t (day, tier, type, stage, slot, count, amount)
    select d.closed_on, d.tier, d.type, d.stage, floor(random() * 8)::smallint, sum(d.count), sum(d.amount)
      from jsonb_to_recordset(deltas) as d(closed_on date, tier text, type text, stage text, count bigint,
                                           amount numeric)
     where d.closed_on is not null
     group by d.closed_on, d.tier, d.type, d.stage
     order by d.closed_on, d.tier, d.type, d.stage
        on conflict (day, tier, type, stage, slot) do update
       set count = t.count + excluded.count, amount = t.amount + excluded.amount;
$$;

create function pipeline_rollup_delta(o opportunity, tier text, sign int) returns jsonb language sql immutable as $$
    select jsonb_build_object('closed_on', (o.closed_at at time zone 'UTC')::date, 'tier', tier, 'type', o.type,
                              'stage', o.stage, 'count', sign, 'amount', sign * o.amount,
                              'weighted', sign * round(o.amount * o.probability / 100.0, 2));
$$;

create function opportunity_rollup() returns trigger language plpgsql as $$
declare
    account_tier text;
    deltas jsonb := '[]';
begin
    if TG_OP = 'UPDATE' and old.stage = new.stage and old.type = new.type and old.amount = new.amount
       and old.probability = new.probability and old.closed_at is not distinct from new.closed_at then
        return null;
    end if;
    -- FOR SHARE waits for a tier change of this account in flight, which moves the account's totals.
    select a.tier into account_tier from account a
     where a.id = case when TG_OP = 'DELETE' then old.account_id else new.account_id end for share;
    if TG_OP <> 'INSERT' then
        deltas := deltas || jsonb_build_array(pipeline_rollup_delta(old, account_tier, -1));
    end if;
    if TG_OP <> 'DELETE' then
        deltas := deltas || jsonb_build_array(pipeline_rollup_delta(new, account_tier, 1));
    end if;
    perform pipeline_rollup_add(deltas);
    return null;
end $$;
create trigger opportunity_rollup after insert or update or delete on opportunity
    for each row execute function opportunity_rollup();

-- An answered QBR adds to its day's totals once its answers are in: deferred to commit, whatever order the
-- answers and the status change were written in.
create function qbr_rollup_add(answered qbr, account_tier text, sign int) returns void language sql as $$
    insert into qbr_day_total as t (day, tier, qbrs, failing, nps_answers, promoters, detractors)
    select (answered.answered_at at time zone 'UTC')::date, account_tier, sign,
           sign * (case when answered.failing then 1 else 0 end),
           sign * count(a.score), sign * count(*) filter (where a.score >= 9),
           sign * count(*) filter (where a.score <= 6)
      from (select 1) one left join qbr_answer a on a.qbr_id = answered.id
        on conflict (day, tier) do update
       set qbrs = t.qbrs + excluded.qbrs, failing = t.failing + excluded.failing,
           nps_answers = t.nps_answers + excluded.nps_answers, promoters = t.promoters + excluded.promoters,
           detractors = t.detractors + excluded.detractors;
    insert into grade_day_total as t (day, tier, grade, answers)
    select (answered.answered_at at time zone 'UTC')::date, account_tier, a.grade, sign * count(*)
      from qbr_answer a where a.qbr_id = answered.id and a.grade is not null
     group by a.grade order by a.grade
        on conflict (day, tier, grade) do update set answers = t.answers + excluded.answers;
$$;

create function qbr_rollup() returns trigger language plpgsql as $$
declare
    account_tier text;
begin
    select a.tier into account_tier from account a where a.id = new.account_id for share;
    perform qbr_rollup_add(new, account_tier, 1);
    return null;
end $$;
create constraint trigger qbr_answered_rollup after insert on qbr deferrable initially deferred
    for each row when (new.status = 'ANSWERED') execute function qbr_rollup();
create constraint trigger qbr_answered_update_rollup after update on qbr deferrable initially deferred
    for each row when (new.status = 'ANSWERED' and old.status is distinct from 'ANSWERED')
    execute function qbr_rollup();

-- A tier change moves the account's opportunities and answered QBRs from the old tier's totals to the new.
create function account_tier_rollup() returns trigger language plpgsql as $$
declare
    q qbr;
begin
    perform pipeline_rollup_add(coalesce(jsonb_agg(d), '[]'))
       from opportunity o,
            lateral (values (pipeline_rollup_delta(o, old.tier, -1)), (pipeline_rollup_delta(o, new.tier, 1))) v(d)
      where o.account_id = new.id;
    for q in select * from qbr where account_id = new.id and status = 'ANSWERED' order by answered_at, id loop
        perform qbr_rollup_add(q, old.tier, -1);
        perform qbr_rollup_add(q, new.tier, 1);
    end loop;
    return null;
end $$;
create trigger account_tier_rollup after update of tier on account
    for each row when (old.tier is distinct from new.tier) execute function account_tier_rollup();

-- Recomputes every total from the source rows (after a bulk load with triggers off, or to check them).
create function rebuild_report_rollups() returns void language sql as $$
    truncate pipeline_open_total, pipeline_closed_day, qbr_day_total, grade_day_total;
    insert into pipeline_open_total (tier, type, stage, slot, count, amount, weighted)
    select a.tier, o.type, o.stage, 0, count(*), sum(o.amount), sum(round(o.amount * o.probability / 100.0, 2))
      from opportunity o join account a on a.id = o.account_id
     where o.closed_at is null group by a.tier, o.type, o.stage;
    insert into pipeline_closed_day (day, tier, type, stage, slot, count, amount)
    select (o.closed_at at time zone 'UTC')::date, a.tier, o.type, o.stage, 0, count(*), sum(o.amount)
      from opportunity o join account a on a.id = o.account_id
     where o.closed_at is not null group by 1, 2, 3, 4;
    insert into qbr_day_total (day, tier, qbrs, failing, nps_answers, promoters, detractors)
    select (q.answered_at at time zone 'UTC')::date, a.tier, count(*), count(*) filter (where q.failing),
           coalesce(sum(s.nps_answers), 0), coalesce(sum(s.promoters), 0), coalesce(sum(s.detractors), 0)
      from qbr q join account a on a.id = q.account_id
      left join lateral (select count(x.score) as nps_answers, count(*) filter (where x.score >= 9) as promoters,
                                count(*) filter (where x.score <= 6) as detractors
                           from qbr_answer x where x.qbr_id = q.id) s on true
     where q.status = 'ANSWERED' group by 1, 2;
    insert into grade_day_total (day, tier, grade, answers)
    select (q.answered_at at time zone 'UTC')::date, a.tier, x.grade, count(*)
      from qbr q join account a on a.id = q.account_id join qbr_answer x on x.qbr_id = q.id
     where q.status = 'ANSWERED' and x.grade is not null group by 1, 2, 3;
$$;
select rebuild_report_rollups();
