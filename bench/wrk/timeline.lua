-- Scenario 11: an account's timeline, GET /api/v1/accounts/{id}/timeline on random accounts of about 500 entries
-- each (activities with two contacts, QBRs, stage and tier changes merged newest first); every fourth request
-- reads only the activities and every fourth asks for a page of 25 instead of 50.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
local n = 0
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("timeline-ids.txt") end
function request()
  n = n + 1
  local path = "/api/v1/accounts/" .. c.pick(ids) .. "/timeline"
  if n % 4 == 1 then path = path .. "?kind=ACTIVITY" elseif n % 4 == 2 then path = path .. "?limit=25" end
  return c.get(path)
end
