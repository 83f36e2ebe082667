-- Scenario 2: one owner's standard accounts sorted by -arr, following five pages by cursor. Run with one
-- connection per thread, so that each response belongs to the request this thread sent last.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners, first, cursor
local page = 0
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request()
  if cursor == nil or page >= 5 then
    first = "/api/v1/accounts?tier=STANDARD&sort=-arr&limit=25&ownerId=" .. c.pick(owners)
    page = 1
    return c.get(first)
  end
  page = page + 1
  return c.get(first .. "&cursor=" .. cursor)
end
function response(status, headers, body)
  cursor = body and body:match('"nextCursor"%s*:%s*"([^"]+)"') or nil
end
