#!/usr/bin/env bash
# Development/CI PostgreSQL for MfaGrains' cluster mode: installs the server if missing, starts it,
# and creates the role and database if missing. Idempotent; needs root (apt-get, runuser);
# no prompts. Prints the Npgsql connection string it set up as its last line.
#
#   deploy/postgres/dev-setup.sh            # role/db/password mfagrains on 127.0.0.1:5432
#
# Overrides: MFAGRAINS_PG_USER, MFAGRAINS_PG_PASSWORD, MFAGRAINS_PG_DATABASE.
# The role gets CREATEDB because the PostgreSQL tests create (and drop) a database per run.
# The schema itself is a separate step: deploy/sql/postgresql/apply.sh.
set -euo pipefail

user="${MFAGRAINS_PG_USER:-mfagrains}"
password="${MFAGRAINS_PG_PASSWORD:-mfagrains}"
database="${MFAGRAINS_PG_DATABASE:-mfagrains}"

log() { printf 'dev-setup: %s\n' "$*" >&2; }

if [[ $EUID -ne 0 ]]; then
    log "must run as root (it installs packages and switches to the postgres OS user)"
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]]; then
    log "installing PostgreSQL with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

# Newest installed major version; Debian 12 ships 15.
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"

# Container images sometimes install the packages without creating the default cluster.
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $version/main"
    pg_createcluster "$version" main >/dev/null
fi

port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')"
if [[ "$status" != online* ]]; then
    log "starting cluster $version/main on port $port"
    # pg_ctlcluster rather than systemctl: CI and containers have no systemd.
    pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "PostgreSQL on 127.0.0.1:$port did not become ready"; exit 1; }

# Run from / so psql does not complain that the postgres user cannot enter the caller's directory.
as_postgres() { (cd / && runuser -u postgres -- psql -p "$port" -X -q -v ON_ERROR_STOP=1 "$@"); }

# psql's :'var' quoting keeps the password and names safe inside the statements.
as_postgres -d postgres -v user="$user" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
-- Re-running resets the password and privileges to the ones asked for.
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SQL

as_postgres -d postgres -v user="$user" -v database="$database" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL

connection="Host=127.0.0.1;Port=$port;Database=$database;Username=$user;Password=$password"
log "ready: $database on 127.0.0.1:$port as $user"
echo "$connection"
