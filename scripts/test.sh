#!/usr/bin/env bash
# Runs Amparo's whole test suite: installs what is missing (PostgreSQL, Chromium), starts a throwaway
# PostgreSQL cluster on 127.0.0.1, runs every test project against SQLite and PostgreSQL, stops the cluster
# and prints one closing line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

source "$root/scripts/postgres.sh"
install_missing
trap stop_throwaway_postgres EXIT
start_throwaway_postgres || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
work="$pg_work"

export AMPARO_TEST_POSTGRES="$pg_connection"
export AMPARO_SHARED="$root/../shared"

results="$work/results"
status=0
dotnet build Amparo.slnx -nologo -v quiet >"$work/build.log" 2>&1 || status=1
grep -E "error|Build succeeded" "$work/build.log" | sort -u
if [ "$status" -eq 0 ]; then
  for project in tests/*/*.csproj; do
    grep -q "Microsoft.NET.Test.Sdk" "$project" || continue
    name=$(basename "$project" .csproj)
    echo "== $name"
    dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      >"$work/$name.log" 2>&1 || status=1
    grep -E -A 12 "^\s*Failed |Passed!|Failed!|error" "$work/$name.log" | head -n 200
    cat "$work/$name.log" >>"$work/test.log"
  done
fi

passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  t=$(get total); p=$(get passed); f=$(get failed); e=$(get error)
  total=$((total + ${t:-0})); passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
skipped=$((total - passed - failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report.
  grep -E "error|Failed" "$work/build.log" "$work/test.log" 2>/dev/null | tail -n 30
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
