-- Every request comes from one of 5,000 different (browser) visitors, so that the statistics have
-- real work to do at each flush; the article page is the one with the live counter in its sidebar.
local counter = 0
request = function()
  counter = counter + 1
  local visitor = (counter * 7919) % 5000
  return wrk.format("GET", wrk.path, {
    ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 bench/" .. visitor,
    ["Accept"] = "text/html"
  })
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
