#!/usr/bin/env bash
# The load runner's own CPU per sign-in, for A/B runs of runner builds (docs/benchmarks.md, round 4): one engine (memory
# storage, ENGINE_ROOT's Release build) and one seed for every variant, so only the runner changes; then each variant in
# turn, ROUNDS times, DURATION of signin at RATE, reporting its user + system CPU (start-up included) per ok sign-in.
# A variant is "label|tree with a Release runner|environment"; the first variant's runner seeds and warms up.
#
#   RATE=500 ENGINE_ROOT=/tmp/base load/bench/runner-cpu.sh "old|/tmp/base|" "new|.|" "new, no PGO|.|DOTNET_TieredPGO=0"
set -uo pipefail
ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
RATE=${RATE:-300}
USERS=${USERS:-3000}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-20s}
IFS='|' read -r _ first _ <<<"$1"
SEEDER=(dotnet "$first/load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll")
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
TARGET="http://127.0.0.1:$PORT"
(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development Storage__Provider=Memory \
  Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 \
  dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >"$WORK/engine.log" 2>&1) &
ENGINE=$!
trap 'kill $ENGINE 2>/dev/null || true; wait $ENGINE 2>/dev/null || true; rm -rf $WORK' EXIT
for _ in $(seq 1 240); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
"${SEEDER[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --concurrency 32 --out "$WORK/users.json" >/dev/null
"${SEEDER[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration 10s --out "$WORK/warm" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  for variant in "$@"; do
    IFS='|' read -r label dir envs <<<"$variant"
    env $envs /usr/bin/time -f "%U %S" -o "$WORK/time" dotnet "$dir/load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll" signin \
      --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration "$DURATION" --warmup 0 --out "$WORK/run" >/dev/null
    awk -F, -v t="$(tail -1 "$WORK/time")" -v label="$label" -v round="$round" '$2 == "(end to end)" { split(t, r, " "); printf "%-28s round %d: %s ok %s fail, runner CPU %.2f s = %.3f ms per sign-in; p50 %s ms p99 %s ms\n", label, round, $4, $5, r[1] + r[2], (r[1] + r[2]) * 1000 / $4, $8, $10 }' "$WORK/run/summary.csv"
  done
done
