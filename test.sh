#!/usr/bin/env bash
# Runs every test of Portal on a fresh machine of this kind:
#   1. installs what the tests need (postgresql, chromium) with apt when missing,
#   2. starts a throwaway PostgreSQL cluster on a free loopback port,
#   3. checks the formatting (dotnet format --verify-no-changes against .editorconfig) and runs the whole test project
#      (domain, data on SQLite and PostgreSQL, bUnit, Playwright in Chromium),
#   4. stops the cluster, prints "N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log "Starting a throwaway PostgreSQL"
source .ci/postgres.sh

export PORTAL_TEST_PG="$PG_CONNECTION"
export PORTAL_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "Checking the formatting (.editorconfig)"
format_failed=0
if ! timeout 15m dotnet format Portal.sln --verify-no-changes --verbosity quiet; then
  format_failed=1
  echo "The code is not formatted as .editorconfig says: run 'dotnet format Portal.sln' and commit the result."
fi

log "Running the tests"
out="$PGDIR/test-output.txt"
set +e
timeout 60m dotnet test --project Portal.Tests/Portal.Tests.csproj 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
set -e

summary=$(sed 's/\x1b\[[0-9;]*m//g' "$out")
count() { printf '%s\n' "$summary" | grep -E "^[[:space:]]+$1:[[:space:]]+[0-9]+" | tail -1 | awk '{print $2}'; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # build error, crash or time-out: no test summary
failed=$((failed + format_failed))                              # the formatting check counts as one test
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo
echo "$line"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
