/**
 * Where the platform's files are. The server runs from its sources (tests, `tsx`) and from the bundle
 * that `npm start` builds (apps/server/dist/main.js), so a file cannot find the reference data by a
 * path relative to itself: inside the bundle every module has the bundle's location. The repository's
 * root is found instead by walking up to the package.json that names the platform, and every folder
 * the server reads is named from there, once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PLATFORM_PACKAGE_NAME = 'bangkok-international-affairs-platform';

function isPlatformRoot(folder: string): boolean {
  const manifest = path.join(folder, 'package.json');
  if (!fs.existsSync(manifest)) return false;
  const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown };
  return name === PLATFORM_PACKAGE_NAME;
}

function findRepositoryRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (isPlatformRoot(folder)) return folder;
    if (path.dirname(folder) === folder) {
      throw new Error(`The platform's package.json was not found above ${start}.`);
    }
  }
}

export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The reference data committed with the platform (units, partners, holidays, HS codes, samples). */
export const referenceDataDir = path.join(repositoryRoot, 'data/reference');

/** The database migrations drizzle-kit generates (apps/server/src/db/migrations). */
export const migrationsDir = path.join(repositoryRoot, 'apps/server/src/db/migrations');

/** The built web app the server hands to browsers. */
export const webDistDir = path.join(repositoryRoot, 'apps/web/dist');
