#!/usr/bin/env bash
# Member registry at province scale: search under 8 concurrent users, /statistics, a 10,000-row
# import. The application runs here with -Xmx512m on loopback; every load is bounded in time.
#   bench/members.sh h2|postgres [MEMBERS]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
members=${2:-100000}
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
out=bench/results/members-$db
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f target/dangbo.jar ] || ./mvnw -q -B -DskipTests package

run_app() { "$java" -Xmx512m -jar target/dangbo.jar "$@"; }
case "$db" in
  h2)
    rm -rf "$out/data"
    export DANGBO_DATA="$out/data" DANGBO_DEMO=true ;;
  postgres)
    database=dangbo_bench
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database" postgres
    psql -h 127.0.0.1 -U postgres -q -c "create database $database" postgres
    export SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" DB_USER=postgres \
      DB_PASSWORD="" DANGBO_DEMO=true DANGBO_DATA="$out/data" ;;
  *) echo "bench: h2 or postgres" >&2; exit 2 ;;
esac

echo "== $db: loading $members members in 1,000 cells"
start=$(date +%s.%N)
run_app demo-data --members "$members" --cells 1000 > "$out/load.log" 2>&1
echo "load_seconds=$(echo "$(date +%s.%N) - $start" | bc)"
run_app demo-data --workbook "$out/import-10000.xlsx" --members 10000 >> "$out/load.log" 2>&1

SERVER_PORT=$port "$java" -Xmx512m -jar target/dangbo.jar > "$out/server.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: the application did not start" >&2; tail -20 "$out/server.log"; exit 1; }

jar="$out/cookies"
rm -f "$jar"
csrf() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
token=$(csrf /login)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=dangbo-demo" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "bench: login failed" >&2; exit 1; }

echo "== member search, 8 concurrent users (10 s warm-up, 30 s measured)"
wrk -t 2 -c 8 -d 10s --timeout 5s -H "Cookie: JSESSIONID=$session" -s bench/search.lua "$base" > /dev/null
wrk -t 2 -c 8 -d 30s --timeout 5s -H "Cookie: JSESSIONID=$session" -s bench/search.lua "$base" | tail -n 1

# Sequential requests: the median and the 95th percentile of 40 after 5 warm-ups.
timed() {
  local path=$1 n=$2
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$path"; done | sort -n |
    awk '{ t[NR] = $1 * 1000 } END { printf "median_ms=%.1f p95_ms=%.1f n=%d\n", t[int((NR + 1) / 2)], t[int(NR * 0.95)], NR }'
}
echo "== /statistics (whole organization)"
timed /statistics 40

echo "== import of 10,000 rows (upload until the rows are saved)"
token=$(csrf /members/import)
start=$(date +%s.%N)
location=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -F "_csrf=$token" \
  -F "file=@$out/import-10000.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$base/members/import")
[ -n "$location" ] || { echo "bench: the upload was refused" >&2; exit 1; }
state=""
for _ in $(seq 1 600); do
  state=$(curl -s -b "$jar" "$location/progress" | jq -r 'select(.finished) | .state')
  [ -n "$state" ] && break
  sleep 0.1
done
echo "import_seconds=$(echo "$(date +%s.%N) - $start" | bc) state=$state"
