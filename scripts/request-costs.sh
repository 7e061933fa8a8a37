#!/usr/bin/env bash
# What one request of each page costs the portal (issue 24, docs/performance.md "Where the time goes"): starts the portal
# (Release build, Production, fresh data folder, demo data) with Diagnostics__RequestCosts=true, signs in with curl as
# noivu and as a unit user, and requests each page of the load mix one at a time (two warm-up loads, then RUNS measured
# ones). Prints, per page, the median of: HTML bytes, SQL commands, database connections opened, EF Core queries
# compiled afresh and found compiled, KB allocated, and milliseconds. Counts and bytes do not depend on the machine's
# load; the milliseconds do.
#
#   bash scripts/request-costs.sh [--no-build] [--runs 5] [--sql PAGE] [--keep] [--scale N | --data DIR]
#
# --sql /Dashboard also prints the SQL commands of that page's last measured request (EF Core's command log).
# --scale N runs on a province's data generated at N× (tools/LangSon.ThiDua.DataGen) instead of the demo's, --data DIR
# on a copy of a data folder generated before (the demo accounts are in it; the demo is not seeded).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-process.sh

build=1 runs=5 sql_page="" keep=0 scale="" from_data=""
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0; shift ;;
        --runs) runs="$2"; shift 2 ;;
        --sql) sql_page="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --scale) scale="$2"; shift 2 ;;
        --data) from_data="$(realpath "$2")"; shift 2 ;;
        *) echo "Unknown option: $1 (use --no-build, --runs N, --sql PAGE, --keep, --scale N, --data DIR)" >&2
           exit 2 ;;
    esac
done
log() { echo "[request-costs $(date +%H:%M:%S)] $*" >&2; }
if [ "$build" = 1 ]; then
    log "Building (Release)"
    build_release
    [ -z "$scale" ] || dotnet build tools/LangSon.ThiDua.DataGen -c Release -v quiet -nologo >/dev/null
fi

work=$(mktemp -d /tmp/thidua-costs.XXXXXX)
trap 'stop_portal; if [ "$keep" = 1 ]; then log "Kept $work"; else rm -rf "$work"; fi' EXIT
base="http://127.0.0.1:$(free_port)"
export Diagnostics__RequestCosts=true
[ -z "$sql_page" ] || export Diagnostics__RequestCostsSql=true
demo=true
if [ -n "$scale" ]; then
    log "Generating the data at ${scale}×"
    dotnet tools/LangSon.ThiDua.DataGen/bin/Release/net10.0/LangSon.ThiDua.DataGen.dll --data-dir "$work/data" \
        --scale "$scale" >"$work/datagen.txt"
    demo=false
elif [ -n "$from_data" ]; then
    mkdir -p "$work/data"
    cp "$from_data"/thidua.db* "$work/data/"
    demo=false
fi
log "Starting the portal on $base"
start_portal "$work/data" "$base" "$work/portal.log" . "$demo"

sign_in() { # sign_in USER JAR
    local token status
    token=$(curl -fs -c "$2" -b "$2" "$base/Account/Login" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 \
        | sed 's/.*value="\([^"]*\)"/\1/')
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -b "$2" "$base/Account/Login" \
        --data-urlencode "UserName=$1" --data-urlencode "Password=LangSon@2025" \
        --data-urlencode "__RequestVerificationToken=$token")
    [ "$status" = 302 ] || { echo "Sign-in of $1 failed (HTTP $status)." >&2; exit 1; }
}
first_id() { grep -oE "$1/[0-9]+" | head -n1 | grep -oE '[0-9]+$'; }

sign_in noivu "$work/noivu"
sign_in canbo.soyte "$work/unit"
plan=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$work/unit" "$base/Plans/Mine" | grep -oE '[0-9]+$')
target=$(curl -s -b "$work/unit" "$base/Plans/Details/$plan" | first_id /Progress/Target)
review=$(curl -s -b "$work/noivu" "$base/NominationReview" | first_id /NominationReview/Review)
pages=(
    "noivu /Dashboard" "noivu /Dashboard/Units" "noivu /Plans" "noivu /Plans/Details/$plan"
    "noivu /NominationReview" "noivu /NominationReview/Review/$review" "noivu /Notifications"
    "unit /" "unit /Plans/Details/$plan" "unit /Progress/Target/$target" "unit /Nominations" "unit /Notifications"
)

n=0
for entry in "${pages[@]}"; do
    read -r who path <<<"$entry"
    for i in $(seq 1 $((runs + 2))); do
        n=$((n + 1))
        id="costs-$n"
        bytes=$(curl -s -o "$work/page.html" -w '%{size_download}' -b "$work/$who" -H "X-Correlation-ID: $id" "$base$path")
        [ "$i" -le 2 ] || echo "$path $who $id $bytes" >>"$work/requests"
    done
done
sleep 1 # the last log lines

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() { grep -oE " $1=[0-9.]+" | cut -d= -f2; }
echo "| page (as) | HTML (B) | SQL commands | connections | EF compiled | EF cached | KB allocated | SQL ms | ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for entry in "${pages[@]}"; do
    read -r who path <<<"$entry"
    ids=$(awk -v p="$path" -v w="$who" '$1 == p && $2 == w { print $3 }' "$work/requests")
    lines=$(for id in $ids; do grep -F " $id Chi phí yêu cầu" "$work/portal.log" || true; done)
    [ -n "$lines" ] || { echo "No cost line for $path (is Diagnostics:RequestCosts supported by this build?)" >&2; exit 1; }
    html=$(awk -v p="$path" -v w="$who" '$1 == p && $2 == w { print $4 }' "$work/requests" | median)
    row="| \`$path\` ($([ "$who" = noivu ] && echo noivu || echo canbo.soyte)) | $html"
    for key in commands connections ef_compiled ef_cached alloc_kb db_ms ms; do
        row="$row | $(echo "$lines" | field "$key" | median)"
    done
    echo "$row |"
done
if [ -n "$sql_page" ]; then
    id=$(awk -v p="$sql_page" '$1 == p { id = $3 } END { print id }' "$work/requests")
    echo
    echo "SQL commands of $sql_page ($id):"
    grep -F " $id " "$work/portal.log" | grep -v "Chi phí yêu cầu" || true
fi
