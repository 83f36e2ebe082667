-- The rows one request writes share its transaction: one tier policy save that moves every account of the tier
-- writes one row per account, and the audit log shows them as one change. Rows written before this have none.
alter table audit_event add column transaction_id bigint;

create or replace function audit_row() returns trigger language plpgsql as $$
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
    insert into audit_event (id, occurred_at, actor_id, token_id, action, entity_type, entity_id, changes,
                             transaction_id)
    values (gen_random_uuid(), clock_timestamp(),
            nullif(current_setting('stratum.actor_id', true), '')::uuid,
            nullif(current_setting('stratum.token_id', true), '')::uuid,
            coalesce(nullif(current_setting('stratum.action', true), ''), 'system:' || lower(TG_OP)),
            entity_type, coalesce(new_row, old_row) ->> key_column, diff,
            pg_current_xact_id()::text::bigint);
    return null;
end $$;
