-- Scenario 12: an owner's open tasks, GET /api/v1/tasks?assigneeId=…&status=OPEN for a random account manager:
-- the first page (50) by due date from (assignee_id, due_date, id), with the account, contact, opportunity and
-- people's names joined in, and the count of matches (about 560 per owner).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local owners
setup = c.setup
done = c.done
function init() c.seed(); owners = c.lines("owner-ids.txt") end
function request() return c.get("/api/v1/tasks?status=OPEN&assigneeId=" .. c.pick(owners)) end
