-- Sync (issue 17) on the lists V36 left out: users, webhooks, survey templates, API tokens and notifications get an
-- updated_at that moves on every change and an index in the sync order; deleting a webhook and revoking an API token
-- leave a tombstone.

-- API tokens and notifications had no updated_at: their last change until now (a revocation, a use, a reading).
alter table api_token add column updated_at timestamptz;
update api_token set updated_at = greatest(created_at, coalesce(last_used_at, created_at), coalesce(revoked_at, created_at));
alter table api_token alter column updated_at set not null;
alter table notification add column updated_at timestamptz;
update notification set updated_at = coalesce(read_at, created_at);
alter table notification alter column updated_at set not null;

create trigger api_token_updated_at before update on api_token for each row execute function keep_updated_at();
create trigger notification_updated_at before update on notification for each row execute function keep_updated_at();
create trigger webhook_updated_at before update on webhook for each row execute function keep_updated_at();
create trigger survey_template_updated_at before update on survey_template for each row
    execute function keep_updated_at();

-- updated_at is bookkeeping, not a change to audit (as for every other audited table): a token's use moves it.
drop trigger api_token_audit on api_token;
create trigger api_token_audit after insert or update or delete on api_token for each row
    execute function audit_row('api-token', 'id', 'created_at', 'last_used_at', 'updated_at', '!token_hash');

-- A template's inUse is part of it as the API shows it: its first QBR and the deletion of its last one change it.
create function touch_template_of_qbr() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and new.template_id is not null
            and not exists (select 1 from qbr where template_id = new.template_id and id <> new.id) then
        update survey_template set updated_at = clock_timestamp() where id = new.template_id;
    elsif tg_op = 'DELETE' and old.template_id is not null
            and not exists (select 1 from qbr where template_id = old.template_id) then
        update survey_template set updated_at = clock_timestamp() where id = old.template_id;
    end if;
    return null;
end $$;
create trigger qbr_touches_template after insert or delete on qbr for each row execute function touch_template_of_qbr();

create index app_user_sync_idx on app_user (updated_at, id);
create index webhook_sync_idx on webhook (updated_at, id);
create index survey_template_sync_idx on survey_template (updated_at, id);
create index api_token_sync_idx on api_token (updated_at, id);
create index notification_sync_idx on notification (user_id, updated_at, id);

create trigger webhook_tombstone after delete on webhook for each row execute function record_tombstone('WEBHOOK');
-- A revoked token is gone from the API (never listed, never valid again): for sync it is deleted.
create function record_revoked_token() returns trigger language plpgsql as $$
begin
    insert into tombstone (id, type, record_id, account_id, deleted_at)
    values (gen_random_uuid(), 'API_TOKEN', new.id, null, clock_timestamp());
    return null;
end $$;
create trigger api_token_tombstone after update on api_token for each row
    when (old.revoked_at is null and new.revoked_at is not null) execute function record_revoked_token();
