#!/usr/bin/env bash
# Starts a local Amparo cluster: N silos (3 by default) on loopback ports, sharing one PostgreSQL database, for
# trying and testing the cluster. Without --connection it starts a throwaway PostgreSQL server first (as the test
# command does). The first silo seeds the demo and runs its simulated devices; every silo has its own HTTP,
# device and Orleans ports (printed). Ctrl-C stops everything.
#
#   ./scripts/cluster.sh [--silos N] [--connection "Host=…;Database=…"] [--configuration Release|Debug] [-- server options…]
#
# Options after "--" go to every silo (e.g. -- --Amparo:Listeners:Tcp:MaxConnectionsPerAddress=100000).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
silos=3
connection=""
configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos="$2"; shift 2 ;;
    --connection) connection="$2"; shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--silos N] [--connection CONNECTION] [--configuration Release|Debug] [-- server options]" >&2; exit 2 ;;
  esac
done

source "$root/scripts/postgres.sh"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  stop_throwaway_postgres
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if [ -z "$connection" ]; then
  install_missing
  # Each silo keeps its own connection pools (up to 100 connections each): room for them all.
  PG_MAX_CONNECTIONS=$((200 * silos + 100))
  start_throwaway_postgres || exit 1
  connection="${pg_connection/Database=postgres/Database=amparo}"
  "${pg_as_postgres[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE amparo" || exit 1
fi

dotnet build src/Amparo.Server -c "$configuration" -nologo -v quiet || exit 1
server="$root/src/Amparo.Server/bin/$configuration/net10.0/Amparo.Server.dll"
logs=$(mktemp -d /tmp/amparo-cluster.XXXXXX)

for n in $(seq 1 "$silos"); do
  # Silo n: HTTP 808n, Orleans 1111n/3000n, devices 5n00+ (GT06 5n23, H02 5n13, watch 5n93, Teltonika 5n27, OsmAnd 5n55).
  demo=(--Amparo:Demo:Enabled=true "--Amparo:Demo:Simulate=$([ "$n" -eq 1 ] && echo true || echo false)")
  dotnet "$server" \
    --Amparo:Database:Provider=Postgres "--Amparo:Database:ConnectionString=$connection" \
    --Amparo:Orleans:Clustering=Database "--Amparo:Orleans:SiloPort=1111$n" "--Amparo:Orleans:GatewayPort=3000$n" \
    "--Amparo:Http:Port=808$n" "--Amparo:Listeners:Tcp:Ports:gt06=5${n}23" "--Amparo:Listeners:Tcp:Ports:h02=5${n}13" \
    "--Amparo:Listeners:Tcp:Ports:watch=5${n}93" "--Amparo:Listeners:Tcp:Ports:teltonika=5${n}27" \
    "--Amparo:Listeners:OsmAnd:Port=5${n}55" "${demo[@]}" "$@" >"$logs/silo$n.log" 2>&1 &
  pids+=($!)
  # One at a time: the first migrates the database and seeds the demo before the others join.
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:808$n/health/ready" >/dev/null 2>&1 && break
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "Silo $n exited:"; tail -n 30 "$logs/silo$n.log"; exit 1; }
    sleep 1
  done
  echo "Silo $n ready: http://127.0.0.1:808$n/  (GT06 5${n}23, OsmAnd 5${n}55; log $logs/silo$n.log)"
done

echo "Cluster of $silos silos on $connection. Ctrl-C stops it."
wait
