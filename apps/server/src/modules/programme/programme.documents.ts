/** The programme's generated documents (letters, reports): DOCX or PDF, rendered and described alike. */
import { z } from 'zod';
import { renderDocx, renderPdf, type OfficialDocument } from '../../shared/documents/official-document.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MEDIA_TYPE = 'application/pdf';

export type DocumentFormat = 'docx' | 'pdf';

export function mediaTypeOf(format: DocumentFormat): string {
  return format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE;
}

/** A document rendered in a format, with the media type it is served as. */
export async function renderAs(
  document: OfficialDocument,
  format: DocumentFormat,
): Promise<{ content: Buffer; mediaType: string }> {
  return {
    content: format === 'docx' ? await renderDocx(document) : await renderPdf(document),
    mediaType: mediaTypeOf(format),
  };
}

/** The OpenAPI content of an answer carrying a document in a format. */
export function documentContent(format: DocumentFormat) {
  return { [mediaTypeOf(format)]: { schema: z.string().meta({ format: 'binary' }) } };
}
