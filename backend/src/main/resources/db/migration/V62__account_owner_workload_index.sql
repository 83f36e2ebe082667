-- The workload page (GET /api/v1/workload) counts, for a page of 50 owners, their live accounts per tier: ARR,
-- overdue QBRs, single-threaded, touch-overdue, plans missing or stale. With 200 accounts an owner that is about
-- 10,000 rows, spread over every page of the account table, so PostgreSQL read the whole table: 48 ms at 100,000
-- accounts (EXPLAIN ANALYZE). This index holds every column the page reads, so the same page is an index-only scan
-- of the owners' entries: 6.9 ms. Every account update already writes all of the account's indexes (the updated_at
-- trigger moves an indexed column), so it costs one more index entry per update, not HOT updates.
create index account_owner_workload_idx on account (owner_id)
    include (tier, arr, next_qbr_due, single_threaded, last_touch_at, created_at, plan_reviewed_on)
    where not archived;
