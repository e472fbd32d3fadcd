#!/usr/bin/env bash
# CPU time per sign-in (docs/benchmarks.md), for A/B comparisons of builds or settings: starts the co-hosted engine
# from ENGINE_ROOT's Release build with a throw-away database, seeds USERS users, warms up with 10 s of `signin`, then
# reads user + system time around DURATION (default 20) seconds of `signin` at RATE: the engine's and, on PostgreSQL, every `postgres`
# process's (/proc/<pid>/stat), and the runner's own. Extra arguments are environment settings for the engine.
# Noise on a shared box is ±10 %: alternate A and B runs.
#
#   ENGINE_ROOT=/tmp/engine-a RATE=200 load/bench/cpu-per-signin.sh
#   ENGINE_ROOT=/tmp/engine-a RATE=200 load/bench/cpu-per-signin.sh Storage__Provider=Memory
#   STORAGE=postgresql USERS=2000 RATE=200 load/bench/cpu-per-signin.sh    # a fresh database on dev-setup.sh's server
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
RATE=${RATE:-200}
USERS=${USERS:-400}
STORAGE=${STORAGE:-sqlite}
PORT=${PORT:-5086}
TARGET="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null
# The runner's own dll, not `dotnet run`, so the runner's CPU time is the runner's alone.
LOAD=(dotnet load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll)

source load/bench/storage.sh
bench_storage "$WORK"

(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development "${storage[@]}" \
  Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 "$@" \
  dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >"$WORK/engine.log" 2>&1) &
ENGINE=$!
cleanup() {
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  rm -rf "$WORK"
  drop_bench_database
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$WORK/engine.log" >&2; exit 2; }

ticks() { for pid in "$@"; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'; }
database_ticks() { if [ -n "$PG_DB" ]; then ticks $(pgrep -x postgres); else echo 0; fi; }
"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --concurrency 32 --out "$WORK/users.json" >/dev/null
# The warm-up only brings the grains in and tiers the code up; its failures (a cold start can be refused by admission
# control) are not the measurement, so they do not stop the script.
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration 10s --out "$WORK/warm" >/dev/null || true
engine_before=$(ticks "$ENGINE"); database_before=$(database_ticks)
# PERF_EVENTS (a `perf stat -e` list, e.g. context-switches,syscalls:sys_enter_sched_yield) counts them in the engine
# over the same seconds, printed before the summary line.
PERF=""
if [ -n "${PERF_EVENTS:-}" ]; then
  perf stat -e "$PERF_EVENTS" -p "$ENGINE" -o "$WORK/perf-stat" -- sleep "${DURATION:-20}" &
  PERF=$!
fi
/usr/bin/time -f "%U %S" -o "$WORK/runner-time" \
  "${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration "${DURATION:-20}s" --warmup 0 --out "$WORK/run" >/dev/null
[ -z "$PERF" ] || { wait "$PERF"; grep -E '^ +[0-9]' "$WORK/perf-stat"; }
engine=$(( $(ticks "$ENGINE") - engine_before )); database=$(( $(database_ticks) - database_before ))
awk -F, -v engine=$engine -v database=$database -v runner="$(cat "$WORK/runner-time")" -v hz="$(getconf CLK_TCK)" -v storage="$STORAGE" -v settings="$*" '
  $2 == "(end to end)" {
    split(runner, r, " ")
    printf "%s: %s ok, CPU per sign-in: engine %.2f ms, database server %.2f ms, runner %.2f ms (start-up included); p50 %s ms, p99 %s ms%s\n",
      storage, $4, engine * 1000 / hz / $4, database * 1000 / hz / $4, (r[1] + r[2]) * 1000 / $4, $8, $10, (settings ? " (" settings ")" : "") }' \
  "$WORK/run/summary.csv"
