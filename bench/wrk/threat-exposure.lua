-- Scenario 31: GET /api/v1/reports/threat-exposure, the ARR exposed per path kind and per competitor: half of the
-- requests company-wide (every live account), half for a random owner.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 2 == 0 then return c.get("/api/v1/reports/threat-exposure") end
  return c.get("/api/v1/reports/threat-exposure?ownerId=" .. c.pick(owners))
end
