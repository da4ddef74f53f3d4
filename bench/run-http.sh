#!/usr/bin/env bash
# Runs the HTTP benchmark: the engine's Bench.Server and graphql-js 17 + graphql-http, one after the other,
# each loaded by autocannon with the same query, connections and duration; prints requests/s side by side.
# Usage: bench/run-http.sh [seconds=15] [connections=100] [rounds=1]
# With several rounds the two servers take turns, and each one's best round is reported, so a burst of other load
# on the machine does not decide the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-15}"
CONNECTIONS="${2:-100}"
ROUNDS="${3:-1}"
DOTNET_PORT=5180
NODE_PORT=5181

if [ ! -d bench/node-server/node_modules ]; then
  (cd bench/node-server && npm ci --no-audit --no-fund)
fi
dotnet build -c Release bench/Bench.Server/Bench.Server.csproj -v quiet -nologo > /dev/null

wait_for() {
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$1"; then return 0; fi
    sleep 0.2
  done
  echo "server at $1 did not start" >&2
  return 1
}

# Each server runs in its own process group so stopping it stops its children too.
setsid dotnet run -c Release --no-build --project bench/Bench.Server -- --urls "http://127.0.0.1:$DOTNET_PORT" > /tmp/bench-dotnet.log 2>&1 &
DOTNET_PID=$!
setsid node bench/node-server/server.mjs "$NODE_PORT" > /tmp/bench-node.log 2>&1 &
NODE_PID=$!
trap 'kill -- -$DOTNET_PID -$NODE_PID 2>/dev/null || true' EXIT

wait_for "http://127.0.0.1:$DOTNET_PORT/graphql"
wait_for "http://127.0.0.1:$NODE_PORT/graphql"

ours=()
theirs=()
for _ in $(seq 1 "$ROUNDS"); do
  ours+=("$(node bench/node-server/load.mjs "http://127.0.0.1:$DOTNET_PORT/graphql" "$CONNECTIONS" "$SECONDS_PER_RUN")")
  theirs+=("$(node bench/node-server/load.mjs "http://127.0.0.1:$NODE_PORT/graphql" "$CONNECTIONS" "$SECONDS_PER_RUN")")
done

node -e '
const runs = process.argv.slice(1).map(JSON.parse);
const half = runs.length / 2;
const best = (list) => list.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const ours = best(runs.slice(0, half));
const theirs = best(runs.slice(half));
const row = (name, r) => `${name.padEnd(32)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(r.latencyMs.p50).padStart(4)} ms   p99 ${String(r.latencyMs.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
console.log(`${ours.connections} connections, ${ours.seconds} s per run, best of ${half} round(s)`);
console.log(`rounds, ours:   ${runs.slice(0, half).map((r) => r.requestsPerSecond.toFixed(0)).join(", ")} req/s`);
console.log(`rounds, theirs: ${runs.slice(half).map((r) => r.requestsPerSecond.toFixed(0)).join(", ")} req/s`);
console.log(row("Housing.GraphQL (Bench.Server)", ours));
console.log(row("graphql-js 17 + graphql-http", theirs));
console.log(`ratio: ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}x`);
' "${ours[@]}" "${theirs[@]}"
