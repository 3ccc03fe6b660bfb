/**
 * How to write a file of one kind: the rules (those every import shares, then the kind's own), the
 * columns with the template to download, an example, and the codes the coded columns take. The
 * feature says what differs; the columns come from its guide, kept in step with the server's by a test.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../badge.tsx';

/** One column of a kind of file, as the feature's guide lists it. */
export interface GuideColumn<Key extends string = string> {
  name: string;
  /** The header must hold this column. */
  isRequired: boolean;
  /** The catalogue key of what the column holds, spelled out in the feature's list. */
  descriptionKey: Key;
}

export interface CodeItem {
  code: string;
  name: string;
}

interface ImportGuideProps<Key extends string> {
  heading: string;
  /** The server's template of the kind: the header row, as a CSV file to download. */
  templateUrl: string;
  /** The kind's own rules, after those every import shares (the header row, the encoding). */
  rules: readonly string[];
  columns: readonly GuideColumn<Key>[];
  /** A column's description in the reader's language: the feature's `t` for its description keys. */
  describe: (descriptionKey: Key) => string;
  /** Names the columns' table (and list, on phones) for assistive technology. */
  columnsCaption: string;
  /** A few lines of CSV. */
  example: string;
  /** The codes of the kind's coded columns: `CodeGroup`s. */
  children: ReactNode;
}

export function ImportGuide<Key extends string>({
  heading,
  templateUrl,
  rules,
  columns,
  describe,
  columnsCaption,
  example,
  children,
}: ImportGuideProps<Key>) {
  const { t } = useTranslation('spreadsheet_import');
  const ids = { heading: useId(), example: useId(), values: useId() };
  const described = columns.map((column) => ({ ...column, description: describe(column.descriptionKey) }));

  return (
    <section className="card import-guide" aria-labelledby={ids.heading}>
      <div className="import-guide__head">
        <h2 id={ids.heading}>{heading}</h2>
        <a className="button button-secondary" href={templateUrl} download>
          {t('guide.template')}
        </a>
      </div>
      <ul className="import-rules">
        <li>{t('guide.rules.header')}</li>
        <li>{t('guide.rules.encoding')}</li>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>

      <ColumnsTable columns={described} caption={columnsCaption} />
      <ColumnsCards columns={described} caption={columnsCaption} />

      <h3 id={ids.example}>{t('guide.example')}</h3>
      {/* Scrolls sideways on a phone: focusable, so it can be scrolled from the keyboard. */}
      <pre className="import-example" tabIndex={0} aria-labelledby={ids.example}>
        <code>{example}</code>
      </pre>

      <h3 id={ids.values}>{t('guide.values_heading')}</h3>
      <div className="import-codes">{children}</div>
    </section>
  );
}

type DescribedColumn = GuideColumn & { description: string };

interface ColumnsProps {
  columns: readonly DescribedColumn[];
  caption: string;
}

function RequiredMark({ column }: { column: DescribedColumn }) {
  const { t } = useTranslation('spreadsheet_import');
  return column.isRequired ? (
    <Badge tone="warning">{t('guide.required_yes')}</Badge>
  ) : (
    <span className="import-optional">{t('guide.required_no')}</span>
  );
}

/** Wide screens: the columns as a table. */
function ColumnsTable({ columns, caption }: ColumnsProps) {
  const { t } = useTranslation('spreadsheet_import');
  return (
    <div className="table-wrap import-columns-table">
      <table className="table table-compact import-columns">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guide.column')}</th>
            <th scope="col">{t('guide.required')}</th>
            <th scope="col">{t('guide.description')}</th>
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
              <td>{column.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one entry per column, the description under the name. */
function ColumnsCards({ columns, caption }: ColumnsProps) {
  return (
    <ul className="import-columns-cards" aria-label={caption}>
      {columns.map((column) => (
        <li key={column.name}>
          <p className="import-columns-cards__name">
            <code>{column.name}</code>
            <RequiredMark column={column} />
          </p>
          <p>{column.description}</p>
        </li>
      ))}
    </ul>
  );
}

/** One coded column's codes, under a heading that names the column. */
export function CodeGroup({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="import-code-group" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {children}
    </section>
  );
}

export function CodeList({ items }: { items: readonly CodeItem[] }) {
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
