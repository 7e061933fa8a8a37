#!/usr/bin/env bash
# Sustained mixed load (issues 8 and 24, docs/reliability.md and docs/performance.md): starts the portal (Release build,
# Production, fresh data folder, demo data) on 127.0.0.1 and runs the stress tool's load mode: N virtual users, each with
# its own session and connection, no think time, 80 % page reads and 20 % writes (progress reports, "mark all
# notifications read"), as noivu and the demo unit users. Two scenarios:
#   work  (default) each user signs in once, keeps its cookie and works through its pages: the performance figures;
#   churn           a user with nothing unread signs out and in again (a password hash each time): the sign-in churn.
# Prints requests, errors, throughput, p50/p95/p99 per kind of request, the targets' verdicts (p95 < 100 ms per page,
# no error, ≥ 3× a baseline's requests/s) and the app's peak memory; fails when a request failed or the app logged a
# locked/busy database (a missed latency or throughput target is printed, not fatal: CI machines are noisy).
#
#   bash scripts/load-test.sh [--scenario work|churn] [--duration 300] [--connections 50] [--record] [--no-build]
#                             [--baseline SUMMARY] [--save-summary FILE] [--against GIT_REF] [--gcdump DIR]
#                             [--app PUBLISHED_FOLDER] [--scale N | --data N]
#
# --against main builds GIT_REF (git archive into a temporary folder) and runs the same load on it first, then on this
# build, back to back on the same machine, and prints both with the ratio: the side-by-side run of issue 24.
# --baseline takes the summary of an earlier run (--save-summary) instead. --record adds a row to the table of
# docs/reliability.md and replaces its per-request table of the latest run (and, with --against or --baseline, the
# comparison block of docs/performance.md, and the memory curves).
# Memory (issue 24 target 2): the resident set and the GC heap are sampled every 10 s (scripts/memory-curve.sh), shown
# as a curve with the verdicts "peak RSS < 300 MB" and "flat" (the end ≤ 1.1 × the resident set after minute 1, runs of
# 2 minutes or more); --gcdump DIR keeps a heap dump of minute 1 and one of the end of each run.
# --app DIR runs this build's published folder (dotnet publish -r linux-x64: ReadyToRun, as a server runs it) instead
# of its Release build output.
# --scale N (issue 24 target 5) runs the load twice on this build, back to back: on a province's data generated at 1×,
# then at N× (tools/LangSon.ThiDua.DataGen, docs/data-generator.md; a production start without the demo, the demo
# accounts being in the generated data), and prints the verdicts "requests/s and every page's p95 within 1.5× of the
# 1× run's". With --record it writes the comparison block of docs/performance.md ("More data").
# --data N runs every run (the baseline's of --against too) on data generated at N× instead of the demo's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/portal-process.sh
source scripts/memory-curve.sh

duration=300 connections=50 record=0 build=1 scenario=work baseline="" save_summary="" against="" gcdumps="" app=$root
scale="" data_scale=""
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="${2%s}"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --scenario) scenario="$2"; shift 2 ;;
        --baseline) baseline="$(realpath "$2")"; shift 2 ;;
        --save-summary) save_summary="$(realpath -m "$2")"; shift 2 ;;
        --against) against="$2"; shift 2 ;;
        --gcdump) gcdumps="$(realpath -m "$2")"; shift 2 ;;
        --app) app="$(realpath "$2")"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --data) data_scale="$2"; shift 2 ;;
        --record) record=1; shift ;;
        --no-build) build=0; shift ;;
        *) echo "Unknown option: $1 (use --scenario work|churn, --duration SECONDS, --connections N, --record," \
               "--no-build, --baseline SUMMARY, --save-summary FILE, --against GIT_REF, --gcdump DIR, --app DIR," \
               "--scale N, --data N)" >&2
           exit 2 ;;
    esac
done
case "$scenario" in work|churn) ;; *) echo "--scenario is work or churn" >&2; exit 2 ;; esac
if [ -n "$scale" ]; then
    [[ "$scale" =~ ^[0-9]+$ ]] && [ "$scale" -gt 1 ] || { echo "--scale is a whole factor above 1 (10)" >&2; exit 2; }
    [ -z "$against$baseline" ] || { echo "--scale compares this build on two data sizes: no --against/--baseline" >&2
                                    exit 2; }
