#!/usr/bin/env bash
# A local MfaGrains cluster on this machine: 3 silos and 2 stateless API instances on loopback, on PostgreSQL.
#
#   deploy/local-cluster.sh up      # apply the schema, build once, start, wait until both APIs are ready,
#                                   # then print the two API base URLs, one per line, last
#   deploy/local-cluster.sh down    # stop every process it started
#   deploy/local-cluster.sh build   # only the Release build the processes run from (src/<project>/bin/Release/net10.0)
#
# PostgreSQL comes from ConnectionStrings__mfa (Npgsql keyword form); unset, the database that
# deploy/postgres/dev-setup.sh creates. Each process's pid and log are under .cluster/ (silo-1.pid, api-1.log, ...).
# Processes run in the Development environment, so the development keys in appsettings.Development.json apply.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
state="$root/.cluster"
export ConnectionStrings__mfa="${ConnectionStrings__mfa:-Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=mfagrains}"
cluster_id="${MFAGRAINS_CLUSTER_ID:-mfagrains-local}"
silos="${MFAGRAINS_SILOS:-3}"
apis="${MFAGRAINS_APIS:-2}"
ready_within="${MFAGRAINS_READY_WITHIN:-180}"

log() { printf 'local-cluster: %s\n' "$*" >&2; }

# Sets $port to the first port from $1 on that nothing accepts connections on and that this script has not handed
# out yet. Not called in a subshell, so the record of handed-out ports survives.
handed_out=" "
free_port() {
    port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || [[ "$handed_out" == *" $port "* ]]; do
        port=$((port + 1))
    done
    handed_out+="$port "
}

running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

start() {
    local name=$1 project=$2 http_port=$3
    shift 3
    (
        cd "$root/src/$project/bin/Release/net10.0"
        exec env ASPNETCORE_ENVIRONMENT=Development Storage__Provider=PostgreSql Storage__ConnectionString="$ConnectionStrings__mfa" \
            Orleans__ClusterId="$cluster_id" "$@" \
            dotnet "$project.dll" --urls "http://127.0.0.1:$http_port"
    ) >"$state/$name.log" 2>&1 &
    echo $! >"$state/$name.pid"
    echo "http://127.0.0.1:$http_port" >"$state/$name.url"
    log "started $name (pid $!) on http://127.0.0.1:$http_port"
}

wait_ready() {
    local name=$1 url deadline=$((SECONDS + ready_within))
    url="$(cat "$state/$name.url")"
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true)" == 200 ]]; do
        if ! running "$state/$name.pid"; then
            log "$name exited; the end of its log:"; tail -n 30 "$state/$name.log" >&2; exit 1
        fi
        if ((SECONDS > deadline)); then
            log "$name was not ready within ${ready_within}s; see $state/$name.log"; exit 1
        fi
        sleep 1
    done
}

build() {
    log "building (Release)"
    dotnet build -c Release -v quiet -nologo "$root/src/MfaGrains.Silo/MfaGrains.Silo.csproj" >&2
    dotnet build -c Release -v quiet -nologo "$root/src/MfaGrains.Api/MfaGrains.Api.csproj" >&2
}

up() {
    mkdir -p "$state"
    for pid in "$state"/*.pid; do
        if running "$pid"; then log "already running ($(basename "$pid" .pid)); run '$0 down' first"; exit 1; fi
    done
    rm -f "$state"/*.pid "$state"/*.url

    "$root/deploy/sql/postgresql/apply.sh" >&2
    build

    local http silo gateway
    for i in $(seq 1 "$silos"); do
        free_port 5180; http=$port
        free_port 11111; silo=$port
        free_port 30000; gateway=$port
        start "silo-$i" MfaGrains.Silo "$http" Orleans__SiloPort="$silo" Orleans__GatewayPort="$gateway" Orleans__AdvertisedIPAddress=127.0.0.1
    done
    for i in $(seq 1 "$silos"); do wait_ready "silo-$i"; done
    for i in $(seq 1 "$apis"); do
        free_port 5081; http=$port
        start "api-$i" MfaGrains.Api "$http" Hosting__Role=Client
    done
    for i in $(seq 1 "$apis"); do wait_ready "api-$i"; done
    for i in $(seq 1 "$apis"); do cat "$state/api-$i.url"; done
}

down() {
    [[ -d "$state" ]] || return 0
    for pid in "$state"/*.pid; do
        [[ -f "$pid" ]] || continue
        if running "$pid"; then kill "$(cat "$pid")" 2>/dev/null || true; fi
    done
    for pid in "$state"/*.pid; do
        [[ -f "$pid" ]] || continue
        for _ in $(seq 1 30); do running "$pid" || break; sleep 1; done
        if running "$pid"; then kill -9 "$(cat "$pid")" 2>/dev/null || true; fi
        log "stopped $(basename "$pid" .pid)"
        rm -f "$pid"
    done
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    build) build ;;
    *) echo "usage: $0 up|down|build" >&2; exit 2 ;;
esac
