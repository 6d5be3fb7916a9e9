# Sourced by test.sh and bench.sh: starts a throwaway PostgreSQL cluster on a free loopback port, sets PG_CONNECTION,
# and stops and removes it when the calling script exits.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
chmod 755 "$PGDIR"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PGDIR"
  run_pg() { runuser -u postgres -- "$@"; }
else
  run_pg() { "$@"; }
fi
cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
run_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
port=54330
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start \
  -o "-p $port -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
echo "PostgreSQL listening on 127.0.0.1:$port"
PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
