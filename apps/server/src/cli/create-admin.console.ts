/** What `npm run create-admin` reads from its command line and prints: the usage text, the arguments, the summary. */
import { parseArgs } from 'node:util';
import type { EnsureAdministratorInput, EnsureAdministratorResult } from './ensure-administrator.ts';

export const usage = `Create an administrator of the Bangkok International Affairs Platform.

Usage:
  npm run create-admin -- --email <address> --name <name> [--password <password>] [--locale th|en]

Options:
  --email      the administrator's e-mail address (required)
  --name       their name as shown in the platform (required when the account does not exist yet)
  --password   their password, at least 10 characters. Leave it out to have a strong one generated
               and printed once (a password typed on the command line stays in the shell's history).
  --locale     the interface language of a new account: th (default) or en
  --help       show this text

When an account with the e-mail address exists, it gets the admin role (and is reactivated if it was
deactivated); with --password its password is replaced and its sessions end. Every change is
recorded in the audit trail.

The database is the one the platform uses: the folder DATA_DIR (default .data) or the server
DATABASE_URL. Stop the platform first when it runs on the same data folder.

Exit codes: 0 done, 1 the database could not be used, 2 wrong arguments.
`;

export class UsageError extends Error {}

/** Reads the command line; throws UsageError for anything it does not understand. */
export function parseCreateAdminArguments(argv: string[]): EnsureAdministratorInput | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.email) throw new UsageError('--email is required.');
  return {
    email: values.email,
    ...(values.name !== undefined ? { displayName: values.name } : {}),
    ...(values.password !== undefined ? { password: values.password } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
  };
}

export function describeResult(result: EnsureAdministratorResult, signInUrl: string): string {
  const lines = [
    {
      created: `Created the administrator account ${result.email}.`,
      promoted: `${result.email} is now an administrator.`,
      already_admin: `${result.email} was already an administrator.`,
    }[result.outcome],
  ];
  if (result.isReactivated) lines.push('The account had been deactivated; it is active again.');
  if (result.generatedPassword) {
    lines.push(
      '',
      `Password: ${result.generatedPassword}`,
      'It is shown only this once: keep it safe, and change it after signing in.',
    );
  } else if (result.isPasswordSet) {
    lines.push('The password was set; the account was signed out everywhere.');
  } else {
    lines.push('Nothing changed: the account keeps its password.');
  }
  lines.push('', `Sign in at ${signInUrl}`);
  return `${lines.join('\n')}\n`;
}
