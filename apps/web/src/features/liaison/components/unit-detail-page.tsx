/**
 * /units/:code — one unit: its names and where they come from (each source by its name, with its
 * link), notes, and its liaison officers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UnitDetail } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { UnitPageSections } from '../../../components/unit-page-sections.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useUnit, useUnits } from '../api/units.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { unitDisplayName } from '../utils/unit-display-name.ts';
import { languageOfText } from '../../../lib/languages.ts';
import { unitSourcesOf } from '../utils/unit-sources.ts';
import { LiaisonCountBadge, SampleBadge, UnconfirmedMarker } from './badges.tsx';
import { OfficersSection } from './officers-section.tsx';
import { UnitEditForm } from './unit-edit-form.tsx';
import { useUnitKindLabel } from './unit-kind-label.tsx';
import { UnitSourceList } from './unit-sources.tsx';
import { PrimaryUnitName } from './unit-name.tsx';
import '../liaison.css';

export function UnitDetailPage() {
  const { t } = useTranslation('liaison');
  const { code = '' } = useParams();
  const unit = useUnit(code);

  return (
    <div className="liaison-page">
      <p className="liaison-back">
        <Link to={paths.units}>{t('unit.back')}</Link>
      </p>
      {unit.isPending && <Loading />}
      {unit.isError && (
        <>
          <PageHeader title={t('unit.title_fallback')} />
          <QueryError error={unit.error} onRetry={() => void unit.refetch()} />
        </>
      )}
      {unit.data && <UnitView unit={unit.data} reload={async () => (await unit.refetch()).data} />}
    </div>
  );
}

function UnitView({ unit, reload }: { unit: UnitDetail; reload: Reload<UnitDetail> }) {
  const { t } = useTranslation('liaison');
  const format = useFormat();
  const kindLabel = useUnitKindLabel();
  const allUnits = useUnits({});
  const focusAfterRender = useFocusAfterRender();
  const prefix = useId();
  const ids = { about: `${prefix}-about`, edit: `${prefix}-edit` };
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState('');
  const parent = unit.parentCode
    ? allUnits.data?.find((candidate) => candidate.code === unit.parentCode)
    : undefined;

  return (
    <>
      {/* The name carries its own language (lang="th" on an English page). */}
      <PageHeader
        title={unitDisplayName(unit, format.locale)}
        heading={<PrimaryUnitName unit={unit} />}
        intro={
          <p className="inline-badges">
            <Badge>{kindLabel(unit.kind)}</Badge>
            <LiaisonCountBadge count={unit.liaisonCount} />
            {unit.isCoveredBySampleOnly && <SampleBadge />}
            {format.locale === 'en' && !unit.nameEn && <UnconfirmedMarker />}
          </p>
        }
      />

      <div className="stack">
        <section className="card liaison-section" aria-labelledby={ids.about}>
          <h2 id={ids.about} tabIndex={-1}>
            {t('unit.about')}
          </h2>
          <p className="liaison-live" role="status">
            {status}
          </p>
          <dl className="liaison-facts">
            <div>
              <dt>{t('unit.name_th')}</dt>
              <dd lang="th">{unit.nameTh}</dd>
            </div>
            <div>
              <dt>{t('unit.name_en')}</dt>
              <dd>{unit.nameEn ? <span lang="en">{unit.nameEn}</span> : <UnconfirmedMarker />}</dd>
            </div>
            <div>
              <dt>{t('unit.kind')}</dt>
              <dd>{kindLabel(unit.kind)}</dd>
            </div>
            <div>
              <dt>{t('unit.code')}</dt>
              <dd className="liaison-code">{unit.code}</dd>
            </div>
            {unit.parentCode && (
              <div>
                <dt>{t('unit.parent')}</dt>
                <dd>
                  <Link to={paths.unit(unit.parentCode)}>
                    {parent ? <PrimaryUnitName unit={parent} /> : unit.parentCode}
                  </Link>
                </dd>
              </div>
            )}
            <div className="liaison-facts__wide">
              <dt>{t('unit.notes')}</dt>
              <dd className="liaison-prewrap">
                {unit.notes ?? <span className="liaison-muted">{t('unit.no_notes')}</span>}
              </dd>
            </div>
          </dl>

          {unit.canEditUnit &&
            (isEditing ? (
              <UnitEditForm
                unit={unit}
                reload={reload}
                onCancel={() => {
                  setIsEditing(false);
                  focusAfterRender(ids.edit);
                }}
                onSaved={() => {
                  setIsEditing(false);
                  setStatus(t('unit.saved'));
                  focusAfterRender(ids.about);
                }}
              />
            ) : (
              <div className="form-actions">
                <button
                  type="button"
                  id={ids.edit}
                  className="button button-secondary"
                  onClick={() => {
                    setStatus('');
                    setIsEditing(true);
                  }}
                >
                  {t('unit.edit')}
                </button>
              </div>
            ))}

          <div className="liaison-sources">
            <h3>{t('unit.sources')}</h3>
            <ul>
              <li>
                {t('unit.source_th')} <UnitSourceList sources={unitSourcesOf(unit.nameThSource)} />
              </li>
              {unit.nameEn && (
                <li>
                  {t('unit.source_en')} <UnitSourceList sources={unitSourcesOf(unit.nameEnSource)} />
                </li>
              )}
              {unit.sourceNotes && (
                <li>
                  {t('unit.source_notes')}{' '}
                  <span lang={languageOfText(unit.sourceNotes)}>{unit.sourceNotes}</span>
                </li>
              )}
              <li>{t('unit.updated', { date: format.dateTime(unit.updatedAt) })}</li>
            </ul>
          </div>
        </section>

        <OfficersSection unit={unit} reload={reload} />
        <UnitPageSections unitCode={unit.code} />
      </div>
    </>
  );
}
