create table survey_template (
    id          uuid primary key,
    name        varchar(200) not null,
    is_default  boolean not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);
create unique index survey_template_one_default on survey_template (is_default) where is_default;
create index survey_template_name_idx on survey_template (name, id);

create table survey_question (
    id           uuid primary key,
    template_id  uuid not null references survey_template (id) on delete cascade,
    position     integer not null,
    text         varchar(500) not null,
    kind         varchar(10) not null check (kind in ('GRADE', 'NPS', 'TEXT')),
    unique (template_id, position)
);

create table qbr (
    id                     uuid primary key,
    account_id             uuid not null references account (id),
    template_id            uuid not null references survey_template (id),
    status                 varchar(20) not null check (status in ('SCHEDULED', 'SENT', 'ANSWERED', 'CANCELLED')),
    scheduled_for          date not null,
    respondent_name        varchar(200) not null,
    respondent_email       varchar(320) not null,
    token_hash             varchar(64),
    invitation_expires_at  timestamptz,
    sent_at                timestamptz,
    answered_at            timestamptz,
    channel                varchar(10) check (channel in ('LINK', 'CALL')),
    recorded_by            varchar(200),
    overall_points         numeric(3, 2),
    overall_grade          varchar(2),
    failing                boolean,
    nps_score              integer,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null default 0
);
create unique index qbr_token_uq on qbr (token_hash) where token_hash is not null;
create index qbr_account_idx on qbr (account_id, answered_at desc nulls last, id);
create index qbr_created_idx on qbr (created_at desc, id);
create index qbr_answered_idx on qbr (answered_at, id) where status = 'ANSWERED';
create index qbr_failing_idx on qbr (answered_at desc, id) where failing;

create table qbr_answer (
    id           uuid primary key,
    qbr_id       uuid not null references qbr (id) on delete cascade,
    question_id  uuid not null references survey_question (id),
    grade        varchar(2),
    points       numeric(2, 1),
    score        integer check (score between 0 and 10),
    text         varchar(4000),
    why          varchar(4000),
    unique (qbr_id, question_id)
);

create table qbr_follow_up (
    qbr_id          uuid primary key references qbr (id) on delete cascade,
    target_grade    varchar(2) not null,
    target_date     date not null,
    actions         text[] not null default '{}',
    status          varchar(10) not null check (status in ('OPEN', 'MET', 'MISSED')),
    judged_by_qbr   uuid references qbr (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

-- QBR cadence facts kept on the account so lists can filter and sort on them without aggregating.
alter table account add column last_qbr_grade varchar(2);
alter table account add column last_qbr_at timestamptz;
alter table account add column last_qbr_contact_at timestamptz;
alter table account add column next_qbr_due date;
update account a set next_qbr_due = (a.created_at at time zone 'UTC')::date + p.qbr_cadence_days
  from tier_policy p where p.tier = a.tier;
alter table account alter column next_qbr_due set not null;
create index account_next_qbr_due_idx on account (next_qbr_due) where not archived;

-- The template that ships with the product.
insert into survey_template (id, name, is_default, created_at, updated_at)
values ('00000000-0000-4000-8000-000000000001', 'Quarterly business review', true, now(), now());
insert into survey_question (id, template_id, position, text, kind) values
 ('00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000001', 1,
  'How would you rate our ability to provide strategic suggestions that contribute to your continued growth?', 'GRADE'),
 ('00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000001', 2,
  'How would you rate our responsiveness when you need something from us?', 'GRADE'),
 ('00000000-0000-4000-8000-000000000103', '00000000-0000-4000-8000-000000000001', 3,
  'How would you rate the quality of our product or service?', 'GRADE'),
 ('00000000-0000-4000-8000-000000000104', '00000000-0000-4000-8000-000000000001', 4,
  'How would you rate our understanding of your business?', 'GRADE'),
 ('00000000-0000-4000-8000-000000000105', '00000000-0000-4000-8000-000000000001', 5,
  'How likely are you to recommend us to a colleague (0 to 10)?', 'NPS'),
 ('00000000-0000-4000-8000-000000000106', '00000000-0000-4000-8000-000000000001', 6,
  'What should we do differently?', 'TEXT');
