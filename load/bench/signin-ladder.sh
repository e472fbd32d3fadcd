#!/usr/bin/env bash
# The sign-in ladder (docs/benchmarks.md): starts the co-hosted engine (API + silo, one process) on 127.0.0.1 with a
# throw-away database, seeds users, then runs `baseline` and `signin` at each rate. Traffic stays on loopback; every
# run is bounded by --duration; the engine is stopped and its database deleted on exit.
#
#   RATES="50 100 200 400" DURATION=20s USERS=200 load/bench/signin-ladder.sh
#   STORAGE=postgresql load/bench/signin-ladder.sh     # a fresh database on the dev-setup.sh server instead of SQLite
#   STORAGE=memory load/bench/signin-ladder.sh         # grain state in memory: the engine's ceiling without storage
#
# ENGINE_CPUS and RUNNER_CPUS (taskset lists, e.g. 0 and 1) pin the engine and the runner to cores of their own, as
# if on two machines, so the runner's CPU stops being the engine's.
#
# ENGINE_ROOT points at another checkout of the engine (e.g. a `git archive` of one commit), so the figures
# belong to a known commit even while the work tree changes; the load runner always comes from this tree.
set -euo pipefail
cd "$(dirname "$0")/../.."

RATES=${RATES:-"50 100 200 400"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
USERS=${USERS:-200}
PORT=${PORT:-5080}
ENGINE_ROOT=${ENGINE_ROOT:-.}
STORAGE=${STORAGE:-sqlite}
OUT=${OUT:-load/reports/ladder-$(date -u +%Y%m%dT%H%M%SZ)}
TARGET="http://127.0.0.1:$PORT"
DB_DIR=$(mktemp -d)
ENGINE_PIN=(); [ -z "${ENGINE_CPUS:-}" ] || ENGINE_PIN=(taskset -c "$ENGINE_CPUS")
RUNNER_PIN=(); [ -z "${RUNNER_CPUS:-}" ] || RUNNER_PIN=(taskset -c "$RUNNER_CPUS")
LOAD=("${RUNNER_PIN[@]}" dotnet run -c Release --no-build --project load/MfaGrains.Load --)

dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo
dotnet build -c Release load/MfaGrains.Load -v q -nologo
mkdir -p "$OUT"

# 200 users at 400/s sign in twice a second each; the default abuse limit (5 per user per 5 minutes) would refuse
# that, so the benchmark raises it (it is a setting; the limit's own cost is unchanged).
# PostgreSQL: a database of its own on deploy/postgres/dev-setup.sh's server (the role may create databases), schema
# applied by the silo at start-up, dropped on exit.
source load/bench/storage.sh
bench_storage "$DB_DIR"

env "${storage[@]}" \
ASPNETCORE_ENVIRONMENT=Development \
Mfa__Limits__SignInsPerWindow=1000 \
Mfa__Limits__SignInWindow=00:00:10 \
  "${ENGINE_PIN[@]}" dotnet run -c Release --no-build --project "$ENGINE_ROOT/src/MfaGrains.Api" --urls "$TARGET" >"$OUT/engine.log" 2>&1 &
ENGINE=$!
cleanup() {
  pkill -P "$ENGINE" 2>/dev/null || true
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  rm -rf "$DB_DIR"
  drop_bench_database
}
trap cleanup EXIT

for _ in $(seq 1 60); do
  curl -sf "$TARGET/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "$TARGET/health/ready" >/dev/null || { echo "engine did not start; see $OUT/engine.log" >&2; exit 2; }

"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --out "$OUT/users.json" | tee "$OUT/seed.txt"

for rate in $RATES; do
  for scenario in baseline signin; do
    extra=()
    [ "$scenario" = signin ] && extra=(--portal-key dev-portal-key --users "$OUT/users.json")
    "${LOAD[@]}" "$scenario" --target "$TARGET" --rate "$rate" --duration "$DURATION" --warmup "$WARMUP" \
      --out "$OUT/$scenario-$rate" "${extra[@]}" | tee "$OUT/$scenario-$rate.txt" || true
  done
done

# One line per run: the end-to-end row of each summary.csv.
{
  echo "| rate/s | scenario | count | fail | RPS | p50 ms | p90 ms | p99 ms | max ms |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for rate in $RATES; do
    for scenario in baseline signin; do
      awk -F, -v rate="$rate" -v s="$scenario" '$2 == "(end to end)" { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", rate, s, $3, $5, $6, $8, $9, $10, $11 }' \
        "$OUT/$scenario-$rate/summary.csv"
    done
  done
} | tee "$OUT/ladder.md"
