/**
 * /partners/import — partners, agreements or activities from a CSV or XLSX file: the file is checked
 * first (a preview, row by row, that writes nothing), then applied as previewed.
 */
import { useTranslation } from 'react-i18next';
import { importKinds, type ImportKind } from '@bia/contracts';
import { SpreadsheetImportPage } from '../../../components/spreadsheet-import/index.ts';
import { paths } from '../../../config/paths.ts';
import { partnerImportEndpoints, partnerQueryPrefix } from '../api/partner-import.ts';
import { importKindKey } from '../utils/catalogue-keys.ts';
import { PartnerImportGuide } from './partner-import-guide.tsx';

const invalidates = [partnerQueryPrefix] as const;

export function PartnerImportPage() {
  const { t } = useTranslation(['partner_import']);
  return (
    <SpreadsheetImportPage
      title={t('import.title')}
      intro={t('import.intro')}
      kinds={importKinds}
      kindLabel={(kind: ImportKind) => t(importKindKey[kind])}
      endpoints={partnerImportEndpoints}
      invalidates={invalidates}
      doneLink={{ to: paths.partners, label: t('import.result.to_partners') }}
      guide={(kind) => <PartnerImportGuide kind={kind} />}
    />
  );
}
