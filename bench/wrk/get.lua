-- Scenarios 4, 5 and 6: one report or list URL, given as BENCH_PATH.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local c = require("common")
local path = os.getenv("BENCH_PATH")
setup = c.setup
done = c.done
function init() c.seed() end
function request() return c.get(path) end
