import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Role, User } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useFetchLatestUser, useResendInvitation, useUpdateUser, useUser } from '../api/users.ts';
import { useRoleScopeError } from '../hooks/use-role-errors.ts';
import {
  draftsFromGrants,
  grantsFromDrafts,
  rolesMissingScope,
  sameGrants,
  type RoleDraft,
} from '../utils/role-drafts.ts';
import { RolesFieldset } from './roles-fieldset.tsx';
import { noticeFromState } from './user-notice.ts';

export function EditUserPage() {
  const { t } = useTranslation(['common', 'admin', 'errors']);
  const { id = '' } = useParams();
  const user = useUser(id);
  if (user.isPending) return <Loading />;
  if (user.isError) {
    return (
      <>
        <PageHeader title={t('admin:user_form.edit_title_unknown')} />
        <QueryError error={user.error} onRetry={() => void user.refetch()} />
        <p>
          <Link to={paths.users}>{t('admin:users.back_to_list')}</Link>
        </p>
      </>
    );
  }
  // Keyed by the user: the editor keeps its own copy of the form while the cache changes under it.
  return <UserEditor key={user.data.id} initial={user.data} />;
}

type Outcome = 'saved' | 'activated' | 'deactivated' | 'invitation_sent' | 'reloaded' | null;