fi
if [ -n "$data_scale" ]; then
    [[ "$data_scale" =~ ^[0-9]+$ ]] && [ "$data_scale" -ge 1 ] || { echo "--data is a whole factor (1, 10)" >&2; exit 2; }
    [ -z "$scale" ] || { echo "--scale chooses the data sizes itself: no --data" >&2; exit 2; }
fi
datagen_dll=tools/LangSon.ThiDua.DataGen/bin/Release/net10.0/LangSon.ThiDua.DataGen.dll

log() { echo "[load-test $(date +%H:%M:%S)] $*" >&2; }
command -v curl >/dev/null || { source scripts/prerequisites.sh; apt_install curl; }
if [ "$build" = 1 ]; then
    log "Building (Release)"
    build_release
    [ -z "$scale$data_scale" ] || dotnet build tools/LangSon.ThiDua.DataGen -c Release -v quiet -nologo >/dev/null
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null # dotnet-counters, dotnet-gcdump

work=$(mktemp -d /tmp/thidua-load.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT

if [ -n "$against" ]; then
    log "Building $against (the baseline) in $work/baseline"
    mkdir -p "$work/baseline"
    git -C "$root" archive "$against" | tar -x -C "$work/baseline"
    dotnet build "$work/baseline/src/LangSon.ThiDua.Web" -c Release -v quiet -nologo >/dev/null
fi

hz=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run_load LABEL TREE [BASELINE_SUMMARY] [DATA_SCALE LESS_DATA_SUMMARY]: one portal on a fresh data folder (the demo
# data, or generated at DATA_SCALE), one load run; leaves $work/LABEL/ with summary.txt, table.md, result.txt (rss,
# CPU, locked lines).
run_load() {
    local label=$1 tree=$2 against_summary=${3:-} data_scale=${4:-} less_data=${5:-} dir="$work/$1"
    mkdir -p "$dir"
    local data="$dir/data" applog="$dir/portal.log" base demo=true
    base="http://127.0.0.1:$(free_port)"
    if [ -n "$data_scale" ]; then
        log "[$label] generating the data at ${data_scale}× (tools/LangSon.ThiDua.DataGen)"
        dotnet "$datagen_dll" --data-dir "$data" --scale "$data_scale" >"$dir/datagen.txt"
        demo=false
    fi
    log "[$label] starting the portal on $base"
    start_portal "$data" "$base" "$applog" "$tree" "$demo"
    log "[$label] load ($scenario): $connections connections for $duration s"
    start_memory_sampling "$portal_pid" "$dir" "$gcdumps"
    # CPU used on average during the run by the portal, by the load tool, and by everything else on the machine (other
    # work skews the figures, as in docs/performance.md).
    local busy0 app0 start busy1 app1 end tool_cpu status=0
    busy0=$(cpu_busy) app0=$(cpu_of "$portal_pid") start=$(date +%s.%N)
    exec 3>&1
    tool_cpu=$({ TIMEFORMAT='%3U %3S'; time dotnet "$stress_dll" load --base "$base" --scenario "$scenario" \
        --connections "$connections" --duration "${duration}s" --summary "$dir/summary.txt" --markdown "$dir/table.md" \
        ${against_summary:+--baseline "$against_summary"} \
        ${less_data:+--less-data "$less_data" --less-data-label "1× data"} \
        >&3 2>"$dir/errors.txt"; } 2>&1) || status=$?
    exec 3>&-
    busy1=$(cpu_busy) app1=$(cpu_of "$portal_pid") end=$(date +%s.%N)
    cat "$dir/errors.txt" >&2
    local rss
    rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$portal_pid/status")
    stop_memory_sampling "$portal_pid" "$dir" "$gcdumps"
    stop_portal
    finish_memory_sampling
    memory_curve "$dir" >"$dir/memory.md"
    awk -v b="$((busy1 - busy0))" -v a="$((app1 - app0))" -v hz="$hz" -v t="$tool_cpu" -v s="$start" -v e="$end" \
        -v rss="$rss" -v locked="$(sqlite_errors "$applog" "$data"/logs/*.log)" -v status="$status" \
        'BEGIN { split(t, c, " "); wall = e - s; tool = c[1] + c[2]; other = (b - a) / hz - tool; if (other < 0) other = 0
                 printf "rss=%s\napp=%.2f\nother=%.2f\ntool=%.2f\nlocked=%s\nstatus=%s\n", rss, a / hz / wall, other / wall,
                     tool / wall, locked, status }' >"$dir/result.txt"
    [ -f "$dir/summary.txt" ] || { echo "[$label] the load run did not finish." >&2; exit 1; }
    echo "[$label] peak RSS of the portal: $(get "$label" result rss) MB; CPU (cores): portal $(get "$label" result app)," \
        "load tool $(get "$label" result tool), everything else $(get "$label" result other);" \
        "$(get "$label" result locked) log lines about a locked/busy database."
    echo "[$label] memory every 10 s:"
    cat "$dir/memory.md"
    memory_verdicts "$label" | tee "$dir/memory-verdicts.md"
}

# memory_verdicts LABEL: issue 24 target 2, peak RSS < 300 MB and flat after the first minute.
memory_verdicts() {
    local peak first last flat="—" verdict="— (run shorter than 2 minutes)"
    peak=$(get "$1" result rss)
    first=$(get "$1" memory after_minute_1 2>/dev/null || true) last=$(get "$1" memory at_end 2>/dev/null || true)
    if [ "$duration" -ge 120 ] && [ -n "$first" ] && [ -n "$last" ]; then
        flat="$first MB after minute 1 → $last MB at the end"
        verdict=$(awk -v f="$first" -v l="$last" 'BEGIN { print (l <= 1.1 * f ? "met" : "**missed**") }')
    fi
    echo
    echo "| memory target | figure | verdict |"
    echo "|---|---|---|"
    echo "| peak RSS < 300 MB | $peak MB | $([ "$peak" -lt 300 ] && echo met || echo '**missed**') |"
    echo "| flat (end ≤ 1.1 × after minute 1) | $flat | $verdict |"
}
get() { sed -n "s/^$3=//p" "$work/$1/$2.txt"; }

# replace_block DOC MARK CONTENT: the lines between <!-- MARK:begin --> and <!-- MARK:end --> of DOC become CONTENT's
# (the markers are added at the end of DOC when it has none).
replace_block() {
    local doc=$1 mark=$2 content=$3
    grep -qF "<!-- $mark:begin -->" "$doc" || printf '\n<!-- %s:begin -->\n<!-- %s:end -->\n' "$mark" "$mark" >>"$doc"
    awk -v block="$content" -v begin="<!-- $mark:begin -->" -v end="<!-- $mark:end -->" '
        $0 == begin { print; while ((getline line < block) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }
    ' "$doc" >"$work/replaced.md" && cp "$work/replaced.md" "$doc"
}

if [ -n "$against" ]; then
    run_load baseline "$work/baseline" "" "$data_scale"
    baseline="$work/baseline/summary.txt"
fi
if [ -n "$scale" ]; then
    run_load 1x "$app" "" 1
    run_load this "$app" "" "$scale" "$work/1x/summary.txt"
    echo
    echo "On more data ($scenario, $connections connections, ${duration} s): 1× $(get 1x summary rps) req/s," \
        "${scale}× $(get this summary rps) req/s."
else
    run_load this "$app" "$baseline" "$data_scale"
fi
[ -z "$save_summary" ] || cp "$work/this/summary.txt" "$save_summary"

if [ -n "$baseline" ]; then
    echo
    echo "Side by side ($scenario, $connections connections, ${duration} s): ${against:-baseline} $(sed -n 's/^rps=//p' "$baseline") req/s," \
        "this build $(get this summary rps) req/s."
fi

if [ "$record" = 1 ] && [ -n "$scale" ]; then
    {
        echo "Measured $(date -u +%Y-%m-%d) with \`bash scripts/load-test.sh --scale $scale --scenario $scenario" \
            "--duration $duration --connections $connections --record\`: this build on data generated at 1×, then at" \
            "${scale}×, back to back on $(nproc) cores."
        echo
        echo "| data | requests/s | errors | peak RSS (MB) | CPU cores: portal / tool / other | database |"
        echo "|---|---:|---:|---:|---|---:|"
        for l in 1x this; do
            echo "| $([ $l = 1x ] && echo 1× || echo "${scale}×") | $(get $l summary rps) |" \
                "$(get $l summary errors) |" \
                "$(get $l result rss) | $(get $l result app) / $(get $l result tool) / $(get $l result other) |" \
                "$(du -m "$work/$l/data/thidua.db" | cut -f1) MB |"
        done
        echo
        echo "**1×**"
        echo
        cat "$work/1x/table.md"
        echo
        echo "**${scale}×**"
        echo
        cat "$work/this/table.md"
    } >"$work/scale.md"
    replace_block docs/performance.md load-scale "$work/scale.md"
    log "Recorded in docs/performance.md"
elif [ "$record" = 1 ]; then
    doc=docs/reliability.md
    grep -q '<!-- load-test:end -->' "$doc" || { echo "$doc has no load-test markers." >&2; exit 1; }
    row="| $(date -u +%Y-%m-%d) ($scenario${data_scale:+, ${data_scale}× data}) | $(nproc) | ${duration} s | $connections | $(get this summary requests) | $(get this summary errors) | $(get this summary rps) | $(get this summary p95) | $(get this result rss) MB | $(get this result app) / $(get this result tool) / $(get this result other) |"
    {
        echo "Latest run: $(date -u +%Y-%m-%d), scenario $scenario${data_scale:+ on data generated at ${data_scale}×}, $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, ${duration} s at $connections connections; $(get this result locked) log lines about a locked/busy database."
        echo
        cat "$work/this/table.md"
    } >"$work/latest.md"
    awk -v row="$row" -v latest="$work/latest.md" '
        /<!-- load-test:end -->/ { print row }
        /<!-- load-test-latest:begin -->/ { print; while ((getline line < latest) > 0) print line; skip = 1; next }
        /<!-- load-test-latest:end -->/ { skip = 0 }
        !skip { print }
    ' "$doc" >"$work/doc.md" && cp "$work/doc.md" "$root/$doc"
    if [ -n "$against" ]; then
        {
            echo "Measured $(date -u +%Y-%m-%d) with \`bash scripts/load-test.sh --against $against" \
                "${data_scale:+--data $data_scale }--scenario $scenario --duration $duration" \
                "--connections $connections --record\`: $against's build first, then this build, back to back on" \
                "$(nproc) cores, on $([ -n "$data_scale" ] && echo "data generated at ${data_scale}×" \
                || echo "the demo data")."
            echo
            echo "| build | requests/s | errors | peak RSS (MB) | CPU cores: portal / tool / other |"
            echo "|---|---:|---:|---:|---|"
            for l in baseline this; do
                echo "| $([ $l = baseline ] && echo "$against" || echo "this build") | $(get $l summary rps) | $(get $l summary errors) | $(get $l result rss) | $(get $l result app) / $(get $l result tool) / $(get $l result other) |"
            done
            echo
            cat "$work/this/table.md"
        } >"$work/compare.md"
        # the demo's side-by-side and the generated data's, each in its block
        replace_block docs/performance.md "load-mix${data_scale:+-generated}" "$work/compare.md"
    fi
    # The memory curves of docs/performance.md are the demo mix's (issue 24 target 2): a run on generated data
    # prints its curve but leaves them.
    if [ -z "$data_scale" ]; then
        {
            echo "Measured $(date -u +%Y-%m-%d) during the runs above (\`scripts/load-test.sh\`, scenario $scenario," \
                "$connections connections, $duration s): every 10 s the resident set, the GC heap and the GC's" \
                "committed memory."
            for l in $( [ -n "$against" ] && echo baseline ) this; do
                echo
                echo "**$([ $l = baseline ] && echo "$against" || echo "this build")**"
                echo
                cat "$work/$l/memory.md" "$work/$l/memory-verdicts.md"
            done
        } >"$work/memory-block.md"
        replace_block docs/performance.md memory-curve "$work/memory-block.md"
    fi
    log "Recorded in $doc and docs/performance.md"
fi

failed=0
for l in $( [ -n "$against" ] && echo baseline ) $( [ -n "$scale" ] && echo 1x ) this; do
    locked=$(get $l result locked)
    if [ "$(get $l result status)" != 0 ] || [ "$locked" != 0 ]; then
        [ "$locked" = 0 ] || grep -hiE 'database is locked|SQLITE_BUSY|SqliteException' "$work/$l/portal.log" | head -n 5 >&2
        echo "[$l] errors during the load (see above)." >&2
        failed=1
    fi
done
[ "$failed" = 0 ] || { echo "LOAD TEST FAILED" >&2; exit 1; }
echo "LOAD TEST PASSED ($(get this summary missed) performance target(s) missed, printed above)"
