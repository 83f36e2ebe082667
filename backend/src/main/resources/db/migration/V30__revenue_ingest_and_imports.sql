-- Issue 16, revenue ingest: one row per ingest (a batch from billing, or one chunk of a committed CSV import),
-- which is that ingest's audit record; CSV imports staged in PostgreSQL before they are committed.

-- What one ingest did, in counts. Lines themselves are not audited one by one (24 million rows at bench scale).
create table revenue_ingest (
    id          uuid primary key,
    kind        varchar(10) not null check (kind in ('BATCH', 'IMPORT')),
    import_id   uuid,
    lines       int         not null check (lines >= 0),
    created     int         not null check (created >= 0),
    updated     int         not null check (updated >= 0),
    unchanged   int         not null check (unchanged >= 0),
    refused     int         not null check (refused >= 0),
    accounts    int         not null check (accounts >= 0),
    created_at  timestamptz not null
);
create trigger revenue_ingest_audit after insert or update or delete on revenue_ingest for each row
    execute function audit_row('revenue-ingest', 'id');

-- A CSV import: uploaded (streamed into revenue_import_row), validated by a job, previewed, then committed by a
-- job in chunks through the same ingest as the batch API. The row is the job's queue entry: a worker claims it
-- with for update skip locked and holds it with lease_until while it works, so two instances never work on one
-- import at once and a dead instance's import is picked up again where it stopped (validated_rows,
-- committed_through).
create table revenue_import (
    id                uuid primary key,
    file_name         varchar(255) not null,
    status            varchar(12)  not null check (status in ('UPLOADING', 'VALIDATING', 'READY', 'COMMITTING',
                                                            'COMMITTED', 'FAILED', 'CANCELLED')),
    created_by        uuid references app_user (id),
    total_rows        int          not null default 0,
    validated_rows    int          not null default 0,
    validated_through int          not null default 0,
    refused_rows      int          not null default 0,
    committed_rows    int          not null default 0,
    committed_through int          not null default 0,
    created           int          not null default 0,
    updated           int          not null default 0,
    unchanged         int          not null default 0,
    failure           varchar(500),
    lease_holder      uuid,
    lease_until       timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    committed_at      timestamptz,
    version           bigint       not null default 0
);
create index revenue_import_created_idx on revenue_import (created_at desc, id desc);
create index revenue_import_work_idx on revenue_import (status) where status in ('VALIDATING', 'COMMITTING');

-- One data row of a CSV file as it was read (text, so that nothing is lost before it is judged), then what
-- validation found: the account and product it names, or why it is refused.
-- id: the import's high 64 bits and the line number, so that ids sort as lines do (the refused rows' keyset).
create table revenue_import_row (
    id           uuid          not null,
    import_id    uuid          not null references revenue_import (id) on delete cascade,
    line_no      int           not null,
    account_id_text  text,
    external_id  text,
    sku          text,
    period_text  text,
    quantity_text text,
    amount_text  text,
    currency     text,
    source       text,
    account_id   uuid,
    product_id   uuid,
    period       date,
    quantity     numeric(16, 3),
    amount       numeric(16, 2),
    problem      text,
    problem_field varchar(30),
    primary key (import_id, line_no)
);
create index revenue_import_row_refused_idx on revenue_import_row (import_id, id) where problem is not null;

-- The Revenue tab reads one account's lines by month; the primary key leads with the account already.

-- ARR from data (account.arr_source = 'REVENUE'): the sum of the account's recurring products' lines over the 12
-- complete months before this_month (the first day of the current month). The one definition of it; written to
-- account.arr only by account/AccountArr.
create function revenue_arr(p_account uuid, this_month date) returns numeric language sql stable as $$
    select coalesce(sum(l.amount), 0)::numeric(19, 2)
      from revenue_line l
      join product p on p.id = l.product_id and p.recurring
     where l.account_id = p_account
       and l.period >= (this_month - interval '12 months')::date
       and l.period < this_month
$$;
