-- Compelling events (recorded, then reviewed) and tasks done join the account's timeline (issue 15): one more SELECT
-- per source in the view of V21, each read newest first within the account from its own index.
create or replace view timeline_entry as
select 'ACTIVITY'::text as kind, x.type::text as event, x.occurred_at as at, x.id as id, x.account_id as account_id,
       x.summary::text as title, x.body as body, (select u.name::text from app_user u where u.id = x.author_id) as actor,
       'ACTIVITY'::text as ref_type, x.id as ref_id,
       jsonb_build_object('activityType', x.type, 'authorId', x.author_id, 'opportunityId', x.opportunity_id,
                          'qbrId', x.qbr_id, 'source', x.source,
                          'contacts', (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name)
                                                                 order by c.name, c.id), '[]'::jsonb)
                                         from activity_contact ac join contact c on c.id = ac.contact_id
                                        where ac.activity_id = x.id)) as detail
  from activity x
union all
select 'QBR', 'SCHEDULED', q.created_at, q.id, q.account_id,
       ('QBR scheduled for ' || to_char(q.scheduled_for, 'YYYY-MM-DD'))::text, null::text, null::text,
       'QBR', q.id, jsonb_build_object('scheduledFor', q.scheduled_for, 'respondentName', q.respondent_name)
  from qbr q
union all
select 'QBR', 'SENT', q.sent_at, timeline_entry_id(q.id, 'SENT'), q.account_id,
       ('QBR survey sent to ' || q.respondent_name)::text, null, null,
       'QBR', q.id, jsonb_build_object('respondentName', q.respondent_name, 'expiresAt', q.invitation_expires_at)
  from qbr q where q.sent_at is not null
union all
select 'QBR', 'ANSWERED', q.answered_at, timeline_entry_id(q.id, 'ANSWERED'), q.account_id,
       ('QBR answered: grade ' || coalesce(q.overall_grade, '?')
           || case when q.failing then ' (failing)' else '' end)::text, null, q.recorded_by::text,
       'QBR', q.id, jsonb_build_object('grade', q.overall_grade, 'failing', q.failing, 'npsScore', q.nps_score,
                                       'channel', q.channel)
  from qbr q where q.status = 'ANSWERED' and q.answered_at is not null
union all
select 'FOLLOW_UP', 'SET', f.created_at, timeline_entry_id(f.qbr_id, 'FOLLOW_UP_SET'), q.account_id,
       ('Follow-up set: grade ' || f.target_grade || ' by ' || to_char(f.target_date, 'YYYY-MM-DD'))::text,
       null, null, 'QBR', f.qbr_id,
       jsonb_build_object('targetGrade', f.target_grade, 'targetDate', f.target_date, 'actions', to_jsonb(f.actions))
  from qbr_follow_up f join qbr q on q.id = f.qbr_id
union all
select 'FOLLOW_UP', f.status::text, f.judged_at, timeline_entry_id(f.qbr_id, 'FOLLOW_UP_JUDGED'), q.account_id,
       (case f.status when 'MET' then 'Follow-up met: grade ' else 'Follow-up missed: grade ' end
           || f.target_grade || ' by ' || to_char(f.target_date, 'YYYY-MM-DD'))::text,
       null, null, 'QBR', f.qbr_id,
       jsonb_build_object('targetGrade', f.target_grade, 'targetDate', f.target_date, 'judgedByQbrId', f.judged_by_qbr)
  from qbr_follow_up f join qbr q on q.id = f.qbr_id
 where f.status in ('MET', 'MISSED') and f.judged_at is not null
union all
select 'STAGE_CHANGE', s.to_stage::text, s.changed_at, s.id, o.account_id,
       (o.title || case when s.from_stage is null then ': created in ' || s.to_stage
                        else ': ' || s.from_stage || ' to ' || s.to_stage end)::text,
       null, s.changed_by::text, 'OPPORTUNITY', o.id,
       jsonb_build_object('opportunityTitle', o.title, 'fromStage', s.from_stage, 'toStage', s.to_stage,
                          'note', s.note, 'lossReason', s.loss_reason)
  from opportunity_stage_change s join opportunity o on o.id = s.opportunity_id
