-- Scenario 16: POST /api/v1/revenue-lines/batch with 5,000 lines: 50 random accounts × their 10 products × 10
-- months, the current month (new lines, then replaced on later requests) and the 9 complete months before it
-- (replacing the bench data's lines with new figures), so that most lines are UPDATED, some CREATED.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local ids
setup = c.setup
done = c.done
function init() c.seed(); ids = c.lines("account-ids.txt") end

local function month(back)
  local t = os.date("!*t")
  local m = t.month - back
  local y = t.year
  while m <= 0 do m = m + 12; y = y - 1 end
  return string.format("%04d-%02d", y, m)
end

function request()
  local lines = {}
  for a = 1, 50 do
    local id = c.pick(ids)
    for p = 1, 10 do
      local sku = string.format("BENCH-P%02d", p)
      for back = 0, 9 do
        local q = math.random(1, 20)
        lines[#lines + 1] = string.format('{"accountId":"%s","sku":"%s","period":"%s","quantity":%d,"amount":%d.%02d,'
            .. '"currency":"EUR","source":"bench"}', id, sku, month(back), q, q * 35, math.random(0, 99))
      end
    end
  end
  return c.post("/api/v1/revenue-lines/batch", '{"lines":[' .. table.concat(lines, ",") .. ']}')
end
