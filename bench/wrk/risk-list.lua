-- Scenario 33: the accounts list filtered by risk flags (any of two), sorted by ARR at risk: half company-wide, half
-- for a random owner; the flags drawn from every flag name.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
local flags = { "FAILING_GRADE", "FOLLOW_UP_MISSED", "QBR_OVERDUE", "TOUCH_OVERDUE", "SINGLE_THREADED",
  "SPONSOR_LEFT", "REVENUE_ALERT", "RENEWAL_AT_RISK", "THREAT_PATH", "PLAN_STALE" }
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  local path = "/api/v1/accounts?flag=" .. c.pick(flags) .. "&flag=" .. c.pick(flags) .. "&sort=-arrAtRisk,name"
  if n % 2 == 0 then return c.get(path) end
  return c.get(path .. "&ownerId=" .. c.pick(owners))
end
