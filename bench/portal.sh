#!/usr/bin/env bash
# The portal's article page beside WordPress 6.1 and nginx, in one run on loopback, wrk at 32
# connections (issue #7 item 6). Three targets, measured in turn round after round:
#   dangbo     our article page, app at -Xmx512m, page cache warm (3 approved comments on it)
#   static     the same page saved as a file, served by nginx (a private instance, Debian defaults)
#   wordpress  WordPress 6.1 (Debian's package, nginx + php-fpm + MariaDB, no page cache) serving a
#              comparable article with 3 comments, as set up by the shared wordpress scripts
# Prints median req/s and p99 per target and the ratios the issue asks for (>= 30x WordPress,
# >= 50% of static, p99 <= 20 ms) and the page weight without images (<= 100 KB).
#   bench/portal.sh        env: ROUNDS DUR WARM PREWARM THREADS CONNS WORDPRESS_BENCH BENCH_PORT STATIC_PORT
# WORDPRESS_BENCH is the folder of the shared WordPress scripts (setup-wordpress.sh, run as root,
# installs and seeds WordPress when it is not answering yet). Every wrk call is bounded by timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}; DUR=${DUR:-20}; WARM=${WARM:-5}; PREWARM=${PREWARM:-60}; THREADS=${THREADS:-2}; CONNS=${CONNS:-32}
port=${BENCH_PORT:-18106}
static_port=${STATIC_PORT:-18107}
wordpress_bench=${WORDPRESS_BENCH:-../shared/bench/wordpress}
article=${ARTICLE:-/chinh-tri/dang-bo-so-khoa-hoc-va-cong-nghe-to-chuc-thanh-cong-dai-hoi-lan-thu-iv-nhiem-ky-2020-2025}
base="http://127.0.0.1:$port"
WP_URL=${WP_URL:-http://127.0.0.1:8081/dang-bo-so-khoa-hoc-va-cong-nghe-dai-hoi-lan-thu-iv/}
OUR_URL="$base$article"
ST_URL="http://127.0.0.1:$static_port/article.html"
out=$(pwd)/bench/results/portal-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

for u in "$WP_URL" "$OUR_URL" "$ST_URL"; do   # loopback only
  [[ "$u" =~ ^http://127\.0\.0\.1(:[0-9]+)?/ ]] || { echo "bench: refusing a URL off loopback: $u" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "bench: nginx is needed (apt-get install nginx)" >&2; exit 1; }
[ -f target/dangbo.jar ] || ./mvnw -q -B -DskipTests package

pids=()
cleanup() {
  [ -f "$out/nginx/nginx.pid" ] && kill -QUIT "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# ---- WordPress: set up by the shared scripts unless it already answers
if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$WP_URL" || true)" != 200 ]; then
  [ -x "$wordpress_bench/setup-wordpress.sh" ] || { echo "bench: WordPress does not answer and $wordpress_bench/setup-wordpress.sh is missing" >&2; exit 1; }
  echo "== setting up WordPress ($wordpress_bench/setup-wordpress.sh)"
  timeout 1800 "$wordpress_bench/setup-wordpress.sh" > "$out/wordpress-setup.log" 2>&1 || { tail -20 "$out/wordpress-setup.log"; exit 1; }
fi

# ---- our application, fresh demo data
echo "== starting the application (-Xmx512m)"
DANGBO_DATA="$out/data" DANGBO_DEMO=true SERVER_PORT=$port "$java" -Xmx512m -jar target/dangbo.jar > "$out/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || break   # it stopped: no use waiting
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: the application did not start" >&2; tail -20 "$out/server.log"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$OUR_URL")" = 200 ] || { echo "bench: $OUR_URL is not 200" >&2; exit 1; }

# three reader comments, approved by the demo moderator, as WordPress's article has three
for n in 1 2 3; do
  curl -s -o /dev/null --data-urlencode "name=Bạn đọc $n" --data-urlencode "email=ban.doc.$n@example.vn" \
    --data-urlencode "content=Ý kiến số $n của bạn đọc về đại hội: xin chúc mừng Đảng bộ." --data-urlencode "website=" \
    "$OUR_URL/binh-luan"
done
jar="$out/cookies"
token() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
t=$(token /login)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=kiemduyet" --data-urlencode "password=dangbo-demo" \
  --data-urlencode "_csrf=$t" "$base/login"
queue=$(curl -s -b "$jar" -c "$jar" "$base/newsroom/comments")
t=$(printf '%s' "$queue" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
ids=$(printf '%s' "$queue" | sed -n 's/.*name="ids" value="\([0-9]*\)".*/\1/p' | sed 's/^/ids=/' | paste -sd'&')
[ -n "$ids" ] || { echo "bench: no comment in the moderation queue" >&2; exit 1; }
curl -s -b "$jar" -o /dev/null -d "step=APPROVED&$ids&_csrf=$t" "$base/newsroom/comments"
curl -s "$OUR_URL" | grep -q "3 bình luận" || { echo "bench: the 3 comments are not on the article" >&2; exit 1; }

# warm the page cache (and the JIT) and check that the page comes from it
for _ in $(seq 1 200); do curl -s -o /dev/null "$OUR_URL"; done
curl -s -o /dev/null -D "$out/headers.txt" "$OUR_URL"
[ "$(tr -d '\r' < "$out/headers.txt" | awk -F': ' 'tolower($1)=="x-page-cache"{print $2}')" = HIT ] \
  || { echo "bench: the article does not come from the page cache" >&2; exit 1; }
grep -qi '^content-security-policy:' "$out/headers.txt" || { echo "bench: a cached page lost its security headers" >&2; exit 1; }

# ---- nginx serving our page saved as a file (its own instance and configuration)
mkdir -p "$out/nginx/root" "$out/nginx/logs"
curl -s -o "$out/nginx/root/article.html" "$OUR_URL"
cat > "$out/nginx/nginx.conf" <<NGX
worker_processes auto;
pid $out/nginx/nginx.pid;
error_log $out/nginx/logs/error.log;
events { worker_connections 768; }
http {
    sendfile on;
    tcp_nopush on;
    types { text/html html; }
    default_type application/octet-stream;
    access_log off;
    server {
        listen 127.0.0.1:$static_port;
        root $out/nginx/root;
        charset utf-8;
        location / { try_files \$uri =404; }
    }
}
NGX
nginx -c "$out/nginx/nginx.conf" -p "$out/nginx"
sleep 1
[ "$(curl -s -o /dev/null -w '%{http_code}' "$ST_URL")" = 200 ] || { echo "bench: nginx does not serve the static copy" >&2; exit 1; }

# ---- page weight without images: the page, its style sheet and its script (no compression)
weight() { curl -s -o /dev/null -w '%{size_download}' "$1"; }
page_bytes=$(weight "$OUR_URL")
css_bytes=$(weight "$base/css/portal.css")
js_bytes=$(weight "$base/js/portal.js")
wp_bytes=$(weight "$WP_URL")

# ---- the JVM compiles its hot path under load: a minute of it before round 1 (rounds rose one after
# the other with only the 5 s warm-ups), so that every round compares a warm JVM with nginx
echo "== warming up the application under load (${PREWARM}s)"
timeout $((PREWARM + 20)) wrk -t"$THREADS" -c"$CONNS" -d"${PREWARM}s" --timeout 10s "$OUR_URL" > "$out/prewarm.txt" 2>&1 || true

# ---- measurements, alternating the targets
to_ms() { awk -v v="$1" 'BEGIN{ n=v+0; u=v; sub(/^[0-9.]+/,"",u);
  f=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:1; printf "%.2f", n*f }'; }
echo "bench $(date -u +%FT%TZ) nproc=$(nproc) wrk -t$THREADS -c$CONNS -d${DUR}s (+${WARM}s warm-up) x $ROUNDS rounds, after ${PREWARM}s of load" | tee "$out/summary.txt"
: > "$out/runs.tsv"
for r in $(seq 1 "$ROUNDS"); do
  for target in dangbo static wordpress; do
    case $target in dangbo) url=$OUR_URL ;; static) url=$ST_URL ;; wordpress) url=$WP_URL ;; esac
    timeout $((WARM + 20)) wrk -t"$THREADS" -c"$CONNS" -d"${WARM}s" --timeout 10s "$url" > "$out/r$r-$target-warmup.txt" 2>&1 || true
    timeout $((DUR + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${DUR}s" --timeout 10s --latency "$url" > "$out/r$r-$target.txt" 2>&1 || true
    rps=$(awk '/^Requests\/sec:/{print $2}' "$out/r$r-$target.txt")
    p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$out/r$r-$target.txt")")
    bad=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out/r$r-$target.txt"); bad=${bad:-0}
    printf '%s\t%s\t%s\t%s\t%s\n' "$r" "$target" "${rps:-0}" "$p99" "$bad" | tee -a "$out/runs.tsv"
  done
done

median() { sort -g | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
col() { awk -F'\t' -v t="$1" -v c="$2" '$2==t{print $c}' "$out/runs.tsv" | median; }
our_rps=$(col dangbo 3); st_rps=$(col static 3); wp_rps=$(col wordpress 3)
our_p99=$(col dangbo 4); st_p99=$(col static 4); wp_p99=$(col wordpress 4)
{
  echo
  echo "| target | median req/s | median p99 (ms) | body bytes |"
  echo "|---|---|---|---|"
  echo "| dangbo article (page cache warm, -Xmx512m) | $our_rps | $our_p99 | $page_bytes |"
  echo "| nginx, the same page as a static file | $st_rps | $st_p99 | $page_bytes |"
  echo "| WordPress 6.1 (nginx + php-fpm + MariaDB, no page cache) | $wp_rps | $wp_p99 | $wp_bytes |"
  echo
  awk -v o="$our_rps" -v w="$wp_rps" -v s="$st_rps" -v p="$our_p99" 'BEGIN{
    printf "dangbo / WordPress: %.1fx (goal >= 30x)\n", (w > 0 ? o / w : 0);
    printf "dangbo / static nginx: %.0f%% (goal >= 50%%)\n", (s > 0 ? 100 * o / s : 0);
    printf "dangbo p99: %s ms (goal <= 20 ms)\n", p }'
  echo "page weight without images: $((page_bytes + css_bytes + js_bytes)) bytes (page $page_bytes, css $css_bytes, js $js_bytes; goal <= 102400)"
  echo "raw wrk outputs: $out"
} | tee -a "$out/summary.txt"
