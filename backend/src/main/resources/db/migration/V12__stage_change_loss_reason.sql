-- Each close to LOST keeps its reason in the stage history, so that a reopen no longer loses it.
alter table opportunity_stage_change add column loss_reason varchar(1000);

-- Opportunities that are LOST today: their latest change to LOST gets the reason they carry.
update opportunity_stage_change c
   set loss_reason = o.loss_reason
  from opportunity o
 where o.id = c.opportunity_id and o.stage = 'LOST' and o.loss_reason is not null and c.to_stage = 'LOST'
   and c.id = (select l.id from opportunity_stage_change l
                where l.opportunity_id = o.id and l.to_stage = 'LOST' order by l.changed_at desc, l.id desc limit 1);
