-- Handoffs: the owner of a KEY or STRATEGIC account changes only when the incoming owner accepts. While a handoff
-- is OPEN it holds a place in the incoming owner's capacity for the account's tier (capacity_reservation).
create table handoff (
    id             uuid primary key,
    account_id     uuid         not null references account (id),
    tier           varchar(20)  not null references tier_policy (tier),
    from_user_id   uuid references app_user (id),
    to_user_id     uuid         not null references app_user (id),
    status         varchar(20)  not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    note           varchar(2000),
    checklist      jsonb        not null,
    created_by     uuid references app_user (id),
    created_at     timestamptz  not null,
    decided_by     uuid references app_user (id),
    decided_at     timestamptz,
    decline_reason varchar(500),
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
-- At most one OPEN handoff per account; the service names the open one before this index would refuse.
create unique index handoff_one_open_per_account on handoff (account_id) where status = 'OPEN';
create index handoff_account_history on handoff (account_id, created_at desc, id desc);
create index handoff_incoming on handoff (to_user_id, status, created_at desc, id desc);
create index handoff_by_time on handoff (created_at desc, id desc);

-- The one definition of a capacity reservation, read by account/AccountTierService and the workload report.
create view capacity_reservation as
    select id as handoff_id, account_id, to_user_id as owner_id, tier from handoff where status = 'OPEN';

create trigger handoff_audit after insert or update or delete on handoff for each row
    execute function audit_row('handoff', 'id', 'version', 'created_at', 'updated_at');

-- An account's owner history: every owner change, directly or by handoff.
create table owner_change (
    id            uuid primary key,
    account_id    uuid        not null references account (id),
    from_owner_id uuid references app_user (id),
    to_owner_id   uuid references app_user (id),
    handoff_id    uuid references handoff (id),
    reason        varchar(500) not null,
    changed_by    varchar(200),
    changed_at    timestamptz not null
);
create index owner_change_history on owner_change (account_id, changed_at desc, id desc);

create trigger owner_change_audit after insert or update or delete on owner_change for each row
    execute function audit_row('owner-change', 'id');
