#!/usr/bin/env bash
# Runs every test of the portal: unit, integration (real app over SQLite) and browser (Debian's Chromium).
# On a fresh Debian machine with the .NET SDK it first installs what is missing (chromium, fonts, LibreOffice Calc,
# node/npm, NuGet and npm packages). Ends with one line "N passed, N failed, N skipped" read from the TRX results,
# and fails when a test failed or none ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites browser office nginx

dotnet tool restore >/dev/null
dotnet restore LangSon.ThiDua.sln
dotnet build LangSon.ThiDua.sln -c Release --no-restore
bash scripts/sqlserver-script.sh

# The browser tests photograph the pages the user guides show (docs/guides/images): every run refreshes them.
export SCREENSHOT_DIR="${SCREENSHOT_DIR:-$PWD/docs/guides/images}"

results=TestResults
rm -rf "$results"
status=0
# One TRX file per test project, named after it (timestamped default names can collide).
for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

# Crash safety and sustained load, short forms (docs/reliability.md; about a minute and a half on 2 cores): SIGKILL
# during writes three times, then integrity and no lost acknowledged write; 20 s at 50 connections with no error.
# The 5-minute load run is `bash scripts/load-test.sh --record`, its figures are in docs/reliability.md.
bash scripts/crash-test.sh --no-build --cycles 3 || status=1
bash scripts/load-test.sh --no-build --duration 20 --connections 50 || status=1

passed=0 failed=0 skipped=0 total=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    total=$((total + $(get total)))
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    skipped=$((skipped + $(get notExecuted)))
done

if [ "$total" -eq 0 ] || [ "$passed" -eq 0 ]; then
    echo "Không có kiểm thử nào được chạy." >&2
    status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
