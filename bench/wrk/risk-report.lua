-- Scenario 34: GET /api/v1/reports/risk, counts and ARR per flag and the 12-month trend: half company-wide, half for
-- a random owner.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 2 == 0 then return c.get("/api/v1/reports/risk") end
  return c.get("/api/v1/reports/risk?ownerId=" .. c.pick(owners))
end
