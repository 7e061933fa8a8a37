#!/usr/bin/env bash
# Starts the portal on the embedded SQLite database with demo data at http://localhost:5080.
# The data folder (database, attachments, logs) is ./data unless DataDirectory says otherwise;
# an empty folder gives a fresh, migrated and seeded instance.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites browser

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
export DataDirectory="${DataDirectory:-$PWD/data}"
exec dotnet run --project src/LangSon.ThiDua.Web -c Release --no-launch-profile
