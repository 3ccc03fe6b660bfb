/**
 * A product's photos in their order, and — for those who may change the product — adding one (JPEG,
 * PNG, WebP or HEIC of at most 10 MB; the server judges the content, strips location data and makes
 * the sizes the pages use) and removing one. The server's refusal is shown at the file field; the
 * browser only asks for a file first (utils/photo-form-values.ts).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { photoUrl, usePhotos, useRemovePhoto, useUploadPhoto } from '../api/products.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { asApiError, fieldOrItemError } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { shownName } from '../utils/names.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { photoFormSchema, type PhotoFormValues } from '../utils/photo-form-values.ts';

const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif';

export function PhotosSection({ product }: { product: Product }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const photos = usePhotos(product.id);
  const remove = useRemovePhoto(product.id);
  const name = shownName(product.name, format.locale).text;
  const items = photos.data ?? [];
  const canEdit = product.can.edit;

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('photos.heading', { number: format.number(items.length) })}
      </h2>
      <p className="live-status" role="status">
        {status}
      </p>
      {photos.isPending && <Loading />}
      {photos.isError && <QueryError error={photos.error} onRetry={() => void photos.refetch()} />}
      {remove.isError && <ErrorAlert focusClassName="biz-focus-target" error={remove.error} />}
      {photos.data && items.length === 0 && <p className="empty">{t('photos.none')}</p>}
      {items.length > 0 && (
        <ol className="biz-photos">
          {items.map((photo, index) => {
            const alt = t('photos.alt', { number: format.number(index + 1), name });
            return (
              <li key={photo.id} className="biz-photo">
                <a href={photoUrl(photo.id, 'full')} target="_blank" rel="noreferrer">
                  <img
                    src={photoUrl(photo.id, 'thumb')}
                    alt={alt}
                    width={160}
                    height={Math.round((160 * photo.height) / Math.max(1, photo.width))}
                    loading="lazy"
                  />
                  <span className="visually-hidden"> {t('business.new_tab')}</span>
                </a>
                {canEdit && (
                  <button
                    type="button"
                    className="button button-secondary button-small biz-button-danger"
                    aria-label={t('photos.remove_named', { name: alt })}
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(photo.id, {
                        onSuccess: () => {
                          setStatus(t('photos.removed'));
                          focusAfterRender(headingId);
                        },
                      })
                    }
                  >
                    {t('photos.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && <UploadForm productId={product.id} onUploaded={() => setStatus(t('photos.uploaded'))} />}
    </section>
  );
}

function UploadForm({ productId, onUploaded }: { productId: string; onUploaded: () => void }) {
  const { t } = useTranslation('catalogue_pages');
  const headingId = useId();
  const upload = useUploadPhoto(productId);
  const error = asApiError(upload.error);
  const form = useContractForm<PhotoFormValues, PhotoFormValues>({
    schema: photoFormSchema,
    defaultValues: { file: undefined },
  });

  function submit(event: FormEvent) {
    void form.handleSubmit(
      ({ file }) => {
        const chosen = file?.[0];
        if (!chosen) return;
        const body = new FormData();
        body.set('file', chosen, chosen.name);
        upload.mutate(body, {
          onSuccess: () => {
            // Empties the file field for the next photo.
            form.reset();
            onUploaded();
          },
          onError: () => form.setFocus('file'),
        });
      },
      () => upload.reset(),
    )(event);
  }

  // Every refusal of the server concerns the file: its message is shown at the field.
  const fileError = form.errorAt('file') ?? fieldOrItemError(error, 'file') ?? error?.text();
  return (
    <form className="form biz-subform" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{t('photos.add_heading')}</h3>
      {upload.error !== null && !error && (
        <ErrorAlert focusClassName="biz-focus-target" error={upload.error} />
      )}
      <Field label={t('photos.file')} hint={t('photos.file_hint')} error={fileError}>
        {(control) => <input {...control} type="file" accept={ACCEPTED_TYPES} {...form.register('file')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('photos.uploading') : t('photos.upload')}
        </button>
      </div>
    </form>
  );
}
