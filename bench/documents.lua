-- Document search as 8 readers type it: with and without diacritics, numbers in any spacing or
-- case, and a phrase with a near miss ("đường" against "dương").
local queries = { "chỉnh đốn Đảng", "chinh don dang", "04-nq/tw", "04 NQ TW", "đường lối", "duong loi",
                  "chuyển đổi số", "kinh te tu nhan", "sinh hoạt chi bộ", "tham nhũng lãng phí", "120-KH/TU",
                  "khoa học công nghệ", "bảo vệ nền tảng tư tưởng", "nong thon moi", "đảng viên" }
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/documents?q=" .. q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
