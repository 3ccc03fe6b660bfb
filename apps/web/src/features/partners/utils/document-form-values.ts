/**
 * The document form's values as typed, and the multipart body the upload takes: the file, a title,
 * and the agreement or activity the document belongs to. The server reads the file's type from its
 * content and checks every field; the browser asks for a file before sending.
 */
import { z } from 'zod';

export interface DocumentFormValues {
  /** What the file field holds (a FileList in the browser); nothing until a file is chosen. */
  file: FileList | undefined;
  title: string;
  /** `agreement:<id>`, `activity:<id>`, or empty for the partner itself. */
  belongsTo: string;
}

export const emptyDocumentForm: DocumentFormValues = { file: undefined, title: '', belongsTo: '' };

export const documentFormSchema = z.object({
  file: z.custom<FileList | undefined>().refine((files) => (files?.[0]?.size ?? 0) > 0, {
    params: { messageKey: 'partner_pages:document.file_required' },
  }),
  title: z.string(),
  belongsTo: z.string(),
});

/** The upload's body: the file, the title when one is typed, what the document belongs to. */
export function documentBodyOf(file: File, values: DocumentFormValues): FormData {
  const body = new FormData();
  body.set('file', file, file.name);
  const title = values.title.trim();
  if (title) body.set('title', title);
  const [kind, id] = values.belongsTo.split(':');
  if (kind === 'agreement' && id) body.set('agreementId', id);
  if (kind === 'activity' && id) body.set('activityId', id);
  return body;
}
