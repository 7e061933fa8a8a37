#!/usr/bin/env bash
# Sustained mixed load (issue 8, docs/reliability.md): starts the portal (Release build, Production, fresh data folder,
# demo data) on 127.0.0.1 and runs the stress tool's load mode: N virtual users, each with its own session and
# connection, no think time, 80 % page reads (dashboard, plan list and details, target progress, nominations,
# notifications, home) and 20 % writes (progress reports, "mark all notifications read"), as noivu and the demo unit
# users. Prints requests, errors, throughput, p50/p95/p99 per kind of request and the app's peak memory; fails when a
# request failed or the app logged a locked/busy database.
#
#   bash scripts/load-test.sh [--duration 300] [--connections 50] [--record] [--no-build]
#
# --record adds a row to the table of docs/reliability.md and replaces its per-request table of the latest run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/portal-process.sh

duration=300 connections=50 record=0 build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="${2%s}"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --record) record=1; shift ;;
        --no-build) build=0; shift ;;
        *) echo "Unknown option: $1 (use --duration SECONDS, --connections N, --record, --no-build)" >&2; exit 2 ;;
    esac
done

log() { echo "[load-test $(date +%H:%M:%S)] $*" >&2; }
command -v curl >/dev/null || { source scripts/prerequisites.sh; apt_install curl; }
if [ "$build" = 1 ]; then log "Building (Release)"; build_release; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/thidua-load.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT
data="$work/data" applog="$work/portal.log"
base="http://127.0.0.1:$(free_port)"
log "Starting the portal on $base"
start_portal "$data" "$base" "$applog"

log "Load: $connections connections for $duration s"
# CPU used on average during the run by the portal, by the load tool, and by everything else on the machine (other
# work skews the figures, as in docs/performance.md).
hz=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
busy0=$(cpu_busy) app0=$(cpu_of "$portal_pid") start=$(date +%s.%N)
load_status=0
exec 3>&1
tool_cpu=$({ TIMEFORMAT='%3U %3S'; time dotnet "$stress_dll" load --base "$base" --connections "$connections" --duration "${duration}s" \
    --summary "$work/summary.txt" --markdown "$work/table.md" >&3 2>"$work/errors.txt"; } 2>&1) || load_status=$?
exec 3>&-
busy1=$(cpu_busy) app1=$(cpu_of "$portal_pid") end=$(date +%s.%N)
cat "$work/errors.txt" >&2
read -r app_cores other_cores tool_cores < <(awk -v b="$((busy1 - busy0))" -v a="$((app1 - app0))" -v hz="$hz" -v t="$tool_cpu" -v s="$start" -v e="$end" \
    'BEGIN { split(t, c, " "); wall = e - s; tool = c[1] + c[2]; other = (b - a) / hz - tool; if (other < 0) other = 0
             printf "%.2f %.2f %.2f\n", a / hz / wall, other / wall, tool / wall }')
rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$portal_pid/status")
stop_portal
locked=$(sqlite_errors "$applog" "$data"/logs/*.log)
[ -f "$work/summary.txt" ] || { echo "The load run did not finish." >&2; exit 1; }
value() { sed -n "s/^$1=//p" "$work/summary.txt"; }

echo "Peak RSS of the portal: $rss MB; CPU (cores): portal $app_cores, load tool $tool_cores, everything else $other_cores; $locked log lines about a locked/busy database."
if [ "$record" = 1 ]; then
    doc=docs/reliability.md
    grep -q '<!-- load-test:end -->' "$doc" || { echo "$doc has no load-test markers." >&2; exit 1; }
    row="| $(date -u +%Y-%m-%d) | $(nproc) | ${duration} s | $connections | $(value requests) | $(value errors) | $(value rps) | $(value p95) | $rss MB | $app_cores / $tool_cores / $other_cores |"
    {
        echo "Latest run: $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, ${duration} s at $connections connections; $locked log lines about a locked/busy database."
        echo
        cat "$work/table.md"
    } >"$work/latest.md"
    awk -v row="$row" -v latest="$work/latest.md" '
        /<!-- load-test:end -->/ { print row }
        /<!-- load-test-latest:begin -->/ { print; while ((getline line < latest) > 0) print line; skip = 1; next }
        /<!-- load-test-latest:end -->/ { skip = 0 }
        !skip { print }
    ' "$doc" >"$work/doc.md" && cp "$work/doc.md" "$root/$doc"
    log "Recorded in $doc"
fi

if [ "$load_status" != 0 ] || [ "$locked" != 0 ]; then
    [ "$locked" = 0 ] || grep -hiE 'database is locked|SQLITE_BUSY|SqliteException' "$applog" | head -n 5 >&2
    echo "LOAD TEST FAILED" >&2
    exit 1
fi
echo "LOAD TEST PASSED"
