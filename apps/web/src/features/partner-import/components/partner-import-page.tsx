/**
 * /partners/import — partners, agreements or activities from a CSV or XLSX file: the file is checked
 * first (a preview, row by row, that writes nothing), then applied as previewed.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@bia/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useApplyImport, usePreviewImport } from '../api/partner-import.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { ImportForm } from './import-form.tsx';
import { ImportGuide } from './import-guide.tsx';
import { ImportPreviewSection } from './import-preview.tsx';
import { ImportResult } from './import-result.tsx';
import '../partner-import.css';

export function PartnerImportPage() {
  const { t } = useTranslation(['partner_import']);
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const ids = { result: useId(), applyError: useId() };
  const focusAfterRender = useFocusAfterRender();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('partners');
  const [file, setFile] = useState<File | null>(null);
  const [isFileMissing, setIsFileMissing] = useState(false);
  const preview = usePreviewImport();
  const apply = useApplyImport();

  /** A new choice of kind or file makes the preview (and any result) out of date. */
  function forgetOutcome() {
    preview.reset();
    apply.reset();
  }

  function changeKind(next: ImportKind) {
    setKind(next);
    forgetOutcome();
  }

  function changeFile(next: File | null) {
    setFile(next);
    setIsFileMissing(false);
    forgetOutcome();
  }

  function focusFileInput() {
    focusAfterRender(() => fileInputRef.current);
  }

  function checkFile() {
    apply.reset();
    if (!file) {
      setIsFileMissing(true);
      focusFileInput();
      return;
    }
    preview.mutate({ kind, file }, { onError: focusFileInput });
  }

  function applyPreview() {
    if (!file || !preview.data) return;
    apply.mutate(
      { kind, file, token: preview.data.token },
      {
        onSuccess: () => focusAfterRender(ids.result),
        onError: () => focusAfterRender(ids.applyError),
      },
    );
  }

  function startOver() {
    if (fileInputRef.current) fileInputRef.current.value = '';
    changeFile(null);
    focusFileInput();
  }

  const fileError = isFileMissing
    ? t('import.form.file_required')
    : preview.isError
      ? errorMessage(preview.error, tCommon)
      : undefined;

  // Said by screen readers when a check or an import is done; the counts are on the page too.
  const announcement = apply.data
    ? t('import.result.summary', {
        created: format.number(apply.data.counts.create),
        updated: format.number(apply.data.counts.update),
        unchanged: format.number(apply.data.counts.unchanged),
        rejected: format.number(apply.data.counts.reject),
      })
    : preview.data
      ? t('import.preview.summary', {
          create: format.number(preview.data.counts.create),
          update: format.number(preview.data.counts.update),
          unchanged: format.number(preview.data.counts.unchanged),
          reject: format.number(preview.data.counts.reject),
        })
      : '';

  return (
    <div className="import-page stack">
      <PageHeader title={t('import.title')} intro={<p>{t('import.intro')}</p>} />
      <ImportForm
        kind={kind}
        onKindChange={changeKind}
        onFileChange={changeFile}
        onSubmit={checkFile}
        fileInputRef={fileInputRef}
        fileError={fileError}
        isChecking={preview.isPending}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {apply.data ? (
        <ImportResult result={apply.data} headingId={ids.result} onAgain={startOver} />
      ) : preview.data ? (
        <ImportPreviewSection
          key={preview.data.token}
          preview={preview.data}
          onApply={applyPreview}
          isApplying={apply.isPending}
          applyError={apply.error}
          applyErrorId={ids.applyError}
          onPreviewAgain={checkFile}
          onChooseAnother={startOver}
        />
      ) : null}
      <ImportGuide kind={kind} />
    </div>
  );
}
