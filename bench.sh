#!/usr/bin/env bash
# Builds in Release and runs the benchmarks on SQLite and then on a throwaway PostgreSQL (see BENCHMARKS.md).
#   ./bench.sh                     1,000,000 tasks, 100,000 people, 300 units (about 40 minutes on 2 cores)
#   ./bench.sh --quick             10,000 tasks, 2,000 people, 50 units (checks the harness)
#   ./bench.sh --tasks 100000      a province's ten years at a tenth of the national scale
#   ./bench.sh --sqlite-only       skips PostgreSQL
#   ./bench.sh --no-circuits       skips the Blazor circuit memory measurement (200 desks in Chromium)
#   ./bench.sh --no-navigation     skips navigation → interactive in Chromium on the PostgreSQL province
# The same data set can be generated into any database with:
#   dotnet run --project Portal.App -- generate --provider Postgres --connection "…" --tasks 1000000 --people 100000 --units 300
set -euo pipefail
cd "$(dirname "$0")"
args=()
sqlite_only=false
circuits=true
navigation=true
for a in "$@"; do
  case "$a" in
    --sqlite-only) sqlite_only=true ;;
    --no-circuits) circuits=false ;;
    --no-navigation) navigation=false ;;
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
  if [ "$navigation" = true ]; then
    # Navigation → interactive desk and task page in Chromium, on the province just measured: the app published and
    # started alone in Production (its cached, fingerprinted assets as installed; Chromium keeps the secure sign-in cookie
    # on a loopback address), signed in as the busiest unit's leader (the account the bench made), no scheduler.
    files=$(mktemp -d)
    dotnet publish Portal.App -c Release -o "$files/publish" -v quiet -nologo >/dev/null
    app_port=5600
    while (echo >"/dev/tcp/127.0.0.1/$app_port") 2>/dev/null; do app_port=$((app_port + 1)); done
    ASPNETCORE_URLS="http://127.0.0.1:$app_port" ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
      ConnectionStrings__Portal="$PG_CONNECTION" Seed__Demo=false Scheduler__Enabled=false Files__Folder="$files/files" \
      bash -c 'cd "$0" && exec dotnet Portal.App.dll' "$files/publish" >"$files/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
      (echo >"/dev/tcp/127.0.0.1/$app_port") 2>/dev/null && break
      sleep 0.5
    done
    PORTAL_BENCH_APP_URL="http://127.0.0.1:$app_port" PORTAL_BENCH_USER=bench-desk PORTAL_BENCH_PASSWORD='Bench@2026-desk' \
      PORTAL_BENCH_NAVIGATIONS=40 PORTAL_BENCH_OUT="$PWD/BENCHMARKS.md" PORTAL_CHROMIUM=/usr/bin/chromium \
      dotnet test --project Portal.Tests -c Release -- --filter-method "*Desk_and_task_page_become_interactive*" >"$files/test.log" || {
        rc=1
        tail -40 "$files/test.log" "$files/app.log" >&2
      }
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    rm -rf "$files"
  fi
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
