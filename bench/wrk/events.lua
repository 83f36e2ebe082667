-- Scenario 14: the compelling events review queue, GET /api/v1/events?reviewOverdue=true: half of the requests
-- company-wide (a manager's view), half for a random owner (My day), newest first.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  n = n + 1
  if n % 2 == 0 then return c.get("/api/v1/events?reviewOverdue=true") end
  return c.get("/api/v1/events?reviewOverdue=true&ownerId=" .. c.pick(owners))
end
