/**
 * Packages that only some requests need — spreadsheets, PDF, images, sending mail — loaded the first
 * time one is needed instead of when the server starts: together they cost the start about 0.6 s and
 * 100 MB that most sessions never use (issue 13, item 17; decision 0026). Import their types with
 * `import type`; take the package itself from these.
 */

/** Loads once, on the first call; every later call gets the same package. */
function onFirstUse<Package>(load: () => Promise<Package>): () => Promise<Package> {
  let loading: Promise<Package> | undefined;
  return () => (loading ??= load());
}

export const loadExcelJs = onFirstUse(async () => (await import('exceljs')).default);
export const loadPdfKit = onFirstUse(async () => (await import('pdfkit')).default);
export const loadSharp = onFirstUse(async () => (await import('sharp')).default);
export const loadNodemailer = onFirstUse(async () => (await import('nodemailer')).default);
