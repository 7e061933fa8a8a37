#!/usr/bin/env bash
# Crash safety (issue 8, docs/reliability.md): starts the portal (Release build, Production, fresh data folder, demo
# data) on 127.0.0.1, runs the stress tool's writer (concurrent unit users posting progress reports; a report is
# "acknowledged" once the portal answered its success redirect and the writer fsynced its marker), kills the portal with
# SIGKILL in the middle of the writes, restarts it, several times, then kills it once more and checks the database file:
# PRAGMA integrity_check must be "ok" and every acknowledged report must be in ProgressReports.
#
#   bash scripts/crash-test.sh [--cycles 3] [--writers 8] [--no-build]
#
# CRASH_KEEP=1 keeps the temporary folder (data, logs, ack file).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-process.sh

cycles=3 writers=8 build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cycles) cycles="$2"; shift 2 ;;
        --writers) writers="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "Unknown option: $1 (use --cycles N, --writers N, --no-build)" >&2; exit 2 ;;
    esac
done

log() { echo "[crash-test $(date +%H:%M:%S)] $*" >&2; }
command -v curl >/dev/null || { source scripts/prerequisites.sh; apt_install curl; }
if [ "$build" = 1 ]; then log "Building (Release)"; build_release; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/thidua-crash.XXXXXX)
data="$work/data" ack="$work/acknowledged.txt" applog="$work/portal.log"
writer_pid=""
cleanup() {
    if [ -n "$writer_pid" ] && kill -0 "$writer_pid" 2>/dev/null; then kill "$writer_pid"; wait "$writer_pid" 2>/dev/null || true; fi
    stop_portal KILL
    if [ "${CRASH_KEEP:-0}" = 1 ]; then log "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

started=$(date +%s)
base="http://127.0.0.1:$(free_port)"
log "Starting the portal on $base (data in $data)"
start_portal "$data" "$base" "$applog"

log "Starting $writers writers"
dotnet "$stress_dll" write --base "$base" --ack "$ack" --writers "$writers" --duration 0 >"$work/writer.log" 2>&1 &
writer_pid=$!

acks() { [ -f "$ack" ] && wc -l <"$ack" | tr -d ' ' || echo 0; }
# Wait until the writer has acknowledged something, so that each kill lands in the middle of writes.
wait_for_acks() {
    local before=$1 i
    for i in $(seq 1 150); do
        [ "$(acks)" -gt "$before" ] && return 0
        kill -0 "$writer_pid" 2>/dev/null || { cat "$work/writer.log" >&2; echo "The writer stopped." >&2; return 1; }
        sleep 0.2
    done
    cat "$work/writer.log" >&2
    echo "No write was acknowledged within 30 s." >&2
    return 1
}

kills=0
for cycle in $(seq 1 "$cycles"); do
    wait_for_acks "$(acks)"
    sleep "$((2 + RANDOM % 3)).$((RANDOM % 10))"
    before=$(acks)
    kill -9 "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; portal_pid=""
    kills=$((kills + 1))
    log "Cycle $cycle: SIGKILL after $before acknowledged writes; restarting"
    sleep 1
    start_portal "$data" "$base" "$applog"
    wait_for_acks "$(acks)"
    log "Cycle $cycle: the restarted portal acknowledges writes again ($(acks))"
done

sleep 2
log "Stopping the writer, then SIGKILL once more (no graceful shutdown before the check)"
kill -TERM "$writer_pid"
writer_status=0
wait "$writer_pid" || writer_status=$?
writer_pid=""
kill -9 "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; portal_pid=""
kills=$((kills + 1))
cat "$work/writer.log"

log "Verifying $data/thidua.db"
verify_status=0
dotnet "$stress_dll" verify --db "$data/thidua.db" --ack "$ack" || verify_status=$?
locked=$(sqlite_errors "$applog" "$data"/logs/*.log)

echo
echo "Crash test: $kills × SIGKILL while writing, $(acks) acknowledged writes, writer exit $writer_status, verify exit $verify_status, $locked log lines about a locked/busy database, $(( $(date +%s) - started )) s."
if [ "$writer_status" != 0 ] || [ "$verify_status" != 0 ] || [ "$locked" != 0 ]; then
    [ "$locked" = 0 ] || grep -hiE 'database is locked|SQLITE_BUSY|SqliteException' "$applog" | head -n 5 >&2
    echo "CRASH TEST FAILED" >&2
    exit 1
fi
echo "CRASH TEST PASSED"
