-- wrk script: /tim-kiem with queries a visitor types, in turn: words with and without
-- diacritics, document numbers, phrases, rare and common words. Prints p50, p95 and p99 latency.
local queries = {
  "thi+%C4%91ua+khen+th%C6%B0%E1%BB%9Fng",            -- thi đua khen thưởng
  "thi+dua+khen+thuong",
  "h%E1%BB%A3p+t%C3%A1c+x%C3%A3",                       -- hợp tác xã (in almost every item)
  "l%C3%BAa+h%E1%BB%AFu+c%C6%A1",                       -- lúa hữu cơ
  "4454%2FQ%C4%90-BNN",                                 -- 4454/QĐ-BNN
  "1500%2FQ%C4%90-UBND",                                -- a generated document number
  "%22chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91%22",   -- "chuyển đổi số"
  "qu%E1%BB%B9+h%E1%BB%97+tr%E1%BB%A3+ph%C3%A1t+tri%E1%BB%83n",  -- quỹ hỗ trợ phát triển
  "tom+sach",
  "ch%C3%A8+OCOP",                                      -- chè OCOP
  "B%C3%ACnh+Minh",                                     -- Bình Minh
  "k%E1%BA%BF+ho%E1%BA%A1ch+2019",                      -- kế hoạch 2019
  "VietGAP",
  "c%C3%A1+r%C3%B4+%C4%91%E1%BB%93ng",                  -- cá rô đồng
  "huy%E1%BB%87n+Kh%C3%B3ai+Ch%C3%A2u",                 -- huyện Khoái Châu
  "nong+thon+moi",
}
-- "_=n" makes every address new, so that no answer comes from the page memory: each request is a
-- real search (the portal ignores the parameter), while the rest runs as in production.
local i = 0
local n = 0
request = function()
  i = i % #queries + 1
  n = n + 1
  return wrk.format("GET", "/tim-kiem?q=" .. queries[i] .. "&_=" .. n)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, errors))
end
