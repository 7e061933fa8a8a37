#!/usr/bin/env bash
# Cold start on a migrated database (issue 24, docs/performance.md "Cold start"): prepares a data folder once (migrated,
# demo data seeded), then starts the portal on it RUNS times (Release build, Production, as scripts/load-test.sh does)
# and measures from the launch to the first 200 of /health/ready (polled every 10 ms), then the first page
# (/Account/Login) and the first signed-in page (/Dashboard as noivu). Prints each run with the phases the portal logs
# (runtime until Main, host build, migrations check, seeding, until listening), the medians, and the verdict of the
# target (< 2 s to /health/ready).
# --no-demo measures the production start instead: no demo accounts nor story, so only the reference data and the roles
# are checked at each start (the signed-in /Dashboard is not measured: there is no demo account to sign in with).
#
# --app DIR starts the portal from a published folder (dotnet publish's output) instead of the Release build.
#
#   bash scripts/cold-start.sh [--runs 5] [--no-build] [--no-demo] [--app DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-process.sh

runs=5 build=1 demo=true app=.
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --no-demo) demo=false; shift ;;
        --app) app=$(realpath "$2"); build=0; shift 2 ;;
        *) echo "Unknown option: $1 (use --runs N, --no-build, --no-demo, --app DIR)" >&2; exit 2 ;;
    esac
done
log() { echo "[cold-start $(date +%H:%M:%S)] $*" >&2; }
if [ "$build" = 1 ]; then log "Building (Release)"; build_release; fi
work=$(mktemp -d /tmp/thidua-cold.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT
base="http://127.0.0.1:$(free_port)"
# launch LOG: starts the portal on the data folder (sets portal_pid) and waits for /health/ready; sets ready (ms).
launch() {
    local t0
    t0=$(date +%s%N)
    (run_portal "$work/data" "$base" "$app" "$demo") >"$1" 2>&1 &
    portal_pid=$!
    until curl -fs -o /dev/null --max-time 1 "$base/health/ready"; do
        kill -0 "$portal_pid" 2>/dev/null || { grep -v "^   at " "$1" | tail -n 20 >&2; exit 1; }
        [ "$(ms "$t0")" -lt 180000 ] || { echo "/health/ready did not answer within 180 s" >&2; exit 1; }
        sleep 0.01
    done
    ready=$(ms "$t0")
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

log "Preparing a migrated, seeded data folder (demo: $demo)"
launch "$work/prepare.log"
stop_portal

phase() { grep -oE " $1=[0-9]+" "$2" | tail -n1 | cut -d= -f2; }
echo "| run | to /health/ready (ms) | runtime until Main | host build | migrations check | seeding | until listening | first /Account/Login (ms) | first /Dashboard (ms) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for run in $(seq 1 "$runs"); do
    applog="$work/run-$run.log"
    launch "$applog"
    t1=$(date +%s%N)
    curl -fs -c "$work/jar-$run" -b "$work/jar-$run" "$base/Account/Login" >"$work/login.html"
    login=$(ms "$t1")
    dashboard=—
    if [ "$demo" = true ]; then
        token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/login.html" | head -n1 \
            | sed 's/.*value="\([^"]*\)"/\1/')
        curl -s -o /dev/null -c "$work/jar-$run" -b "$work/jar-$run" "$base/Account/Login" \
            --data-urlencode "UserName=noivu" --data-urlencode "Password=LangSon@2025" \
            --data-urlencode "__RequestVerificationToken=$token"
        t2=$(date +%s%N)
        curl -fs -o /dev/null -b "$work/jar-$run" "$base/Dashboard"
        dashboard=$(ms "$t2")
    fi
    stop_portal
    echo "| $run | $ready | $(phase runtime_ms "$applog") | $(phase host_ms "$applog") | $(phase migrations_ms "$applog") | $(phase seeding_ms "$applog") | $(phase listening_ms "$applog") | $login | $dashboard |" | tee -a "$work/rows"
done >"$work/table"
cat "$work/table"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
col() { awk -F'|' -v c="$1" '{ gsub(/ /, "", $c); print $c }' "$work/rows" | median; }
echo "| **median** | $(col 3) | $(col 4) | $(col 5) | $(col 6) | $(col 7) | $(col 8) | $(col 9) | $(col 10) |"
echo
ready=$(col 3)
echo "Target: cold start < 2000 ms to /health/ready — median $ready ms: $([ "$ready" -lt 2000 ] && echo met || echo '**missed**')" \
    "(load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)."
