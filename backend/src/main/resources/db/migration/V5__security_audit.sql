-- Sign-in: a bcrypt hash per user (null: the user cannot sign in until a password is set).
alter table app_user add column password_hash varchar(100);

-- Browser sessions. The cookie holds a random value; only its SHA-256 is stored.
create table user_session (
    id            uuid primary key,
    token_hash    varchar(64) not null unique,
    user_id       uuid not null references app_user (id) on delete cascade,
    csrf_token    varchar(64) not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

-- API tokens for integrations; the secret is shown once, only its SHA-256 is stored.
create table api_token (
    id            uuid primary key,
    user_id       uuid not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    prefix        varchar(16) not null,
    token_hash    varchar(64) not null unique,
    scopes        varchar(200) not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_idx on api_token (user_id, created_at desc, id) where revoked_at is null;
create index api_token_created_idx on api_token (created_at desc, id) where revoked_at is null;

-- Failed sign-ins, counted per email and per client address over a sliding window.
create table sign_in_failure (
    id           bigint generated always as identity primary key,
    email        varchar(320) not null,
    address      varchar(64) not null,
    failed_at    timestamptz not null
);
create index sign_in_failure_email_idx on sign_in_failure (email, failed_at);
create index sign_in_failure_address_idx on sign_in_failure (address, failed_at);

-- The audit log: one row per changed record, written by triggers so that no write path can skip it.
-- The application names the actor and the API operation for the current transaction with set_config.
create table audit_event (
    id           uuid primary key,
    occurred_at  timestamptz not null,
    actor_id     uuid,
    token_id     uuid,
    action       varchar(100) not null,
    entity_type  varchar(50) not null,
    entity_id    varchar(100) not null,
    changes      jsonb not null
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc, id desc);

-- Append-only: nobody updates or deletes audit rows, the application included.
create function audit_event_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_immutable();

-- Arguments: entity type, key column, then columns to leave out; a leading '!' marks a secret column,
-- recorded only as "changed" without its values.
create function audit_row() returns trigger language plpgsql as $$
declare
    entity_type text := TG_ARGV[0];
    key_column  text := TG_ARGV[1];
    omitted     text[] := '{}';
    secrets     text[] := '{}';
    old_row     jsonb;
    new_row     jsonb;
    diff        jsonb;
    i           int;
begin
    for i in 2 .. TG_NARGS - 1 loop
        if left(TG_ARGV[i], 1) = '!' then
            secrets := secrets || substr(TG_ARGV[i], 2);
        else
            omitted := omitted || TG_ARGV[i];
        end if;
    end loop;
    if TG_OP <> 'INSERT' then old_row := to_jsonb(OLD); end if;
    if TG_OP <> 'DELETE' then new_row := to_jsonb(NEW); end if;
    select coalesce(jsonb_object_agg(k, case when k = any (secrets)
                        then jsonb_build_object('before', '[secret]', 'after', '[secret]')
                        else jsonb_build_object('before', old_row -> k, 'after', new_row -> k) end), '{}')
      into diff
      from jsonb_object_keys(coalesce(new_row, old_row)) as k
     where not k = any (omitted)
       and coalesce(old_row -> k, 'null'::jsonb) is distinct from coalesce(new_row -> k, 'null'::jsonb);
    if diff = '{}'::jsonb then
        return null;
    end if;
    insert into audit_event (id, occurred_at, actor_id, token_id, action, entity_type, entity_id, changes)
    values (gen_random_uuid(), clock_timestamp(),
            nullif(current_setting('stratum.actor_id', true), '')::uuid,
            nullif(current_setting('stratum.token_id', true), '')::uuid,
            coalesce(nullif(current_setting('stratum.action', true), ''), 'system:' || lower(TG_OP)),
            entity_type, coalesce(new_row, old_row) ->> key_column, diff);
    return null;
end $$;

create trigger app_user_audit after insert or update or delete on app_user for each row
    execute function audit_row('user', 'id', 'version', 'created_at', 'updated_at', '!password_hash');
create trigger account_audit after insert or update or delete on account for each row
    execute function audit_row('account', 'id', 'version', 'created_at', 'updated_at');
create trigger tier_policy_audit after insert or update or delete on tier_policy for each row
    execute function audit_row('tier-policy', 'tier', 'version', 'updated_at');
create trigger survey_template_audit after insert or update or delete on survey_template for each row
    execute function audit_row('survey-template', 'id', 'version', 'created_at', 'updated_at');
create trigger qbr_audit after insert or update or delete on qbr for each row
    execute function audit_row('qbr', 'id', 'version', 'created_at', 'updated_at', '!token_hash');
create trigger qbr_answer_audit after insert or update or delete on qbr_answer for each row
    execute function audit_row('qbr-answer', 'id');
create trigger qbr_follow_up_audit after insert or update or delete on qbr_follow_up for each row
    execute function audit_row('qbr-follow-up', 'qbr_id', 'version', 'created_at', 'updated_at');
create trigger opportunity_audit after insert or update or delete on opportunity for each row
    execute function audit_row('opportunity', 'id', 'version', 'created_at', 'updated_at');
create trigger api_token_audit after insert or update or delete on api_token for each row
    execute function audit_row('api-token', 'id', 'created_at', 'last_used_at', '!token_hash');
-- Sessions: signing in and out are audited, not every idle-timer touch.
create trigger user_session_audit after insert or delete on user_session for each row
    execute function audit_row('session', 'id', 'created_at', 'last_seen_at', '!token_hash', '!csrf_token');
