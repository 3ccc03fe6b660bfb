/**
 * How to write a partners, agreements or activities file: the rules of this registry's files, the
 * columns, an example, and the codes the coded columns take, from the contracts and the registry's
 * reference data.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  agreementTypes,
  partnerKinds,
  type ImportKind,
  type PartnerReference,
} from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import {
  CodeGroup,
  CodeList,
  ImportGuide,
  type CodeItem,
} from '../../../components/spreadsheet-import/index.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePartnerReference } from '../api/partner-import.ts';
import {
  activityKindKey,
  agreementTypeKey,
  guideExampleKey,
  guideHeadingKey,
  guideTableCaptionKey,
  partnerKindKey,
} from '../utils/catalogue-keys.ts';
import { importColumnGuide, importTemplateUrl, type ImportColumn } from '../utils/import-columns.ts';
import { localizedName } from '../utils/localized-name.ts';

export function PartnerImportGuide({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation(['partner_import']);
  const guide: readonly ImportColumn[] = importColumnGuide[kind];
  const rules = [
    t('import.guide.rules.dates'),
    t('import.guide.rules.blank'),
    t('import.guide.rules.matching'),
    ...(kind === 'partners' ? [] : [t('import.guide.rules.partner_reference')]),
  ];

  return (
    <ImportGuide
      heading={t(guideHeadingKey[kind])}
      templateUrl={importTemplateUrl(kind)}
      rules={rules}
      columns={guide}
      describe={(key) => t(key)}
      columnsCaption={t(guideTableCaptionKey[kind])}
      example={t(guideExampleKey[kind])}
    >
      <PartnerCodes kind={kind} />
    </ImportGuide>
  );
}

/** The codes of the chosen kind's coded columns. */
function PartnerCodes({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation(['partner_import', 'partners']);
  const { locale } = useFormat();
  const reference = usePartnerReference();

  const fromReference = (pick: (data: PartnerReference) => readonly CodeItem[]): ReactNode => {
    if (reference.isPending) return <Loading />;
    if (reference.isError) {
      return <QueryError error={reference.error} onRetry={() => void reference.refetch()} />;
    }
    return <CodeList items={pick(reference.data)} />;
  };
  const fields = fromReference((data) =>
    data.cooperationFields.map((field) => ({ code: field.code, name: localizedName(field, locale) })),
  );

  switch (kind) {
    case 'partners':
      return (
        <>
          <CodeGroup title={t('import.guide.values.partner_kinds')}>
            <CodeList items={partnerKinds.map((code) => ({ code, name: t(partnerKindKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.regions')}>
            {fromReference((data) =>
              data.regions.map((region) => ({ code: region.code, name: localizedName(region, locale) })),
            )}
          </CodeGroup>
        </>
      );
    case 'agreements':
      return (
        <>
          <CodeGroup title={t('import.guide.values.agreement_types')}>
            <CodeList items={agreementTypes.map((code) => ({ code, name: t(agreementTypeKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.fields')}>{fields}</CodeGroup>
        </>
      );
    case 'activities':
      return (
        <>
          <CodeGroup title={t('import.guide.values.activity_kinds')}>
            <CodeList items={activityKinds.map((code) => ({ code, name: t(activityKindKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.fields')}>{fields}</CodeGroup>
        </>
      );
  }
}
