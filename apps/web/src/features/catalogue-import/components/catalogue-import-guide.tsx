/**
 * How to write a file of businesses or of products: the rules of the catalogue's files (matching,
 * Buddhist-era dates, districts and categories by name, certifications on a product row), the
 * columns, an example, and the codes the coded columns take, named as the catalogue's pages name them.
 */
import { useTranslation } from 'react-i18next';
import {
  exportExperiences,
  exportReadinessLevels,
  legalForms,
  productCategories,
  type CatalogueImportKind,
} from '@bia/contracts';
import { CodeGroup, CodeList, ImportGuide } from '../../../components/spreadsheet-import/index.ts';
import {
  categoryKey,
  exportExperienceKey,
  exportReadinessKey,
  guideExampleKey,
  guideHeadingKey,
  guideTableCaptionKey,
  legalFormKey,
} from '../utils/catalogue-keys.ts';
import {
  catalogueImportColumnGuide,
  catalogueImportTemplateUrl,
  type CatalogueImportColumn,
} from '../utils/import-columns.ts';

export function CatalogueImportGuide({ kind }: { kind: CatalogueImportKind }) {
  const { t } = useTranslation(['catalogue_import']);
  const guide: readonly CatalogueImportColumn[] = catalogueImportColumnGuide[kind];
  const rules =
    kind === 'entrepreneurs'
      ? [
          t('guide.rules.blank'),
          t('guide.rules.matching_entrepreneurs'),
          t('guide.rules.districts'),
          t('guide.rules.lists'),
        ]
      : [
          t('guide.rules.blank'),
          t('guide.rules.matching_products'),
          t('guide.rules.business_reference'),
          t('guide.rules.dates'),
          t('guide.rules.certifications'),
          t('guide.rules.districts'),
          t('guide.rules.categories'),
        ];

  return (
    <ImportGuide
      heading={t(guideHeadingKey[kind])}
      templateUrl={catalogueImportTemplateUrl(kind)}
      rules={rules}
      columns={guide}
      describe={(key) => t(key)}
      columnsCaption={t(guideTableCaptionKey[kind])}
      example={t(guideExampleKey[kind])}
    >
      <CatalogueCodes kind={kind} />
    </ImportGuide>
  );
}

/** The codes of the chosen kind's coded columns. */
function CatalogueCodes({ kind }: { kind: CatalogueImportKind }) {
  const { t } = useTranslation(['catalogue_import', 'catalogue_pages']);
  switch (kind) {
    case 'entrepreneurs':
      return (
        <>
          <CodeGroup title={t('guide.values.legal_forms')}>
            <CodeList items={legalForms.map((code) => ({ code, name: t(legalFormKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('guide.values.export_experience')}>
            <CodeList
              items={exportExperiences.map((code) => ({ code, name: t(exportExperienceKey[code]) }))}
            />
          </CodeGroup>
          <CodeGroup title={t('guide.values.export_readiness')}>
            <CodeList
              items={exportReadinessLevels.map((code) => ({ code, name: t(exportReadinessKey[code]) }))}
            />
          </CodeGroup>
        </>
      );
    case 'products':
      return (
        <CodeGroup title={t('guide.values.categories')}>
          <CodeList items={productCategories.map((code) => ({ code, name: t(categoryKey[code]) }))} />
        </CodeGroup>
      );
  }
}
