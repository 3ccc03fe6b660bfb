/**
 * What those who keep the catalogue do with a whole business: archive one that stopped trading (why is
 * optional), restore it, or delete one entered by mistake. Each asks first. A deletion the server
 * refuses says why (products buyers are interested in, trade sessions, accounts keeping its page) and
 * offers archiving instead; a change someone else made meanwhile loads the latest version to confirm on.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveEntrepreneurInput, EntrepreneurDetail } from '@bia/contracts';
import { ConfirmFooter, Dialog } from '../../../components/dialog.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Field } from '../../../components/field.tsx';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useReloadLatest } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import {
  useArchiveBusiness,
  useDeleteBusiness,
  useRestoreBusiness,
  type BusinessDeletion,
} from '../api/businesses.ts';
import {
  archiveFormFields,
  archiveFormSchema,
  type ArchiveFormValues,
} from '../utils/archive-form-values.ts';
import { shownName } from '../utils/names.ts';

type Asking = 'archive' | 'restore' | 'delete' | null;

/** The buttons of a business's page, and the dialog each opens. */
export function BusinessStatusActions({
  business,
  reload,
  onChanged,
  onDeleted,
}: {
  business: EntrepreneurDetail;
  /** Loads the business again after a stale version; `undefined` when it no longer exists. */
  reload: Reload<EntrepreneurDetail>;
  /** Archived or restored: what to say. */
  onChanged: (message: string) => void;
  /** The business is gone: deleted now, or by someone else before. */
  onDeleted: (outcome: BusinessDeletion) => void;
}) {
  const { t } = useTranslation('catalogue_pages');
  const [asking, setAsking] = useState<Asking>(null);
  const isArchived = business.archivedAt !== null;
  // A dialog closing (also when another one takes its place) closes only itself.
  const closing = (dialog: Asking) => () => setAsking((current) => (current === dialog ? null : current));
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setAsking(isArchived ? 'restore' : 'archive')}
      >
        {isArchived ? t('business_status.restore') : t('business_status.archive')}
      </button>
      <button
        type="button"
        className="button button-secondary biz-button-danger"
        onClick={() => setAsking('delete')}
      >
        {t('business_status.delete')}
      </button>
      {isArchived ? (
        <RestoreBusinessDialog
          business={business}
          isOpen={asking === 'restore'}
          reload={reload}
          onClose={closing('restore')}
          onRestored={() => {
            setAsking(null);
            onChanged(t('business_status.restored_done'));
          }}
        />
      ) : (
        <ArchiveBusinessDialog
          business={business}
          isOpen={asking === 'archive'}
          reload={reload}
          onClose={closing('archive')}
          onArchived={() => {
            setAsking(null);
            onChanged(t('business_status.archived_done'));
          }}
        />
      )}
      <DeleteBusinessDialog
        business={business}
        isOpen={asking === 'delete'}
        reload={reload}
        onClose={closing('delete')}
        onArchiveInstead={() => setAsking('archive')}
        onDeleted={onDeleted}
      />
    </>
  );
}

/** After a stale refusal: the latest version is loaded (the page shows it), to confirm again on. */
function useLatestBusiness(
  reload: Reload<EntrepreneurDetail>,
  alertId: string,
  mutation: { reset: () => void },
) {
  return useReloadLatest({
    reload,
    alertId,
    onLatest: (found) => {
      if (found) mutation.reset();
    },
  });
}

export function ArchiveBusinessDialog({
  business,
  isOpen,
  reload,
  onClose,
  onArchived,
}: {
  business: EntrepreneurDetail;
  isOpen: boolean;
  reload: Reload<EntrepreneurDetail>;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const { locale } = useFormat();
  const alertId = useId();
  const focusAfterRender = useFocusAfterRender();
  const archive = useArchiveBusiness(business.id);
  const latest = useLatestBusiness(reload, alertId, archive);
  const form = useContractForm<ArchiveFormValues, Omit<ArchiveEntrepreneurInput, 'version'>>({
    schema: archiveFormSchema,
    defaultValues: { reason: '' },
  });
  const isStale = isStaleConflict(archive.error);

  function close() {
    if (!archive.isPending) archive.reset();
    latest.clearReload();
    form.reset();
    onClose();
  }

  // The version shown now: after a stale refusal and a reload, the latest.
  function submit(event: FormEvent) {
    latest.clearReload();
    void form.handleSubmit(
      (input) =>
        archive.mutate(
          { ...input, version: business.version },
          {
            onSuccess: () => {
              form.reset();
              onArchived();
            },
            onError: (failure) => {
              form.showServerErrors(failure, archiveFormFields);
              focusAfterRender(alertId);
            },
          },
        ),
      () => archive.reset(),
    )(event);
  }

  return (
    <Dialog
      open={isOpen}
      onClose={close}
      title={t('business_status.archive_title')}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="submit"
            form={`${alertId}-form`}
            className="button"
            disabled={archive.isPending || isStale || latest.isReloading}
          >
            {archive.isPending ? t('business_status.archiving') : t('business_status.archive_confirm')}
          </button>
        </>
      }
    >
      <SaveAlerts
        saving={{ alertId, mutation: archive, latest }}
        focusClassName="biz-focus-target"
        reloadText={t('conflict.reload')}
        reloadedText={t('business_status.reloaded')}
      />
      <p>{t('business_status.archive_body', { name: shownName(business.name, locale).text })}</p>
      <form id={`${alertId}-form`} className="form" noValidate onSubmit={submit}>
        <Field
          label={t('business_status.reason')}
          hint={t('business_status.reason_hint')}
          error={form.errorAt('reason')}
        >
          {(control) => <textarea {...control} rows={3} maxLength={500} {...form.register('reason')} />}
        </Field>
      </form>
    </Dialog>
  );
}

