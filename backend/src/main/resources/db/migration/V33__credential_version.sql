-- Issue 20: app instances keep verified API tokens in memory instead of looking each one up on every request.
-- They stay exact through one counter: every change that can refuse or narrow a token (revoked, expiry or scopes
-- changed, deleted; its user's role, active flag or name changed, or the user deleted) moves it forward in the
-- same transaction. The rate-limit statement every request runs anyway reads the counter, and an instance whose
-- cached token was verified at an older value looks the token up again before the request goes on. So a
-- revocation committed before a request starts refuses that request on every instance, at no extra round trip.
create table credential_version (
    id       smallint primary key check (id = 1),
    version  bigint not null
);
insert into credential_version (id, version) values (1, 1);

create function credential_version_bump() returns trigger language plpgsql as $$
begin
    update credential_version set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger api_token_credential_version after update on api_token for each row
    when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
          or old.scopes is distinct from new.scopes or old.token_hash is distinct from new.token_hash
          or old.user_id is distinct from new.user_id)
    execute function credential_version_bump();
create trigger api_token_credential_version_delete after delete on api_token for each row
    execute function credential_version_bump();
create trigger api_token_credential_version_truncate after truncate on api_token for each statement
    execute function credential_version_bump();

create trigger app_user_credential_version after update on app_user for each row
    when (old.role is distinct from new.role or old.active is distinct from new.active
          or old.name is distinct from new.name)
    execute function credential_version_bump();
create trigger app_user_credential_version_delete after delete on app_user for each row
    execute function credential_version_bump();
create trigger app_user_credential_version_truncate after truncate on app_user for each statement
    execute function credential_version_bump();
