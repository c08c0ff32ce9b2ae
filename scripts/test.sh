#!/usr/bin/env bash
# Runs Amparo's whole test suite: installs what is missing (PostgreSQL, Chromium), starts a throwaway
# PostgreSQL cluster on 127.0.0.1, runs every test project against SQLite and PostgreSQL, stops the cluster
# and prints one closing line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

install_missing() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  # PostGIS is optional today; install it when the distribution has it.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15-postgis-3 >/dev/null 2>&1 || true
}

free_port() {
  local port
  while :; do
    port=$(( (RANDOM % 20000) + 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

install_missing
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/amparo-test.XXXXXX)
chmod 755 "$work"
port=$(free_port)
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$work"
  as_postgres=(runuser -u postgres --)
fi

stop_cluster() {
  "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
}
trap stop_cluster EXIT

"${as_postgres[@]}" "$pgbin/initdb" -D "$work/pg" -U postgres -A trust --no-sync >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
"${as_postgres[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$work/pg.log"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

export AMPARO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
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
