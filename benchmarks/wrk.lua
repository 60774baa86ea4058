-- wrk script for benchmarks/http.py: cycles through WRK_PATHS (newline-separated) when
-- given, and prints one JSON line with the count, p50/p95/p99 and errors when done.
local paths = {}
local counter = 0
local fixed = nil

init = function(args)
  for p in string.gmatch(os.getenv("WRK_PATHS") or "", "[^\n]+") do
    table.insert(paths, p)
  end
  fixed = wrk.format()
end

request = function()
  if #paths == 0 then
    return fixed
  end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
end
