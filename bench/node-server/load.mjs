// Checks that a server answers the benchmark query correctly, then loads it with autocannon and prints JSON.
// Usage: node load.mjs <url> <connections> <seconds>
import autocannon from 'autocannon';

const [url, connections = '100', seconds = '15'] = process.argv.slice(2);
const body = JSON.stringify({ query: '{ authors { id name md5 company books { id name numPages } } }' });
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

const check = await fetch(url, { method: 'POST', headers, body });
const result = await check.json();
const authors = result?.data?.authors;
if (check.status !== 200 || result.errors || authors?.length !== 20 || authors.some((a) => a.books.length !== 3 || a.md5.length !== 32)) {
  console.error(`unexpected answer from ${url}: ${check.status} ${JSON.stringify(result).slice(0, 500)}`);
  process.exit(1);
}

const run = await autocannon({
  url,
  method: 'POST',
  headers,
  body,
  connections: Number(connections),
  duration: Number(seconds),
});
process.stdout.write(JSON.stringify({
  url,
  connections: run.connections,
  seconds: run.duration,
  requestsPerSecond: run.requests.average,
  latencyMs: { p50: run.latency.p50, p99: run.latency.p99 },
  non2xx: run.non2xx,
  errors: run.errors,
  timeouts: run.timeouts,
}) + '\n');
