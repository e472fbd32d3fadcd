#!/usr/bin/env bash
# Where the engine's CPU goes (docs/benchmarks.md, "The CPU budget per sign-in"): starts the co-hosted engine from
# ENGINE_ROOT's Release build with the .NET perf map on, seeds USERS users, warms up for 10 s, then samples the engine
# with `perf record -g` for SAMPLE_SECONDS (default 20) while `signin` runs at RATE, and prints each owner's share of the samples. A
# sample's owner is the nearest frame, from the leaf up, of an assembly that is not a general-purpose library
# (CoreLib, collections, System.Text.Json, Orleans' serializer …): so JSON written for grain storage counts as
# storage and JSON written for an HTTP response as ASP.NET Core; samples with no managed owner count by native module
# (kernel, libcrypto, coreclr, libc). Extra arguments are environment settings for the engine.
#
#   STORAGE=memory RATE=500 load/bench/profile-engine.sh
#   STACKS=/tmp/stacks.txt STORAGE=memory load/bench/profile-engine.sh   # also keeps `perf script`'s stacks there
set -euo pipefail
cd "$(dirname "$0")/../.."

ENGINE_ROOT=$(cd "${ENGINE_ROOT:-.}" && pwd)
RATE=${RATE:-500}
USERS=${USERS:-400}
# Not SECONDS: bash counts that up from the script's start, so it would never default.
SECONDS_SAMPLED=${SAMPLE_SECONDS:-20}
STORAGE=${STORAGE:-sqlite}
PORT=${PORT:-5087}
TARGET="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
command -v perf >/dev/null || { echo "perf is not installed (Debian: linux-perf)" >&2; exit 2; }
dotnet build -c Release "$ENGINE_ROOT/src/MfaGrains.Api" -v q -nologo >/dev/null
dotnet build -c Release load/MfaGrains.Load -v q -nologo >/dev/null
LOAD=(dotnet load/MfaGrains.Load/bin/Release/net10.0/MfaGrains.Load.dll)

source load/bench/storage.sh
bench_storage "$WORK"

# W^X off so that the perf map's addresses are the ones the JIT's code runs at.
(cd "$ENGINE_ROOT/src/MfaGrains.Api" && exec env ASPNETCORE_ENVIRONMENT=Development DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  "${storage[@]}" Mfa__Limits__SignInsPerWindow=1000 Mfa__Limits__SignInWindow=00:00:10 "$@" \
  dotnet bin/Release/net10.0/MfaGrains.Api.dll --urls "$TARGET" >"$WORK/engine.log" 2>&1) &
ENGINE=$!
cleanup() {
  kill "$ENGINE" 2>/dev/null || true
  wait "$ENGINE" 2>/dev/null || true
  rm -rf "$WORK" "/tmp/perf-$ENGINE.map" "/tmp/perfinfo-$ENGINE.map"
  drop_bench_database
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$TARGET/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$TARGET/health/ready" >/dev/null || { tail -20 "$WORK/engine.log" >&2; exit 2; }

"${LOAD[@]}" seed --target "$TARGET" --portal-key dev-portal-key --users "$USERS" --concurrency 32 --out "$WORK/users.json" >/dev/null
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" --duration 10s --out "$WORK/warm" >/dev/null || true
"${LOAD[@]}" signin --target "$TARGET" --portal-key dev-portal-key --users "$WORK/users.json" --rate "$RATE" \
  --duration "$((SECONDS_SAMPLED + 6))s" --warmup 0 --out "$WORK/run" >/dev/null &
RUNNER=$!
sleep 3
perf record -F 1999 -g -p "$ENGINE" -o "$WORK/perf.data" -- sleep "$SECONDS_SAMPLED" 2>/dev/null
wait "$RUNNER" || true
perf script -i "$WORK/perf.data" 2>/dev/null | tee "${STACKS:-/dev/null}" | awk '
  function owner(   i, f, m) {
    for (i = 1; i <= n; i++) {
      f = frame[i]
      if (match(f, /\[[A-Za-z0-9_.]+\] [^:(]+::/)) {
        m = substr(f, RSTART + 1)
        split(m, part, "]")
        if (part[1] !~ /^(System\.Private\.CoreLib|System\.Runtime|System\.Collections.*|System\.Memory.*|System\.Linq|System\.Threading.*|System\.Text\.Json|System\.Text\.Encodings\.Web|Orleans\.Serialization|System\.Diagnostics\.DiagnosticSource|Microsoft\.Extensions\.Primitives|System\.IO\.Pipelines)$/) return part[1]
      }
    }
    f = frame[1]
    if (f ~ /kernel/) return "(kernel)"
    if (f ~ /libcrypto|libssl/) return "(libcrypto)"
    if (f ~ /libcoreclr/) return "(coreclr)"
    if (f ~ /libc[.-]/) return "(libc)"
    return "(other native)"
  }
  /^[^ \t]/ { next }
  NF == 0 { if (n) { count[owner()]++; total++ } n = 0; next }
  { frame[++n] = $0 }
  END {
    if (n) { count[owner()]++; total++ }
    for (o in count) printf "%6.1f %%  %s\n", 100 * count[o] / total, o
    printf "%d samples\n", total > "/dev/stderr"
  }' | sort -rn
