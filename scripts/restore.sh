#!/usr/bin/env bash
# Restores a backup folder made by scripts/backup.sh into a data folder (docs/backup.md).
#   bash scripts/restore.sh --from DIR [--data DATADIR] [--force]
# Stop the portal that uses DATADIR first. Every file is checked against the manifest's SHA-256 before anything is
# copied; a data folder that already holds a database is refused unless --force, which moves the old files to
# DATADIR/before-restore-<time>/ (nothing is deleted). Exit code 0 on success, 1 otherwise.
set -euo pipefail
source "$(dirname "$0")/maintenance-common.sh"
run_maintenance restore "$@"
