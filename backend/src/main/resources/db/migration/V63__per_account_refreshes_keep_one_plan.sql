-- The per-account refreshes run on every write of an account's inputs (an account's upsert runs both). PostgreSQL
-- planned their statements afresh on each call, a custom plan for the ids given: 0.7 ms of planning against 0.1 ms
-- of execution for one account. Their plans do not depend on how many ids come (index probes by id), so each keeps
-- one generic plan. Measured at 100,000 accounts, 200 calls for one account each: coverage 0.94–1.03 → 0.22 ms a
-- call, risk projection 0.73–0.85 → 0.21 ms. The bulk calls were not slower: every STANDARD account's coverage
-- 3.8 → 2.7 s, 5,000 projections 222 → 54 ms. refresh_icp_fit keeps custom plans: with its "every account when ids
-- is null" branch a generic plan reads every account (0.7 → 29.7 ms a call).
alter function refresh_account_coverage(uuid[]) set plan_cache_mode = force_generic_plan;
alter function risk_project(uuid[], timestamp with time zone) set plan_cache_mode = force_generic_plan;
