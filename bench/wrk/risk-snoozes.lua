-- Scenario 36: GET /api/v1/risk-snoozes?active=true, the managers' list of snoozed risk flags by end date (first page
-- of 50): half company-wide, a quarter for a random owner, a quarter for one flag.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local flags = { "QBR_OVERDUE", "TOUCH_OVERDUE", "SINGLE_THREADED", "PLAN_STALE", "FAILING_GRADE" }
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 4 == 1 then return c.get("/api/v1/risk-snoozes?active=true&ownerId=" .. c.pick(owners)) end
  if n % 4 == 3 then return c.get("/api/v1/risk-snoozes?active=true&flag=" .. c.pick(flags)) end
  return c.get("/api/v1/risk-snoozes?active=true")
end
