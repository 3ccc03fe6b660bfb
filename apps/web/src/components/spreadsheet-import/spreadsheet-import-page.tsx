/**
 * An import page: records from a CSV or XLSX file of a chosen kind, checked first (a preview, row by
 * row, that writes nothing), then applied as previewed. What differs between imports (the title, the
 * kinds, the API, what to refresh, where to go afterwards, the guide) comes in as props.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryKey } from '@tanstack/react-query';
import { errorMessage } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useFocusAfterRender } from '../../lib/use-focus-after-render.ts';
import { PageHeader } from '../page-header.tsx';
import { ImportForm } from './import-form.tsx';
import { ImportPreviewSection } from './import-preview.tsx';
import { ImportResult, useResultSummary, type ImportDoneLink } from './import-result.tsx';
import type { ImportEndpoints } from './types.ts';
import { useApplySpreadsheet, usePreviewSpreadsheet } from './use-spreadsheet-import.ts';

export interface SpreadsheetImportPageProps<Kind extends string> {
  title: string;
  intro: string;
  /** The kinds of file, in the order offered; the first is chosen at first. */
  kinds: readonly [Kind, ...Kind[]];
  kindLabel: (kind: Kind) => string;
  endpoints: ImportEndpoints;
  /** The queries an applied import makes out of date (every query of the records it writes). */
  invalidates: readonly QueryKey[];
  doneLink: ImportDoneLink;
  /** How to write a file of the chosen kind. */
  guide: (kind: Kind) => ReactNode;
}

export function SpreadsheetImportPage<Kind extends string>({
  title,
  intro,
  kinds,
  kindLabel,
  endpoints,
  invalidates,
  doneLink,
  guide,
}: SpreadsheetImportPageProps<Kind>) {
  const { t } = useTranslation('spreadsheet_import');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const resultSummary = useResultSummary();
  const ids = { result: useId(), applyError: useId() };
  const focusAfterRender = useFocusAfterRender();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [isFileMissing, setIsFileMissing] = useState(false);
  const preview = usePreviewSpreadsheet<Kind>(endpoints.preview);
  const apply = useApplySpreadsheet<Kind>(endpoints.apply, invalidates);

  /** A new choice of kind or file makes the preview (and any result) out of date. */
  function forgetOutcome() {
    preview.reset();
    apply.reset();
  }

  function changeKind(next: Kind) {
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
    ? t('form.file_required')
    : preview.isError
      ? errorMessage(preview.error, tCommon)
      : undefined;

  // Said by screen readers when a check or an import is done; the counts are on the page too.
  const announcement = apply.data
    ? resultSummary(apply.data.counts)
    : preview.data
      ? t('preview.summary', {
          create: format.number(preview.data.counts.create),
          update: format.number(preview.data.counts.update),
          unchanged: format.number(preview.data.counts.unchanged),
          reject: format.number(preview.data.counts.reject),
        })
      : '';

  return (
    <div className="import-page stack">
      <PageHeader title={title} intro={<p>{intro}</p>} />
      <ImportForm
        kinds={kinds}
        kindLabel={kindLabel}
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
        <ImportResult result={apply.data} headingId={ids.result} doneLink={doneLink} onAgain={startOver} />
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
      {guide(kind)}
    </div>
  );
}
