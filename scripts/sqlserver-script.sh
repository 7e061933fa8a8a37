#!/usr/bin/env bash
# Checks both providers' migrations against the model, and the idempotent SQL Server script in deploy/
# against the SQL Server migrations. With --update, rewrites the script instead of comparing.
# Expects a Release build (test.sh builds first); run `dotnet build -c Release` before using it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
script=deploy/sqlserver/thidua-idempotent.sql
ef() { dotnet tool run dotnet-ef "$@" --configuration Release --no-build; }

for provider in Sqlite SqlServer; do
    project=src/LangSon.ThiDua.Migrations.$provider
    ef migrations has-pending-model-changes --project "$project" --startup-project "$project" >/dev/null \
        || { echo "Mô hình dữ liệu đã đổi mà chưa có migration cho $provider: dotnet ef migrations add <Tên> -p $project -s $project" >&2; exit 1; }
done

generated=$(mktemp)
trap 'rm -f "$generated"' EXIT
ef migrations script --idempotent --project src/LangSon.ThiDua.Migrations.SqlServer \
    --startup-project src/LangSon.ThiDua.Migrations.SqlServer --output "$generated" >/dev/null

if [ "${1:-}" = "--update" ]; then
    mkdir -p "$(dirname "$script")"
    cp "$generated" "$script"
    echo "Đã cập nhật $script"
elif ! diff -q "$script" "$generated" >/dev/null 2>&1; then
    echo "$script đã cũ so với migrations SQL Server: chạy 'bash scripts/sqlserver-script.sh --update' và commit." >&2
    diff -u "$script" "$generated" | head -40 >&2 || true
    exit 1
else
    echo "Migrations khớp mô hình; $script khớp migrations SQL Server."
fi
