-- Scenario 30: GET /api/v1/accounts/{id}/threats, the Competition tab's threat paths, random accounts (one in five
-- with a competitor's cell, one in seven using an offering gap, all with two units, six contacts, QBRs, a contract).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("account-ids.txt") end
function request() return c.get("/api/v1/accounts/" .. c.pick(ids) .. "/threats") end
