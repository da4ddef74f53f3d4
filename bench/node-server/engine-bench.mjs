// graphql-js 17's times for the operations Bench.Engine measures, on the same documents and schema, for comparison.
// Usage: node bench/node-server/engine-bench.mjs
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, specifiedRules, validate } from 'graphql';

const documents = new URL('../Bench.Engine/Documents/', import.meta.url);
const read = (name) => readFileSync(new URL(name, documents), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const kitchenSink = read('kitchen-sink.graphql');
const kitchenSinkDocument = parse(kitchenSink);
const introspection = parse(read('introspection-query.graphql'));
const threeFields = buildSchema('type Query { a: String b: String c: String }');
const threeFieldsQuery = parse('{ a b c }');
const rootValue = { a: 'alpha', b: 'beta', c: 'gamma' };

function measure(name, iterations, run) {
  for (let i = 0; i < iterations / 5; i++) run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const micros = Number(process.hrtime.bigint() - start) / iterations / 1000;
  console.log(`${name.padEnd(44)} ${micros.toFixed(1).padStart(10)} us`);
}

measure('parse kitchen sink', 2000, () => parse(kitchenSink));
measure('validate kitchen sink', 1000, () => validate(schema, kitchenSinkDocument, specifiedRules));
measure('execute { a b c } (pre-parsed) + JSON', 20000, () =>
  JSON.stringify(execute({ schema: threeFields, document: threeFieldsQuery, rootValue })));
measure('execute introspection query + JSON', 300, () => JSON.stringify(execute({ schema, document: introspection })));
