#!/usr/bin/env bash
# Builds in Release and runs the benchmarks on SQLite and then on a throwaway PostgreSQL (see BENCHMARKS.md).
#   ./bench.sh                     100,000 tasks, 100,000 people, 300 units
#   ./bench.sh --quick             10,000 tasks, 2,000 people, 50 units (checks the harness)
#   ./bench.sh --tasks 1000000     the national-scale data set
#   ./bench.sh --sqlite-only       skips PostgreSQL
# The same data set can be generated into any database with:
#   dotnet run --project Portal.App -- generate --provider Postgres --connection "…" --tasks 1000000 --people 100000 --units 300
set -euo pipefail
cd "$(dirname "$0")"
args=()
sqlite_only=false
for a in "$@"; do
  if [ "$a" = "--sqlite-only" ]; then sqlite_only=true; else args+=("$a"); fi
done
dotnet build Portal.App -c Release -v quiet -nologo >/dev/null
rc=0
dotnet run --project Portal.App -c Release --no-build -- bench --out "$PWD/BENCHMARKS.md" "${args[@]}" || rc=$?
if [ "$sqlite_only" = false ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; run ./test.sh once (it installs it) or pass --sqlite-only." >&2
    exit 1
  fi
  source .ci/postgres.sh
  dotnet run --project Portal.App -c Release --no-build -- bench --provider Postgres --connection "$PG_CONNECTION" \
    --append --out "$PWD/BENCHMARKS.md" "${args[@]}" || rc=$?
fi
exit $rc
