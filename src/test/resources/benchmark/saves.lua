-- wrk script for ExamLoadBenchmark: answer saves at full speed.
-- Arguments: <attempts file> <threads> <seq base>. The attempts file (written by the benchmark)
-- defines `attempts = {{id=..., token="...", labels={...}}, ...}`. Each wrk thread owns every
-- threads-th attempt and walks its attempts and their 40 positions in turn, so one attempt's item
-- is never saved twice at the same moment and every save's sequence number is higher than the
-- last one stored: each save must come back 200 with "applied":true, anything else is an error.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])
  local count = tonumber(args[2])
  seq = tonumber(args[3])
  mine = {}
  for i, attempt in ipairs(attempts) do
    if (i - 1) % count == id then table.insert(mine, attempt) end
  end
  sent = 0
  errors = 0
end

function request()
  local attempt = mine[sent % #mine + 1]
  local position = math.floor(sent / #mine) % #attempt.labels + 1
  sent = sent + 1
  seq = seq + 1
  return wrk.format("PUT", "/api/v1/attempts/" .. attempt.id .. "/answers/" .. position,
    {["Content-Type"] = "application/json", ["X-Attempt-Token"] = attempt.token},
    '{"seq":' .. seq .. ',"answer":["' .. attempt.labels[position] .. '"],"flagged":false}')
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"applied":true', 1, true) then
    errors = errors + 1
    if errors == 1 then io.stderr:write("first failed save: " .. status .. " " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format("RESULT %d %.3f %.3f %.3f %.3f %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, failed))
end
