-- Issue 15, activities and the timeline: what account managers did with the customer (calls, meetings, e-mails,
-- notes, visits, workshops), the last touch of each contact and account, a touch cadence per tier, and one stream
-- of everything that happened on an account.

create table activity (
    id              uuid primary key,
    account_id      uuid         not null references account (id),
    type            varchar(20)  not null check (type in ('CALL', 'MEETING', 'EMAIL', 'NOTE', 'VISIT', 'WORKSHOP')),
    occurred_at     timestamptz  not null,
    summary         varchar(500) not null,
    -- Markdown as typed; rendered safely by the SPA (never as HTML).
    body            text,
    -- Optional links, of the same account (ActivityService checks it); a deleted open opportunity unlinks.
    opportunity_id  uuid references opportunity (id) on delete set null,
    qbr_id          uuid references qbr (id),
    author_id       uuid references app_user (id),
    -- Integrations (POST /activities/batch) name where an activity came from and its id there: one per source.
    source          varchar(50),
    external_id     varchar(200),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    check ((source is null) = (external_id is null))
);
create unique index activity_source_external_uq on activity (source, external_id) where external_id is not null;
-- The account's activities and its timeline, newest first; the last touch (max occurred_at) of the account.
create index activity_account_time_idx on activity (account_id, occurred_at desc, id desc);

-- The contacts an activity involved: any number, of the activity's account. A deleted contact leaves its activities.
create table activity_contact (
    activity_id  uuid not null references activity (id) on delete cascade,
    contact_id   uuid not null references contact (id) on delete cascade,
    primary key (activity_id, contact_id)
);
-- A contact's last touch.
create index activity_contact_contact_idx on activity_contact (contact_id, activity_id);

-- Deleting an activity keeps its audit record: every column before the delete.
create trigger activity_audit after insert or update or delete on activity for each row
    execute function audit_row('activity', 'id', 'version', 'created_at', 'updated_at');
create trigger activity_contact_audit after insert or update or delete on activity_contact for each row
    execute function audit_row('activity-contact', 'activity_id');

-- The last touch: the latest activity of the account, and of each contact. Derived, written only by
-- refresh_last_touch() (run by account/AccountTouch) and not audited: the activities it follows are.
alter table account add column last_touch_at timestamptz;
drop trigger account_audit on account;
create trigger account_audit after insert or update or delete on account for each row
    execute function audit_row('account', 'id', 'version', 'created_at', 'updated_at', 'decision_contacts',
                               'business_units_covered', 'single_threaded_reasons', 'single_threaded',
                               'last_touch_at');
drop trigger contact_audit on contact;
create trigger contact_audit after insert or update or delete on contact for each row
    execute function audit_row('contact', 'id', 'version', 'created_at', 'updated_at', 'last_touch_at');

-- Recomputes the last touch of one account and of all its contacts from the activities that remain. Callers lock
-- the account row first (every activity write of an account does), so that two writers never compute past each
-- other. Only rows whose value changes are written; returns how many were.
create function refresh_last_touch(account_id uuid) returns integer language plpgsql as $$
declare
    accounts integer;
    contacts integer;
begin
    update account a
       set last_touch_at = t.at
      from (select max(x.occurred_at) as at from activity x where x.account_id = refresh_last_touch.account_id) t
     where a.id = refresh_last_touch.account_id and a.last_touch_at is distinct from t.at;
    get diagnostics accounts = row_count;
    update contact c
       set last_touch_at = t.at
      from (select k.id, (select max(x.occurred_at) from activity_contact ac join activity x on x.id = ac.activity_id
                           where ac.contact_id = k.id) as at
              from contact k where k.account_id = refresh_last_touch.account_id) t
     where c.id = t.id and c.last_touch_at is distinct from t.at;
    get diagnostics contacts = row_count;
    return accounts + contacts;
end $$;

-- Touch cadence per tier: an account of the tier needs a logged touch at least this often; null means no cadence.
alter table tier_policy add column touch_cadence_days integer
    check (touch_cadence_days is null or touch_cadence_days between 1 and 730);
update tier_policy set touch_cadence_days = 21 where tier = 'STRATEGIC';
update tier_policy set touch_cadence_days = 45 where tier = 'KEY';

-- The touch cadence rule, in one place (the account view, the accounts filter and the workload report all call
-- these): a touch is due cadence × 24 hours after the last touch, or after the account's creation while it has
-- none (a tier change does not restart the clock: the new tier's cadence applies at once, as the QBR cadence
-- does). No cadence, no due time, never overdue. `at` is the application's clock, passed in.
create function touch_due_at(last_touch_at timestamptz, created_at timestamptz, cadence_days integer)
    returns timestamptz language sql stable parallel safe as $$
    select coalesce(last_touch_at, created_at) + make_interval(hours => cadence_days * 24)
$$;
create function touch_overdue(last_touch_at timestamptz, created_at timestamptz, cadence_days integer,
                              at timestamptz)
    returns boolean language sql stable parallel safe as $$
    select coalesce(touch_due_at(last_touch_at, created_at, cadence_days) < at, false)
$$;

-- The timeline: one row per thing that happened on an account, newest first, from every source. Each source is
-- one SELECT below; a new source (compelling events, tasks done) adds one more. Columns:
--   kind     the source (ACTIVITY, QBR, FOLLOW_UP, STAGE_CHANGE, TIER_CHANGE, HANDOFF, OWNER_CHANGE; open: more come)
--   event    what happened within it (an activity's type; SCHEDULED/SENT/ANSWERED; SET/MET/MISSED; the new stage
--            or tier; STARTED/ACCEPTED/DECLINED/CANCELLED; CHANGED)
--   at, id   the keyset (newest first, id breaking ties); an id is the source row's, or derived from it by
--            timeline_entry_id() where one row gives several entries (a QBR is scheduled, sent and answered)
--   title    one line a person reads; body: an activity's markdown; actor: who did it, by name
--   ref_type, ref_id: the record to open; detail: a small JSON object of the source's own facts
-- A source read from one table names users and contacts through scalar subqueries rather than joins: PostgreSQL then
-- merges such a source straight from its (account, time) index, reading about a page of it (a joined source is read
-- whole for the account and sorted; follow-ups and stage changes, which have no account column, are).
create function timeline_entry_id(source uuid, event text) returns uuid language sql immutable parallel safe as $$
    select md5(source::text || '/' || event)::uuid
$$;

create view timeline_entry as
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
  from owner_change c;

-- Each source read newest first within one account, so that a page of the merged stream reads about a page from
-- each source (activities, tier, owner and handoff histories have theirs already).
create index qbr_account_created_idx on qbr (account_id, created_at desc, id desc);
create index qbr_account_sent_idx on qbr (account_id, sent_at desc) where sent_at is not null;
create index qbr_account_answered_idx on qbr (account_id, answered_at desc) where status = 'ANSWERED';
create index handoff_account_decided_idx on handoff (account_id, decided_at desc) where decided_at is not null;
create index opportunity_account_id_idx on opportunity (account_id, id);
