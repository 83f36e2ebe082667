-- A tier change moves an account's answered QBRs between tiers in one statement per table, taking the total rows
-- in key order like every other writer of them. V8 moved them QBR by QBR, old tier first, so two tier changes
-- in opposite directions on the same days could deadlock (found in review, reproduced with pgbench).
create or replace function account_tier_rollup() returns trigger language plpgsql as $$
begin
    perform pipeline_rollup_add(coalesce(jsonb_agg(d), '[]'))
       from opportunity o,
            lateral (values (pipeline_rollup_delta(o, old.tier, -1)), (pipeline_rollup_delta(o, new.tier, 1))) v(d)
      where o.account_id = new.id;

    insert into qbr_day_total as t (day, tier, qbrs, failing, nps_answers, promoters, detractors)
    select per_day.day, m.tier, sum(m.sign * per_day.qbrs), sum(m.sign * per_day.failing),
           sum(m.sign * per_day.nps_answers), sum(m.sign * per_day.promoters), sum(m.sign * per_day.detractors)
      from (select (q.answered_at at time zone 'UTC')::date as day, count(*) as qbrs,
                   count(*) filter (where q.failing) as failing, coalesce(sum(s.nps_answers), 0) as nps_answers,
                   coalesce(sum(s.promoters), 0) as promoters, coalesce(sum(s.detractors), 0) as detractors
              from qbr q
              left join lateral (select count(x.score) as nps_answers,
                                        count(*) filter (where x.score >= 9) as promoters,
                                        count(*) filter (where x.score <= 6) as detractors
                                   from qbr_answer x where x.qbr_id = q.id) s on true
             where q.account_id = new.id and q.status = 'ANSWERED'
             group by 1) per_day
     cross join (values (old.tier, -1), (new.tier, 1)) m(tier, sign)
     group by per_day.day, m.tier
     order by per_day.day, m.tier
        on conflict (day, tier) do update
       set qbrs = t.qbrs + excluded.qbrs, failing = t.failing + excluded.failing,
           nps_answers = t.nps_answers + excluded.nps_answers, promoters = t.promoters + excluded.promoters,
           detractors = t.detractors + excluded.detractors;

    insert into grade_day_total as t (day, tier, grade, answers)
    select per_grade.day, m.tier, per_grade.grade, sum(m.sign * per_grade.answers)
      from (select (q.answered_at at time zone 'UTC')::date as day, x.grade, count(*) as answers
              from qbr q join qbr_answer x on x.qbr_id = q.id
             where q.account_id = new.id and q.status = 'ANSWERED' and x.grade is not null
             group by 1, 2) per_grade
     cross join (values (old.tier, -1), (new.tier, 1)) m(tier, sign)
     group by per_grade.day, m.tier, per_grade.grade
     order by per_grade.day, m.tier, per_grade.grade
        on conflict (day, tier, grade) do update set answers = t.answers + excluded.answers;
    return null;
end $$;
