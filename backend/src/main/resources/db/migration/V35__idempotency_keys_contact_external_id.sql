-- Issue 17: a POST sent again with the same Idempotency-Key answers what the first one answered, on every
-- instance. A key belongs to its caller (an API token, or a signed-in user), so two clients never collide. While
-- the first request runs, the row is IN_PROGRESS with a lease: a duplicate meanwhile is refused with 409, and a
-- request that died without an answer frees its key when the lease ends. Rows older than 24 h are removed by
-- IdempotencyCleanup.
create table idempotency_key (
    caller         text not null,
    key            text not null,
    fingerprint    text not null,
    state          text not null check (state in ('IN_PROGRESS', 'DONE')),
    created_at     timestamptz not null,
    leased_until   timestamptz not null,
    status         integer,
    content_type   text,
    headers        jsonb,
    body           bytea,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- Contacts get the integrator's id, unique within their account, so that a sync can upsert them.
alter table contact add column external_id varchar(200);
create unique index contact_external_id_uq on contact (account_id, external_id) where external_id is not null;
