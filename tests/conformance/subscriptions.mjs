// Talks graphql-transport-ws to a server with the graphql-ws client and prints what it received as JSON.
// Usage: node subscriptions.mjs ws://127.0.0.1:5000/graphql <authorization>
// The server's schema is the one of tests/GraphQL.Tests/Subscriptions/SubscriptionTestServer.cs.
import { createClient } from 'graphql-ws/client';
import WebSocket from 'ws';

const [url, authorization] = process.argv.slice(2);
if (!url) {
  console.error('usage: node subscriptions.mjs <ws-url> [authorization]');
  process.exit(2);
}

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: authorization ? { Authorization: authorization } : undefined,
  retryAttempts: 0,
});

// One result of a query or mutation.
async function single(query, variables) {
  for await (const result of client.iterate({ query, variables })) {
    return result;
  }
  throw new Error('no result for ' + query);
}

async function all(query) {
  const results = [];
  for await (const result of client.iterate({ query })) {
    results.push(result);
  }
  return results;
}

// The error sink of a subscription that does not validate.
function refusal(query) {
  return new Promise((resolve, reject) => {
    client.subscribe({ query }, { next: reject, complete: () => reject(new Error('completed without error')), error: resolve });
  });
}

const me = await single('{ me }');

// The server starts listening to the topic shortly after subscribe; post notices until three have arrived.
const notices = [];
const subscription = client.iterate({ query: 'subscription { noticePosted(kaptCode: "A1") { title kaptCode } }' });
const reading = (async () => {
  for await (const result of subscription) {
    notices.push(result);
    if (notices.length === 3) break;
  }
})();
let posted = 0;
const deadline = Date.now() + 10000;
while (notices.length < 3 && Date.now() < deadline) {
  posted++;
  await single('mutation ($title: String!) { postNotice(kaptCode: "A1", title: $title) }', { title: 'notice ' + posted });
  await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, 50))]);
}
await reading;

const countdown = await all('subscription { countdown(from: 3) }');
const error = await refusal('subscription { nothing }');

await client.dispose();
process.stdout.write(JSON.stringify({ me, notices, posted, countdown, error }) + "\n");
