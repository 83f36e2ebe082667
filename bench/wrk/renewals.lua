-- Scenario 21: the renewals list, GET /api/v1/renewals?within=90: contracts ending in the next 90 days by end date,
-- with the account, its last grade and follow-up and the renewal opportunity. Half of the requests company-wide
-- (a manager's view, the first page of about 8,200 at 100,000 accounts), half for a random owner.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 2 == 0 then return c.get("/api/v1/renewals?within=90") end
  return c.get("/api/v1/renewals?within=90&ownerId=" .. c.pick(owners))
end
