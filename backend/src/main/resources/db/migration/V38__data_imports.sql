-- Issue 17, CSV import of accounts and contacts: the import is the record (who, when, the file, the counts) and the
-- job's queue entry, claimed with for update skip locked and held by a lease like revenue_import (V30); its rows are
-- staged as the mapped fields' text, judged by a dry run of the same service paths as the API, then written one by
-- one. The file is kept apart (data_import_file) so that lists never read it, and can be downloaded again.
create table data_import (
    id                uuid primary key,
    kind              varchar(10)  not null check (kind in ('ACCOUNTS', 'CONTACTS')),
    file_name         varchar(255) not null,
    file_bytes        int          not null check (file_bytes >= 0),
    headers           text[]       not null,
    mapping           jsonb,
    status            varchar(12)  not null check (status in ('MAPPING', 'VALIDATING', 'READY', 'COMMITTING',
                                                            'COMMITTED', 'FAILED', 'CANCELLED')),
    created_by        uuid references app_user (id),
    total_rows        int          not null default 0,
    validated_rows    int          not null default 0,
    validated_through int          not null default 0,
    refused_rows      int          not null default 0,
    to_create         int          not null default 0,
    to_update         int          not null default 0,
    to_leave          int          not null default 0,
    committed_rows    int          not null default 0,
    committed_through int          not null default 0,
    created           int          not null default 0,
    updated           int          not null default 0,
    unchanged         int          not null default 0,
    failed_rows       int          not null default 0,
    failure           varchar(500),
    lease_holder      uuid,
    lease_until       timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    committed_at      timestamptz,
    version           bigint       not null default 0
);
create index data_import_created_idx on data_import (created_at desc, id desc);
create index data_import_kind_created_idx on data_import (kind, created_at desc, id desc);
create index data_import_work_idx on data_import (status) where status in ('VALIDATING', 'COMMITTING');
-- Audited at each step (mapped, validated, committed, cancelled); the counts moving row by row are not.
create trigger data_import_audit after insert or update or delete on data_import for each row
    execute function audit_row('data-import', 'id', 'version', 'created_at', 'updated_at', 'validated_rows',
                               'validated_through', 'committed_rows', 'committed_through', 'created', 'updated',
                               'unchanged', 'failed_rows', 'lease_holder', 'lease_until', 'total_rows');

create table data_import_file (
    import_id uuid primary key references data_import (id) on delete cascade,
    content   bytea not null
);

-- One data row: the mapped fields as the file wrote them, the key it is matched on (repeats in the file are
-- refused), what the preview expects (CREATE, UPDATE, UNCHANGED) or why it is refused, and what the commit did.
-- id: the import's high 64 bits and the line number, so that ids sort as lines do (the refused rows' keyset).
create table data_import_row (
    id            uuid         not null,
    import_id     uuid         not null references data_import (id) on delete cascade,
    line_no       int          not null,
    fields        jsonb        not null,
    match_key     text,
    expected      varchar(10)  check (expected in ('CREATE', 'UPDATE', 'UNCHANGED')),
    problem       text,
    problem_field varchar(40),
    outcome       varchar(10)  check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'REFUSED')),
    record_id     uuid,
    primary key (import_id, line_no)
);
create index data_import_row_refused_idx on data_import_row (import_id, id) where problem is not null;

-- An import without external ids matches accounts by name, ignoring case, among live accounts.
create index account_live_lower_name_idx on account (lower(name)) where not archived;
create index data_import_created_by_idx on data_import (created_by, created_at desc, id desc);
