/**
 * Writes the web app's API types (apps/web/src/lib/api-schema.gen.ts) from the server's own route
 * definitions: the app is built as the server builds it (without a database: nothing is queried), asked for
 * /api/openapi.json exactly as a browser would, and the document is turned into TypeScript by
 * openapi-typescript. The file is not committed (decision 0022): `typecheck` and `build:web` run this
 * first, so the web app is always checked against the server of the same tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, {
  astToString,
  COMMENT_HEADER,
  type OpenAPI3,
  type OpenAPITSOptions,
} from 'openapi-typescript';
import ts from 'typescript';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiTypesFile = path.join(repositoryRoot, 'apps/web/src/lib/api-schema.gen.ts');

/**
 * The OpenAPI document the server serves at /api/openapi.json. Building the routes needs no data: the
 * app gets a database handle that is never connected (drizzle's mock), so that any query made while
 * answering would fail loudly instead of the script quietly depending on a database.
 */
async function serverOpenApiDocument(): Promise<OpenAPI3> {
  // Imported here, not at the top, so that a server that does not load is reported like any other failure.
  const [
    { drizzle },
    schema,
    { createApp },
    { loadEnv },
    { createMailer },
    { systemClock },
    { createLogger },
  ] = await Promise.all([
    import('drizzle-orm/node-postgres'),
    import('../apps/server/src/db/schema.ts'),
    import('../apps/server/src/app.ts'),
    import('../apps/server/src/config/env.ts'),
    import('../apps/server/src/modules/mail/index.ts'),
    import('../apps/server/src/shared/clock.ts'),
    import('../apps/server/src/shared/logger.ts'),
  ]);
  const db = drizzle.mock({ schema });
  const unconnected = () => Promise.reject(new Error('The API types are generated without a database.'));
  const database = { db, kind: 'postgresql' as const, version: unconnected, close: () => Promise.resolve() };
  const env = loadEnv({ LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const mailer = createMailer({ db, from: env.MAIL_FROM, transport: null, logger });
  const app = createApp({ env, database, clock: systemClock, mailer, logger });
  const response = await app.request('/api/openapi.json');
  if (response.status !== 200) {
    throw new Error(`/api/openapi.json answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as OpenAPI3;
}

const typeNamed = (name: string) => ts.factory.createTypeReferenceNode(ts.factory.createIdentifier(name));

/**
 * A multipart body is typed as the `FormData` the browser sends (its fields are described in the
 * document and checked by the server), and a binary string (a file downloaded) as a `Blob`.
 */
const transform: OpenAPITSOptions['transform'] = (schema, { path: schemaPath }) => {
  if (schemaPath?.endsWith('/requestBody/content/multipart~1form-data')) return typeNamed('FormData');
  if (schema.format === 'binary') return typeNamed('Blob');
  return undefined;
};

/** The text of the types file for a document. */
async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { silent: true, alphabetize: true, transform });
  return [
    COMMENT_HEADER.trimEnd(),
    '// Generated from the server by scripts/generate-api-types.ts (npm run api:types); not committed.',
    '',
    astToString(ast),
  ].join('\n');
}

async function main(): Promise<void> {
  const source = await apiTypesSource(await serverOpenApiDocument());
  const current = fs.existsSync(apiTypesFile) ? fs.readFileSync(apiTypesFile, 'utf8') : null;
  // Written only when it changed, so that a watching dev server or editor is not woken for nothing.
  if (current !== source) fs.writeFileSync(apiTypesFile, source);
  console.log(
    `API types ${current === source ? 'unchanged' : 'written'}: ${path.relative(repositoryRoot, apiTypesFile)}`,
  );
}

main().catch((error: unknown) => {
  console.error(
    "Could not generate the web app's API types from the server's routes " +
      '(scripts/generate-api-types.ts); the web app cannot be type-checked or built without them.',
  );
  console.error(error);
  process.exit(1);
});
