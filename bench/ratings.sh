#!/usr/bin/env bash
# The yearly rating report at province scale: 100,000 members in 1,000 cells with a decided round,
# then /ratings/{year}/report and its downloads timed one request at a time. The application runs
# with -Xmx512m on loopback. Numbers go to docs/benchmarks.md by hand, from a quiet machine.
#   bench/ratings.sh h2|postgres [MEMBERS] [YEAR]
# BENCH_JAR picks another build (default target/dangbo.jar), to compare two builds on one data set.
# BENCH_KEEP_DATA=true (h2) reuses the data set of an earlier run with the same jar's migrations,
# which saves its two minutes of loading. BENCH_MAX_SECONDS bounds each request (default 60): a
# download that runs past it is reported as such and not repeated.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
members=${2:-100000}
year=${3:-2024}
port=${BENCH_PORT:-18081}
max_seconds=${BENCH_MAX_SECONDS:-60}
base="http://127.0.0.1:$port"
out=bench/results/ratings-$db
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
app_jar=${BENCH_JAR:-target/dangbo.jar}
[ -f "$app_jar" ] || ./mvnw -q -B -DskipTests package

run_app() { "$java" -Xmx512m -jar "$app_jar" "$@"; }
case "$db" in
  h2)
    reuse=false
    if [ "${BENCH_KEEP_DATA:-false}" = true ] && [ -f "$out/data/.loaded-$members-$year" ]; then
      reuse=true
    else
      rm -rf "$out/data"
    fi
    export DANGBO_DATA="$out/data" DANGBO_DEMO=true ;;
  postgres)
    database=dangbo_bench_ratings
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database" postgres
    psql -h 127.0.0.1 -U postgres -q -c "create database $database" postgres
    export SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" DB_USER=postgres \
      DB_PASSWORD="" DANGBO_DEMO=true DANGBO_DATA="$out/data" ;;
  *) echo "bench: h2 or postgres" >&2; exit 2 ;;
esac

if [ "${reuse:-false}" = true ]; then
  echo "== $db: reusing the data set of an earlier run ($members members, the $year round)"
else
  echo "== $db: loading $members members in 1,000 cells"
  start=$(date +%s.%N)
  run_app demo-data --members "$members" --cells 1000 > "$out/load.log" 2>&1
  echo "load_seconds=$(echo "$(date +%s.%N) - $start" | bc)"
  echo "== $db: the $year round, every member proposed and decided"
  start=$(date +%s.%N)
  run_app demo-ratings --year "$year" >> "$out/load.log" 2>&1
  echo "round_seconds=$(echo "$(date +%s.%N) - $start" | bc)"
  [ "$db" = h2 ] && touch "$out/data/.loaded-$members-$year"
fi

# The data set is the province one: the demo loaders must not add their meetings and campaigns to it.
# BENCH_JAVA_OPTS adds options to the server only, e.g. a flight recording to profile it.
# shellcheck disable=SC2086
DANGBO_DEMO=false SERVER_PORT=$port "$java" -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$app_jar" > "$out/server.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 "${BENCH_START_SECONDS:-300}"); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: the application did not start" >&2; tail -20 "$out/server.log"; exit 1; }

# The committee's account: the report covers the whole organization.
jar="$out/cookies"
rm -f "$jar"
csrf() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
token=$(csrf /login)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=bithu.dangbo" --data-urlencode "password=dangbo-demo" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "bench: login failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/ratings/$year/report")
[ "$status" = 200 ] || { echo "bench: /ratings/$year/report answered $status" >&2; exit 1; }

# Sequential requests: the median and the 95th percentile of n after 3 warm-ups, each request
# bounded by max_seconds; the first that runs past it (or fails) ends the measure of that path.
fetch() {
  curl -s -o "$out/last-download" -b "$jar" --max-time "$max_seconds" -w '%{http_code} %{time_total} %{size_download}\n' "$base$1" || true
}
# The server's processor time (user and system, in clock ticks) from /proc: on a shared machine it
# moves less than the wall clock, so the script prints it per request beside the times.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat" 2>/dev/null || echo 0; }
timed() {
  local path=$1 n=$2 line code times=() size=0 cpu_start=0
  for i in $(seq 1 $((n + 3))); do
    [ "$i" -eq 4 ] && cpu_start=$(cpu_ticks)
    line=$(fetch "$path")
    read -r code t bytes <<< "$line"
    if [ "$code" != 200 ]; then
      echo "stopped: request $i answered ${code:-nothing} after ${t:-?} s (bound ${max_seconds} s)"
      return 0
    fi
    [ "$i" -gt 3 ] && times+=("$t") && size=$bytes
  done
  local cpu_ms=$(( ($(cpu_ticks) - cpu_start) * 1000 / $(getconf CLK_TCK) / n ))
  printf '%s\n' "${times[@]}" | sort -n |
    awk -v size="$size" -v cpu="$cpu_ms" '{ t[NR] = $1 * 1000 } END { printf "median_ms=%.1f p95_ms=%.1f n=%d bytes=%d server_cpu_ms_per_request=%d\n", t[int((NR + 1) / 2)], t[int(NR * 0.95)], NR, size, cpu }'
}
echo "== /ratings/$year/report (goal: at most 2 s)"
timed "/ratings/$year/report" 20
echo "== /ratings/$year/report.xlsx"
timed "/ratings/$year/report.xlsx" 10
echo "== /ratings/$year/report.docx"
timed "/ratings/$year/report.docx" 10
echo "== /ratings/$year/report.pdf"
timed "/ratings/$year/report.pdf" 10
