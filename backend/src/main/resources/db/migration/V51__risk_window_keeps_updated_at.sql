-- The interval over which an account's stored risk reading holds (risk_from, risk_until, V48) is bookkeeping for
-- risk_catch_up(): the API shows neither. Moving only it must not move updated_at, or every account would look
-- changed to a sync client (and to a webhook's reader) whenever its next flag moment is computed. The readings the
-- API shows (risk_flags, risk_flag_count) still move it. Generated columns (single_threaded, arr_at_risk) are not
-- yet computed in a BEFORE trigger, so they are left out of the comparison too.
create function keep_account_updated_at() returns trigger language plpgsql as $$
begin
    if (new.risk_from, new.risk_until) is distinct from (old.risk_from, old.risk_until)
       and to_jsonb(new) - '{risk_from,risk_until,single_threaded,arr_at_risk,updated_at}'::text[]
           = to_jsonb(old) - '{risk_from,risk_until,single_threaded,arr_at_risk,updated_at}'::text[] then
        new.updated_at := old.updated_at;
        return new;
    end if;
    if new.updated_at is null or new.updated_at <= old.updated_at then
        new.updated_at := greatest(clock_timestamp(), old.updated_at + interval '1 microsecond');
    end if;
    return new;
end $$;

drop trigger account_updated_at on account;
create trigger account_updated_at before update on account for each row execute function keep_account_updated_at();
