-- Issue 16, the foundation of revenue monitoring: the products the company sells and what each account bought
-- of each product in each calendar month, fed by the billing system (batch API) or a CSV import.

-- One company currency: every revenue line is in it; a line in another currency is refused.
-- The retention gate's threshold: an account's gross revenue retention for the year must reach it (100 = nothing
-- lost) once revenue data exists.
alter table company_settings
    add column currency          varchar(3)   not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    add column grr_threshold_pct numeric(5, 2) not null default 100 check (grr_threshold_pct between 0 and 100);

-- Where an account's ARR comes from: typed by people (MANUAL) or the last 12 complete months of recurring revenue
-- lines (REVENUE).
alter table account
    add column arr_source varchar(10) not null default 'MANUAL' check (arr_source in ('MANUAL', 'REVENUE'));

create table product (
    id          uuid primary key,
    sku         varchar(64)  not null,
    name        varchar(200) not null,
    family      varchar(100) not null,
    recurring   boolean      not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
-- SKUs are unique whatever their case: "ABC-1" and "abc-1" are one product to the billing system's clerks.
create unique index product_sku_uq on product (upper(sku));
create index product_name_idx on product (name, id);
create trigger product_audit after insert or update or delete on product for each row
    execute function audit_row('product', 'id', 'version', 'created_at', 'updated_at');

-- One row per (account, product, month): the month's total, replaced when the billing system sends the month
-- again. Not audited row by row (24 million rows at bench scale); each ingest is one audit record.
create table revenue_line (
    account_id  uuid           not null references account (id),
    product_id  uuid           not null references product (id),
    period      date           not null check (period = date_trunc('month', period)::date),
    quantity    numeric(16, 3) not null check (quantity >= 0),
    amount      numeric(16, 2) not null check (amount >= 0),
    currency    varchar(3)     not null,
    source      varchar(50)    not null,
    updated_at  timestamptz    not null,
    primary key (account_id, product_id, period)
);
-- A product's lines (its buyers), read through the foreign key.
create index revenue_line_product_idx on revenue_line (product_id);
