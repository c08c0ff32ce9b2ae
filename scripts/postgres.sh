# Sourced by test.sh and cluster.sh: installs what is missing (PostgreSQL, Chromium) and starts a throwaway
# PostgreSQL cluster on 127.0.0.1 in a temporary folder. After start_throwaway_postgres: $pg_work, $pg_port,
# $pg_connection; stop_throwaway_postgres stops it (as a crash would: the folder is thrown away).

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

pg_as_postgres=()

stop_throwaway_postgres() {
  [ -n "${pg_work:-}" ] || return 0
  "${pg_as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_work/pg" -m immediate stop >/dev/null 2>&1 || true
}

# Returns non-zero (after printing PostgreSQL's own log) when the cluster cannot be created or started.
start_throwaway_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_work=$(mktemp -d /tmp/amparo-pg.XXXXXX)
  chmod 755 "$pg_work"
  pg_port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pg_work"
    pg_as_postgres=(runuser -u postgres --)
  fi
  "${pg_as_postgres[@]}" "$pg_bin/initdb" -D "$pg_work/pg" -U postgres -A trust --no-sync >"$pg_work/initdb.log" 2>&1 \
    || { cat "$pg_work/initdb.log"; return 1; }
  "${pg_as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_work/pg" -l "$pg_work/pg.log" -w \
    -o "-p $pg_port -k $pg_work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=${PG_MAX_CONNECTIONS:-300}" start >/dev/null \
    || { cat "$pg_work/pg.log"; return 1; }
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
}
