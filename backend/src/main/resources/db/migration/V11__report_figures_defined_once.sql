-- Each report figure is defined once, here, and read by the triggers that keep the running totals, by
-- rebuild_report_rollups() and by the Java report paths that aggregate source rows (filtered to owners or
-- accounts). V8 and V9 spelled the same formulas out in five places.

-- The UTC day a report counts an instant on.
create function report_day(at timestamptz) returns date language sql immutable parallel safe as $$
    select (at at time zone 'UTC')::date
$$;

-- An opportunity's weighted amount: amount × probability / 100, to the cent (Java: OpportunityView).
create function weighted_amount(amount numeric, probability integer) returns numeric
    language sql immutable parallel safe as $$
    select round(amount * probability / 100.0, 2)
$$;

-- "Would you recommend us" on 0–10: promoters answer 9 or 10, detractors 0 to 6.
create function nps_promoter(score integer) returns boolean language sql immutable parallel safe as $$
    select score >= 9
$$;
create function nps_detractor(score integer) returns boolean language sql immutable parallel safe as $$
    select score <= 6
$$;

-- The figures of each opportunity, as the pipeline totals count them.
create view opportunity_figure as
select o.id, o.account_id, o.owner_id, o.type, o.stage, o.closed_at, report_day(o.closed_at) as closed_day,
       o.amount, weighted_amount(o.amount, o.probability) as weighted
  from opportunity o;

-- The figures of each answered QBR, and its graded answers, as the grade report counts them.
create view answered_qbr_figure as
select q.id as qbr_id, q.account_id, q.answered_at, report_day(q.answered_at) as day,
       (case when q.failing then 1 else 0 end) as failing, s.nps_answers, s.promoters, s.detractors
  from qbr q
  cross join lateral (select count(x.score) as nps_answers,
                             count(*) filter (where nps_promoter(x.score)) as promoters,
                             count(*) filter (where nps_detractor(x.score)) as detractors
                        from qbr_answer x where x.qbr_id = q.id) s
 where q.status = 'ANSWERED';

create view answered_grade_figure as
select q.id as qbr_id, q.account_id, q.answered_at, report_day(q.answered_at) as day, x.grade
  from qbr q join qbr_answer x on x.qbr_id = q.id
 where q.status = 'ANSWERED' and x.grade is not null;

create or replace function pipeline_rollup_delta(o opportunity, tier text, sign int) returns jsonb
    language sql immutable as $$
    select jsonb_build_object('closed_on', report_day(o.closed_at), 'tier', tier, 'type', o.type,
                              'stage', o.stage, 'count', sign, 'amount', sign * o.amount,
                              'weighted', sign * weighted_amount(o.amount, o.probability));
$$;

-- Adds (sign 1) or removes (sign -1) answered QBRs to or from a tier's totals, in one statement per table
-- taking the total rows in key order, like every other writer of them.
create function qbr_rollup_move(qbr_ids uuid[], moves jsonb) returns void language sql as $$
    insert into qbr_day_total as t (day, tier, qbrs, failing, nps_answers, promoters, detractors)
    select f.day, m.tier, sum(m.sign), sum(m.sign * f.failing), sum(m.sign * f.nps_answers),
           sum(m.sign * f.promoters), sum(m.sign * f.detractors)
      from answered_qbr_figure f
     cross join jsonb_to_recordset(moves) as m(tier text, sign int)
     where f.qbr_id = any(qbr_ids)
     group by f.day, m.tier
     order by f.day, m.tier
        on conflict (day, tier) do update
       set qbrs = t.qbrs + excluded.qbrs, failing = t.failing + excluded.failing,
           nps_answers = t.nps_answers + excluded.nps_answers, promoters = t.promoters + excluded.promoters,
           detractors = t.detractors + excluded.detractors;
    insert into grade_day_total as t (day, tier, grade, answers)
    select f.day, m.tier, f.grade, sum(m.sign)
      from answered_grade_figure f
     cross join jsonb_to_recordset(moves) as m(tier text, sign int)
     where f.qbr_id = any(qbr_ids)
     group by f.day, m.tier, f.grade
     order by f.day, m.tier, f.grade
        on conflict (day, tier, grade) do update set answers = t.answers + excluded.answers;
$$;

create or replace function qbr_rollup() returns trigger language plpgsql as $$
declare
    account_tier text;
begin
    select a.tier into account_tier from account a where a.id = new.account_id for share;
    perform qbr_rollup_move(array[new.id], jsonb_build_array(jsonb_build_object('tier', account_tier, 'sign', 1)));
    return null;
end $$;

create or replace function account_tier_rollup() returns trigger language plpgsql as $$
begin
    perform pipeline_rollup_add(coalesce(jsonb_agg(d), '[]'))
       from opportunity o,
            lateral (values (pipeline_rollup_delta(o, old.tier, -1)), (pipeline_rollup_delta(o, new.tier, 1))) v(d)
      where o.account_id = new.id;
    perform qbr_rollup_move(array(select q.id from qbr q where q.account_id = new.id and q.status = 'ANSWERED'),
                            jsonb_build_array(jsonb_build_object('tier', old.tier, 'sign', -1),
                                              jsonb_build_object('tier', new.tier, 'sign', 1)));
    return null;
end $$;

drop function qbr_rollup_add(qbr, text, int);

create or replace function rebuild_report_rollups() returns void language sql as $$
    truncate pipeline_open_total, pipeline_closed_day, qbr_day_total, grade_day_total;
    insert into pipeline_open_total (tier, type, stage, slot, count, amount, weighted)
    select a.tier, f.type, f.stage, 0, count(*), sum(f.amount), sum(f.weighted)
      from opportunity_figure f join account a on a.id = f.account_id
     where f.closed_at is null group by a.tier, f.type, f.stage;
    insert into pipeline_closed_day (day, tier, type, stage, slot, count, amount)
    select f.closed_day, a.tier, f.type, f.stage, 0, count(*), sum(f.amount)
      from opportunity_figure f join account a on a.id = f.account_id
     where f.closed_at is not null group by 1, 2, 3, 4;
    insert into qbr_day_total (day, tier, qbrs, failing, nps_answers, promoters, detractors)
    select f.day, a.tier, count(*), sum(f.failing), sum(f.nps_answers), sum(f.promoters), sum(f.detractors)
      from answered_qbr_figure f join account a on a.id = f.account_id group by 1, 2;
    insert into grade_day_total (day, tier, grade, answers)
    select f.day, a.tier, f.grade, count(*)
      from answered_grade_figure f join account a on a.id = f.account_id group by 1, 2, 3;
$$;
