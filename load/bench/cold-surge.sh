#!/usr/bin/env bash
# The cold surge on the default (docs/benchmarks.md): starts the co-hosted engine from ENGINE_ROOT's Release build on
# a fresh SQLite file, seeds USERS users, then runs `cold-surge`, which restarts that engine on the same file (so
# every grain loads from storage) and signs each user in once: NIGHT_RATE for 5 s, a 10 s ramp to RATE, 10 s held,
# a 10 s ramp down. The engine is stopped and its files deleted on exit; the report stays in OUT.
#
#   ENGINE_ROOT=/tmp/mfagrains-engine-<sha> USERS=8000 RATE=300 OUT=load/reports/cold-surge-300 load/bench/cold-surge.sh
#
# PREWARM_SPREAD=N: after the restart, sends every seeded user to POST /v1/prewarm (spread over N s) and waits for the
# job to complete before the surge (the roster pre-warm). WARM=1: no restart at all, so the surge meets the grains
# seeding left active (the warm reference).
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
USERS=${USERS:-8000}
RATE=${RATE:-300}
NIGHT_RATE=${NIGHT_RATE:-20}
PORT=${PORT:-5087}
OUT=${OUT:-load/reports/cold-surge-$(date -u +%Y%m%dT%H%M%SZ)}
TARGET="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
LOAD=(dotnet run -c Release --no-build --project load/MfaGrains.Load --)
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# The runner restarts the engine through a shell command, so the start and the restart are scripts of their own.
# The sign-in limit is raised as in the ladder; each user signs in once here, but seeding counts its test challenge.
cat >"$WORK/start.sh" <<START
#!/usr/bin/env bash
cd "$ENGINE_ROOT/src/MfaGrains.Api"
ASPNETCORE_ENVIRONMENT=Development Storage__ConnectionString="Data Source=$WORK/mfagrains.db" \\
  Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 \\
  nohup dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >>"$OUT/engine.log" 2>&1 &
echo \$! >"$WORK/engine.pid"
START
cat >"$WORK/restart.sh" <<RESTART
#!/usr/bin/env bash
set -euo pipefail
[ -z "${WARM:-}" ] || exit 0
pid=\$(cat "$WORK/engine.pid"); kill "\$pid"; while kill -0 "\$pid" 2>/dev/null; do sleep 0.2; done
"$WORK/start.sh"
[ -n "${PREWARM_SPREAD:-}" ] || exit 0
for _ in \$(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
jq -c '{userIds: [.users[].userId], spreadSeconds: ${PREWARM_SPREAD:-0}}' "$WORK/users.json" >"$WORK/roster.json"
job=\$(curl -sf -X POST "$TARGET/v1/prewarm" -H 'Authorization: Bearer dev-portal-key' -H 'Content-Type: application/json' --data-binary @"$WORK/roster.json" | jq -r .jobId)
started=\$(date +%s.%N)
until curl -sf "$TARGET/v1/prewarm/\$job" -H 'Authorization: Bearer dev-portal-key' | tee "$OUT/prewarm.json" | jq -e '.status == "completed"' >/dev/null; do sleep 0.5; done
echo "pre-warm \$job completed in \$(echo "\$(date +%s.%N) - \$started" | bc) s: \$(cat "$OUT/prewarm.json")" | tee "$OUT/prewarm.txt"
RESTART
chmod +x "$WORK/start.sh" "$WORK/restart.sh"

cleanup() {
  pid=$(cat "$WORK/engine.pid" 2>/dev/null || true)
  [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; }
  rm -rf "$WORK"
}
trap cleanup EXIT
"$WORK/start.sh"
for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$OUT/engine.log" >&2; exit 2; }

"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --concurrency 32 --out "$WORK/users.json" | tee "$OUT/seed.txt"
"${LOAD[@]}" cold-surge --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" \
  --night-rate "$NIGHT_RATE" --night 5s --rate "$RATE" --ramp-up 10s --hold 10s --ramp-down 10s \
  --restart "$WORK/restart.sh" --out "$OUT" | tee "$OUT/cold-surge.txt"
