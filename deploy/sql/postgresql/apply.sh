#!/usr/bin/env bash
# Applies MfaGrains' PostgreSQL schema (01-*.sql .. 05-*.sql beside this script) in one
# transaction. Idempotent: re-running changes nothing but the stored query texts.
#
#   ConnectionStrings__mfa='Host=db;Port=5432;Database=mfagrains;Username=mfagrains;Password=…' \
#       deploy/sql/postgresql/apply.sh
#
# The connection comes from ConnectionStrings__mfa, the variable the silos and APIs read, in
# either form:
#   * Npgsql keywords (what the .NET processes need): Host/Server, Port, Database, Username
#     (or User ID/User), Password, SSL Mode; other keywords (pool sizes, timeouts) are ignored.
#     Values may not contain ';' here.
#   * a libpq URI (postgresql://user:password@host:port/db?sslmode=require), passed to psql as is.
# Unset, it defaults to the database that deploy/postgres/dev-setup.sh creates.
# Needs psql (Debian: postgresql-client).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dev_default='Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=mfagrains'
connection="${ConnectionStrings__mfa:-}"
if [[ -z "$connection" ]]; then
    echo "apply.sh: ConnectionStrings__mfa is not set; using the dev-setup.sh database" >&2
    connection="$dev_default"
fi

trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }

target=()
if [[ "$connection" =~ ^postgres(ql)?:// ]]; then
    target=(--dbname "$connection")
else
    # Npgsql keywords become libpq environment variables, which keeps passwords with spaces
    # or quotes intact and out of the process list.
    IFS=';' read -ra pairs <<<"$connection"
    for pair in "${pairs[@]}"; do
        [[ "$pair" == *=* ]] || continue
        key="$(trim "${pair%%=*}")"
        value="$(trim "${pair#*=}")"
        case "${key,,}" in
            host | server) export PGHOST="$value" ;;
            port) export PGPORT="$value" ;;
            database | db) export PGDATABASE="$value" ;;
            username | "user id" | userid | user | uid) export PGUSER="$value" ;;
            password | pwd | psw) export PGPASSWORD="$value" ;;
            "ssl mode" | sslmode) export PGSSLMODE="${value,,}" ;;
        esac
    done
    if [[ -z "${PGHOST:-}" || -z "${PGDATABASE:-}" ]]; then
        echo "apply.sh: ConnectionStrings__mfa needs at least Host and Database" >&2
        exit 2
    fi
fi

# Re-runs would print a NOTICE per existing table ("already exists, skipping"); only warnings matter here.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

files=("$here"/[0-9][0-9]-*.sql)
args=(--no-psqlrc --quiet --set ON_ERROR_STOP=1 --single-transaction)
for file in "${files[@]}"; do
    args+=(--file "$file")
done

psql "${target[@]}" "${args[@]}"
echo "apply.sh: applied ${#files[@]} schema files to ${PGDATABASE:-the database in the URI}" >&2
