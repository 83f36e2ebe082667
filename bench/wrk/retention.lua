-- Scenario 20: the retention report, GET /api/v1/reports/retention: GRR and NRR over every account's recurring
-- revenue (recurring_revenue_12m, two rows per account). Half of the requests company-wide for the current year
-- (trailing 12 complete months) or the last, half for a random owner.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
local year = tonumber(os.date("!%Y"))
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 4 == 0 then return c.get("/api/v1/reports/retention?year=" .. (year - 1)) end
  if n % 2 == 0 then return c.get("/api/v1/reports/retention") end
  return c.get("/api/v1/reports/retention?ownerId=" .. c.pick(owners))
end
