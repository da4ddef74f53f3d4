// Gives graphql-js 17's verdict on every document of a corpus, so the engine can be held against it.
// Usage: node differential.mjs <request.json>, where the request names
//   schema        path of the SDL every document is validated and executed against
//   corpus        folder of .graphql documents (searched recursively); <name>.variables.json holds variables
//   data          path of the JSON root value that resolvers read (see resolveField)
//   introspection optional path of an introspection result to rebuild with buildClientSchema
// and prints one JSON object: { schemaSdl, documents: [...], introspection: { sdl } | { error } | null }, where
// schemaSdl is printSchema(buildSchema(schema)) and each parsed document also carries print(parse(document)).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  GraphQLError,
  buildClientSchema,
  buildSchema,
  defaultFieldResolver,
  execute,
  getOperationAST,
  parse,
  print,
  printSchema,
  specifiedRules,
  validate,
} from 'graphql';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const schema = buildSchema(readFileSync(request.schema, 'utf8'));
const rootValue = JSON.parse(readFileSync(request.data, 'utf8'));

// Reads plain properties of the JSON data; two fields behave specially so coercion and errors are exercised.
function resolveField(source, args, context, info) {
  if (info.fieldName === 'echo') {
    return canonicalJson(args);
  }
  if (info.fieldName.startsWith('boom')) {
    throw new GraphQLError('Boom.');
  }
  return defaultFieldResolver(source, args, context, info);
}

// JSON with object keys sorted, so both engines print coerced arguments identically.
function canonicalJson(value) {
  if (Array.isArray(value)) {
    return '[' + value.map(canonicalJson).join(',') + ']';
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

function errorJson(error) {
  const json = { message: error.message };
  if (error.locations) json.locations = error.locations;
  if (error.path) json.path = error.path;
  return json;
}

function* walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path);
    } else if (entry.name.endsWith('.graphql')) {
      yield path;
    }
  }
}

async function judge(path) {
  const name = relative(request.corpus, path).split(sep).join('/');
  // The bytes are decoded without stripping a byte order mark: the lexer must skip it itself.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
  const verdict = { name, syntaxError: null, printed: null, validationErrors: [], execution: null };
  let document;
  try {
    document = parse(text);
  } catch (error) {
    verdict.syntaxError = errorJson(error);
    return verdict;
  }
  verdict.printed = print(document);
  verdict.validationErrors = validate(schema, document, specifiedRules).map(errorJson);
  if (verdict.validationErrors.length > 0) {
    return verdict;
  }
  const variablesPath = path.replace(/\.graphql$/, '.variables.json');
  const variableValues = existsSync(variablesPath) ? JSON.parse(readFileSync(variablesPath, 'utf8')) : {};
  const operation = getOperationAST(document);
  if (operation?.operation === 'subscription') {
    return verdict;
  }
  const result = await execute({ schema, document, rootValue, variableValues, fieldResolver: resolveField });
  verdict.execution = {};
  if (result.errors) verdict.execution.errors = result.errors.map(errorJson);
  if ('data' in result) verdict.execution.data = result.data;
  return verdict;
}

function rebuildIntrospection(path) {
  try {
    const result = JSON.parse(readFileSync(path, 'utf8'));
    return { sdl: printSchema(buildClientSchema(result.data ?? result)) };
  } catch (error) {
    return { error: String(error?.stack ?? error) };
  }
}

const documents = [];
for (const path of walk(request.corpus)) {
  documents.push(await judge(path));
}
const introspection = request.introspection ? rebuildIntrospection(request.introspection) : null;
process.stdout.write(JSON.stringify({ schemaSdl: printSchema(schema), documents, introspection }) + '\n');
