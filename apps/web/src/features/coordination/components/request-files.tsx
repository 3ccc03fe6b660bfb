/** A request's files: each downloadable; those taking part attach more (checked by the server by content). */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoordinationRequestDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { requestFileUrl, useUploadFile } from '../api/requests.ts';

export function RequestFiles({ request }: { request: CoordinationRequestDetail }) {
  const { t } = useTranslation('coordination');
  const { t: frameless } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadFile();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.files')}</h2>
      {request.files.length === 0 ? (
        <p className="empty">{t('detail.no_files')}</p>
      ) : (
        <ul className="coordination-files">
          {request.files.map((file) => (
            <li key={file.id}>
              <a href={requestFileUrl(request.id, file.id)} download>
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {request.can.attach && (
        <div className="field">
          <label htmlFor={inputId} className="field-label">
            {t('detail.attach')}
          </label>
          <p className="field-hint">{t('form.files_hint')}</p>
          <input
            id={inputId}
            ref={input}
            type="file"
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.webp,.txt,.csv"
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file)
                upload.mutate(
                  { id: request.id, file },
                  {
                    onSettled: () => {
                      if (input.current) input.current.value = '';
                    },
                  },
                );
            }}
          />
          {upload.isError && (
            <Alert tone="error">
              <p>{errorMessage(upload.error, frameless)}</p>
            </Alert>
          )}
        </div>
      )}
    </section>
  );
}