function UserEditor({ initial }: { initial: User }) {
  const { t } = useTranslation(['common', 'admin', 'errors']);
  const format = useFormat();
  const location = useLocation();
  const notice = noticeFromState(location.state);
  const update = useUpdateUser(initial.id);
  const resend = useResendInvitation(initial.id);
  const fetchLatest = useFetchLatestUser(initial.id);

  /** The version last read from or written to the server: changes are made against it. */
  const [stored, setStored] = useState(initial);
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [drafts, setDrafts] = useState<RoleDraft[]>(() => draftsFromGrants(initial.roles));
  const [problems, setProblems] = useState<{ displayName?: boolean; roles?: boolean; missingScope: Role[] }>({
    missingScope: [],
  });
  const [sentDrafts, setSentDrafts] = useState<RoleDraft[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isReloading, setIsReloading] = useState(false);
  const scopeError = useRoleScopeError(sentDrafts, problems.missingScope, update.error);
  const isConflict = isApiError(update.error, 'conflict_stale');

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      displayName: displayName.trim() === '',
      roles: drafts.length === 0,
      missingScope: rolesMissingScope(drafts),
    };
    setProblems(found);
    setOutcome(null);
    if (found.displayName || found.roles || found.missingScope.length > 0) {
      update.reset();
      return;
    }
    const grants = grantsFromDrafts(drafts);
    const storedGrants = grantsFromDrafts(draftsFromGrants(stored.roles));
    setSentDrafts(drafts);
    update.mutate(
      {
        version: stored.version,
        ...(displayName.trim() !== stored.displayName ? { displayName: displayName.trim() } : {}),
        ...(sameGrants(grants, storedGrants) ? {} : { roles: grants }),
      },
      {
        onSuccess: (saved) => {
          setStored(saved);
          setDisplayName(saved.displayName);
          setDrafts(draftsFromGrants(saved.roles));
          setOutcome('saved');
        },
      },
    );
  };

  const onToggleActive = () => {
    setOutcome(null);
    update.mutate(
      { version: stored.version, isActive: !stored.isActive },
      {
        onSuccess: (saved) => {
          // Only the status changed: whatever is being typed in the form stays.
          setStored(saved);
          setOutcome(saved.isActive ? 'activated' : 'deactivated');
        },
      },
    );
  };

  const onReloadLatest = async () => {
    setIsReloading(true);
    try {
      const latest = await fetchLatest();
      setStored(latest);
      setDisplayName(latest.displayName);
      setDrafts(draftsFromGrants(latest.roles));
      setProblems({ missingScope: [] });
      update.reset();
      setOutcome('reloaded');
    } finally {
      setIsReloading(false);
    }
  };

  const outcomeText = {
    saved: t('admin:user_form.saved'),
    activated: t('admin:user_form.activated'),
    deactivated: t('admin:user_form.deactivated'),
    invitation_sent: t('admin:user_form.invitation_sent', { email: stored.email }),
    reloaded: t('admin:user_form.reloaded'),
  } as const;

  return (
    <>
      <PageHeader
        title={t('admin:user_form.edit_title', { name: stored.displayName })}
        intro={
          <p className="inline-badges">
            <span>{stored.email}</span>
            {stored.isActive ? (
              <Badge tone="success">{t('admin:users.status_active')}</Badge>
            ) : (
              <Badge tone="danger">{t('admin:users.status_inactive')}</Badge>
            )}
            {stored.hasPassword ? null : <Badge tone="warning">{t('admin:users.awaiting_password')}</Badge>}
            {stored.isSample ? <Badge tone="sample">{t('status.sample')}</Badge> : null}
          </p>
        }
      />
      <p>
        <Link to={paths.users}>{t('admin:users.back_to_list')}</Link>
      </p>

      {notice === 'created_invited' && !outcome ? (
        <Alert tone="success">{t('admin:user_form.created_invited', { email: stored.email })}</Alert>
      ) : null}
      {notice === 'created_with_password' && !outcome ? (
        <Alert tone="success">{t('admin:user_form.created_with_password')}</Alert>
      ) : null}
      {outcome ? <Alert tone="success">{outcomeText[outcome]}</Alert> : null}

      <div className="stack">
        <form className="card form" onSubmit={onSave} noValidate aria-labelledby="user-details-heading">
          <h2 id="user-details-heading">{t('admin:user_form.details_heading')}</h2>
          {problems.displayName || problems.roles || problems.missingScope.length > 0 ? (
            <Alert tone="error">{t('errors:validation_failed')}</Alert>
          ) : null}
          {update.isError ? (
            <Alert tone="error">
              <p>{errorMessage(update.error, t)}</p>
              {isConflict ? (
                <>
                  <p>{t('admin:user_form.conflict_kept')}</p>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={isReloading}
                    onClick={() => void onReloadLatest()}
                  >
                    {t('admin:user_form.load_latest')}
                  </button>
                </>
              ) : null}
            </Alert>
          ) : null}
          <Field
            label={t('admin:user_form.display_name')}
            required
            error={
              problems.displayName ? t('errors:field.required') : fieldError(update.error, 'displayName')
            }
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={displayName}
                onChange={(event) => {
                  setDisplayName(event.target.value);
                  setProblems((current) => ({ ...current, displayName: false }));
                }}
              />
            )}
          </Field>
          <RolesFieldset
            drafts={drafts}
            onChange={(next) => {
              setDrafts(next);
              setProblems((current) => ({
                ...current,
                roles: false,
                missingScope: current.missingScope.filter((role) => rolesMissingScope(next).includes(role)),
              }));
            }}
            error={problems.roles ? t('admin:user_form.roles_required') : fieldError(update.error, 'roles')}
            scopeError={scopeError}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={update.isPending}>
              {t('actions.save')}
            </button>
          </div>
        </form>

        <section className="card" aria-labelledby="user-access-heading">
          <h2 id="user-access-heading">{t('admin:user_form.access_heading')}</h2>
          <dl className="details">
            <dt>{t('admin:user_form.status')}</dt>
            <dd>{stored.isActive ? t('admin:users.status_active') : t('admin:users.status_inactive')}</dd>
            <dt>{t('admin:user_form.password_state')}</dt>
            <dd>
              {stored.hasPassword ? t('admin:user_form.has_password') : t('admin:user_form.no_password')}
            </dd>
            <dt>{t('admin:user_form.created_at')}</dt>
            <dd>{format.dateTime(stored.createdAt)}</dd>
            <dt>{t('admin:user_form.updated_at')}</dt>
            <dd>{format.dateTime(stored.updatedAt)}</dd>
          </dl>
          <div className="inline-actions">
            <button
              type="button"
              className={stored.isActive ? 'button button-danger' : 'button'}
              disabled={update.isPending}
              onClick={onToggleActive}
            >
              {stored.isActive ? t('admin:user_form.deactivate') : t('admin:user_form.activate')}
            </button>
            {stored.hasPassword ? null : (
              <button
                type="button"
                className="button button-secondary"
                disabled={resend.isPending}
                onClick={() => {
                  setOutcome(null);
                  resend.mutate(undefined, { onSuccess: () => setOutcome('invitation_sent') });
                }}
              >
                {t('admin:user_form.resend_invitation')}
              </button>
            )}
          </div>
          {resend.isError ? <Alert tone="error">{errorMessage(resend.error, t)}</Alert> : null}
        </section>
      </div>
    </>
  );
}
