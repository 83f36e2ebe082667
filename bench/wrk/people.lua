-- Scenario 10: an account's People tab, GET /api/v1/accounts/{id}/contacts on random accounts (six contacts each,
-- with their units, managers and relationship owners joined in).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("account-ids.txt") end
function request() return c.get("/api/v1/accounts/" .. c.pick(ids) .. "/contacts") end
