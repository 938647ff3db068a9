#!/usr/bin/env bash
# Packs every package the repository ships into one folder, with one version:
#   WorkPlan.Documents, WorkPlan.Documents.Templates (and their symbol packages);
#   WorkPlan.Documents.Cli, the `workplan` tool, as RID-specific tool packages (a .NET SDK 10 feature):
#     - WorkPlan.Documents.Cli            the pointer package `dotnet tool install` reads first;
#     - WorkPlan.Documents.Cli.<rid>      Native AOT, for this machine's runtime (linux-x64 here; Native AOT cannot
#                                         cross-compile between operating systems, so win-x64 and osx-arm64 are packed
#                                         by the same command on those machines before a release: docs/cli.md);
#     - WorkPlan.Documents.Cli.any        framework-dependent, for every runtime without a native package.
# Usage: tools/pack.sh OUTPUT-FOLDER VERSION [extra dotnet pack arguments]
# Native AOT needs clang and zlib's headers (Debian: clang zlib1g-dev); .ci/run installs them.
set -euo pipefail
if [ "$#" -lt 2 ]; then
  echo "usage: tools/pack.sh OUTPUT-FOLDER VERSION [dotnet pack arguments...]" >&2
  exit 2
fi
out="$(realpath -m "$1")"
version="$2"
shift 2
cd "$(dirname "$0")/.."
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
common=(--configuration Release -p:PackageOutputPath="$out" -p:Version="$version" -nologo "$@")

dotnet pack WorkPlan.Documents.sln "${common[@]}"
dotnet pack src/WorkPlan.Documents.Cli -r any -p:PublishAot=false "${common[@]}"
dotnet pack src/WorkPlan.Documents.Cli -r "$rid" "${common[@]}"
