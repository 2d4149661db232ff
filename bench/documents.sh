#!/usr/bin/env bash
# Document library search on the embedded Lucene index: 10,000 invented documents of Vietnamese
# text in a fresh data directory (load and index time), then /documents?q=... under 8 concurrent
# users. The application runs here with -Xmx512m on loopback; every load is bounded in time.
#   bench/documents.sh [DOCUMENTS]
# BENCH_PORT, BENCH_OUT (results and data directory), BENCH_WARMUP and BENCH_DURATION override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
out=${BENCH_OUT:-bench/results/documents}
warmup=${BENCH_WARMUP:-10s}
measured=${BENCH_DURATION:-30s}
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
app_jar=${BENCH_JAR:-target/dangbo.jar}   # BENCH_JAR: another build, to compare two builds side by side
[ -f "$app_jar" ] || ./mvnw -q -B -DskipTests package

rm -rf "$out/data"
export DANGBO_DATA="$out/data" DANGBO_DEMO=true

echo "== loading $documents documents (the demo's, then invented ones) and building the index"
start=$(date +%s.%N)
"$java" -Xmx512m -jar "$app_jar" demo-data --documents "$documents" > "$out/load.log" 2>&1
echo "load_seconds=$(echo "$(date +%s.%N) - $start" | bc)"
grep -E '^(documents|index)_seconds=' "$out/load.log" || true

SERVER_PORT=$port "$java" -Xmx512m -jar "$app_jar" > "$out/server.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: the application did not start" >&2; tail -20 "$out/server.log"; exit 1; }

# an ordinary member: the search a member runs skips committee-only documents
jar="$out/cookies"
rm -f "$jar"
token=$(curl -s -b "$jar" -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=dangvien" --data-urlencode "password=dangbo-demo" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "bench: login failed" >&2; exit 1; }
found=$(curl -s -b "$jar" "$base/documents?q=chinh+don+dang" | grep -o 'Tìm thấy [^<]* văn bản' | head -n 1)
echo "check: ${found:-no hits shown}"

echo "== document search, 8 concurrent users ($warmup warm-up, $measured measured)"
timeout 120 wrk -t 2 -c 8 -d "$warmup" --timeout 5s -H "Cookie: JSESSIONID=$session" -s bench/documents.lua "$base" > /dev/null
# The server's own CPU per request as well: on a shared machine it moves less than the latencies do.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
cpu_start=$(cpu_ticks)
result=$(timeout 180 wrk -t 2 -c 8 -d "$measured" --timeout 5s -H "Cookie: JSESSIONID=$session" -s bench/documents.lua "$base" | tail -n 1)
requests=$(echo "$result" | sed -n 's/^requests=\([0-9]*\).*/\1/p')
echo "$result server_cpu_ms_per_request=$(echo "scale=2; ($(cpu_ticks) - $cpu_start) * 1000 / $(getconf CLK_TCK) / ${requests:-1}" | bc)"
