-- Trigram indexes keep the free-text search (q) on names fast as the portfolio grows.
create extension if not exists pg_trgm;

create table app_user (
    id          uuid primary key,
    name        varchar(200) not null,
    email       varchar(320) not null,
    role        varchar(20)  not null check (role in ('ADMIN', 'MANAGER', 'ACCOUNT_MANAGER', 'VIEWER')),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index app_user_email_uq on app_user (lower(email));
create index app_user_name_id_idx on app_user (name, id);

create table tier_policy (
    tier                    varchar(20) primary key check (tier in ('STANDARD', 'KEY', 'STRATEGIC')),
    max_accounts_per_owner  integer check (max_accounts_per_owner is null or max_accounts_per_owner >= 0),
    qbr_cadence_days        integer not null check (qbr_cadence_days between 1 and 730),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0
);
insert into tier_policy (tier, max_accounts_per_owner, qbr_cadence_days) values
    ('STRATEGIC', 3, 30),
    ('KEY', 8, 90),
    ('STANDARD', null, 180);

create table account (
    id              uuid primary key,
    name            varchar(200) not null,
    domain          varchar(253),
    external_id     varchar(200),
    industry        varchar(100),
    territory       varchar(100),
    country         varchar(2),
    employees       integer check (employees >= 0),
    annual_revenue  numeric(19, 2) check (annual_revenue >= 0),
    arr             numeric(19, 2) not null default 0 check (arr >= 0),
    lifecycle       varchar(20) not null default 'ACTIVE'
                    check (lifecycle in ('PROSPECT', 'ONBOARDING', 'ACTIVE', 'AT_RISK', 'CHURNED')),
    renewal_date    date,
    parent_id       uuid references account (id),
    owner_id        uuid references app_user (id),
    tier            varchar(20) not null default 'STANDARD' references tier_policy (tier),
    tags            text[] not null default '{}',
    archived        boolean not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);
-- Domain is unique among live accounts only: an archived account frees its domain.
create unique index account_domain_uq on account (lower(domain)) where not archived and domain is not null;
create unique index account_external_id_uq on account (external_id) where external_id is not null;
create index account_owner_tier_idx on account (owner_id, tier) where not archived;
create index account_name_idx on account (archived, name, id);
create index account_arr_idx on account (archived, arr, id);
create index account_renewal_idx on account (archived, renewal_date, id);
create index account_created_idx on account (archived, created_at, id);
create index account_updated_idx on account (archived, updated_at, id);
create index account_parent_idx on account (parent_id);
create index account_name_trgm_idx on account using gin (name gin_trgm_ops);
create index account_domain_trgm_idx on account using gin (domain gin_trgm_ops);

create table tier_change (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    from_tier   varchar(20),
    to_tier     varchar(20) not null,
    reason      varchar(500) not null,
    changed_by  varchar(200),
    changed_at  timestamptz not null
);
create index tier_change_account_idx on tier_change (account_id, changed_at desc, id desc);
