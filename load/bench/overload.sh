#!/usr/bin/env bash
# Graceful overload (docs/benchmarks.md): starts the co-hosted engine from ENGINE_ROOT's Release build with throw-away
# storage, seeds USERS users, then offers `signin` at RATE (2x the box's highest sustained rate) for DURATION, sampling
# the engine's resident memory every second. Run an old build and a new one back to back on the same settings.
# Extra arguments are environment settings for the engine (e.g. Admission__MaxInFlight=32). ENGINE_CPUS and RUNNER_CPUS
# (taskset lists) pin the two to cores of their own, as signin-ladder.sh does.
#
#   ENGINE_ROOT=/tmp/base STORAGE=memory RATE=1600 OUT=load/reports/overload-old load/bench/overload.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
RATE=${RATE:-1600}
DURATION=${DURATION:-60s}
USERS=${USERS:-3000}
STORAGE=${STORAGE:-memory}
PORT=${PORT:-5088}
OUT=${OUT:-load/reports/overload-$(date -u +%Y%m%dT%H%M%SZ)}
TARGET="http://127.0.0.1:$PORT"
DB_DIR=$(mktemp -d)
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null
ENGINE_PIN=(); [ -z "${ENGINE_CPUS:-}" ] || ENGINE_PIN=(taskset -c "$ENGINE_CPUS")
RUNNER_PIN=(); [ -z "${RUNNER_CPUS:-}" ] || RUNNER_PIN=(taskset -c "$RUNNER_CPUS")
LOAD=("${RUNNER_PIN[@]}" dotnet load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

source load/bench/storage.sh
bench_storage "$DB_DIR"
(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env "${storage[@]}" "$@" ASPNETCORE_ENVIRONMENT=Development \
  Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 \
  "${ENGINE_PIN[@]}" dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET") >"$OUT/engine.log" 2>&1 &
ENGINE=$!
SAMPLER=""
cleanup() {
  [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  rm -rf "$DB_DIR"
  drop_bench_database
}
trap cleanup EXIT

for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$OUT/engine.log" >&2; exit 2; }

"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --concurrency 32 --out "$DB_DIR/users.json" >"$OUT/seed.txt"
(while kill -0 "$ENGINE" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$ENGINE/status"; sleep 1; done) >"$OUT/rss-kib.txt" &
SAMPLER=$!
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$DB_DIR/users.json" \
  --rate "$RATE" --duration "$DURATION" --warmup 5s --out "$OUT" | tee "$OUT/signin.txt" || true
sort -n "$OUT/rss-kib.txt" | tail -1 | awk '{ printf "engine peak RSS: %.0f MiB\n", $1 / 1024 }' | tee "$OUT/rss.txt"
