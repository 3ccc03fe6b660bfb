/**
 * Reading generated documents back as a person's tools would: a DOCX unzipped as Word would, a PDF
 * through poppler-utils (pdftotext, pdffonts, pdfinfo). A missing tool fails the test with what to
 * install; it never skips it (`scripts/ensure-test-tools.ts` installs poppler-utils before the tests).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

let workFolder: string | undefined;
let fileCount = 0;

/** Runs one of poppler-utils' tools. */
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `${tool} could not run (${result.error.message}). These tests read PDFs with poppler-utils: ` +
        'install it (apt-get install poppler-utils) and run them again.',
    );
  }
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

/** Writes a PDF into a folder of the test run (removed by the system's temporary-file cleaning). */
export function savePdf(pdf: Uint8Array): string {
  workFolder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'bia-documents-'));
  fileCount += 1;
  const file = path.join(workFolder, `document-${fileCount}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

export function pdfText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return poppler('pdftotext', ['-enc', 'UTF-8', ...range, savePdf(pdf), '-']);
}

export function pdfPageCount(pdf: Uint8Array): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [savePdf(pdf)]))?.[1];
  return Number(pages);
}

/** Lines break wherever the page ends them, so text is compared without its white space. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every part of a DOCX (or any zip) as text, by its name in the archive. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
