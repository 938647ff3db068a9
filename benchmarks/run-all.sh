#!/usr/bin/env bash
# Reruns every measurement of docs/performance.md on this machine and writes the reports to artifacts/benchmarks/:
#   BenchmarkDotNet (default job) for the pipeline, its stages, the floor, the zip and NPOI; short job for scaling;
#   the harness for cold start (fresh processes) and bulk (workplan render batches, GNU time for peak memory).
# Takes about 12 minutes on 2 cores (default job capped at 20 iterations). Run it on a quiet machine: `uptime` load average well below the core count.
# Quick look instead (whole BenchmarkDotNet suite in under three minutes, rough figures):
#   dotnet run -c Release --project benchmarks/WorkPlan.Documents.Benchmarks -- --filter '*' --quick
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(pwd)/artifacts/benchmarks"
mkdir -p "$out"
{ date -u; uptime; nproc; dotnet --version; uname -sr; } > "$out/machine.txt"

dotnet build -c Release benchmarks/WorkPlan.Documents.Benchmarks >/dev/null
dotnet build -c Release benchmarks/WorkPlan.Documents.Harness >/dev/null
bench=benchmarks/WorkPlan.Documents.Benchmarks/bin/Release/net10.0/WorkPlan.Documents.Benchmarks.dll
harness=benchmarks/WorkPlan.Documents.Harness/bin/Release/net10.0/WorkPlan.Documents.Harness.dll

dotnet "$bench" --filter '*ComparisonBenchmarks*' '*StageBenchmarks*' --maxIterationCount 20 --artifacts "$out/bdn" "$@"
dotnet "$bench" --filter '*ScalingBenchmarks*' --job short --artifacts "$out/bdn" "$@"
dotnet "$harness" cold-start --runs 10 | tee "$out/cold-start.md"
dotnet "$harness" bulk --counts 10,100,1000,3000 | tee "$out/bulk.md"
uptime >> "$out/machine.txt"
