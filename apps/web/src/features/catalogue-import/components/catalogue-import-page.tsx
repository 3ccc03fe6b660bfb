/**
 * /businesses/import — Bangkok Brand businesses or their products from a CSV or XLSX file (Social
 * Development's spreadsheets): the file is checked first (a preview, row by row, that writes
 * nothing), then applied as previewed.
 */
import { useTranslation } from 'react-i18next';
import { catalogueImportKinds, type CatalogueImportKind } from '@bia/contracts';
import { SpreadsheetImportPage } from '../../../components/spreadsheet-import/index.ts';
import { paths } from '../../../config/paths.ts';
import { catalogueImportEndpoints, catalogueQueryPrefixes } from '../api/catalogue-import.ts';
import { importKindKey } from '../utils/catalogue-keys.ts';
import { CatalogueImportGuide } from './catalogue-import-guide.tsx';

export function CatalogueImportPage() {
  const { t } = useTranslation(['catalogue_import']);
  return (
    <SpreadsheetImportPage
      title={t('title')}
      intro={t('intro')}
      kinds={catalogueImportKinds}
      kindLabel={(kind: CatalogueImportKind) => t(importKindKey[kind])}
      endpoints={catalogueImportEndpoints}
      invalidates={catalogueQueryPrefixes}
      doneLink={{ to: paths.businesses, label: t('result.to_businesses') }}
      guide={(kind) => <CatalogueImportGuide kind={kind} />}
    />
  );
}
