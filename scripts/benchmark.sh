#!/usr/bin/env bash
# Load benchmark (issue 5, docs/performance.md): generates the province-scale database (1× and/or 10×), starts the
# portal on it in Production mode, signs in as noivu, drives the dashboard and a static file of the same app with
# `hey -c 50 -z 30s` from 127.0.0.1, and prints p50/p95/p99, requests per second, their ratio and the app's peak
# memory as a Markdown table. Two static files: /css/site.css (tiny: the target of issue 5 is read against it) and
# the file under wwwroot/lib closest in size to the page (so the ratio can also be read at equal bytes).
#
#   bash scripts/benchmark.sh [--scale 1|10|both] [--record] [--duration 30s] [--connections 50] [--page /Dashboard]
#                             [--big-static /lib/...]
#
# --record writes the table into docs/performance.md (between the benchmark markers). The page defaults to
# /Dashboard, or /Plans while the dashboard does not exist yet. BENCH_KEEP=1 keeps the temporary data folders.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/prerequisites.sh
ensure_prerequisites
command -v hey >/dev/null || apt_install hey
command -v curl >/dev/null || apt_install curl

scales="1 10" record=0 duration=30s connections=50 page="" big_static=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) case "$2" in both) scales="1 10" ;; *) scales="$2" ;; esac; shift 2 ;;
        --record) record=1; shift ;;
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --page) page="$2"; shift 2 ;;
        --big-static) big_static="$2"; shift 2 ;;
        *) echo "Unknown option: $1 (use --scale 1|10|both, --record, --duration, --connections, --page, --big-static)" >&2; exit 2 ;;
    esac
done
if [ -z "$page" ]; then
    if [ -d src/LangSon.ThiDua.Web/Features/Dashboard ]; then page=/Dashboard; else page=/Plans; fi
fi
static=/css/site.css

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

log "Building (Release)"
dotnet build src/LangSon.ThiDua.Web -c Release -v quiet -nologo >/dev/null
dotnet build tools/LangSon.ThiDua.DataGen -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d /tmp/thidua-bench.XXXXXX)
app_pid=""
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
    if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$work"; else log "Kept $work"; fi
}
trap cleanup EXIT

source scripts/portal-process.sh # free_port

hz=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }   # user nice system irq softirq, in ticks
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }                    # utime + stime of a process, in ticks

# hey_run NAME URL: runs hey with the session cookie, keeps its report in $work/NAME.txt and prints
# "app other": the CPU cores used on average during the run by the portal, and by everything else on the machine
# except hey itself (other work skews the figures; see docs/performance.md).
hey_run() {
    local busy0 app0 start busy1 app1 end hey_cpu TIMEFORMAT='%3U %3S'
    busy0=$(cpu_busy) app0=$(cpu_of "$app_pid") start=$(date +%s.%N)
    hey_cpu=$({ time hey -c "$connections" -z "$duration" -disable-redirects -H "Cookie: $cookie" "$2" >"$work/$1.txt"; } 2>&1)
    busy1=$(cpu_busy) app1=$(cpu_of "$app_pid") end=$(date +%s.%N)
    awk -v b="$((busy1 - busy0))" -v a="$((app1 - app0))" -v hz="$hz" -v h="$hey_cpu" -v s="$start" -v e="$end" \
        'BEGIN { split(h, t, " "); wall = e - s; other = (b - a) / hz - t[1] - t[2]; if (other < 0) other = 0
                 printf "%.2f %.2f\n", a / hz / wall, other / wall }'
}

# metric FILE: "rps p50 p95 p99 codes kb" (latencies in ms; codes like "200" or "200,302"; kb = KB per response).
metric() {
    awk '
        /Requests\/sec:/ { rps = $2 }
        /Size\/request:/ { size = $2 }
        /^ *50% in/ { p50 = $3 * 1000 } /^ *95% in/ { p95 = $3 * 1000 } /^ *99% in/ { p99 = $3 * 1000 }
        /Error distribution/ { errors = 1 }
        !errors && /^ *\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); codes = codes (codes ? "," : "") $1 }
        END { printf "%.1f %.1f %.1f %.1f %s%s %.1f\n", rps, p50, p95, p99, (codes ? codes : "none"), (errors ? ",errors" : ""), size / 1024 }
    ' "$1"
}

