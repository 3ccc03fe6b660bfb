/**
 * How the platform's commands (create-admin, sample-data) end: with the exit code their `main`
 * answers, or, when it throws, with what `explain` says of the error. What every command says alike
 * is said here: a wrong environment, and the stack of anything not foreseen.
 */
import { InvalidEnvironmentError } from '../config/env.ts';

export interface CommandFailure {
  /** Written to standard error. */
  text: string;
  exitCode: number;
}

function unforeseen(command: string, error: unknown): CommandFailure {
  if (error instanceof InvalidEnvironmentError) return { text: `${error.message}\n`, exitCode: 1 };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `${command} failed: ${detail}\n`, exitCode: 1 };
}

/** Runs `main` with the command line's arguments and sets the process's exit code. */
export function runCommand(
  command: string,
  main: (argv: string[]) => Promise<number>,
  explain: (error: unknown) => CommandFailure | undefined,
): void {
  main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      const failure = explain(error) ?? unforeseen(command, error);
      process.stderr.write(failure.text);
      process.exitCode = failure.exitCode;
    });
}
