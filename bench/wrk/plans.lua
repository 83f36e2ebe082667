-- Scenario 28: the managers' "plans missing or stale" view, GET /api/v1/accounts?planStale=true (and planMissing):
-- KEY and STRATEGIC accounts whose ACTIVE plan was not reviewed within their QBR cadence, or that have none, in name
-- order with the count of matches. Half company-wide (planStale, then planMissing), half for a random owner.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  local flag = (n % 4 < 2) and "planStale=true" or "planMissing=true"
  if n % 2 == 0 then return c.get("/api/v1/accounts?" .. flag) end
  return c.get("/api/v1/accounts?" .. flag .. "&ownerId=" .. c.pick(owners))
end
