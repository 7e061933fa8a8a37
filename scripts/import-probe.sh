#!/usr/bin/env bash
# Hostile Excel imports (issue 20, item 4; docs/security.md): starts the portal (Release build, Production, fresh data
# folder, demo data) on 127.0.0.1 and runs the stress tool's import-probe: as canbo.tamthanh (whose demo plan is a
# draft), uploads to /PlanImport/Upload/{plan} the portal's own template with (1) 1.15 million cells outside columns A–J
# (about 42 MB unpacked, 2.5 MB packed: the file of the issue), (2) a sheet declaring A1:XFD1048576, (3) a sheet part of
# 100 MB of blanks (a zip bomb), each --runs times; prints the answer's time and the portal's extra memory at its peak.
#
#   bash scripts/import-probe.sh [--runs 2] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-process.sh

runs=2 build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "Unknown option: $1 (use --runs N, --no-build)" >&2; exit 2 ;;
    esac
done

log() { echo "[import-probe $(date +%H:%M:%S)] $*" >&2; }
command -v curl >/dev/null || { source scripts/prerequisites.sh; apt_install curl; }
if [ "$build" = 1 ]; then log "Building (Release)"; build_release; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/thidua-import.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT
base="http://127.0.0.1:$(free_port)"
log "Starting the portal on $base"
start_portal "$work/data" "$base" "$work/portal.log"
echo "$(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), portal RSS at start $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$portal_pid/status")"
dotnet "$stress_dll" import-probe --base "$base" --pid "$portal_pid" --runs "$runs"
