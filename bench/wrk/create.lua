-- Scenario 7: creating opportunities on random accounts (each write is audited, with its stage history).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
local products = { "Seats", "Analytics", "Premium support", "API add-on" }
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("account-ids.txt") end
function request()
  local body = string.format('{"accountId":"%s","type":"UPSELL","title":"Bench write: %s","product":"%s",'
      .. '"amount":%d,"expectedCloseDate":"2031-06-30"}',
    c.pick(ids), c.pick(products), c.pick(products), math.random(1000, 90000))
  return c.post("/api/v1/opportunities", body)
end
