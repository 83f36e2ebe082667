-- The alerts inbox and an account's alerts page by detected_at and then id in the same direction (the keyset's
-- tiebreak follows the last key: detected_at desc, id desc). V31's indexes held the id ascending, so a page could
-- not be read from the index in order: PostgreSQL read every alert sharing the page's detected_at and sorted them.
-- One detection check raises all its alerts at one moment, so at 100,000 accounts 6,233 NEW alerts shared one
-- detected_at, and the inbox's first page took 402 ms instead of 2.4 ms (EXPLAIN ANALYZE, docs/performance.md).
drop index revenue_alert_status_idx;
create index revenue_alert_status_idx on revenue_alert (status, detected_at desc, id desc);
drop index revenue_alert_account_idx;
create index revenue_alert_account_idx on revenue_alert (account_id, detected_at desc, id desc);
