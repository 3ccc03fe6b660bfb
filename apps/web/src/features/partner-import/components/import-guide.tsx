/**
 * How to write a file of the chosen kind: the rules, the columns (with the template to download), an
 * example, and the codes the coded columns take, from the contracts and the registry's reference data.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  agreementTypes,
  partnerKinds,
  type ImportKind,
  type PartnerReference,
} from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
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

interface CodeItem {
  code: string;
  name: string;
}

export function ImportGuide({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation(['partner_import']);
  const ids = { heading: useId(), example: useId(), values: useId() };
  const columns: readonly ImportColumn[] = importColumnGuide[kind];

  return (
    <section className="card import-guide" aria-labelledby={ids.heading}>
      <div className="import-guide__head">
        <h2 id={ids.heading}>{t(guideHeadingKey[kind])}</h2>
        <a className="button button-secondary" href={importTemplateUrl(kind)} download>
          {t('import.guide.template')}
        </a>
      </div>
      <ul className="import-rules">
        <li>{t('import.guide.rules.header')}</li>
        <li>{t('import.guide.rules.encoding')}</li>
        <li>{t('import.guide.rules.dates')}</li>
        <li>{t('import.guide.rules.blank')}</li>
        <li>{t('import.guide.rules.matching')}</li>
        {kind !== 'partners' && <li>{t('import.guide.rules.partner_reference')}</li>}
      </ul>

      <ColumnsTable kind={kind} columns={columns} />
      <ColumnsCards kind={kind} columns={columns} />

      <h3 id={ids.example}>{t('import.guide.example')}</h3>
      {/* Scrolls sideways on a phone: focusable, so it can be scrolled from the keyboard. */}
      <pre className="import-example" tabIndex={0} aria-labelledby={ids.example}>
        <code>{t(guideExampleKey[kind])}</code>
      </pre>

      <h3 id={ids.values}>{t('import.guide.values_heading')}</h3>
      <ImportCodes kind={kind} />
    </section>
  );
}

interface ColumnsProps {
  kind: ImportKind;
  columns: readonly ImportColumn[];
}

function RequiredMark({ column }: { column: ImportColumn }) {
  const { t } = useTranslation(['partner_import']);
  return column.isRequired ? (
    <Badge tone="warning">{t('import.guide.required_yes')}</Badge>
  ) : (
    <span className="import-optional">{t('import.guide.required_no')}</span>
  );
}

/** Wide screens: the columns as a table. */
function ColumnsTable({ kind, columns }: ColumnsProps) {
  const { t } = useTranslation(['partner_import']);
  return (
    <div className="table-wrap import-columns-table">
      <table className="table table-compact import-columns">
        <caption className="visually-hidden">{t(guideTableCaptionKey[kind])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.guide.column')}</th>
            <th scope="col">{t('import.guide.required')}</th>
            <th scope="col">{t('import.guide.description')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td className="cell-nowrap">
                <RequiredMark column={column} />
              </td>
              <td>{t(column.descriptionKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one entry per column, the description under the name. */
function ColumnsCards({ kind, columns }: ColumnsProps) {
  const { t } = useTranslation(['partner_import']);
  return (
    <ul className="import-columns-cards" aria-label={t(guideTableCaptionKey[kind])}>
      {columns.map((column) => (
        <li key={column.name}>
          <p className="import-columns-cards__name">
            <code>{column.name}</code>
            <RequiredMark column={column} />
          </p>
          <p>{t(column.descriptionKey)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The codes of the chosen kind's coded columns. */
function ImportCodes({ kind }: { kind: ImportKind }) {
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
        <div className="import-codes">
          <CodeGroup title={t('import.guide.values.partner_kinds')}>
            <CodeList items={partnerKinds.map((code) => ({ code, name: t(partnerKindKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.regions')}>
            {fromReference((data) =>
              data.regions.map((region) => ({ code: region.code, name: localizedName(region, locale) })),
            )}
          </CodeGroup>
        </div>
      );
    case 'agreements':
      return (
        <div className="import-codes">
          <CodeGroup title={t('import.guide.values.agreement_types')}>
            <CodeList items={agreementTypes.map((code) => ({ code, name: t(agreementTypeKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.fields')}>{fields}</CodeGroup>
        </div>
      );
    case 'activities':
      return (
        <div className="import-codes">
          <CodeGroup title={t('import.guide.values.activity_kinds')}>
            <CodeList items={activityKinds.map((code) => ({ code, name: t(activityKindKey[code]) }))} />
          </CodeGroup>
          <CodeGroup title={t('import.guide.values.fields')}>{fields}</CodeGroup>
        </div>
      );
  }
}

function CodeGroup({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="import-code-group" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {children}
    </section>
  );
}

function CodeList({ items }: { items: readonly CodeItem[] }) {
  return (
    <dl className="import-code-list">
      {items.map((item) => (
        <div key={item.code}>
          <dt>
            <code>{item.code}</code>
          </dt>
          <dd>{item.name}</dd>
        </div>
      ))}
    </dl>
  );
}
