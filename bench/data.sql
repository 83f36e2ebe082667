-- A realistic portfolio at any scale, set-based: run by bench/data.sh on a freshly migrated database.
-- psql variables: scale (accounts). Owners are one per 200 accounts, so tier capacity holds at every scale:
-- each owner has 2 strategic (cap 3) and 6 key (cap 8) accounts and the rest standard.
\set ON_ERROR_STOP on
\set owners 'greatest(5, :scale / 200)'
\set opportunities '(:scale * 2)'

begin;
select setseed(0.42);

-- Bulk loading is not a business write: the audit triggers stay out of it (the owner may disable its own
-- user triggers; foreign keys are still checked).
alter table app_user disable trigger user;
alter table account disable trigger user;
alter table tier_change disable trigger user;
alter table growth_baseline disable trigger user;
alter table qbr disable trigger user;
alter table qbr_answer disable trigger user;
alter table opportunity disable trigger user;
alter table opportunity_stage_change disable trigger user;
alter table business_unit disable trigger user;
alter table contact disable trigger user;
alter table activity disable trigger user;
alter table activity_contact disable trigger user;
alter table account_event disable trigger user;
alter table product disable trigger user;
alter table revenue_alert disable trigger user;

create temp table grade (o int primary key, label text not null, points numeric not null) on commit drop;
insert into grade values (0, 'A+', 4.3), (1, 'A', 4.0), (2, 'A-', 3.7), (3, 'B+', 3.3), (4, 'B', 3.0), (5, 'B-', 2.7),
    (6, 'C+', 2.3), (7, 'C', 2.0), (8, 'C-', 1.7), (9, 'D+', 1.3), (10, 'D', 1.0), (11, 'D-', 0.7), (12, 'F', 0.0);

