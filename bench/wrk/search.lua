-- Scenario 3: free-text search q on account names. Four in five searches look for one customer by a word
-- of its name (drawn from the data, in full or its first four letters); the rest are common words, an
-- external id and a term that matches nothing.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local names
local common = { "logistics", "analytics", "gmbh", "holdings", "crm-0004242", "nomatchatall" }
setup = c.setup
done = c.done
function init() c.seed(); names = c.lines("search-terms.txt") end
function request()
  local term
  if math.random(5) == 1 then
    term = c.pick(common)
  else
    term = c.pick(names)
    if math.random(2) == 1 then term = term:sub(1, 4) end
  end
  return c.get("/api/v1/accounts?q=" .. term)
end