union all
select 'TIER_CHANGE', t.to_tier::text, t.changed_at, t.id, t.account_id,
       (case when t.from_tier is null then 'Tier set to ' || t.to_tier
             else 'Tier changed from ' || t.from_tier || ' to ' || t.to_tier end)::text,
       null, t.changed_by::text, 'ACCOUNT', t.account_id,
       jsonb_build_object('fromTier', t.from_tier, 'toTier', t.to_tier, 'reason', t.reason)
  from tier_change t
union all
select 'HANDOFF', 'STARTED', h.created_at, h.id, h.account_id,
       ('Handoff to ' || coalesce((select u.name from app_user u where u.id = h.to_user_id), '?') || ' started')::text,
       null, (select u.name::text from app_user u where u.id = h.created_by), 'HANDOFF', h.id,
       jsonb_build_object('fromUserName', (select u.name from app_user u where u.id = h.from_user_id),
                          'toUserName', (select u.name from app_user u where u.id = h.to_user_id), 'tier', h.tier,
                          'note', h.note)
  from handoff h
union all
select 'HANDOFF', h.status::text, h.decided_at, timeline_entry_id(h.id, 'DECIDED'), h.account_id,
       ('Handoff to ' || coalesce((select u.name from app_user u where u.id = h.to_user_id), '?') || ' '
           || lower(h.status))::text,
       null, (select u.name::text from app_user u where u.id = h.decided_by), 'HANDOFF', h.id,
       jsonb_build_object('fromUserName', (select u.name from app_user u where u.id = h.from_user_id),
                          'toUserName', (select u.name from app_user u where u.id = h.to_user_id), 'tier', h.tier,
                          'declineReason', h.decline_reason)
  from handoff h
 where h.decided_at is not null and h.status <> 'OPEN'
union all
select 'OWNER_CHANGE', 'CHANGED', c.changed_at, c.id, c.account_id,
       (case when c.to_owner_id is null then 'Owner removed'
             when c.from_owner_id is null
                 then 'Owner set to ' || coalesce((select u.name from app_user u where u.id = c.to_owner_id), '?')
             else 'Owner changed from ' || coalesce((select u.name from app_user u where u.id = c.from_owner_id), '?')
                  || ' to ' || coalesce((select u.name from app_user u where u.id = c.to_owner_id), '?') end)::text,
       null, c.changed_by::text, 'ACCOUNT', c.account_id,
       jsonb_build_object('fromOwnerName', (select u.name from app_user u where u.id = c.from_owner_id),
                          'toOwnerName', (select u.name from app_user u where u.id = c.to_owner_id),
                          'reason', c.reason, 'handoffId', c.handoff_id)
  from owner_change c
union all
select 'EVENT', 'RECORDED', e.created_at, e.id, e.account_id,
       (initcap(replace(e.type, '_', ' ')) || coalesce(': ' || e.description, ''))::text, null::text,
       case when e.source = 'API' then 'Integration'
            else (select u.name::text from app_user u where u.id = e.created_by) end,
       'EVENT', e.id,
       jsonb_build_object('eventType', e.type, 'occurredOn', e.occurred_on, 'source', e.source,
                          'contactId', e.contact_id)
  from account_event e
union all
select 'EVENT', e.status::text, e.reviewed_at, timeline_entry_id(e.id, 'REVIEWED'), e.account_id,
       (case e.status when 'OPPORTUNITY_CREATED' then 'Opportunity created from the event: '
                      when 'NO_ACTION' then 'Event reviewed, no action: '
                      else 'Event reviewed: ' end || initcap(replace(e.type, '_', ' ')))::text,
       e.review_note::text, (select u.name::text from app_user u where u.id = e.reviewed_by), 'EVENT', e.id,
       jsonb_build_object('eventType', e.type, 'opportunityId', e.opportunity_id)
  from account_event e
 where e.reviewed_at is not null
union all
select 'TASK', 'DONE', t.completed_at, t.id, t.account_id, ('Task done: ' || t.title)::text, null::text,
       (select u.name::text from app_user u where u.id = t.completed_by), 'TASK', t.id,
       jsonb_build_object('dueDate', t.due_date, 'source', t.source, 'qbrId', t.qbr_id,
                          'opportunityId', t.opportunity_id, 'contactId', t.contact_id)
  from task t
 where t.status = 'DONE';

create index account_event_account_recorded_idx on account_event (account_id, created_at desc, id desc);
create index account_event_account_reviewed_idx on account_event (account_id, reviewed_at desc)
    where reviewed_at is not null;
create index task_account_done_idx on task (account_id, completed_at desc, id desc) where status = 'DONE';
