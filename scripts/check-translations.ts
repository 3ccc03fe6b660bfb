/**
 * `npm run i18n:check`: the translation catalogues (packages/i18n/locales/<language>/<namespace>.json)
 * against each other and against the code in apps/ and packages/. The rules are listed in
 * scripts/translations/translation-check.ts. Exits 1 with every problem listed, or 0 with a summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkTranslations,
  flattenCatalogue,
  formatProblems,
  type CatalogueTree,
  type Catalogues,
  type SourceText,
} from './translations/translation-check.ts';
import { catalogueLocales, catalogueNamespaces, interfaceLocales } from '../packages/i18n/src/locales.ts';

/** Decision 0016: the public catalogue's namespaces in its five languages, the rest in Thai and English. */
const languagesOf = (namespace: string): readonly string[] =>
  (catalogueNamespaces as readonly string[]).includes(namespace) ? catalogueLocales : interfaceLocales;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = path.join(root, 'packages/i18n/locales');
const sourceRoots = ['apps', 'packages'];
const skippedFolders = new Set(['node_modules', 'dist', 'coverage', 'test-results', 'playwright-report']);

function readCatalogues(): Catalogues {
  const catalogues: Record<string, Record<string, CatalogueTree>> = {};
  // Thai, the reference language, first; then the others in alphabetical order.
  const languages = fs
    .readdirSync(localesDir)
    .sort((a, b) => Number(b === 'th') - Number(a === 'th') || a.localeCompare(b));
  for (const language of languages) {
    const folder = path.join(localesDir, language);
    if (!fs.statSync(folder).isDirectory()) continue;
    catalogues[language] = {};
    for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const where = path.relative(root, path.join(folder, file));
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
      } catch (error) {
        throw new Error(`${where} is not valid JSON: ${(error as Error).message}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`${where} must hold a JSON object`);
      }
      catalogues[language][file.slice(0, -'.json'.length)] = parsed as CatalogueTree;
    }
  }
  return catalogues;
}

function readSources(): SourceText[] {
  const sources: SourceText[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts)$/.test(entry.name)) {
        sources.push({ path: path.relative(root, full), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of sourceRoots) walk(path.join(root, folder));
  return sources;
}

function main(): number {
  const catalogues = readCatalogues();
  const sources = readSources();
  const problems = checkTranslations({ catalogues, sources, languagesOf });
  const languages = Object.keys(catalogues);
  if (problems.length > 0) {
    process.stderr.write(`${formatProblems(problems)}\n\n`);
    process.stderr.write(
      `i18n:check found ${problems.length} problem(s) in the catalogues of ${languages.join(', ')}.\n`,
    );
    return 1;
  }
  const reference = catalogues[languages[0] ?? ''] ?? {};
  const countOf = (namespaces: [string, CatalogueTree][]) =>
    namespaces.reduce(
      (total, [namespace, tree]) => total + flattenCatalogue(namespace, tree, '').entries.size,
      0,
    );
  const everywhere = Object.entries(reference).filter(([namespace]) =>
    (catalogueNamespaces as readonly string[]).includes(namespace),
  );
  process.stdout.write(
    `i18n:check: the catalogues agree — ${countOf(Object.entries(reference))} texts in ${interfaceLocales.join(', ')}, ` +
      `of which ${countOf(everywhere)} (${everywhere.map(([namespace]) => namespace).join(', ')}) also in ` +
      `${catalogueLocales.filter((locale) => !interfaceLocales.some((other) => other === locale)).join(', ')} — ` +
      `and match the ${sources.length} source files.\n`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`i18n:check could not run: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
