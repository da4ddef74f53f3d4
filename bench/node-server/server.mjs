// graphql-js 17 behind graphql-http: the reference server of the HTTP benchmark.
// Usage: node server.mjs <port>   (binds 127.0.0.1)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { authors } from './data.mjs';

const schema = buildSchema(`
  type Query { authors: [Author!]! }
  type Author { id: ID! name: String! md5: String! company: String! books: [Book!]! }
  type Book { id: ID! name: String! numPages: Int! }
`);

// md5 is computed on every request from the author's name, as the benchmark asks.
const rootValue = {
  authors: () => authors.map((author) => ({
    ...author,
    md5: () => createHash('md5').update(author.name).digest('hex'),
  })),
};

const handler = createHandler({ schema, rootValue });
const port = Number(process.argv[2] ?? 4000);
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) {
    handler(req, res);
  } else {
    res.writeHead(404).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`graphql-js listening on http://127.0.0.1:${port}/graphql`));
