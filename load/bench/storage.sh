# Sourced by the bench scripts: `bench_storage DIR` sets `storage` (the engine's storage settings) for STORAGE =
# sqlite (a file in DIR), postgresql (a database of its own on deploy/postgres/dev-setup.sh's server, whose role may
# create databases; schema applied by the silo at start-up) or memory, and PG_DB; `drop_bench_database` removes it.
PG_ADMIN="Host=127.0.0.1;Port=5432;Username=mfagrains;Password=mfagrains"
PG_DB=""

bench_storage() {
  case "$STORAGE" in
    sqlite) storage=(Storage__ConnectionString="Data Source=$1/mfagrains.db") ;;
    postgresql)
      PG_DB="mfagrains_bench_$(date -u +%Y%m%d%H%M%S)"
      PGPASSWORD=mfagrains psql -h 127.0.0.1 -U mfagrains -d mfagrains -qc "CREATE DATABASE $PG_DB"
      storage=(Storage__Provider=PostgreSql Storage__ApplySchemaOnStart=true Storage__ConnectionString="$PG_ADMIN;Database=$PG_DB")
      ;;
    memory) storage=(Storage__Provider=Memory) ;;
    *) echo "STORAGE is sqlite, postgresql or memory, not '$STORAGE'" >&2; exit 2 ;;
  esac
}

drop_bench_database() {
  [ -z "$PG_DB" ] || PGPASSWORD=mfagrains psql -h 127.0.0.1 -U mfagrains -d mfagrains -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true
}
