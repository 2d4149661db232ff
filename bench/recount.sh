#!/usr/bin/env bash
# Recount at national size (issue #6, item 9): a round of 1,600 ballots x 200 candidates.
#   bench/recount.sh [BALLOTS] [CANDIDATES] [SEATS]
# Generates a ballot log with a valid hash chain (fixed seed), then times
#   1. the in-app tally: Tally.count, with reading the log and checking the chain apart, in a warm JVM;
#   2. the whole `java -jar target/dangbo.jar recount FILE` process, JVM start-up and hash chain included
#      (goal < 1 s), with hyperfine when it is installed, else a plain loop.
# Prints the timings; record them in docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
ballots=${1:-1600}
candidates=${2:-200}
seats=${3:-180}
out=bench/results/recount
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f target/dangbo.jar ] && [ -d target/classes ] || ./mvnw -q -B -DskipTests package

log="$out/round-${ballots}x${candidates}.json"
"$java" -cp target/classes bench/RecountBench.java generate "$log" "$ballots" "$candidates" "$seats"

echo "== in-app tally, one warm JVM"
"$java" -cp target/classes bench/RecountBench.java tally "$log" 30

echo "== recount process, cold JVM each run"
set +e
"$java" -jar target/dangbo.jar recount "$log" --json > "$out/recount.json"
status=$?
set -e
[ "$status" -eq 0 ] || { echo "bench: recount exited $status" >&2; exit 1; }
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --export-markdown "$out/recount-process.md" \
    "$java -jar target/dangbo.jar recount $log --json"
else
  echo "(hyperfine not found: apt-get install hyperfine; timing 10 runs with date)"
  for _ in $(seq 1 10); do
    start=$(date +%s%N)
    "$java" -jar target/dangbo.jar recount "$log" --json > /dev/null
    echo "recount_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
  done
fi
