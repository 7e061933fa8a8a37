#!/usr/bin/env bash
# Checks both providers' migrations against the model, both providers' compiled models (CompiledModel/ in each
# migrations project, which the portal runs with: docs/performance.md "Cold start") against the code, and the
# idempotent SQL Server script in deploy/ against the SQL Server migrations. With --update, rewrites the compiled
# models and the script instead of comparing.
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

generated=$(mktemp) models=$(mktemp -d)
trap 'rm -rf "$generated" "$models"' EXIT
stale=0
for provider in Sqlite SqlServer; do
    project=src/LangSon.ThiDua.Migrations.$provider
    ef dbcontext optimize --project "$project" --startup-project "$project" --output-dir "$models/$provider" \
        --namespace "LangSon.ThiDua.Migrations.$provider.CompiledModel" >/dev/null
    if [ "${1:-}" = "--update" ]; then
        rm -rf "$project/CompiledModel" && cp -r "$models/$provider" "$project/CompiledModel"
        echo "Đã cập nhật $project/CompiledModel"
    # The model's id is a new random Guid at each generation: the only line allowed to differ.
    elif ! diff -r -q -I 'modelId: new Guid' "$project/CompiledModel" "$models/$provider" >/dev/null; then
        echo "$project/CompiledModel đã cũ so với mô hình:" \
            "chạy 'bash scripts/sqlserver-script.sh --update' và commit." >&2
        diff -r -u -I 'modelId: new Guid' "$project/CompiledModel" "$models/$provider" | head -40 >&2 || true
        stale=1
    fi
done
[ "$stale" = 0 ] || exit 1
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
    echo "Migrations và mô hình biên dịch sẵn khớp mô hình; $script khớp migrations SQL Server."
fi
