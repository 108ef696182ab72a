-- wrk script for ExamLoadBenchmark: the no-op endpoint with the body of an answer save.
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"seq":1,"answer":["A"],"flagged":false}'

function response(status, headers, body)
  if status ~= 200 then
    errors = (errors or 0) + 1
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + (thread:get("errors") or 0) end
  io.write(string.format("RESULT %d %.3f %.3f %.3f %.3f %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, failed))
end
