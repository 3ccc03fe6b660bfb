/**
 * `npm run sample-data -- [--products N] [--seed S]` adds sample Bangkok Brand businesses and products
 * (marked as sample) to the database the platform is configured for (DATA_DIR, or DATABASE_URL);
 * `npm run sample-data -- --remove` deletes every sample row of the catalogue. Exit codes: 0 done,
 * 1 the database could not be used (for example, the platform is running on the same data folder),
 * 2 wrong arguments.
 */
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { migrateDatabase, openConfiguredDatabase } from '../db/client.ts';
import {
  generateSampleCatalogue,
  loadHsNomenclature,
  removeSampleCatalogue,
} from '../modules/catalogue/index.ts';
import { bangkokToday, systemClock } from '../shared/clock.ts';
import { runCommand } from './command.ts';

const usage = `Usage: npm run sample-data -- [--products N] [--seed S]
       npm run sample-data -- --remove

  --products N  how many sample products to add (default 1000); about one business per five products
  --seed S      the same seed gives the same records (default 1); generating again adds only what is missing
  --remove      delete every sample business, product and certification of the catalogue
`;

class ArgumentError extends Error {}

function parseArguments(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      products: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      remove: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const products = Number(values.products);
  const seed = Number(values.seed);
  if (!Number.isInteger(products) || products < 1 || products > 10_000_000)
    throw new ArgumentError('--products must be a whole number from 1 to 10,000,000.');
  if (!Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)
    throw new ArgumentError('--seed must be a whole number from 0 to 4,294,967,295.');
  return { products, seed, remove: values.remove, help: values.help };
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArguments>;
  try {
    args = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage);
    return 0;
  }

  const env = loadEnv();
  const database = await openConfiguredDatabase(env);
  const where = env.DATABASE_URL ? 'the PostgreSQL server' : `PGlite in ${env.dataDir}`;
  try {
    await migrateDatabase(database);
    const started = performance.now();
    if (args.remove) {
      const removed = await removeSampleCatalogue(database.db);
      process.stdout.write(
        `Removed ${removed.products} sample products, ${removed.certifications} certifications and ` +
          `${removed.entrepreneurs} sample businesses from ${where} in ${seconds(started)} s.\n`,
      );
      return 0;
    }
    await loadHsNomenclature(database.db);
    const added = await generateSampleCatalogue(database.db, {
      products: args.products,
      seed: args.seed,
      today: bangkokToday(systemClock.now()),
    });
    process.stdout.write(
      `Added ${added.products} sample products, ${added.certifications} certifications and ` +
        `${added.entrepreneurs} sample businesses (seed ${args.seed}) to ${where} in ${seconds(started)} s.\n`,
    );
    if (added.products < args.products) {
      process.stdout.write(
        `${args.products - added.products} of the ${args.products} products of seed ${args.seed} were there already.\n`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

runCommand('sample-data', main, (error) =>
  error instanceof DataDirInUseError
    ? { text: `${error.message}\nStop the platform first, then run sample-data again.\n`, exitCode: 1 }
    : undefined,
);
