/**
 * `npm run create-admin -- --email you@example.org --name "Your Name" [--password …]`
 *
 * Creates the first administrator (or makes an existing account an administrator) in the database
 * the platform is configured for (DATA_DIR, or DATABASE_URL). Exit codes: 0 done, 1 the database could
 * not be used (for example, the platform is running on the same data folder), 2 wrong arguments.
 */
import { loadEnv } from '../config/env.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { migrateDatabase, openConfiguredDatabase } from '../db/client.ts';
import { runCommand } from './command.ts';
import { describeResult, parseCreateAdminArguments, usage } from './create-admin.console.ts';
import {
  AdministratorInputError,
  ensureAdministrator,
  validateAdministratorInput,
  type EnsureAdministratorInput,
} from './ensure-administrator.ts';

async function main(argv: string[]): Promise<number> {
  let input: EnsureAdministratorInput | 'help';
  try {
    input = parseCreateAdminArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (input === 'help') {
    process.stdout.write(usage);
    return 0;
  }

  validateAdministratorInput(input);
  const env = loadEnv();
  const database = await openConfiguredDatabase(env);
  try {
    await migrateDatabase(database);
    const result = await ensureAdministrator(database.db, input);
    process.stdout.write(describeResult(result, `${env.publicUrl}/sign-in`));
    return 0;
  } finally {
    await database.close();
  }
}

runCommand('create-admin', main, (error) => {
  if (error instanceof AdministratorInputError)
    return { text: `${error.problems.join('\n')}\n`, exitCode: 2 };
  if (error instanceof DataDirInUseError) {
    return {
      text:
        `The platform (process ${error.holderPid}) is using the data folder ${error.dataDir}.\n` +
        'Stop the platform first, then run create-admin again.\n',
      exitCode: 1,
    };
  }
  return undefined;
});
