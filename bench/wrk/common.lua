-- Shared by the scenario scripts: the API token, input files, and one JSON line of results from done().
local M = {}

local token = os.getenv("BENCH_TOKEN")
local headers = { ["Authorization"] = "Bearer " .. (token or ""), ["Accept"] = "application/json" }

function M.lines(name)
  local list = {}
  for line in io.lines(os.getenv("BENCH_INPUT_DIR") .. "/" .. name) do
    if #line > 0 then list[#list + 1] = line end
  end
  return list
end

function M.pick(list)
  return list[math.random(#list)]
end

-- Each thread draws its own random sequence.
local threads = 0
function M.setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function M.seed()
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function M.get(path)
  return wrk.format("GET", path, headers)
end

function M.post(path, body)
  return wrk.format("POST", path, {
    ["Authorization"] = headers["Authorization"], ["Accept"] = "application/json",
    ["Content-Type"] = "application/json" }, body)
end

-- wrk counts any status >= 400 as an error; timeouts and socket errors are added in.
function M.done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"errors":%d,"status_errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, e.status))
end

return M
