/**
 * `npm run sample-data -- [--products N] [--deals N] [--orders N] [--seed S]` adds sample Bangkok Brand
 * businesses and products, and sample deals between them and the registry's partner cities with their
 * histories and orders (all marked as sample), to the database the platform is configured for
 * (DATA_DIR, or DATABASE_URL); `npm run sample-data -- --remove` deletes every sample row of the
 * catalogue and every sample deal. Exit codes: 0 done, 1 the database could not be used (for example,
 * the platform is running on the same data folder), 2 wrong arguments.
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
import { generateSampleDeals, removeSampleDeals } from '../modules/outcomes/index.ts';
import { bangkokToday, systemClock } from '../shared/clock.ts';
import { runCommand } from './command.ts';

const usage = `Usage: npm run sample-data -- [--products N] [--deals N] [--orders N] [--seed S]
       npm run sample-data -- --remove

  --products N  how many sample products to add (default 1000); about one business per five products
  --deals N     how many sample deals to add with their histories (default: one per five products)
  --orders N    how many order lines the deals that reach an order share (default: one per two products)
  --seed S      the same seed gives the same records (default 1); generating again adds only what is missing
  --remove      delete every sample deal, and every sample business, product and certification of the catalogue
`;

class ArgumentError extends Error {}

function parseArguments(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      products: { type: 'string', default: '1000' },
      deals: { type: 'string' },
      orders: { type: 'string' },
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
  // The benchmark's proportions: 100,000 products, 20,000 deals, 50,000 orders.
  const deals = values.deals === undefined ? Math.round(products / 5) : Number(values.deals);
  const orders = values.orders === undefined ? Math.round(products / 2) : Number(values.orders);
  if (!Number.isInteger(deals) || deals < 0 || deals > 1_000_000)
    throw new ArgumentError('--deals must be a whole number from 0 to 1,000,000.');
  if (!Number.isInteger(orders) || orders < 0 || orders > 10_000_000)
    throw new ArgumentError('--orders must be a whole number from 0 to 10,000,000.');
  return { products, deals, orders, seed, remove: values.remove, help: values.help };
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
      // The deals first: they name the sample businesses and products by id.
      const removedDeals = await removeSampleDeals(database.db);
      const removed = await removeSampleCatalogue(database.db);
      process.stdout.write(
        `Removed ${removedDeals} sample deals, ${removed.products} sample products, ${removed.certifications} ` +
          `certifications and ${removed.entrepreneurs} sample businesses from ${where} in ${seconds(started)} s.\n`,
      );
      return 0;
    }
    await loadHsNomenclature(database.db);
    const today = bangkokToday(systemClock.now());
    const added = await generateSampleCatalogue(database.db, {
      products: args.products,
      seed: args.seed,
      today,
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
    if (args.deals > 0) {
      // The deals' buyers are of the registry's partner cities (its reference data, loaded when the platform starts).
      const dealsStarted = performance.now();
      const deals = await generateSampleDeals(database.db, {
        deals: args.deals,
        orders: args.orders,
        seed: args.seed,
        today,
      });
      process.stdout.write(
        `Added ${deals.deals} sample deals with ${deals.entries} entries and ${deals.orderLines} order lines ` +
          `(seed ${args.seed}) in ${seconds(dealsStarted)} s.\n`,
      );
      if (deals.deals < args.deals)
        process.stdout.write(
          `${args.deals - deals.deals} of the ${args.deals} deals of seed ${args.seed} were there already ` +
            '(or there are no sample businesses, or no partner cities: start the platform once first).\n',
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
