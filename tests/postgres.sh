#!/usr/bin/env bash
# A private PostgreSQL for the test suite, on loopback only, in a temporary folder, trusted for the local user "alerts"
# and gone without a trace when stopped.
#   tests/postgres.sh start   prints the connection string (Host=127.0.0.1;Port=…;Username=alerts;Database=postgres)
#                             and leaves the folder's path in tests/.postgres-dir
#   tests/postgres.sh stop    stops the server and removes its folder
# initdb refuses to run as root, so as root the server runs as the "postgres" user. Exit code 3: no PostgreSQL here.
set -uo pipefail
cd "$(dirname "$0")"
state=.postgres-dir

as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

find_bin() {
  for dir in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

case "${1:-}" in
  start)
    bin=$(find_bin) || { echo "PostgreSQL server binaries (initdb, pg_ctl) not found" >&2; exit 3; }
    dir=$(mktemp -d /tmp/alerts-pg-XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U alerts -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    # Loopback only; enough connections for several Hosts and the parallel tests; durability off: it is thrown away.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
    echo "$dir" > "$state"
    echo "Host=127.0.0.1;Port=$port;Username=alerts;Database=postgres"
    ;;
  stop)
    [ -f "$state" ] || exit 0
    dir=$(cat "$state")
    bin=$(find_bin) && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$dir" "$state"
    ;;
  *)
    echo "usage: tests/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
