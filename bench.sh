#!/usr/bin/env bash
# Builds in Release and runs the benchmarks (see BENCHMARKS.md); --quick runs a small data set to check the harness.
#   ./bench.sh                 100,000 tasks, 300 units
#   ./bench.sh --quick         10,000 tasks, 50 units
#   ./bench.sh --tasks 200000 --units 300
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Portal.App -c Release -v quiet -nologo >/dev/null
dotnet run --project Portal.App -c Release --no-build -- bench --out "$PWD/BENCHMARKS.md" "$@"
