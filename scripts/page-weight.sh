#!/usr/bin/env bash
# How heavy the heaviest pages are (issue 24 target 4, docs/performance.md "Page weight"): starts the portal (Release
# build, Production, fresh data folder, demo data) as scripts/request-costs.sh does, signs in with curl as noivu and as
# canbo.soyte, saves the dashboard (each of its tabs: ?tab=…), the plan list, the biggest plan's details (every plan of
# /Plans is fetched, the largest kept), the review list and the biggest review page, and prints per page its bytes,
# its collapsible whitespace, head, header with the menu, main, what follows main, gzip (levels 1 and 6) and brotli
# sizes, the verdict against 50 KB, and the large parts of <main> (scripts/page-weight.py). Bytes do not depend on the
# machine's load.
#
#   bash scripts/page-weight.sh [--no-build] [--keep] [--base URL]
#
# --base URL weighs an already running portal (demo data) instead of starting one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-process.sh

build=1 keep=0 base=""
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0; shift ;;
        --keep) keep=1; shift ;;
        --base) base="$2"; build=0; shift 2 ;;
        *) echo "Unknown option: $1 (use --no-build, --keep, --base URL)" >&2; exit 2 ;;
    esac
done
log() { echo "[page-weight $(date +%H:%M:%S)] $*" >&2; }
command -v brotli >/dev/null || { source scripts/prerequisites.sh; apt_install brotli; }
if [ "$build" = 1 ]; then log "Building (Release)"; build_release; fi

work=$(mktemp -d /tmp/thidua-weight.XXXXXX)
trap 'stop_portal; if [ "$keep" = 1 ]; then log "Kept $work"; else rm -rf "$work"; fi' EXIT
if [ -z "$base" ]; then
    base="http://127.0.0.1:$(free_port)"
    log "Starting the portal on $base"
    start_portal "$work/data" "$base" "$work/portal.log"
fi

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
ids() { grep -oE "$1/[0-9]+" | grep -oE '[0-9]+$' | sort -un; }
biggest() { # biggest JAR PREFIX IDS...: the id whose page is the largest
    local jar=$1 prefix=$2 best="" most=0 id bytes
    shift 2
    for id in "$@"; do
        bytes=$(curl -s -o /dev/null -w '%{size_download}' -b "$jar" "$base$prefix/$id")
        if [ "$bytes" -gt "$most" ]; then most=$bytes best=$id; fi
    done
    echo "$best"
}

sign_in noivu "$work/noivu"
sign_in canbo.soyte "$work/unit"
# shellcheck disable=SC2046
plan=$(biggest "$work/noivu" /Plans/Details $(curl -s -b "$work/noivu" "$base/Plans?pageSize=100" | ids /Plans/Details))
# shellcheck disable=SC2046
review=$(biggest "$work/noivu" /NominationReview/Review \
    $(curl -s -b "$work/noivu" "$base/NominationReview" | ids /NominationReview/Review))
unit_plan=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$work/unit" "$base/Plans/Mine" | grep -oE '[0-9]+$')
log "Biggest plan $plan, biggest review page $review, canbo.soyte's plan $unit_plan"
pages=(
    "noivu /Dashboard" "noivu /Dashboard?tab=bieu-do" "noivu /Dashboard?tab=don-vi" "noivu /Dashboard?tab=khoi-cum"
    "noivu /Dashboard?tab=ban-do-nhiet" "noivu /Dashboard/Units" "noivu /Plans" "noivu /Plans/Details/$plan"
    "noivu /NominationReview" "noivu /NominationReview/Review/$review"
    "unit /" "unit /Plans/Details/$unit_plan" "unit /Nominations"
)

echo "| page (as) | HTML (B) | whitespace | head | header + menu | main | after main | gzip -1 | gzip -6 | br -q 5 |" \
    "≤ 50 KB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
details=""
for entry in "${pages[@]}"; do
    read -r who path <<<"$entry"
    curl -s -o "$work/page.html" -b "$work/$who" "$base$path"
    label="\`$path\` ($([ "$who" = noivu ] && echo noivu || echo canbo.soyte))"
    out=$(python3 scripts/page-weight.py "$work/page.html" "$label")
    echo "$out" | head -n1
    details+="$label"$'\n'"$(echo "$out" | tail -n +2)"$'\n'
done
echo
echo "Large parts of <main> (elements with an id, sections, figures and tables of 2 KB or more):"
echo "$details"
