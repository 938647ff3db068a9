#!/usr/bin/env bash
# Reruns every measurement of docs/performance.md on this machine and writes the reports to artifacts/benchmarks/:
#   BenchmarkDotNet (default job) for the pipeline at 1x and 10x (the floors, the zip, NPOI, HTML) and its stages;
#   short job for scaling; the harness for cold start (fresh processes: the JIT and Native AOT tool, the ReadyToRun
#   QuickStart sample, the web sample's first request), peak memory of one render (1x and 100x) and bulk batches.
# Takes about 25 minutes on 2 cores (packing the native tool and publishing the samples included). Run it on a quiet
# machine: `uptime` load average well below the core count.
# Quick look instead (whole BenchmarkDotNet suite in under three minutes, rough figures):
#   dotnet run -c Release --project benchmarks/WorkPlan.Documents.Benchmarks -- --filter '*' --quick
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/artifacts/benchmarks"
mkdir -p "$out"
{ date -u; uptime; nproc; dotnet --version; uname -sr; } > "$out/machine.txt"

dotnet build -c Release benchmarks/WorkPlan.Documents.Benchmarks >/dev/null
dotnet build -c Release benchmarks/WorkPlan.Documents.Harness >/dev/null
bench=benchmarks/WorkPlan.Documents.Benchmarks/bin/Release/net10.0/WorkPlan.Documents.Benchmarks.dll
harness=benchmarks/WorkPlan.Documents.Harness/bin/Release/net10.0/WorkPlan.Documents.Harness.dll

# The processes cold start measures: the native tool, and the samples built against freshly packed packages.
version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
tools/pack.sh samples/packages "$version" >/dev/null
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
native="$root/src/WorkPlan.Documents.Cli/bin/Release/net10.0/$rid/publish/workplan"
dotnet publish samples/QuickStart -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -p:WorkPlanPackageVersion="$version" -o "$out/bin/quickstart" >/dev/null
dotnet publish samples/WebApi -c Release -p:WorkPlanPackageVersion="$version" -o "$out/bin/webapi" >/dev/null
dotnet "$bench" scaled 100 "$out/bin/year-100x.json"

# In process: the out-of-process toolchain's shared OutDir clashes with the template generator's build (docs/performance.md, "ND30 lint").
dotnet "$bench" --filter '*ComparisonBenchmarks*' '*StageBenchmarks*' '*LintBenchmarks*' '*GeneratorBenchmarks*' --maxIterationCount 20 --inProcess --artifacts "$out/bdn" "$@"
dotnet "$bench" --filter '*ScalingBenchmarks*' --job short --inProcess --artifacts "$out/bdn" "$@"
dotnet "$harness" cold-start --runs 10 --formats docx,html \
  --targets baseline,baseline-native,api,cli,cli-native,check,check-native,quickstart,webapi \
  --cli-native "$native" --quickstart "$out/bin/quickstart/QuickStart" --webapi "$out/bin/webapi/WebApi" | tee "$out/cold-start.md"
dotnet "$harness" peak --inputs "$out/bin/year-100x.json" | tee "$out/peak.md"
dotnet "$harness" bulk --counts 10,100,1000,3000 | tee "$out/bulk.md"
uptime >> "$out/machine.txt"
