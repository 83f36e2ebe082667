-- Issue 16, retention on money and contracts.

-- 1. Each account's recurring revenue over every 12 consecutive months, kept exact as revenue lines change, so that
-- the retention report and the retention gate read two rows per account instead of 24 months of lines.
-- window_end is the first day of the month after the 12 months: the row (2026-01-01, a) holds what account a was
-- billed for recurring products from January to December 2025. Rows whose amount is 0 are not kept. No check on the
-- amount: INSERT ... ON CONFLICT checks the proposed row (a negative change) before it finds the row it adds to.
create table recurring_revenue_12m (
    window_end  date           not null check (window_end = date_trunc('month', window_end)::date),
    account_id  uuid           not null,
    amount      numeric(18, 2) not null,
    primary key (window_end, account_id)
);

-- The same figures computed from the lines: the definition the table is held to (a test compares them) and what the
-- rebuild writes. A line of month P counts in the 12 windows ending 1 to 12 months after P.
create view recurring_revenue_12m_computed as
select (l.period + make_interval(months => k))::date as window_end, l.account_id, sum(l.amount) as amount
  from revenue_line l
  join product p on p.id = l.product_id and p.recurring
 cross join generate_series(1, 12) k
 group by 1, 2
having sum(l.amount) > 0;

-- Adds each (account, month, amount) change to the 12 windows the month counts in, then drops windows left at 0.
-- Rows are written in key order so that two concurrent ingests lock them in the same order.
create function recurring_revenue_12m_add(accounts uuid[], periods date[], amounts numeric[]) returns void
    language sql as $$
    insert into recurring_revenue_12m as t (window_end, account_id, amount)
    select (d.period + make_interval(months => k))::date, d.account_id, sum(d.amount)
      from unnest(accounts, periods, amounts) d(account_id, period, amount)
     cross join generate_series(1, 12) k
     group by 1, 2
    having sum(d.amount) <> 0
     order by 1, 2
    on conflict (window_end, account_id) do update set amount = t.amount + excluded.amount;
    delete from recurring_revenue_12m t
     using (select distinct (d.period + make_interval(months => k))::date as window_end, d.account_id
              from unnest(accounts, periods, amounts) d(account_id, period, amount)
             cross join generate_series(1, 12) k) w
     where t.window_end = w.window_end and t.account_id = w.account_id and t.amount <= 0;
$$;

-- Statement-level triggers with transition tables: one call per statement whatever its size (a batch upsert of
-- 5,000 lines fires the INSERT trigger with the lines it created and the UPDATE trigger with those it replaced).
create function revenue_line_recurring_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select n.account_id, n.period, sum(n.amount) as amount
                   from new_lines n join product p on p.id = n.product_id and p.recurring
                  group by 1, 2) d;
    elsif tg_op = 'UPDATE' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select c.account_id, c.period, sum(c.amount) as amount
                   from (select account_id, product_id, period, amount from new_lines
                         union all
                         select account_id, product_id, period, -amount from old_lines) c
                   join product p on p.id = c.product_id and p.recurring
                  group by 1, 2
                 having sum(c.amount) <> 0) d;
    elsif tg_op = 'DELETE' then
        perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
           from (select o.account_id, o.period, -sum(o.amount) as amount
                   from old_lines o join product p on p.id = o.product_id and p.recurring
                  group by 1, 2) d;
    else -- TRUNCATE
        truncate recurring_revenue_12m;
    end if;
    return null;
end $$;

create trigger revenue_line_recurring_inserted after insert on revenue_line
    referencing new table as new_lines for each statement execute function revenue_line_recurring_changed();
create trigger revenue_line_recurring_updated after update on revenue_line
    referencing old table as old_lines new table as new_lines
    for each statement execute function revenue_line_recurring_changed();
create trigger revenue_line_recurring_deleted after delete on revenue_line
    referencing old table as old_lines for each statement execute function revenue_line_recurring_changed();
create trigger revenue_line_recurring_truncated after truncate on revenue_line
    for each statement execute function revenue_line_recurring_changed();

-- A product that becomes recurring (or stops being) adds (or removes) its lines everywhere they count.
create function product_recurring_changed() returns trigger language plpgsql as $$
begin
    perform recurring_revenue_12m_add(array_agg(d.account_id), array_agg(d.period), array_agg(d.amount))
       from (select l.account_id, l.period, sum(l.amount) * (case when new.recurring then 1 else -1 end) as amount
               from revenue_line l where l.product_id = new.id
              group by 1, 2) d;
    return null;
end $$;
create trigger product_recurring_changed after update of recurring on product for each row
    when (old.recurring is distinct from new.recurring) execute function product_recurring_changed();

-- Writes the table again from the lines (bench data, repairs). Takes the table's lock: ingests wait until it ends.
create function rebuild_recurring_revenue_12m() returns void language sql as $$
    truncate recurring_revenue_12m;
    insert into recurring_revenue_12m (window_end, account_id, amount)
    select window_end, account_id, amount from recurring_revenue_12m_computed;
$$;
select rebuild_recurring_revenue_12m();

-- 2. The renewal lead time per tier: a contract's RENEWAL opportunity is opened notice days + this many days before
-- the contract ends.
alter table tier_policy add column renewal_lead_days integer not null default 90
    check (renewal_lead_days between 0 and 730);
update tier_policy set renewal_lead_days = case tier when 'STRATEGIC' then 180 when 'KEY' then 120 else 90 end;

-- 3. Contracts: what the customer signed, when it ends and how it renews. renewal_created_at is set once, when the
-- contract's RENEWAL opportunity is created (by the job or at once); it never goes back, so a contract gets one
-- renewal opportunity even if that opportunity is later deleted (renewal_opportunity_id then becomes null).
create table contract (
    id                      uuid primary key,
    account_id              uuid           not null references account (id),
    start_date              date           not null,
    end_date                date           not null,
    annual_value            numeric(19, 2) not null check (annual_value >= 0),
    auto_renew              boolean        not null,
    notice_days             integer        not null check (notice_days between 0 and 730),
    renewal_opportunity_id  uuid           unique references opportunity (id) on delete set null,
    renewal_created_at      timestamptz,
    created_at              timestamptz    not null,
    updated_at              timestamptz    not null,
    version                 bigint         not null default 0,
    check (end_date > start_date),
    check (renewal_opportunity_id is null or renewal_created_at is not null)
);
create index contract_account_idx on contract (account_id, end_date, id);
-- The renewals list: contracts by end date.
create index contract_end_idx on contract (end_date, id);
-- The renewal job's candidates: contracts still waiting for their renewal opportunity.
create index contract_renewal_pending_idx on contract (end_date) where renewal_created_at is null;
create trigger contract_audit after insert or update or delete on contract for each row
    execute function audit_row('contract', 'id', 'version', 'created_at', 'updated_at');
