#!/usr/bin/env bash
# Memory per active user + device pair in the engine process (docs/benchmarks.md): seeds N users, restarts the engine
# so no grain is active, takes a GC heap dump (dotnet-gcdump forces a full collection first), signs every user in once
# (activating its user grain, and its device grain for the API's key lookup), and dumps the heap again. The difference
# over N is the cost of one active pair; the process's resident set size is read beside it. SETTLE waits that many
# seconds before the second dump: past the device grain's two-minute collection age, what a surge holds per person
# once their phone's key is cached in the API.
#
#   USERS=5000 RATE=100 load/bench/memory.sh          # needs dotnet-gcdump: dotnet tool install -g dotnet-gcdump
#   SETTLE=200 USERS=3000 RATE=200 load/bench/memory.sh
#   TYPES=1 USERS=3000 RATE=200 load/bench/memory.sh  # also each type's bytes and objects per pair, from full heap
#                                                     # dumps (needs dotnet-dump): on .NET 10 a gcdump's type list
#                                                     # loses events on large heaps, a heap dump does not
set -euo pipefail
cd "$(dirname "$0")/../.."

USERS=${USERS:-5000}
RATE=${RATE:-100}
PORT=${PORT:-5080}
ENGINE_ROOT=${ENGINE_ROOT:-.}
OUT=${OUT:-load/reports/memory-$(date -u +%Y%m%dT%H%M%SZ)}
TARGET="http://127.0.0.1:$PORT"
DB_DIR=$(mktemp -d)
GCDUMP=${GCDUMP:-$HOME/.dotnet/tools/dotnet-gcdump}
DOTNET_DUMP=${DOTNET_DUMP:-$HOME/.dotnet/tools/dotnet-dump}
LOAD=(dotnet run -c Release --no-build --project load/MfaGrains.Load --)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
ENGINE_ROOT=$(cd "$ENGINE_ROOT" && pwd)

dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo
dotnet build -c Release load/MfaGrains.Load -v q -nologo

ENGINE=""
start_engine() {
  # From the project folder, so the host finds its appsettings; exec keeps the pid the engine's own.
  (cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development \
    Storage__ConnectionString="Data Source=$DB_DIR/mfagrains.db" \
    Mfa__Limits__SignInsPerWindow=1000 \
    Mfa__Limits__SignInWindow=00:00:10 \
    dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >>"$OUT/engine.log" 2>&1) &
  ENGINE=$!
  for _ in $(seq 1 120); do
    curl -sf "$TARGET/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "engine did not start; see $OUT/engine.log" >&2
  exit 2
}
stop_engine() {
  [ -z "$ENGINE" ] && return 0
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  ENGINE=""
}
cleanup() { stop_engine; rm -rf "$DB_DIR"; }
trap cleanup EXIT

# The GC heap left after the full collection a dump makes: the report's "GC Heap bytes" line.
heap_bytes() {
  "$GCDUMP" collect -p "$ENGINE" -o "$OUT/$1.gcdump" >/dev/null
  "$GCDUMP" report "$OUT/$1.gcdump" >"$OUT/$1.txt"
  awk '/GC Heap bytes/ { gsub(",", "", $1); print $1; exit }' "$OUT/$1.txt"
}
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$ENGINE/status"; }
# Live objects per type ("dumpheap -stat -live": method table, count, total size, type) from a full heap dump.
type_stats() {
  [ -n "${TYPES:-}" ] || return 0
  "$DOTNET_DUMP" collect -p "$ENGINE" --type Heap -o "$OUT/$1.dmp" >/dev/null
  "$DOTNET_DUMP" analyze "$OUT/$1.dmp" -c "dumpheap -stat -live" -c exit >"$OUT/$1-types.txt"
  rm -f "$OUT/$1.dmp"
}

start_engine
"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --out "$OUT/users.json" | tee "$OUT/seed.txt"
stop_engine

start_engine
before=$(heap_bytes before); rss_before=$(rss_kib); type_stats before
seconds=$(( (USERS + RATE - 1) / RATE ))
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$OUT/users.json" \
  --rate "$RATE" --duration "${seconds}s" --out "$OUT/signin" | tee "$OUT/signin.txt"
signed_in=$(awk -F, '$2 == "(end to end)" { print $4 }' "$OUT/signin/summary.csv")
sleep "${SETTLE:-0}"
after=$(heap_bytes after); rss_after=$(rss_kib); type_stats after

{
  echo "| users signed in once | heap before | heap after | heap per pair | RSS before | RSS after | RSS per pair |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  awk -v n="$signed_in" -v b="$before" -v a="$after" -v rb="$rss_before" -v ra="$rss_after" 'BEGIN {
    printf "| %d | %.1f MiB | %.1f MiB | %.0f bytes | %.1f MiB | %.1f MiB | %.0f bytes |\n",
      n, b / 1048576, a / 1048576, (a - b) / n, rb / 1024, ra / 1024, (ra - rb) * 1024 / n }'
} | tee "$OUT/memory.md"

[ -n "${TYPES:-}" ] || exit 0
awk -v n="$signed_in" '
  FNR == 1 { side++ }
  $1 ~ /^[0-9a-f]+$/ && $2 ~ /^[0-9,]+$/ && $3 ~ /^[0-9,]+$/ {
    count = $2; size = $3; gsub(",", "", count); gsub(",", "", size)
    type = $4; for (i = 5; i <= NF; i++) type = type " " $i
    sign = side == 1 ? -1 : 1; bytes[type] += sign * size; objects[type] += sign * count
  }
  END {
    for (t in bytes) { total += bytes[t]; all += objects[t] }
    printf "all types: %.0f bytes, %.1f objects per pair\n\n| bytes per pair | objects per pair | type |\n| ---: | ---: | --- |\n", total / n, all / n
    for (t in bytes) if (bytes[t] / n >= 40) printf "| %.0f | %.2f | `%s` |\n", bytes[t] / n, objects[t] / n, t
  }' "$OUT/before-types.txt" "$OUT/after-types.txt" | { IFS= read -r head; echo "$head"; IFS= read -r blank; echo; IFS= read -r h1; echo "$h1"; IFS= read -r h2; echo "$h2"; sort -t'|' -k2 -rn; } | tee "$OUT/types.md"
