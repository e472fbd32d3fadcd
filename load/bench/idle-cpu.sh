#!/usr/bin/env bash
# The engine's CPU while idle with USERS active users (docs/benchmarks.md): starts the co-hosted engine from
# ENGINE_ROOT's Release build in memory mode, seeds USERS users (32 at a time; each stays active), waits 5 s, then reads
# the engine's user + system time over SECONDS_IDLE (default 30) with nothing else to do. Extra arguments are environment
# settings for the engine, e.g. Operations__Dashboard__Enabled=false.
#
#   USERS=20000 load/bench/idle-cpu.sh
#   ENGINE_ROOT=/tmp/engine-a USERS=20000 load/bench/idle-cpu.sh Operations__Dashboard__Enabled=false
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
USERS=${USERS:-20000}
PORT=${PORT:-5091}
TARGET="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null

(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development Storage__Provider=Memory "$@" \
  dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >"$WORK/engine.log" 2>&1) &
ENGINE=$!
cleanup() { kill "$ENGINE" 2>/dev/null || true; wait "$ENGINE" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$WORK/engine.log" >&2; exit 2; }

dotnet load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll seed --target "$TARGET" --portal-key dev-portal-key \
  --users "$USERS" --concurrency 32 --out "$WORK/users.json" >/dev/null
sleep 5
ticks() { awk '{ print $14 + $15 }' "/proc/$ENGINE/stat"; }
before=$(ticks); sleep "${SECONDS_IDLE:-30}"; after=$(ticks)
awk -v t=$((after - before)) -v s="${SECONDS_IDLE:-30}" -v hz="$(getconf CLK_TCK)" -v users="$USERS" -v settings="$*" \
  'BEGIN { printf "%d users, idle: engine %.0f ms of CPU per second%s\n", users, t * 1000 / hz / s, (settings ? " (" settings ")" : "") }'