insert into app_user (id, name, email, role, active, created_at, updated_at)
select md5('owner' || k)::uuid,
       (array['Ava', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kara', 'Liam',
              'Maya', 'Noah', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tess'])[1 + k % 20] || ' '
           || (array['Adams', 'Berg', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hughes', 'Ivanova',
              'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka',
              'Weber'])[1 + (k / 20) % 20] || ' ' || k,
       'owner' || k || '@bench.stratum.test', 'ACCOUNT_MANAGER', true,
       now() - interval '4 years', now() - interval '4 years'
from generate_series(1, :owners) k;

-- Three answered QBRs per account, about five months apart; grades mostly A to C.
create temp table plan_qbr on commit drop as
select i, j, md5('qbr' || i || '-' || j)::uuid as id,
       now() - make_interval(days => j * 180 + (i % 90), secs => (i * 37 + j * 11) % 86400) as answered_at,
       base, base_grades[1] as g1, base_grades[2] as g2, base_grades[3] as g3, base_grades[4] as g4,
       least(10, greatest(0, 10 - base + (floor(random() * 5) - 2)::int)) as nps
from (select i, j, base,
             array[least(12, greatest(0, base + (floor(random() * 3) - 1)::int)),
                   least(12, greatest(0, base + (floor(random() * 3) - 1)::int)),
                   least(12, greatest(0, base + (floor(random() * 3) - 1)::int)),
                   least(12, greatest(0, base + (floor(random() * 3) - 1)::int))] as base_grades
      from (select i, j, width_bucket(random(), array[0.04, 0.14, 0.28, 0.44, 0.60, 0.72, 0.82, 0.90, 0.94,
                                                      0.96, 0.98, 0.99]) as base
            from generate_series(0, :scale - 1) i, generate_series(0, 2) j) sampled) graded;

alter table plan_qbr add column points_sum numeric, add column overall int;
update plan_qbr p set points_sum = (select points from grade where o = p.g1) + (select points from grade where o = p.g2)
    + (select points from grade where o = p.g3) + (select points from grade where o = p.g4);
-- Overall: the grade nearest the mean, a tie going to the lower grade (as Grade.nearest does).
update plan_qbr p set overall = (select o from grade order by abs(points * 4 - p.points_sum), o desc limit 1);
create index on plan_qbr (i, j);
analyze plan_qbr;

insert into account (id, name, domain, external_id, industry, territory, country, employees, annual_revenue, arr,
                     lifecycle, renewal_date, owner_id, tier, tags, created_at, updated_at, next_qbr_due,
                     last_qbr_grade, last_qbr_at, last_qbr_contact_at, growth_target_pct)
select md5('account' || a.i)::uuid,
       name,
       lower(replace(name, ' ', '-')) || '-' || a.i || '.example.com',
       'CRM-' || lpad(a.i::text, 7, '0'),
       (array['Software', 'Manufacturing', 'Retail', 'Healthcare', 'Finance', 'Logistics', 'Energy', 'Media',
              'Telecom', 'Education'])[1 + (a.i * 7) % 10],
       (array['EMEA North', 'EMEA South', 'DACH', 'UK&I', 'North America East', 'North America West', 'LATAM',
              'APAC'])[1 + (a.i * 3) % 8],
       (array['DE', 'FR', 'GB', 'US', 'NL', 'ES', 'IT', 'SE', 'BR', 'JP', 'AU', 'CA'])[1 + (a.i * 5) % 12],
       employees, employees * 180000::numeric, arr,
       case when a.i % 50 = 0 then 'AT_RISK' when a.i % 97 = 0 then 'ONBOARDING' when a.i % 89 = 0 then 'CHURNED'
            else 'ACTIVE' end,
       (now() + make_interval(days => (a.i * 13) % 365))::date,
       md5('owner' || (a.i % :owners + 1))::uuid, tier,
       case tier when 'STRATEGIC' then '{enterprise,exec-sponsor}'::text[] when 'KEY' then '{enterprise}'::text[]
                 else '{}'::text[] end,
       now() - make_interval(days => 400 + (a.i % 700)), now() - make_interval(days => a.i % 30),
       (last.answered_at + make_interval(days => case tier when 'STRATEGIC' then 30 when 'KEY' then 90 else 180 end))::date,
       g.label, last.answered_at, last.answered_at, 15
from (select i,
             -- A made-up brand word (13,824 of them), an industry word and a legal form, drawn independently:
             -- names about as distinct as a real portfolio's, and no word clusters in alphabetical order.
             initcap(syllable[1 + i % 24] || syllable[1 + (i / 24) % 24] || syllable[1 + (i / 576) % 24]) || ' '
             || (array['Analytics', 'Logistics', 'Foods', 'Health', 'Capital', 'Energy', 'Robotics', 'Media',
                       'Telecom', 'Labs', 'Systems', 'Retail', 'Motors', 'Pharma', 'Insurance', 'Textiles',
                       'Aerospace', 'Networks', 'Materials', 'Software', 'Hotels', 'Mining', 'Partners',
                       'Semiconductors', 'Shipping', 'Biotech', 'Chemicals', 'Consulting', 'Farms', 'Studios',
                       'Outdoor', 'Security', 'Solar', 'Water', 'Wireless', 'Packaging', 'Printing', 'Rail',
                       'Steel', 'Tools'])[1 + abs(hashtext('industry' || i)) % 40] || ' '
             || (array['Group', 'Inc', 'GmbH', 'Ltd', 'SA', 'AG', 'BV', 'Holdings', 'Corp', 'AB', 'Co', 'PLC'])
                 [1 + abs(hashtext('form' || i)) % 12] as name,
             case when i / :owners < 2 then 'STRATEGIC' when i / :owners < 8 then 'KEY' else 'STANDARD' end as tier,
             (50 + (i * 7) % 20000) as employees,
             round((case when i / :owners < 2 then 1500000 + random() * 6000000
                         when i / :owners < 8 then 250000 + random() * 1200000
                         else 4000 * exp(random() * ln(60)) end)::numeric, 2) as arr
      from generate_series(0, :scale - 1) i,
           (select array['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'li', 'no', 'bre', 'du', 'fa', 'gen', 'hal',
                         'ix', 'jor', 'kel', 'mar', 'nex', 'ori', 'pra', 'qui', 'ros', 'tal'] as syllable) words) a
join plan_qbr last on last.i = a.i and last.j = 0
join grade g on g.o = last.overall;

insert into growth_baseline (id, account_id, year, baseline_arr)
select md5('baseline' || id)::uuid, id, extract(year from now() at time zone 'UTC')::int, round(arr * 0.9, 2)
from account;

insert into tier_change (id, account_id, from_tier, to_tier, reason, changed_by, changed_at)
select md5('tier' || id)::uuid, id, 'STANDARD', tier, 'Portfolio review: named ' || lower(tier) || ' account',
       'Sales manager', created_at + interval '30 days'
from account where tier <> 'STANDARD';

insert into qbr (id, account_id, template_id, status, scheduled_for, respondent_name, respondent_email, sent_at,
                 answered_at, channel, overall_points, overall_grade, failing, nps_score, created_at, updated_at)
select p.id, md5('account' || p.i)::uuid, '00000000-0000-4000-8000-000000000001', 'ANSWERED',
       (p.answered_at - interval '5 days')::date,
       'Customer contact ' || p.i, 'contact' || p.i || '@customer' || p.i || '.example.com',
       p.answered_at - interval '4 days', p.answered_at, case when p.i % 5 = 0 then 'CALL' else 'LINK' end,
       round(p.points_sum / 4, 2), g.label, g.points < 3.0, p.nps,
       p.answered_at - interval '20 days', p.answered_at
from plan_qbr p join grade g on g.o = p.overall;

insert into qbr_answer (id, qbr_id, question_id, grade, points, score, text, why)
select md5(p.id::text || q.position)::uuid, p.id, q.id, g.label, g.points, a.score, a.text,
       case when g.points < 3.0 then (array['Responses to tickets took over a week this quarter.',
                                            'The roadmap review was cancelled twice.',
                                            'Invoices did not match the contract.',
                                            'Our account team changed without notice.'])[1 + p.i % 4] end
from plan_qbr p
cross join lateral (values (1, p.g1, null::int, null::text), (2, p.g2, null, null), (3, p.g3, null, null),
                           (4, p.g4, null, null), (5, null, p.nps, null),
                           (6, null, null, case when p.i % 3 = 0 then 'More proactive ideas for our expansion.'
                                                else 'Keep the quarterly reviews coming.' end))
    as a(position, grade_o, score, text)
join survey_question q on q.template_id = '00000000-0000-4000-8000-000000000001' and q.position = a.position
left join grade g on g.o = a.grade_o;

-- Two opportunities per account on average, more on the bigger accounts; half of them still open.
insert into opportunity (id, account_id, type, title, product, amount, stage, probability, expected_close_date,
                         owner_id, next_step, loss_reason,
                         closed_at, created_at, updated_at)
select md5('opportunity' || j)::uuid, md5('account' || ai)::uuid, type,
       initcap(lower(replace(type, '_', '-'))) || ': ' || product || ' for ' || (array['EMEA', 'North America',
           'the new plant', 'the finance team', 'group-wide rollout', 'APAC'])[1 + j % 6],
       product, amount, stage,
       case stage when 'IDENTIFIED' then 10 when 'QUALIFIED' then 25 when 'PROPOSAL' then 50
                  when 'NEGOTIATION' then 75 when 'WON' then 100 else 0 end,
       case when stage in ('WON', 'LOST') then closed_at::date else (now() + make_interval(days => 7 + j % 270))::date end,
       md5('owner' || (ai % :owners + 1))::uuid,
       case when stage not in ('WON', 'LOST') then 'Follow up with the buying committee' end,
       case when stage = 'LOST' then (array['Budget cut', 'Chose a competitor', 'No decision'])[1 + j % 3] end,
       closed_at, coalesce(closed_at, now()) - make_interval(days => 20 + j % 120), coalesce(closed_at, now())
from (select j, ai,
             (array['UPSELL', 'UPSELL', 'CROSS_SELL', 'RENEWAL', 'UPSELL', 'CROSS_SELL', 'RENEWAL', 'UPSELL',
                    'CROSS_SELL', 'RENEWAL'])[1 + j % 10] as type,
             (array['Analytics', 'Seats', 'Premium support', 'Data residency', 'API add-on', 'Training'])
                 [1 + (j / 10) % 6] as product,
             round((1000 + random() * 90000 * case when ai / :owners < 8 then 5 else 1 end)::numeric, 2) as amount,
             stage,
             case when stage in ('WON', 'LOST') then now() - make_interval(days => (j * 7) % 730, secs => j % 86400)
             end as closed_at
      from (select j, least(:scale - 1, floor(:scale * power(random(), 1.6)))::int as ai,
                   (array['IDENTIFIED', 'IDENTIFIED', 'IDENTIFIED', 'IDENTIFIED', 'QUALIFIED', 'QUALIFIED',
                          'QUALIFIED', 'PROPOSAL', 'PROPOSAL', 'NEGOTIATION', 'WON', 'WON', 'WON', 'WON', 'WON',
                          'WON', 'LOST', 'LOST', 'LOST', 'LOST'])[1 + floor(random() * 20)::int] as stage
            from generate_series(0, :opportunities - 1) j) drawn) o;

insert into opportunity_stage_change (id, opportunity_id, from_stage, to_stage, note, changed_by, changed_at)
select md5('stage' || id)::uuid, id, null, stage, null, 'Bench loader', updated_at from opportunity;

-- Two business units and six contacts per account (600,000 at 100,000 accounts): a sponsor over a decision maker
-- and a champion, the rest below them. One account in ten lacks the decision maker (a champion instead) and one in
-- seven has lost its champion, so that some KEY and STRATEGIC accounts are single-threaded.
insert into business_unit (id, account_id, name, relevance, created_at, updated_at)
select md5('unit' || a.i || '-' || u)::uuid, md5('account' || a.i)::uuid,
       (array['Operations', 'Finance', 'IT', 'Procurement', 'Sales', 'Research', 'Supply Chain', 'Marketing'])
           [1 + (a.i + u * 3) % 8],
       (array['HIGH', 'MEDIUM', 'LOW'])[1 + (a.i + u) % 3], now() - interval '300 days', now() - interval '300 days'
from generate_series(0, :scale - 1) a(i), generate_series(0, 1) u;

insert into contact (id, account_id, name, title, email, phone, business_unit_id, buying_role, influence, stance,
                     preferred_channel, preferred_language, reports_to_id, relationship_owner_id, left_company_on,
                     created_at, updated_at)
select md5('contact' || p.i || '-' || p.j)::uuid, md5('account' || p.i)::uuid,
       p.first || ' ' || p.last,
       (array['Chief Operating Officer', 'VP Operations', 'Head of IT', 'Finance Director', 'Team Lead',
              'Procurement Manager'])[1 + p.j],
       lower(p.first) || '.' || lower(p.last) || '.' || p.j || '@customer' || p.i || '.example.com',
       '+49 30 ' || lpad(((p.i * 6 + p.j) % 10000000)::text, 7, '0'),
       case when p.j = 5 then null else md5('unit' || p.i || '-' || (case when p.j in (0, 2) then 0 else 1 end))::uuid end,
       case p.j when 0 then 'EXECUTIVE_SPONSOR' when 1 then (case when p.i % 10 = 3 then 'CHAMPION' else 'DECISION_MAKER' end)
                when 2 then 'CHAMPION' when 3 then 'INFLUENCER' when 4 then 'USER' else 'PROCUREMENT' end,
       1 + (p.i + p.j * 2) % 5,
       (array['ALLY', 'NEUTRAL', 'SKEPTIC'])[1 + (p.i + p.j) % 3],
       (array['EMAIL', 'PHONE', 'MEETING', 'VIDEO', 'CHAT'])[1 + (p.i * 3 + p.j) % 5],
       (array['en', 'de', 'fr', 'es', 'ja', 'pt'])[1 + (p.i + p.j) % 6],
       case p.j when 0 then null when 1 then md5('contact' || p.i || '-0')::uuid
                when 2 then md5('contact' || p.i || '-0')::uuid else md5('contact' || p.i || '-1')::uuid end,
       md5('owner' || (p.i % :owners + 1))::uuid,
       case when p.j = 2 and p.i % 7 = 0 then (now() - make_interval(days => 10 + p.i % 300))::date end,
       now() - make_interval(days => 200 + (p.i + p.j) % 200), now() - make_interval(days => (p.i + p.j) % 60)
from (select i, j,
             (array['Ava', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kara', 'Liam',
                    'Maya', 'Noah', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tess', 'Umar', 'Vera', 'Wen', 'Ximena',
                    'Yusuf', 'Zoe', 'Anton', 'Bianca', 'Carlos', 'Dana', 'Emil', 'Freya', 'Gustav', 'Hana', 'Igor',
                    'Julia', 'Kenji', 'Lena', 'Mateo', 'Nora'])[1 + abs(hashtext('first' || i || '-' || j)) % 40] as first,
             (array['Adams', 'Berg', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hughes', 'Ivanova', 'Jensen',
                    'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Weber',
                    'Andersson', 'Brennan', 'Chen', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gallagher', 'Horvat',
                    'Ishikawa', 'Jovanovic', 'Kaplan', 'Lindqvist', 'Mendes', 'Nakamura', 'Oliveira', 'Petrov',
                    'Quintero', 'Reyes', 'Schmidt', 'Takahashi', 'Urban', 'Varga', 'Wagner', 'Yilmaz', 'Zimmermann',
                    'Bauer', 'Castillo', 'Duarte', 'Engel', 'Ferrari'])[1 + abs(hashtext('last' || i || '-' || j)) % 50]
                 as last
      from generate_series(0, :scale - 1) i, generate_series(0, 5) j) p;

-- The search words the account trigger would have kept (V50).
insert into account_search_word (word, account_id, name, archived)
select w, a.id, a.name, a.archived from account a, unnest(search_words(a.name || ' ' || coalesce(a.domain, ''))) w;

-- The search words the contact trigger would have kept (V25).
insert into contact_search_word (word, contact_id)
select w, c.id from contact c, unnest(search_words(c.name || ' ' || coalesce(c.email, ''))) w;

-- Compelling events: one in four opportunities was born from one (OPPORTUNITY_CREATED), and every account has two
-- more of its own over the last year, the recent ones still NEW (some past their review deadline: 7 days, 14 on a
-- STANDARD account), the older ones REVIEWED or NO_ACTION.
insert into account_event (id, account_id, type, occurred_on, description, source, status, review_due_at,
                           reviewed_at, opportunity_id, created_at, updated_at)
select md5('opportunity-event' || o.id)::uuid, o.account_id,
       (array['ACQUISITION', 'FUNDING_ROUND', 'NEW_EXECUTIVE', 'EXPANSION', 'REORGANIZATION', 'REGULATION',
              'PROJECT', 'OTHER'])[1 + abs(hashtext(o.id::text)) % 8],
       (o.created_at - interval '10 days')::date, 'A change at the customer that opens a conversation.', 'MANUAL',
       'OPPORTUNITY_CREATED', o.created_at + interval '7 days', o.created_at, o.id, o.created_at, o.created_at
from opportunity o
where abs(hashtext(o.id::text)) % 4 = 0;
update opportunity o set compelling_event_id = e.id from account_event e where e.opportunity_id = o.id;
insert into account_event (id, account_id, type, occurred_on, description, source, status, review_note,
                           review_due_at, reviewed_at, created_at, updated_at)
select md5('event' || a.i || '-' || k)::uuid, md5('account' || a.i)::uuid,
       (array['ACQUISITION', 'FUNDING_ROUND', 'NEW_EXECUTIVE', 'EXPANSION', 'REORGANIZATION', 'REGULATION',
              'PROJECT', 'OTHER'])[1 + (a.i + k) % 8],
       (e.created_at - interval '2 days')::date,
       (array['Announced in a press release.', 'Heard from our sponsor on a call.', 'Reported by the data feed.'])
           [1 + (a.i + k) % 3],
       case when (a.i + k) % 3 = 2 then 'API' else 'MANUAL' end,
       e.status, case when e.status = 'NO_ACTION' then 'Nothing we sell fits this.' end,
       e.created_at + make_interval(days => case when a.tier = 'STANDARD' then 14 else 7 end),
       case when e.status <> 'NEW' then e.created_at + interval '3 days' end, e.created_at, e.created_at
from (select i, tier from generate_series(0, :scale - 1) i join account on id = md5('account' || i)::uuid) a
cross join generate_series(0, 1) k
cross join lateral (select now() - make_interval(days => ((a.i * 7 + k * 131) % 365), secs => a.i % 86400) as created_at) t
cross join lateral (select t.created_at,
                           case when t.created_at > now() - interval '30 days' then 'NEW'
                                when (a.i + k) % 5 = 0 then 'NO_ACTION' else 'REVIEWED' end as status) e;

-- Revenue (issue 16): 12 products in 4 families (9 recurring), and for every account 10 of them bought in each of
-- the last 24 complete months (~24 million lines at 100,000 accounts), generated set-based in one statement.
-- Quantities and amounts vary by account, product and month; one account in ten stopped buying one product three
-- months ago (the STOPPED_BUYING case), one in ten buys less of another lately (VOLUME_DROP).
insert into product (id, sku, name, family, recurring, active, created_at, updated_at)
select md5('bench-product' || n)::uuid, 'BENCH-P' || lpad(n::text, 2, '0'), 'Bench product ' || n,
       (array['Platform', 'Analytics', 'Services', 'Support'])[1 + n % 4], n % 4 <> 2, true, now(), now()
from generate_series(1, 12) n;

-- Loaded with the triggers off (recurring_revenue_12m is rebuilt from the lines at the end, in one pass).
alter table revenue_line disable trigger user;
insert into revenue_line (account_id, product_id, period, quantity, amount, currency, source, updated_at)
select a.id, md5('bench-product' || p.n)::uuid, (date_trunc('month', now()) - make_interval(months => m))::date,
       q.quantity, round(q.quantity * (20 + p.n * 15)::numeric, 2), 'EUR', 'bench', now()
from (select i, md5('account' || i)::uuid as id, i % 12 as skip from generate_series(0, :scale - 1) i) a
cross join generate_series(1, 12) p(n)
cross join generate_series(1, 24) m
cross join lateral (select greatest(1, 1 + (a.i * 7 + p.n * 13 + m * 3) % 20
                            - case when a.i % 10 = 1 and p.n = 1 + a.i % 12 and m <= 3 then 10 else 0 end)::numeric
                           as quantity) q
where p.n <> 1 + a.skip and p.n <> 1 + (a.skip + 5) % 12
  and not (a.i % 10 = 0 and p.n = 1 + (a.i / 10) % 12 and m <= 3);
alter table revenue_line enable trigger user;

-- Notifications: twenty per owner over the last 90 days, the recent ones unread.
insert into notification (id, user_id, kind, title, link, created_at, read_at, updated_at)
select md5('notification' || k || '-' || n)::uuid, md5('owner' || k)::uuid,
       (array['SURVEY_ANSWERED', 'FOLLOW_UP_JUDGED', 'HANDOFF_OFFERED', 'EVENT_ADDED'])[1 + n % 4],
       'Something happened on one of your accounts.', '/accounts', now() - make_interval(hours => n * 100),
       case when n > 5 then now() - make_interval(hours => n * 100 - 1) end,
       now() - make_interval(hours => n * 100 - case when n > 5 then 1 else 0 end)
from generate_series(1, :owners) k, generate_series(1, 20) n;

-- The coverage the application would have kept.
select refresh_account_coverage(array(select id from account));

-- Scenario 11's timelines: the first 200 accounts (fewer at a smaller scale) have 470 activities each, one every
-- 18 hours back from now, each with two of the account's six contacts, so that with their QBRs, stage changes and
-- tier change every such timeline holds about 500 entries. The last touch of them and their contacts follows.
insert into activity (id, account_id, type, occurred_at, summary, body, author_id, created_at, updated_at)
select md5('activity' || a.i || '-' || k)::uuid, md5('account' || a.i)::uuid,
       (array['CALL', 'MEETING', 'EMAIL', 'NOTE', 'VISIT', 'WORKSHOP'])[1 + (a.i + k) % 6],
       now() - make_interval(hours => 18 * k + a.i % 18),
       'Touch ' || k || ' with the customer', case when k % 3 = 0 then 'Notes of touch ' || k end,
       md5('owner' || (a.i % :owners + 1))::uuid, now() - make_interval(hours => 18 * k), now() - make_interval(hours => 18 * k)
from generate_series(0, least(200, :scale) - 1) a(i), generate_series(1, 470) k;
insert into activity_contact (activity_id, contact_id)
select md5('activity' || a.i || '-' || k)::uuid, md5('contact' || a.i || '-' || ((k + c) % 6))::uuid
from generate_series(0, least(200, :scale) - 1) a(i), generate_series(1, 470) k, generate_series(0, 1) c;
select refresh_last_touch(md5('account' || i)::uuid) from generate_series(0, least(200, :scale) - 1) i;

-- Revenue alerts. Scenario 18: ten products bought every month for the last 25 complete months by the first 500
-- accounts (fewer at a smaller scale); one (account, product) in seven stopped three months ago, one in eleven
-- bought half its usual quantity in the latest month, so that checking them raises alerts the first time.
insert into product (id, sku, name, family, recurring, active, created_at, updated_at, version)
select md5('alert-product' || p)::uuid, 'ALERT-BENCH-' || p, 'Bench consumable ' || p, 'Consumables', true, true,
       now(), now(), 0
from generate_series(1, 10) p;
insert into revenue_line (account_id, product_id, period, quantity, amount, currency, source, updated_at)
select md5('account' || a.i)::uuid, md5('alert-product' || p)::uuid, period,
       q, q * (10 + p), 'EUR', 'bench-alerts', now()
from generate_series(0, least(500, :scale) - 1) a(i), generate_series(1, 10) p,
     lateral (select (date_trunc('month', now()) - make_interval(months => m))::date as period, m
                from generate_series(1, 25) m) months,
     lateral (select case when (a.i + p) % 11 = 0 and months.m = 1 then 10 + (a.i + p) % 5
                          else 20 + (a.i + p) % 5 end as q) quantity
where not ((a.i + p) % 7 = 0 and months.m <= 3);
-- Scenario 19's inbox: one alert on each of the next 4,000 accounts (fewer at a smaller scale), spread over the
-- owners and the last 90 days; seven in ten NEW, two ACKNOWLEDGED, one RESOLVED.
insert into revenue_alert (id, account_id, product_id, rule, episode, status, evidence, amount_at_risk, cause,
                           resolution_note, acknowledged_at, resolved_at, detected_at, created_at, updated_at, version)
select md5('alert' || a.i)::uuid, md5('account' || a.i)::uuid,
       case when a.i % 3 = 2 then null else md5('alert-product' || (1 + a.i % 10))::uuid end,
       (array['STOPPED_BUYING', 'VOLUME_DROP', 'REVENUE_DECLINE'])[1 + a.i % 3],
       (date_trunc('month', now()) - interval '2 months')::date,
       case when a.i % 10 < 7 then 'NEW' when a.i % 10 < 9 then 'ACKNOWLEDGED' else 'RESOLVED' end,
       jsonb_build_object('summary', 'Bought in 6 of the 6 months before and in none of the 2 months since.',
                          'latestCompleteMonth', (date_trunc('month', now()) - interval '1 month')::date,
                          'months', '[]'::jsonb),
       round((100 + a.i % 900) * 12.5, 2),
       case when a.i % 10 = 9 then 'BUDGET' end, case when a.i % 10 = 9 then 'Budget moved to next year.' end,
       case when a.i % 10 >= 7 then now() - make_interval(hours => a.i % 2000) end,
       case when a.i % 10 = 9 then now() - make_interval(hours => a.i % 2000) end,
       now() - make_interval(hours => a.i % 2160), now() - make_interval(hours => a.i % 2160),
       now() - make_interval(hours => a.i % 2000), 0
from generate_series(least(500, :scale), least(4500, :scale) - 1) a(i);

-- Scenario 28: half of the KEY and STRATEGIC accounts have an ACTIVE plan, last reviewed 0 to 119 days ago (those
-- past their tier's QBR cadence are planStale), the other half none (planMissing).
alter table account_plan disable trigger user;
insert into account_plan (id, account_id, status, period_start, period_end, customer_goals, activated_on,
                          last_reviewed_at, created_at, updated_at)
select md5('plan' || a.id)::uuid, a.id, 'ACTIVE', date_trunc('year', now())::date,
       (date_trunc('year', now()) + interval '1 year - 1 day')::date, 'Grow with us.', current_date - 200,
       now() - make_interval(days => abs(hashtext(a.id::text)) % 120), now(), now()
  from account a
 where a.tier <> 'STANDARD' and abs(hashtext('plan' || a.id)) % 2 = 0;
update account a set plan_reviewed_on = p.last_reviewed_at::date from account_plan p where p.account_id = a.id;
alter table account_plan enable trigger user;
alter table app_user enable trigger user;
alter table account enable trigger user;
alter table tier_change enable trigger user;
alter table growth_baseline enable trigger user;
alter table qbr enable trigger user;
alter table qbr_answer enable trigger user;
alter table opportunity enable trigger user;
alter table opportunity_stage_change enable trigger user;
alter table business_unit enable trigger user;
alter table contact enable trigger user;
alter table activity enable trigger user;
alter table activity_contact enable trigger user;
alter table account_event enable trigger user;
alter table product enable trigger user;
-- Contracts: one per account, a year long, ending spread evenly over the next three years (about 8,200 of them in
-- the next 90 days at 100,000 accounts: scenario 21), value the account's ARR, 30 to 90 days of notice, most
-- renewing by themselves. Those already inside their renewal window have their RENEWAL opportunity, as the renewal
-- job would have opened it (so that the job has nothing to do during a run).
alter table contract disable trigger user;
alter table opportunity disable trigger user;
alter table opportunity_stage_change disable trigger user;
insert into contract (id, account_id, start_date, end_date, annual_value, auto_renew, notice_days, created_at,
                      updated_at)
select md5('contract' || i)::uuid, a.id, c.ends - interval '1 year' + interval '1 day', c.ends, coalesce(a.arr, 0),
       i % 5 <> 0, 30 + (i % 3) * 30, now(), now()
  from generate_series(0, :scale - 1) i
  join account a on a.id = md5('account' || i)::uuid
 cross join lateral (select (current_date + ((i * 1096::bigint) / :scale)::int) as ends) c;
create temporary table due_renewal as
select c.id, c.account_id, c.end_date, c.annual_value, a.owner_id, md5('renewal' || c.id)::uuid as opportunity_id
  from contract c join account a on a.id = c.account_id join tier_policy tp on tp.tier = a.tier
 where c.annual_value > 0 and c.end_date - (c.notice_days + tp.renewal_lead_days) <= current_date;
insert into opportunity (id, account_id, type, title, amount, stage, probability, expected_close_date, owner_id,
                         created_at, updated_at)
select opportunity_id, account_id, 'RENEWAL', 'Renewal of the contract ending ' || end_date, annual_value,
       'IDENTIFIED', 10, end_date, owner_id, now(), now()
  from due_renewal;
insert into opportunity_stage_change (id, opportunity_id, from_stage, to_stage, note, changed_at)
select md5('renewal-stage' || id)::uuid, opportunity_id, null, 'IDENTIFIED',
       'Opened by the contract''s renewal rule.', now()
  from due_renewal;
update contract c set renewal_opportunity_id = d.opportunity_id, renewal_created_at = now()
  from due_renewal d where d.id = c.id;
alter table contract enable trigger user;
alter table opportunity enable trigger user;
alter table opportunity_stage_change enable trigger user;
-- Recurring revenue per 12 months from the revenue lines (V32): a load that writes lines with the triggers off, or
-- before this migration, still leaves it exact.
select rebuild_recurring_revenue_12m();
alter table revenue_alert enable trigger user;
-- Scenario 22: one webhook (inactive, so the app sends nothing) with one delivery per account, the last one
-- sent, spread over 30 days, as its delivery log.
insert into webhook (id, name, url, event_types, active, secret, created_at, updated_at)
values ('00000000-0000-0000-0000-0000000000b2', 'Bench receiver', 'https://hooks.example.com/stratum',
        array['account.updated'], false, 'whsec_bench', now() - interval '30 days', now());
insert into webhook_delivery (id, webhook_id, event_id, event_type, resource_type, resource_id, body, status,
                              created_at, due_at, attempts, last_attempt_at, response_status, latency_ms,
                              response_excerpt, done_at)
select md5('delivery' || a.id)::uuid, '00000000-0000-0000-0000-0000000000b2', md5('event' || a.id)::uuid,
       'account.updated', 'account', a.id, '{"type":"account.updated","data":{"id":"' || a.id || '"}}', 'SENT',
       now() - (random() * interval '30 days'), now(), 1, now(), 200, 40 + (random() * 60)::int, 'ok', now()
  from account a;
-- Scenarios 30 to 32 (issue 18): 20 competitors, and two product families no bench account buys (Routing, Security),
-- so their whitespace cells are not OURS. One account in five has Routing held by a competitor in its first unit
-- (value and contract end spread over two years), one in ten runs Security in house. 60 offering gaps, each account
-- in seven using one of them.
insert into product (id, sku, name, family, recurring, active, created_at, updated_at)
values (md5('bench-product-routing')::uuid, 'BENCH-ROUTE', 'Bench route planner', 'Routing', true, true, now(), now()),
       (md5('bench-product-security')::uuid, 'BENCH-SEC', 'Bench security suite', 'Security', true, true, now(), now());
insert into competitor (id, name, website, created_at, updated_at)
select md5('competitor' || n)::uuid, 'Bench rival ' || n, 'https://rival' || n || '.example', now(), now()
from generate_series(1, 20) n;
insert into whitespace_cell (account_id, business_unit_id, product_family, status, competitor_id,
                             estimated_annual_value, contract_end, updated_at)
select md5('account' || i)::uuid, md5('unit' || i || '-0')::uuid, 'Routing', 'COMPETITOR',
       md5('competitor' || (1 + i % 20))::uuid, 5000 + (i % 40) * 1000, current_date + (i % 730), now()
  from generate_series(0, :scale - 1) i where i % 5 = 0
union all
select md5('account' || i)::uuid, md5('unit' || i || '-1')::uuid, 'Security', 'IN_HOUSE', null, null, null, now()
  from generate_series(0, :scale - 1) i where i % 10 = 3;
insert into offering_gap (id, competitor_id, offering, created_at, updated_at)
select md5('gap' || n)::uuid, md5('competitor' || (1 + n % 20))::uuid, 'Bench offering ' || n, now(), now()
from generate_series(0, 59) n;
insert into offering_gap_account (gap_id, account_id)
select md5('gap' || (i / 7) % 60)::uuid, md5('account' || i)::uuid
  from generate_series(0, :scale - 1) i where i % 7 = 0;
-- Scenario 26: the history of CSV imports of accounts and contacts, one per 50 accounts (2,000 at 100,000), over a
-- year, started by the managers and admins, each with its (small) file.
alter table data_import disable trigger user;
insert into data_import (id, kind, file_name, file_bytes, headers, mapping, status, created_by, total_rows,
                         validated_rows, to_create, to_update, committed_rows, created, updated, refused_rows,
                         created_at, updated_at, committed_at)
select md5('import' || i)::uuid, case when i % 3 = 0 then 'CONTACTS' else 'ACCOUNTS' end, 'import-' || i || '.csv',
       60, array['CRM ID', 'Company'], '{"external_id": "CRM ID", "name": "Company"}', 'COMMITTED',
       (select u.id from app_user u where u.role in ('MANAGER', 'ADMIN') order by u.id
         offset i % greatest(1, (select count(*) from app_user where role in ('MANAGER', 'ADMIN'))) limit 1),
       500, 500, 100, 390, 490, 100, 390, 10, t, t, t
  from generate_series(1, greatest(1, :scale / 50)) i,
       lateral (select now() - (i * interval '1 year') / greatest(1, :scale / 50) as t) at_time;
insert into data_import_file (import_id, content)
select id, convert_to('CRM ID,Company' || chr(10) || 'CRM-1,Bench account' || chr(10), 'UTF8') from data_import;
alter table data_import enable trigger user;
-- Issue 19: an ICP profile (Software and Finance in DACH, the Netherlands and Britain, 500 to 10,000 employees) and
-- every account's fit, as a profile change computes them (V42, V54), for scenario 35's tier review.
update icp_fit_profile set industries = '{Software,Finance}', countries = '{DE,GB,NL}', employees_min = 500,
       employees_max = 10000, industry_weight = 40, employees_weight = 30, revenue_weight = 0, country_weight = 30,
       updated_at = now()
 where name = 'Default';
select refresh_icp_fit(null);
-- The report totals the triggers would have kept.
select rebuild_report_rollups();
-- Issue 19: every live account queued for the risk-refresh job, as the account triggers (off for the load) would have
-- queued them; the app judges them after it starts (RiskRules is the flags' one home), and scenarios 33 and 34 wait
-- for risk_dirty to be empty.
insert into risk_dirty (account_id) select id from account where not archived on conflict do nothing;
commit;

vacuum analyze app_user, account, tier_change, growth_baseline, qbr, qbr_answer, opportunity,
    opportunity_stage_change, business_unit, contact, contact_search_word, account_search_word, activity, activity_contact,
    account_event, notification, product, revenue_line, contract, recurring_revenue_12m, retention_group_delta,
    retention_loss, revenue_alert, webhook_delivery,
    account_plan, competitor, whitespace_cell, offering_gap, offering_gap_account, data_import, account_icp_fit;
