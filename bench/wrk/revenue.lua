-- Scenario 17: GET /api/v1/accounts/{id}/revenue, the account page's Revenue tab (by family, the last 12 complete
-- months and each product's trend), random accounts.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("account-ids.txt") end
function request() return c.get("/api/v1/accounts/" .. c.pick(ids) .. "/revenue?groupBy=family") end
