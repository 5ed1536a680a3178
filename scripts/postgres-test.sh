#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the ledger's tests (ENVIRONMENT.md's recipe).
#   export TALLY_TEST_PG="$(scripts/postgres-test.sh start)"   # installs if missing, starts, prints the connection string
#   scripts/postgres-test.sh stop                              # stops the server and removes its data
# The server runs as the postgres user (initdb refuses root), trusts local connections, and keeps
# its data under $TALLY_PG_DIR (default /tmp/tally-pg); fsync is off, since the data is thrown away.
set -euo pipefail

PORT="${TALLY_PG_PORT:-54329}"
DIR="${TALLY_PG_DIR:-/tmp/tally-pg}"
CONNECTION="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"

log() { echo "postgres-test: $*" >&2; }

bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
  if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
    log "installing Debian's postgresql package"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
}

start() {
  install_if_missing
  local bin; bin="$(bin_dir)"
  if [ -f "$DIR/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    log "already running on port $PORT"
  else
    rm -rf "$DIR"
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
    as_postgres "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    as_postgres "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    log "started on 127.0.0.1:$PORT (data in $DIR; stop with: $0 stop)"
  fi
  echo "$CONNECTION"
}

stop() {
  local bin; bin="$(bin_dir)"
  if [ -n "$bin" ] && [ -d "$DIR/data" ]; then
    as_postgres "$bin/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  log "stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
