-- wrk script: a visitor's browser asking for one page again and again. Prints one RESULT line.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
wrk.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"

-- no response() callback: it makes wrk hand every response to Lua, which costs wrk more CPU than
-- the server spends (non-2xx/3xx answers are counted in errors.status anyway)
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f errors=%d bytes=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors, summary.bytes))
end
