-- Scenario 9: contact search, GET /api/v1/contacts?q= across all accounts. Four in five searches look for a
-- person by their first or last name (drawn from the data, in full or its first four letters); the rest are
-- email fragments (a customer's domain, and one that eleven customers' domains share) and a term that matches
-- nothing.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local names
local other = { "customer4217.example", "customer42", "nomatchatall" }
setup = c.setup
done = c.done
function init() c.seed(); names = c.lines("contact-terms.txt") end
function request()
  local term
  if math.random(5) == 1 then
    term = c.pick(other)
  else
    term = c.pick(names)
    if math.random(2) == 1 then term = term:sub(1, 4) end
  end
  return c.get("/api/v1/contacts?q=" .. term)
end
