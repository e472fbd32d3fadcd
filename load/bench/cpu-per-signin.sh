#!/usr/bin/env bash
# The engine's CPU time per sign-in (docs/benchmarks.md), for A/B comparisons of builds or settings: starts the
# co-hosted engine from ENGINE_ROOT's Release build with a throw-away SQLite file, seeds 400 users, warms up with 10 s
# of `signin`, then reads the process's user + system time (/proc/<pid>/stat) around 20 s of `signin` at RATE.
# Extra arguments are environment settings for the engine. Noise on a shared box is ±10 %: alternate A and B runs.
#
#   ENGINE_ROOT=/tmp/engine-a RATE=200 load/bench/cpu-per-signin.sh
#   ENGINE_ROOT=/tmp/engine-a RATE=200 load/bench/cpu-per-signin.sh Storage__Provider=Memory
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
RATE=${RATE:-200}
PORT=${PORT:-5086}
TARGET="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
LOAD=(dotnet run -c Release --no-build --project load/MfaGrains.Load --)
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null

(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development \
  Storage__ConnectionString="Data Source=$WORK/mfagrains.db" Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 "$@" \
  dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >"$WORK/engine.log" 2>&1) &
ENGINE=$!
cleanup() { kill "$ENGINE" 2>/dev/null || true; wait "$ENGINE" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$WORK/engine.log" >&2; exit 2; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$ENGINE/stat"; }
"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users 400 --out "$WORK/users.json" >/dev/null
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration 10s --out "$WORK/warm" >/dev/null
before=$(cpu_ticks)
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration 20s --out "$WORK/run" >/dev/null
after=$(cpu_ticks)
awk -F, -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v settings="$*" '$2 == "(end to end)" {
  printf "%s ok, engine CPU %.2f ms per sign-in, p50 %s ms, p99 %s ms%s\n", $4, ticks * 1000 / hz / $4, $8, $10, (settings ? " (" settings ")" : "") }' \
  "$WORK/run/summary.csv"
