#!/usr/bin/env bash
# Builds in Release and runs the benchmarks on SQLite and then on a throwaway PostgreSQL (see BENCHMARKS.md).
#   ./bench.sh                     1,000,000 tasks, 100,000 people, 300 units (about 40 minutes on 2 cores)
#   ./bench.sh --quick             10,000 tasks, 2,000 people, 50 units (checks the harness)
#   ./bench.sh --tasks 100000      a province's ten years at a tenth of the national scale
#   ./bench.sh --sqlite-only       skips PostgreSQL
#   ./bench.sh --no-circuits       skips the Blazor circuit memory measurement (200 desks in Chromium)
# The same data set can be generated into any database with:
#   dotnet run --project Portal.App -- generate --provider Postgres --connection "…" --tasks 1000000 --people 100000 --units 300
set -euo pipefail
cd "$(dirname "$0")"
args=()
sqlite_only=false
circuits=true
for a in "$@"; do
  case "$a" in
    --sqlite-only) sqlite_only=true ;;
    --no-circuits) circuits=false ;;
    *) args+=("$a") ;;
  esac
done
dotnet build Portal.App -c Release -v quiet -nologo >/dev/null
# The notes at the end of BENCHMARKS.md (before/after, what misses and why) survive a new run of the figures.
notes=$(mktemp)
sed -n '/^<!-- notes:/,$p' BENCHMARKS.md 2>/dev/null >"$notes" || true
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
if [ "$circuits" = true ]; then
  # Server memory per connected desk: 200 desks opened in Chromium against the app, measured in the app's process.
  PORTAL_BENCH_CIRCUITS=200 PORTAL_BENCH_OUT="$PWD/BENCHMARKS.md" PORTAL_CHROMIUM=/usr/bin/chromium \
    dotnet test --project Portal.Tests -c Release -- --filter-class "*CircuitMemoryTests" >/dev/null || rc=$?
  tail -4 BENCHMARKS.md
fi
if [ -s "$notes" ]; then { echo; cat "$notes"; } >> BENCHMARKS.md; fi
rm -f "$notes"
exit $rc
