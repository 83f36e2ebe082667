-- Scenario 37: an owner's scorecard, GET /api/v1/users/{id}/scorecard: set-based over the owner's accounts (their
-- growth year, recurring revenue, grades and coverage). Half of the requests for the current year, half for the last.
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
  local path = "/api/v1/users/" .. c.pick(owners) .. "/scorecard"
  if n % 2 == 0 then return c.get(path .. "?year=" .. (year - 1)) end
  return c.get(path)
end