declare -A result
for scale in $scales; do
    data="$work/data-$scale"
    log "Generating ${scale}× data into $data"
    gen_start=$(date +%s)
    dotnet tools/LangSon.ThiDua.DataGen/bin/Release/net10.0/LangSon.ThiDua.DataGen.dll --data-dir "$data" --scale "$scale" >"$work/datagen-$scale.txt"
    result[$scale,gen]=$(( $(date +%s) - gen_start ))
    result[$scale,db]=$(du -m "$data/thidua.db" | cut -f1)

    port=$(free_port)
    base="http://127.0.0.1:$port"
    log "Starting the portal on $base"
    # The content root is the project folder (wwwroot, appsettings.json); the compiled app is the Release build.
    (cd src/LangSon.ThiDua.Web && ASPNETCORE_ENVIRONMENT=Production DataDirectory="$data" ASPNETCORE_URLS="$base" \
        Demo__Enabled=false Security__SecureCookies=false exec dotnet bin/Release/net10.0/LangSon.ThiDua.Web.dll) >"$work/app-$scale.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "$base/health" && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/app-$scale.log" >&2; echo "The portal did not start." >&2; exit 1; }
        sleep 0.5
    done
    curl -fs -o /dev/null "$base/health" || { echo "/health did not answer 200." >&2; exit 1; }

    log "Signing in as noivu"
    jar="$work/cookies-$scale.txt"
    token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="\([^"]*\)"/\1/')
    [ -n "$token" ] || { echo "No antiforgery token on /Account/Login." >&2; exit 1; }
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/Account/Login" \
        --data-urlencode "UserName=noivu" --data-urlencode "Password=LangSon@2025" --data-urlencode "__RequestVerificationToken=$token")
    [ "$status" = 302 ] || { echo "Sign-in failed (HTTP $status)." >&2; exit 1; }
    cookie=$(awk 'sub(/^#HttpOnly_/, "") || !/^#/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
    status=$(curl -s -o "$work/page-$scale.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$page")
    if [ "$status" != 200 ] || grep -q 'name="Password"' "$work/page-$scale.html"; then
        echo "$page answered $status (or the sign-in form) for noivu." >&2; exit 1
    fi

    if [ -z "$big_static" ]; then
        # The file under wwwroot/lib (CSS or JS, no source maps) whose size is closest to the page's.
        page_bytes=$(stat -c %s "$work/page-$scale.html")
        big_static=$(cd src/LangSon.ThiDua.Web/wwwroot && find lib -type f \( -name '*.css' -o -name '*.js' \) -printf '%s /%p\n' \
            | awk -v p="$page_bytes" '{ d = $1 - p; if (d < 0) d = -d; if (best == "" || d < bd) { best = $2; bd = d } } END { print best }')
    fi
    curl -fs -o /dev/null "$base$big_static" || { echo "$big_static did not answer 200." >&2; exit 1; }

    log "Warming up"
    hey -c 10 -n 300 -disable-redirects -H "Cookie: $cookie" "$base$page" >/dev/null
    hey -c 10 -n 300 -disable-redirects -H "Cookie: $cookie" "$base$static" >/dev/null
    hey -c 10 -n 300 -disable-redirects -H "Cookie: $cookie" "$base$big_static" >/dev/null

    log "hey -c $connections -z $duration $page"
    result[$scale,page_cpu]=$(hey_run "page-$scale" "$base$page")
    log "hey -c $connections -z $duration $static"
    result[$scale,static_cpu]=$(hey_run "static-$scale" "$base$static")
    log "hey -c $connections -z $duration $big_static"
    result[$scale,big_cpu]=$(hey_run "big-$scale" "$base$big_static")
    result[$scale,page]=$(metric "$work/page-$scale.txt")
    result[$scale,static]=$(metric "$work/static-$scale.txt")
    result[$scale,big]=$(metric "$work/big-$scale.txt")
    result[$scale,rss]=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done

# ---- report -------------------------------------------------------------------------------------------------
field() { echo "${result[$1,$2]}" | cut -d' ' -f"$3"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }
table="$work/table.md"
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM; \`hey -c $connections -z $duration\` from 127.0.0.1 against the same process; page \`$page\`, static files \`$static\` (the target's reference) and \`$big_static\` (the one under wwwroot/lib closest in size to the page)."
    echo
    echo "| data | data generation | database | URL | KB per response | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | status codes | dashboard ÷ static | peak RSS (MB) | app CPU (cores) | other CPU (cores) |"
    echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
    for scale in $scales; do
        for kind in page static big; do
            url=$page ratio=""
            [ "$kind" = static ] && url=$static
            [ "$kind" = big ] && url=$big_static
            if [ "$kind" = page ]; then
                ratio=$(awk "BEGIN { printf \"%.1f %% of %s, %.1f %% of %s\", 100 * $(field "$scale" page 1) / $(field "$scale" static 1), \"$static\", 100 * $(field "$scale" page 1) / $(field "$scale" big 1), \"$big_static\" }")
            fi
            echo "| ${scale}× | ${result[$scale,gen]} s | ${result[$scale,db]} MB | \`$url\` | $(field "$scale" $kind 6) | $(field "$scale" $kind 1) | $(field "$scale" $kind 2) | $(field "$scale" $kind 3) | $(field "$scale" $kind 4) | $(field "$scale" $kind 5) | $ratio | ${result[$scale,rss]} | $(echo "${result[$scale,${kind}_cpu]}" | tr ' ' '|' | sed 's/|/ | /') |"
        done
    done
    echo
    echo "| target | figure | verdict |"
    echo "|---|---|---|"
    for scale in $scales; do
        p95=$(field "$scale" page 3) rps=$(field "$scale" page 1) srps=$(field "$scale" static 1) rss=${result[$scale,rss]}
        echo "| ${scale}×: $page p95 < 100 ms | $p95 ms | $(verdict "$p95 < 100") |"
        echo "| ${scale}×: $page throughput ≥ 20 % of the static file's ($static) | $(awk "BEGIN { printf \"%.1f\", 100 * $rps / $srps }") % | $(verdict "$rps >= 0.2 * $srps") |"
        echo "| ${scale}×: the same against a static file of about the page's size ($big_static), for reading | $(awk "BEGIN { printf \"%.1f\", 100 * $rps / $(field "$scale" big 1) }") % | — |"
        echo "| ${scale}×: peak RSS < 400 MB | $rss MB | $(verdict "$rss < 400") |"
        echo "| ${scale}×: only 200 answers under load | $(field "$scale" page 5) | $(verdict "\"$(field "$scale" page 5)\" == \"200\"") |"
    done
    if [[ " $scales " == *" 1 "* && " $scales " == *" 10 "* ]]; then
        p1=$(field 1 page 3) p10=$(field 10 page 3) r1=$(field 1 page 1) r10=$(field 10 page 1)
        echo "| 10× at most 2× slower than 1× (p95) | $(awk "BEGIN { printf \"%.2f×\", $p10 / $p1 }") | $(verdict "$p10 <= 2 * $p1") |"
        echo "| 10× at most 2× slower than 1× (requests/s) | $(awk "BEGIN { printf \"%.2f×\", $r1 / $r10 }") | $(verdict "$r10 * 2 >= $r1") |"
    fi
} >"$table"
cat "$table"

if [ "$record" = 1 ]; then
    doc=docs/performance.md
    [ -f "$doc" ] || printf '# Performance\n\n' >"$doc"
    grep -q '<!-- benchmark:begin -->' "$doc" || printf '\n<!-- benchmark:begin -->\n<!-- benchmark:end -->\n' >>"$doc"
    awk -v table="$table" '
        /<!-- benchmark:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- benchmark:end -->/ { skip = 0 }
        !skip { print }
    ' "$doc" >"$work/doc.md" && mv "$work/doc.md" "$root/$doc"
    log "Recorded in $doc"
fi
