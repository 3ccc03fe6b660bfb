/**
 * One user: the name shown and the roles (checked in the browser as the server checks them, through
 * utils/user-form-values.ts, with the server's field errors on their fields), the account's status
 * and invitation. After a stale save, loading the latest version keeps the fields the administrator
 * changed and takes the others from the version someone else saved.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { MailDelivery, User } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useLatestVersion } from '../../../lib/forms/index.ts';
import {
  useFetchLatestUser,
  useResendInvitation,
  useUnlockUser,
  useUpdateUser,
  useUser,
} from '../api/users.ts';
import { draftsFromGrants, grantsFromDrafts, sameGrants, type RoleDraft } from '../utils/role-drafts.ts';
import {
  roleScopeFields,
  userDetailsFormSchema,
  userDetailsValuesOf,
  type UserDetailsFormValues,
  type UserDetailsInput,
} from '../utils/user-form-values.ts';
import { DisplayNameField } from './display-name-field.tsx';
import { RolesFieldset } from './roles-fieldset.tsx';
import { InvitationAlert } from './user-notice-alert.tsx';
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

type Outcome =
  | { kind: 'saved' | 'activated' | 'deactivated' | 'unlocked' }
  | { kind: 'invited'; delivery: MailDelivery }
  | null;

function UserEditor({ initial }: { initial: User }) {
  const { t } = useTranslation(['common', 'admin', 'errors']);
  const format = useFormat();
  const location = useLocation();
  const notice = noticeFromState(location.state);
  const alertId = useId();
  const update = useUpdateUser(initial.id);
  const resend = useResendInvitation(initial.id);
  const unlock = useUnlockUser(initial.id);
  const fetchLatest = useFetchLatestUser(initial.id);

  /**
   * The version last read from or written to the server: changes are made against it (rather than
   * the form's base version) because a change of status writes a version too, and leaves whatever is
   * being typed in the form as it is.
   */
  const [stored, setStored] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useContractForm<UserDetailsFormValues, UserDetailsInput>({
    schema: userDetailsFormSchema,
    defaultValues: userDetailsValuesOf(initial),
  });
  const latest = useLatestVersion({
    record: initial,
    reload: async () => {
      const found = await fetchLatest();
      setStored(found);
      return found;
    },
    valuesOf: userDetailsValuesOf,
    reset: form.reset,
    onReloaded: () => update.reset(),
    alertId,
  });
  const drafts = form.watch('roles');
  const isConflict = isApiError(update.error, 'conflict_stale');

  function changeRoles(next: RoleDraft[]) {
    // Once sent, the roles are checked again as they change (a scope filled in clears its message).
    form.setValue('roles', next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }

  /** Sends only what differs from the stored version. */
  function saveInput(input: UserDetailsInput) {
    const storedGrants = grantsFromDrafts(draftsFromGrants(stored.roles));
    update.mutate(
      {
        version: stored.version,
        ...(input.displayName !== stored.displayName ? { displayName: input.displayName } : {}),
        ...(sameGrants(input.roles, storedGrants) ? {} : { roles: input.roles }),
      },
      {
        onSuccess: (saved) => {
          setStored(saved);
          latest.savedAs(saved);
          setOutcome({ kind: 'saved' });
        },
        onError: (failure) => {
          form.showServerErrors(failure, ['displayName', ...roleScopeFields(drafts)]);
          const rolesMessage = fieldError(failure, 'roles');
          if (rolesMessage) form.setError('roles', { type: 'server', message: rolesMessage });
        },
      },
    );
  }

  function submit(event: FormEvent) {
    setOutcome(null);
    latest.clearReload();
    void form.handleSubmit(saveInput, () => update.reset())(event);
  }

  const onToggleActive = () => {
    setOutcome(null);
    latest.clearReload();
    update.mutate(
      { version: stored.version, isActive: !stored.isActive },
      {
        onSuccess: (saved) => {
          setStored(saved);
          setOutcome({ kind: saved.isActive ? 'activated' : 'deactivated' });
        },
      },
    );
  };

  const onUnlock = () => {
    setOutcome(null);
    unlock.mutate(undefined, {
      onSuccess: (saved) => {
        setStored(saved);
        setOutcome({ kind: 'unlocked' });
      },
    });
  };

  const outcomeText = {
    saved: t('admin:user_form.saved'),
    activated: t('admin:user_form.activated'),
    deactivated: t('admin:user_form.deactivated'),
    unlocked: t('admin:user_form.unlocked'),
  } as const;
  const hasNotice = outcome !== null || latest.reloadOutcome !== null;

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
            {stored.signInLockedUntil ? <Badge tone="danger">{t('admin:users.locked')}</Badge> : null}
            {stored.isSample ? <Badge tone="sample">{t('status.sample')}</Badge> : null}
          </p>
        }
      />
      <p>
        <Link to={paths.users}>{t('admin:users.back_to_list')}</Link>
      </p>

      {notice?.kind === 'created_invited' && !hasNotice ? (
        <InvitationAlert delivery={notice.delivery} email={stored.email} isResent={false} />
      ) : null}
      {notice?.kind === 'created_with_password' && !hasNotice ? (
        <Alert tone="success">{t('admin:user_form.created_with_password')}</Alert>
      ) : null}
      {outcome?.kind === 'invited' ? (
        <InvitationAlert delivery={outcome.delivery} email={stored.email} isResent />
      ) : outcome ? (
        <Alert tone="success">{outcomeText[outcome.kind]}</Alert>
      ) : null}
      {latest.reloadOutcome === 'reloaded' ? (
        <div id={`${alertId}-reloaded`} tabIndex={-1}>
          <Alert tone="success">{t('admin:user_form.reloaded')}</Alert>
        </div>
      ) : null}

      <div className="stack">
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="user-details-heading">
          <h2 id="user-details-heading">{t('admin:user_form.details_heading')}</h2>
          {update.isError ? (
            <Alert tone="error">
              <p>{errorMessage(update.error, t)}</p>
              {isConflict ? (
                <>
                  <p>{t('admin:user_form.conflict_kept')}</p>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={latest.isReloading}
                    onClick={() => void latest.reloadLatest()}
                  >
                    {t('admin:user_form.load_latest')}
                  </button>
                </>
              ) : null}
            </Alert>
          ) : null}
          {latest.reloadError !== null ? (
            <div id={`${alertId}-reload-error`} tabIndex={-1}>
              <Alert tone="error">{errorMessage(latest.reloadError, t)}</Alert>
            </div>
          ) : null}
          <DisplayNameField registration={form.register('displayName')} error={form.errorAt('displayName')} />
          <RolesFieldset drafts={drafts} onChange={changeRoles} errorOf={form.errorAt} />
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
            <dt>{t('admin:user_form.sign_in_state')}</dt>
            <dd>
              {stored.signInLockedUntil
                ? t('admin:user_form.locked_until', { time: format.dateTime(stored.signInLockedUntil) })
                : t('admin:user_form.sign_in_open')}
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
                  resend.mutate(undefined, {
                    onSuccess: ({ delivery }) => setOutcome({ kind: 'invited', delivery }),
                  });
                }}
              >
                {t('admin:user_form.resend_invitation')}
              </button>
            )}
            {stored.signInLockedUntil ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={unlock.isPending}
                onClick={onUnlock}
              >
                {t('admin:user_form.unlock')}
              </button>
            ) : null}
          </div>
          {stored.signInLockedUntil ? <p className="field-hint">{t('admin:user_form.unlock_hint')}</p> : null}
          {resend.isError ? <Alert tone="error">{errorMessage(resend.error, t)}</Alert> : null}
          {unlock.isError ? <Alert tone="error">{errorMessage(unlock.error, t)}</Alert> : null}
        </section>
      </div>
    </>
  );
}
