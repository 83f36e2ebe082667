-- Issue 20: app instances keep verified browser sessions in memory, as they keep API tokens (V33). A session ends by
-- the deletion of its row (sign-out, idle expiry, a password change or deactivation ending the user's sessions), so
-- that deletion now moves the credential counter in the same transaction: the rate-limit statement of the next request
-- reads it on every instance, and an instance that verified the session at an older value looks it up again before
-- the request goes on. One move per statement that deleted any row, so that ending many sessions costs one move.
create function credential_version_bump_if_gone() returns trigger language plpgsql as $$
begin
    if exists (select 1 from gone) then
        update credential_version set version = version + 1 where id = 1;
    end if;
    return null;
end;
$$;

create trigger user_session_credential_version_delete after delete on user_session referencing old table as gone
    for each statement execute function credential_version_bump_if_gone();
create trigger user_session_credential_version_truncate after truncate on user_session for each statement
    execute function credential_version_bump();
-- The application never changes these; a change made in SQL counts too.
create trigger user_session_credential_version after update on user_session for each row
    when (old.token_hash is distinct from new.token_hash or old.user_id is distinct from new.user_id
          or old.csrf_token is distinct from new.csrf_token)
    execute function credential_version_bump();
