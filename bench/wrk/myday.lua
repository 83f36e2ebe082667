-- Scenario 13: My day, GET /api/v1/me/day, each request as one of 50 account managers (their own tokens, made by
-- run.sh): eight sections (tasks due, QBRs due, follow-ups, single-threaded and touch-overdue accounts, handoffs, events
-- to review, NEW revenue alerts) in one statement.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local tokens
setup = c.setup
done = c.done
function init() c.seed(); tokens = c.lines("day-tokens.txt") end
function request()
  return wrk.format("GET", "/api/v1/me/day", { ["Authorization"] = "Bearer " .. c.pick(tokens), ["Accept"] = "application/json" })
end
