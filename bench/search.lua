-- Member search as 8 users type it: folded and accented names, a family name alone, id prefixes.
local queries = { "nguyen van an", "NGUYỄN VĂN", "tran thi", "Lê Thị Hương", "hung", "pham minh", "đặng",
                  "do duc", "hoang", "thi thu trang", "vu", "bui xuan", "011", "ngo thanh", "duong" }
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/members?q=" .. q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
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
