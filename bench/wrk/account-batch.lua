-- Scenario 24: POST /api/v1/accounts/batch with 1,000 accounts upserted by externalId. The external ids are drawn
-- from BENCH-SYNC-1 .. BENCH-SYNC-20000, so the first requests create and later ones mostly update (a new ARR) or
-- find the account unchanged, as a nightly CRM sync does.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
setup = c.setup
done = c.done
function init() c.seed() end

function request()
  local items = {}
  local base = math.random(0, 19) * 1000
  for i = 1, 1000 do
    local n = base + i
    items[#items + 1] = string.format('{"externalId":"BENCH-SYNC-%d","name":"Bench Sync %d","industry":"Logistics",'
        .. '"country":"DE","arr":%d.00}', n, n, math.random(0, 3) * 10000)
  end
  return c.post("/api/v1/accounts/batch", '{"items":[' .. table.concat(items, ",") .. ']}')
end
