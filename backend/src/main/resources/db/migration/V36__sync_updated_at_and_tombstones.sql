-- Sync (issue 17): every listed record's updated_at moves forward on every change, whoever writes the row
-- (the application through Hibernate, or SQL such as refresh_account_coverage() and refresh_last_touch()), and an
-- index on (updated_at, id) serves the updatedAfter lists read in that order. A deleted row leaves a tombstone.

-- An update that did not move updated_at (SQL that does not set it, or an application clock behind the row's
-- time) gets the database's time, and always at least a microsecond after the old value: a row changed while a
-- client pages through changes moves past the client's cursor and is read again later.
create function keep_updated_at() returns trigger language plpgsql as $$
begin
    if new.updated_at is null or new.updated_at <= old.updated_at then
        new.updated_at := greatest(clock_timestamp(), old.updated_at + interval '1 microsecond');
    end if;
    return new;
end $$;

create trigger account_updated_at before update on account for each row execute function keep_updated_at();
create trigger contact_updated_at before update on contact for each row execute function keep_updated_at();
create trigger business_unit_updated_at before update on business_unit for each row execute function keep_updated_at();
create trigger opportunity_updated_at before update on opportunity for each row execute function keep_updated_at();
create trigger qbr_updated_at before update on qbr for each row execute function keep_updated_at();
create trigger activity_updated_at before update on activity for each row execute function keep_updated_at();
create trigger task_updated_at before update on task for each row execute function keep_updated_at();
create trigger product_updated_at before update on product for each row execute function keep_updated_at();
create trigger account_event_updated_at before update on account_event for each row execute function keep_updated_at();
create trigger contract_updated_at before update on contract for each row execute function keep_updated_at();
create trigger revenue_alert_updated_at before update on revenue_alert for each row execute function keep_updated_at();
create trigger handoff_updated_at before update on handoff for each row execute function keep_updated_at();
create trigger app_user_updated_at before update on app_user for each row execute function keep_updated_at();

-- A QBR's follow-up is part of the QBR as the API shows it: writing it is a change of the QBR.
create function touch_qbr_of_follow_up() returns trigger language plpgsql as $$
begin
    update qbr set updated_at = clock_timestamp() where id = new.qbr_id;
    return null;
end $$;
create trigger qbr_follow_up_touches_qbr after insert or update on qbr_follow_up for each row
    execute function touch_qbr_of_follow_up();

-- The sync order of each list: updated_at, then id (accounts of both archived states: sync reads them together).
create index account_sync_idx on account (updated_at, id);
create index contact_sync_idx on contact (updated_at, id);
create index business_unit_sync_idx on business_unit (updated_at, id);
create index opportunity_sync_idx on opportunity (updated_at, id);
create index qbr_sync_idx on qbr (updated_at, id);
create index activity_sync_idx on activity (updated_at, id);
create index task_sync_idx on task (updated_at, id);
create index product_sync_idx on product (updated_at, id);
create index account_event_sync_idx on account_event (updated_at, id);
create index contract_sync_idx on contract (updated_at, id);
create index revenue_alert_sync_idx on revenue_alert (updated_at, id);
create index handoff_sync_idx on handoff (updated_at, id);

-- Deleted records, for sync: GET /api/v1/deletions reads them in (deleted_at, id) order. Kept like the audit log.
create table tombstone (
    id          uuid         primary key,
    type        varchar(40)  not null,
    record_id   uuid         not null,
    account_id  uuid,
    deleted_at  timestamptz  not null
);
create index tombstone_sync_idx on tombstone (deleted_at, id);
create index tombstone_type_sync_idx on tombstone (type, deleted_at, id);

create function record_tombstone() returns trigger language plpgsql as $$
begin
    insert into tombstone (id, type, record_id, account_id, deleted_at)
    values (gen_random_uuid(), tg_argv[0], old.id, (to_jsonb(old) ->> 'account_id')::uuid, clock_timestamp());
    return null;
end $$;

create trigger contact_tombstone after delete on contact for each row execute function record_tombstone('CONTACT');
create trigger business_unit_tombstone after delete on business_unit for each row
    execute function record_tombstone('BUSINESS_UNIT');
create trigger opportunity_tombstone after delete on opportunity for each row
    execute function record_tombstone('OPPORTUNITY');
create trigger qbr_tombstone after delete on qbr for each row execute function record_tombstone('QBR');
create trigger activity_tombstone after delete on activity for each row execute function record_tombstone('ACTIVITY');
create trigger task_tombstone after delete on task for each row execute function record_tombstone('TASK');
create trigger product_tombstone after delete on product for each row execute function record_tombstone('PRODUCT');
create trigger account_tombstone after delete on account for each row execute function record_tombstone('ACCOUNT');
create trigger contract_tombstone after delete on contract for each row execute function record_tombstone('CONTRACT');
create trigger account_event_tombstone after delete on account_event for each row
    execute function record_tombstone('ACCOUNT_EVENT');
