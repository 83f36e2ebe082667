-- The QBR loop as the domain says (issue 13): only a QBR that is answered (through the link or recorded from a
-- call) counts as held; sending the link moves nothing. A failing QBR's follow-up date books the next QBR when
-- it comes before the tier's cadence date. The rule lives in com.stratum.account.QbrCadence, the only writer
-- of account.next_qbr_due.

-- The date the last held QBR's follow-up booked for the next QBR; null when it has none.
alter table account add column follow_up_due date;

-- When a follow-up was judged: by the next answered QBR, or by the job once its date passed the grace period.
alter table qbr_follow_up add column judged_at timestamptz;
update qbr_follow_up f
   set judged_at = coalesce((select q.answered_at from qbr q where q.id = f.judged_by_qbr), f.updated_at)
 where f.status <> 'OPEN';

-- The follow-up of each account's last answered QBR books its next QBR.
update account a
   set follow_up_due = l.target_date
  from (select distinct on (q.account_id) q.account_id, f.target_date
          from qbr q left join qbr_follow_up f on f.qbr_id = q.id
         where q.status = 'ANSWERED'
         order by q.account_id, q.answered_at desc, q.id desc) l
 where l.account_id = a.id and l.target_date is not null;

-- Once, for the rows written under the old rule (which counted a sent link as contact), QbrCadence's rule:
-- the cadence after the last answered QBR (or the creation), or the follow-up date when earlier.
update account a
   set next_qbr_due = n.due
  from (select x.id, least((coalesce(x.last_qbr_at, x.created_at) at time zone 'UTC')::date + p.qbr_cadence_days,
                           x.follow_up_due) as due
          from account x join tier_policy p on p.tier = x.tier) n
 where n.id = a.id and a.next_qbr_due is distinct from n.due;

-- account.last_qbr_contact_at is no longer read or written. It stays for the previous release while a rolling
-- upgrade runs (docs/operations.md, "Upgrades"); a later release drops it.
