#!/usr/bin/env bash
# The load runner's smoke run (CI): the engine on the single-machine default (co-hosted silo, a throw-away SQLite
# file, Development settings) on a free loopback port, a few seeded users, then a few seconds of `signin` at a low
# rate. It checks that the runner and the engine agree on the contract, not speed: any failed iteration fails it.
#
#   load/bench/smoke.sh                 # CONFIGURATION=Release to use Release builds; RATE, DURATION, USERS to vary
set -euo pipefail
cd "$(dirname "$0")/../.."

CONFIGURATION=${CONFIGURATION:-Debug}
RATE=${RATE:-5}
DURATION=${DURATION:-5s}
USERS=${USERS:-20}
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
TARGET="http://127.0.0.1:$PORT"

# After `dotnet test MfaGrains.sln` both projects are built; build them only when they are not.
for project in src/MfaGrains.Api load/MfaGrains.Load; do
  name=$(basename "$project")
  [ -f "$project/bin/$CONFIGURATION/net10.0/$name.dll" ] || dotnet build -c "$CONFIGURATION" "$project" -v q -nologo
done
LOAD=(dotnet run -c "$CONFIGURATION" --no-build --project load/MfaGrains.Load --)

ASPNETCORE_ENVIRONMENT=Development \
Storage__ConnectionString="Data Source=$WORK/mfagrains.db" \
  dotnet run -c "$CONFIGURATION" --no-build --project src/MfaGrains.Api --urls "$TARGET" >"$WORK/engine.log" 2>&1 &
ENGINE=$!
cleanup() {
  pkill -P "$ENGINE" 2>/dev/null || true
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ready=""
for _ in $(seq 1 120); do
  if curl -sf "$TARGET/health/ready" >/dev/null; then ready=yes; break; fi
  kill -0 "$ENGINE" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "smoke: the engine did not become ready on $TARGET; its log:" >&2
  tail -50 "$WORK/engine.log" >&2
  exit 2
fi

"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --out "$WORK/users.json"
status=0
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" \
  --rate "$RATE" --duration "$DURATION" --warmup 1s --out "$WORK/report" || status=$?
if [ "$status" -ne 0 ]; then
  echo "smoke: signin exited $status; errors by status and code:" >&2
  cat "$WORK/report/errors.csv" >&2 2>/dev/null || true
  echo "smoke: engine log (last 50 lines):" >&2
  tail -50 "$WORK/engine.log" >&2
  exit "$status"
fi
echo "smoke: signin at $RATE/s for $DURATION against $TARGET: no failed iteration"
