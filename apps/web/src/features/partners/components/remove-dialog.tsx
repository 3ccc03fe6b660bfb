/**
 * Asks before removing an agreement, activity or contact. A stale version (someone changed the record
 * meanwhile) keeps the dialog open: the latest version is loaded and may then be removed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '@bia/contracts';
import { ConfirmFooter, Dialog } from '../../../components/dialog.tsx';
import { useRemoveRecord, type RecordCollection } from '../api/records.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import type { Reload } from '../../../lib/reload.ts';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';

export interface RemovalTarget {
  id: string;
  version: number;
  /** What the dialog says will be removed. */
  body: string;
}

export function RemoveDialog({
  partnerId,
  collection,
  target,
  title,
  alertId,
  reload,
  onClose,
  onRemoved,
  onGone,
}: {
  partnerId: string;
  collection: RecordCollection;
  target: RemovalTarget | null;
  title: string;
  alertId: string;
  reload: Reload<PartnerDetail>;
  onClose: () => void;
  onRemoved: () => void;
  /** Someone else removed it meanwhile. */
  onGone: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const focusAfterRender = useFocusAfterRender();
  const remove = useRemoveRecord(partnerId, collection);
  const error = asApiError(remove.error);
  const [latestVersion, setLatestVersion] = useState<{ id: string; version: number } | null>(null);
  const [isReloading, setIsReloading] = useState(false);
  const version = latestVersion && latestVersion.id === target?.id ? latestVersion.version : target?.version;

  function close() {
    remove.reset();
    setLatestVersion(null);
    onClose();
  }

  function confirm() {
    if (!target || version === undefined) return;
    remove.mutate(
      { id: target.id, version },
      {
        onSuccess: () => {
          setLatestVersion(null);
          onRemoved();
        },
        onError: () => focusAfterRender(alertId),
      },
    );
  }

  async function reloadAfterConflict() {
    if (!target) return;
    setIsReloading(true);
    try {
      const latest = await reload();
      const records = latest ? [...latest.agreements, ...latest.activities, ...latest.contacts] : [];
      const current = records.find((record) => record.id === target.id);
      remove.reset();
      if (current) {
        setLatestVersion({ id: current.id, version: current.version });
        focusAfterRender(`${alertId}-reloaded`);
      } else {
        setLatestVersion(null);
        onGone();
      }
    } finally {
      setIsReloading(false);
    }
  }

  const isStale = error !== null && isStaleConflict(error);
  return (
    <Dialog
      open={target !== null}
      onClose={close}
      title={title}
      footer={
        <ConfirmFooter onCancel={close} onConfirm={confirm} isDisabled={remove.isPending || isStale}>
          {remove.isPending ? t('form.removing') : t('form.confirm_remove')}
        </ConfirmFooter>
      }
    >
      {error && isStale ? (
        <StaleConflict
          focusClassName="partner-focus-target"
          reloadText={t('conflict.reload')}
          error={error}
          id={alertId}
          isReloading={isReloading}
          onReload={() => void reloadAfterConflict()}
        />
      ) : (
        remove.isError && (
          <ErrorAlert focusClassName="partner-focus-target" error={remove.error} id={alertId} />
        )
      )}
      {latestVersion && !remove.isError && (
        <ReloadedNotice
          focusClassName="partner-focus-target"
          id={`${alertId}-reloaded`}
          message={t('conflict.reloaded_confirm')}
        />
      )}
      {target && <p>{target.body}</p>}
    </Dialog>
  );
}
