/**
 * Before the tests: makes sure the Debian packages they use are installed — Chromium and the Thai and
 * CJK fonts for the browser tests (without the fonts Chromium draws Thai and Chinese/Japanese/Korean
 * text as empty boxes, and screenshots and accessibility checks would be wrong), and poppler-utils,
 * whose pdftotext the unit tests of the official documents read PDFs with. Installs what is missing
 * with apt-get when running as root; otherwise, or when the install fails, it stops with an error.
 * No test is ever skipped for want of them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM_PATH = '/usr/bin/chromium';
const packages = ['chromium', 'fonts-thai-tlwg', 'fonts-noto-cjk', 'poppler-utils'] as const;

function say(line: string): void {
  process.stdout.write(`ensure-test-tools: ${line}\n`);
}

function isPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function missingPieces(): string[] {
  const missing = packages.filter((name) => !isPackageInstalled(name));
  if (!fs.existsSync(CHROMIUM_PATH) && !missing.includes('chromium')) missing.unshift('chromium');
  return missing;
}

function run(command: string, args: string[]): void {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function chromiumVersion(): string {
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${CHROMIUM_PATH} --version failed: ${result.stderr || result.error?.message || ''}`);
  }
  return result.stdout.trim();
}

function main(): void {
  const missing = missingPieces();
  if (missing.length > 0) {
    say(`missing: ${missing.join(', ')}`);
    if (process.getuid?.() !== 0) {
      throw new Error(
        `the tests need ${missing.join(', ')}, and only root can install them. ` +
          `Run: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
      );
    }
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', ...packages]);
    const stillMissing = missingPieces();
    if (stillMissing.length > 0)
      throw new Error(`still missing after installing: ${stillMissing.join(', ')}`);
  }
  say(`${chromiumVersion()} at ${CHROMIUM_PATH}, with fonts-thai-tlwg, fonts-noto-cjk and poppler-utils`);
}

try {
  main();
} catch (error) {
  process.stderr.write(
    `ensure-test-tools: ${(error as Error).message}\nThe tests cannot run without them; stopping.\n`,
  );
  process.exitCode = 1;
}
