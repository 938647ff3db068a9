#!/usr/bin/env bash
# The template source generator end to end, through the packed WorkPlan.Documents.Templates package (called by
# .ci/run after the samples' build; runnable by hand with a version packed into a folder):
#   bash .ci/template-generator-check.sh VERSION PACKAGES_DIR
# 1. a copy of samples/TemplateAuthor with one deliberately broken template (a misspelt member on line 9) must fail
#    `dotnet build` with exactly one WPT diagnostic, the expected one, at the expected file(line,col);
# 2. the copy with the template fixed must build, and run with its Templates folder deleted from the project and the
#    output, in another working directory, rendering the override (the "ĐỊA ĐIỂM" column the program checks for).
set -euo pipefail
cd "$(dirname "$0")/.."
version="$1"
packages="$2"
expected='Templates/signature.sbn-html(9,37): error WPT0003: "signer_nme"'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app="$work/TemplateAuthor"
# The samples' build settings, and a nuget.config naming the packed packages by absolute path.
cp samples/Directory.Build.props samples/Directory.Build.targets samples/Directory.Packages.props "$work/"
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="workplan-local-packages" value="$packages" />
  </packageSources>
</configuration>
CONFIG
mkdir -p "$app"
cp -r samples/TemplateAuthor/Templates samples/TemplateAuthor/*.cs samples/TemplateAuthor/*.csproj "$app/"

# 1. Broken: the default signature partial with the member signer_name misspelt on line 9, column 37 (the issue's
#    example): the template checker in the compiler names it and suggests signer_name.
sed 's/{{ signature\.signer_name }}/{{ signature.signer_nme }}/' src/WorkPlan.Documents.Templates/Nd30/signature.sbn-html > "$app/Templates/signature.sbn-html"
if dotnet build "$app" --configuration Release -p:WorkPlanPackageVersion="$version" > "$work/broken.log" 2>&1; then
  cat "$work/broken.log"
  echo "FAILED: the build with a broken template succeeded" >&2
  exit 1
fi
# MSBuild prints each error twice (as it happens and in the summary); keep one of each, without the project suffix,
# with the path relative to the project folder (the compiler prints the additional file's full path).
mapfile -t diagnostics < <(grep -o '[^ ]*([0-9]*,[0-9]*): [a-z]* WPT[0-9]*:.*' "$work/broken.log" | sed -e 's/ \[[^]]*\]$//' -e "s|^$app/||" | sort -u)
if [ "${#diagnostics[@]}" -ne 1 ] || [[ "${diagnostics[0]}" != "$expected"* ]]; then
  cat "$work/broken.log"
  printf 'got: %s\n' "${diagnostics[@]}" >&2
  echo "FAILED: expected exactly one diagnostic starting \"$expected\"" >&2
  exit 1
fi
echo "broken template reported: ${diagnostics[0]}"

# 2. Fixed: the override removed again; the build succeeds and the app needs no template file at run time.
rm "$app/Templates/signature.sbn-html"
dotnet build "$app" --configuration Release -p:WorkPlanPackageVersion="$version" > "$work/fixed.log" 2>&1 \
  || { cat "$work/fixed.log"; echo "FAILED: the fixed copy does not build" >&2; exit 1; }
rm -rf "$app/Templates"
output="$app/bin/Release/net10.0"
if find "$output" -name '*.sbn-html' -o -name 'nd30.css' -o -name 'schedule-columns.json' | grep -q .; then
  echo "FAILED: template files were copied to the output" >&2
  exit 1
fi
mkdir -p "$work/elsewhere"
(cd "$work/elsewhere" && dotnet "$output/TemplateAuthor.dll" "$work/out") \
  || { echo "FAILED: the fixed copy did not render its override" >&2; exit 1; }
test -s "$work/out/chuong-trinh-co-dia-diem.docx"
grep -q 'ĐỊA ĐIỂM' "$work/out/chuong-trinh-co-dia-diem.html"
echo "fixed copy built and rendered its embedded override"