export function RestoreBusinessDialog({
  business,
  isOpen,
  reload,
  onClose,
  onRestored,
}: {
  business: EntrepreneurDetail;
  isOpen: boolean;
  reload: Reload<EntrepreneurDetail>;
  onClose: () => void;
  onRestored: () => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const { locale } = useFormat();
  const alertId = useId();
  const focusAfterRender = useFocusAfterRender();
  const restore = useRestoreBusiness(business.id);
  const latest = useLatestBusiness(reload, alertId, restore);
  const isStale = isStaleConflict(restore.error);

  function close() {
    if (!restore.isPending) restore.reset();
    latest.clearReload();
    onClose();
  }

  function confirm() {
    latest.clearReload();
    restore.mutate(business.version, {
      onSuccess: () => onRestored(),
      onError: () => focusAfterRender(alertId),
    });
  }

  return (
    <Dialog
      open={isOpen}
      onClose={close}
      title={t('business_status.restore_title')}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button"
            onClick={confirm}
            disabled={restore.isPending || isStale || latest.isReloading}
          >
            {restore.isPending ? t('business_status.restoring') : t('business_status.restore_confirm')}
          </button>
        </>
      }
    >
      <SaveAlerts
        saving={{ alertId, mutation: restore, latest }}
        focusClassName="biz-focus-target"
        reloadText={t('conflict.reload')}
        reloadedText={t('business_status.reloaded')}
      />
      <p>{t('business_status.restore_body', { name: shownName(business.name, locale).text })}</p>
    </Dialog>
  );
}

export function DeleteBusinessDialog({
  business,
  isOpen,
  reload,
  onClose,
  onArchiveInstead,
  onDeleted,
}: {
  business: EntrepreneurDetail;
  isOpen: boolean;
  reload: Reload<EntrepreneurDetail>;
  onClose: () => void;
  /** Offered when something depends on the business (and it is not archived already). */
  onArchiveInstead: () => void;
  onDeleted: (outcome: BusinessDeletion) => void;
}) {
  const { t } = useTranslation('catalogue_pages');
  const { locale } = useFormat();
  const alertId = useId();
  const focusAfterRender = useFocusAfterRender();
  const remove = useDeleteBusiness(business.id);
  // After a stale refusal: the latest version (and it may then be deleted), or it is gone already.
  const latest = useReloadLatest({
    reload,
    alertId,
    onLatest: (found) => {
      if (found) remove.reset();
      else onDeleted('already_deleted');
    },
  });
  const error = asApiError(remove.error);
  const isStale = error !== null && isStaleConflict(error);
  // What depends on the business does not go away: asking again would be refused again.
  const isInUse = error?.code === 'business_in_use';

  function close() {
    // Closed while the deletion is under way (Escape): it still ends, and the page then moves on.
    if (!remove.isPending) remove.reset();
    latest.clearReload();
    onClose();
  }

  function confirm() {
    latest.clearReload();
    remove.mutate(business.version, {
      onSuccess: (outcome) => onDeleted(outcome),
      onError: () => focusAfterRender(alertId),
    });
  }

  return (
    <Dialog
      open={isOpen}
      onClose={close}
      title={t('business_status.delete_title')}
      footer={
        <>
          {isInUse && business.archivedAt === null && (
            <button
              type="button"
              className="button"
              onClick={() => {
                remove.reset();
                onArchiveInstead();
              }}
            >
              {t('business_status.archive_instead')}
            </button>
          )}
          <ConfirmFooter
            onCancel={close}
            onConfirm={confirm}
            isDisabled={remove.isPending || isStale || isInUse || latest.isReloading}
          >
            {remove.isPending ? t('business_status.deleting') : t('business_status.delete_confirm')}
          </ConfirmFooter>
        </>
      }
    >
      {isInUse ? (
        <ErrorAlert id={alertId} focusClassName="biz-focus-target" error={error}>
          <ul>
            {error.fieldMessages().map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </ErrorAlert>
      ) : (
        <SaveAlerts
          saving={{ alertId, mutation: remove, latest }}
          focusClassName="biz-focus-target"
          reloadText={t('conflict.reload')}
          reloadedText={t('business_status.reloaded')}
        />
      )}
      <p>{t('business_status.delete_body', { name: shownName(business.name, locale).text })}</p>
      <p className="field-hint">{t('business_status.delete_hint')}</p>
    </Dialog>
  );
}
