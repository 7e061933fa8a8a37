#!/usr/bin/env bash
# Online backup of the portal's SQLite database and attachment folder into one folder with a manifest (docs/backup.md).
#   bash scripts/backup.sh [--to DIR] [--data DATADIR]
# DATADIR: the portal's data folder (default: $DataDirectory, else ./data as scripts/run.sh uses); DIR defaults to
# DATADIR/backups/yyyyMMdd-HHmmss (UTC). The portal may keep running. Exit code 0 on success, 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/maintenance-common.sh"
run_maintenance backup "$@"
