// Runs a query with fragments and variables and a mutation with its errors union through @urql/core,
// against the URL given, and prints what the client saw as JSON.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

const [url, token, clientId] = process.argv.slice(2);
if (!url || !token || !clientId) {
  console.error('usage: node urql-client.mjs <graphql url> <bearer token> <client global id>');
  process.exit(2);
}

const contentTypes = [];
const client = new Client({
  url,
  exchanges: [cacheExchange, fetchExchange],
  // urql's own Accept header (application/graphql-response+json, …, application/json, text/event-stream, multipart/mixed):
  // the server answers a query or mutation with JSON; the response's content type is printed with the result.
  fetchOptions: { headers: { authorization: `Bearer ${token}` } },
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    contentTypes.push(response.headers.get('content-type'));
    return response;
  },
  requestPolicy: 'network-only',
});

const ClientParts = gql`
  fragment ClientParts on WelfareClient {
    id
    maskedName
    maskedRegistrationNumber
  }
`;

const CaseParts = gql`
  fragment CaseParts on WelfareCase {
    id
    status
    crises
    client { ...ClientParts }
  }
  ${ClientParts}
`;

const Cases = gql`
  query Cases($first: Int!, $where: WelfareCaseFilterInput) {
    welfareCases(first: $first, where: $where) {
      totalCount
      nodes { ...CaseParts }
    }
  }
  ${CaseParts}
`;

const OpenCase = gql`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      welfareCase { ...CaseParts }
      errors {
        __typename
        ... on Error { message }
        ... on RuleViolationError { code }
      }
    }
  }
  ${CaseParts}
`;

const summary = (result) => ({
  data: result.data ?? null,
  error: result.error ? { message: result.error.message, graphQLErrors: result.error.graphQLErrors.map((e) => e.message) } : null,
});

const query = await client.query(Cases, { first: 10, where: { crises: { some: { type: { eq: 'EVICTION' } } } } }).toPromise();
const mutation = await client.mutation(OpenCase, {
  input: { clientId, intakeChannel: 'PHONE', crises: [], urgency: 'HIGH', presentingProblem: '퇴거 통보' },
}).toPromise();

console.log(JSON.stringify({ query: summary(query), mutation: summary(mutation), contentTypes }));
