// Runs graphql-http's GraphQL-over-HTTP server audits against a URL and prints the results as JSON.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
const audits = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.responseStatus = result.response.status;
    entry.responseBody = await result.response.text().catch(() => null);
  }
  audits.push(entry);
}

const count = (status) => audits.filter((a) => a.status === status).length;
const summary = {
  total: audits.length,
  ok: count('ok'),
  notice: count('notice'),
  warn: count('warn'),
  error: count('error'),
};
process.stdout.write(JSON.stringify({ summary, audits }, null, 2) + '\n');
