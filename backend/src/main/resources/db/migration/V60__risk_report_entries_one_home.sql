-- What an account adds to the risk report, one home: a row per flag that counts (counted 1) and one 'ANY' row when
-- any counts, and a row per raised-but-snoozed flag (counted 0). V58 wrote this shape three times: in the trigger's
-- risk_flag_total_add(), in rebuild_risk_flag_total() and in RiskService's report for owners; all three read it here.
create function risk_report_entries(flags varchar[], snoozed varchar[])
    returns table (flag varchar, counted integer) language sql immutable as $$
    select c.flag, 1 from unnest(flags || 'ANY'::varchar) as c (flag) where cardinality(flags) > 0
    union all
    select s.flag, 0 from unnest(snoozed) as s (flag)
$$;

create or replace function risk_flag_total_add(add_tier varchar, add_flags varchar[], add_accounts integer,
                                               add_arr numeric, add_snoozed varchar[]) returns void language sql as $$
    insert into risk_flag_total (tier, flag, accounts, arr, snoozed)
    select add_tier, e.flag, add_accounts * e.counted, add_arr * e.counted, sign(add_accounts) * (1 - e.counted)
      from risk_report_entries(add_flags, add_snoozed) e
$$;

create or replace function rebuild_risk_flag_total() returns void language sql as $$
    delete from risk_flag_total;
    insert into risk_flag_total (tier, flag, accounts, arr, snoozed)
    select a.tier, e.flag, sum(e.counted), sum(a.arr * e.counted), sum(1 - e.counted)
      from account a
      cross join lateral risk_report_entries(a.risk_flags, a.risk_snoozed) e
     where not a.archived
     group by a.tier, e.flag
$$;
