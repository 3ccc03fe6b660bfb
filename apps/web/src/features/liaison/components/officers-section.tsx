/** A unit's liaison officers, and — when the server says the viewer may — adding, changing and removing them. */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref, type LiaisonOfficer, type UnitDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { ConfirmFooter, Dialog } from '../../../components/dialog.tsx';
import { LanguageTags } from '../../../components/language-tags.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useDeleteOfficer } from '../api/officers.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { unitDisplayName } from '../utils/unit-display-name.ts';
import { SampleBadge } from './badges.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { OfficerForm } from './officer-form.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

export function OfficersSection({ unit, reload }: { unit: UnitDetail; reload: Reload<UnitDetail> }) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const { locale } = useFormat();
  const prefix = useId();
  const ids = {
    heading: `${prefix}-heading`,
    add: `${prefix}-add`,
    alert: `${prefix}-alert`,
    officer: (id: string) => `${prefix}-officer-${id}`,
    edit: (id: string) => `${prefix}-edit-${id}`,
  };
  const focusAfterRender = useFocusAfterRender();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [removing, setRemoving] = useState<LiaisonOfficer | null>(null);
  const [status, setStatus] = useState('');
  const [isReloading, setIsReloading] = useState(false);
  const [wasReloaded, setWasReloaded] = useState(false);
  const remove = useDeleteOfficer();
  const removeError = asApiError(remove.error);
  const canEdit = unit.canEditLiaison;

  function open(next: Mode) {
    setStatus('');
    remove.reset();
    setMode(next);
  }

  function saved(officer: LiaisonOfficer, message: string) {
    setMode({ kind: 'list' });
    setStatus(message);
    focusAfterRender(ids.officer(officer.id));
  }

  function cancel() {
    const target = mode.kind === 'edit' ? ids.edit(mode.id) : ids.add;
    setMode({ kind: 'list' });
    focusAfterRender(target);
  }

  function confirmRemove() {
    if (!removing) return;
    const officer = removing;
    setWasReloaded(false);
    remove.mutate(
      { id: officer.id, version: officer.version },
      {
        onSuccess: () => {
          setRemoving(null);
          setStatus(t('officer.removed', { name: officer.fullName }));
          focusAfterRender(ids.heading);
        },
        onError: () => focusAfterRender(ids.alert),
      },
    );
  }

  /** After a conflict the dialog stays open: the latest version is loaded and can be removed. */
  async function reloadAfterConflict() {
    if (!removing) return;
    setIsReloading(true);
    try {
      const latest = await reload();
      const current = latest?.officers.find((candidate) => candidate.id === removing.id);
      remove.reset();
      if (current) {
        setRemoving(current);
        setWasReloaded(true);
        focusAfterRender(`${ids.alert}-reloaded`);
      } else {
        setRemoving(null);
        setStatus(t('officer.gone'));
        focusAfterRender(ids.heading);
      }
    } finally {
      setIsReloading(false);
    }
  }

  return (
    <section className="card liaison-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {t('officer.heading')}
      </h2>
      <p className="liaison-live" role="status">
        {status}
      </p>
      {unit.officers.length === 0 ? (
        <Alert tone="warning">
          <p>{t('officer.none')}</p>
          {canEdit && <p>{t('officer.none_hint')}</p>}
        </Alert>
      ) : (
        <ul className="liaison-officers">
          {unit.officers.map((officer) => (
            <li key={officer.id}>
              {mode.kind === 'edit' && mode.id === officer.id ? (
                <OfficerForm
                  unitCode={unit.code}
                  officer={officer}
                  reload={reload}
                  onCancel={cancel}
                  onSaved={(updated) => saved(updated, t('officer.updated', { name: updated.fullName }))}
                />
              ) : (
                <OfficerCard officer={officer} headingId={ids.officer(officer.id)}>
                  {canEdit && (
                    <div className="form-actions">
                      <button
                        type="button"
                        id={ids.edit(officer.id)}
                        className="button button-secondary"
                        aria-label={t('officer.edit_named', { name: officer.fullName })}
                        onClick={() => open({ kind: 'edit', id: officer.id })}
                      >
                        {t('common:actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary liaison-button-danger"
                        aria-label={t('officer.remove_named', { name: officer.fullName })}
                        onClick={() => {
                          open({ kind: 'list' });
                          setRemoving(officer);
                        }}
                      >
                        {t('officer.remove')}
                      </button>
                    </div>
                  )}
                </OfficerCard>
              )}
            </li>
          ))}
        </ul>
      )}

      {canEdit &&
        (mode.kind === 'add' ? (
          <OfficerForm
            unitCode={unit.code}
            reload={reload}
            onCancel={cancel}
            onSaved={(created) => saved(created, t('officer.added', { name: created.fullName }))}
          />
        ) : (
          <div className="form-actions">
            <button type="button" id={ids.add} className="button" onClick={() => open({ kind: 'add' })}>
              {t('officer.add')}
            </button>
          </div>
        ))}

      {canEdit && (
        <Dialog
          open={removing !== null}
          onClose={() => {
            setRemoving(null);
            remove.reset();
            setWasReloaded(false);
          }}
          title={t('officer.confirm_title')}
          footer={
            <ConfirmFooter
              onCancel={() => setRemoving(null)}
              onConfirm={confirmRemove}
              isDisabled={remove.isPending || (removeError !== null && isStaleConflict(removeError))}
            >
              {remove.isPending ? t('form.removing') : t('officer.confirm_remove')}
            </ConfirmFooter>
          }
        >
          {removeError && isStaleConflict(removeError) ? (
            <StaleConflict
              focusClassName="liaison-focus-target"
              reloadText={t('conflict.reload')}
              error={removeError}
              id={ids.alert}
              isReloading={isReloading}
              onReload={reloadAfterConflict}
            />
          ) : (
            remove.isError && (
              <ErrorAlert focusClassName="liaison-focus-target" error={remove.error} id={ids.alert} />
            )
          )}
          {wasReloaded && (
            <ReloadedNotice
              focusClassName="liaison-focus-target"
              id={`${ids.alert}-reloaded`}
              message={t('conflict.reloaded_confirm')}
            />
          )}
          {removing && (
            <p>
              {t('officer.confirm_body', {
                name: removing.fullName,
                unit: unitDisplayName(unit, locale),
              })}
            </p>
          )}
        </Dialog>
      )}
    </section>
  );
}

function OfficerCard({
  officer,
  headingId,
  children,
}: {
  officer: LiaisonOfficer;
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const format = useFormat();
  const notGiven = <span className="liaison-muted">{t('officer.not_given')}</span>;
  return (
    <article className="liaison-officer" aria-labelledby={headingId}>
      <header className="liaison-officer__header">
        <h3 id={headingId} tabIndex={-1}>
          {officer.fullName}
        </h3>
        {officer.isSample && <SampleBadge />}
      </header>
      {officer.position && <p className="liaison-officer__position">{officer.position}</p>}
      <dl className="liaison-facts">
        <div>
          <dt>{t('officer.email')}</dt>
          <dd>{officer.email ? <a href={`mailto:${officer.email}`}>{officer.email}</a> : notGiven}</dd>
        </div>
        <div>
          <dt>{t('officer.phone')}</dt>
          <dd>{officer.phone ? <a href={telHref(officer.phone)}>{officer.phone}</a> : notGiven}</dd>
        </div>
        <div>
          <dt>{t('officer.languages')}</dt>
          <dd>
            <LanguageTags codes={officer.languages} className="liaison-tags" empty={notGiven} />
          </dd>
        </div>
        <div>
          <dt>{t('officer.since')}</dt>
          <dd>{officer.since ? format.date(officer.since) : notGiven}</dd>
        </div>
      </dl>
      {children}
    </article>
  );
}
