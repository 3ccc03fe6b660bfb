/**
 * Asks before deleting a product entered by mistake, with its certifications and photos. The server's
 * refusal is said in the dialog: buyers have expressed interest (the product is kept), or someone
 * changed the product meanwhile (the latest version is loaded and may then be deleted).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '@bia/contracts';
import { Dialog } from '../../../components/dialog.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useDeleteProduct, type ProductDeletion } from '../api/products.ts';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { shownName } from '../utils/names.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';

export function DeleteProductDialog({
  product,
  isOpen,
  reload,
  onClose,
  onDeleted,
}: {
  product: Product;
  isOpen: boolean;
  /** Loads the product again after a stale version; `undefined` when it no longer exists. */
  reload: () => Promise<Product | undefined>;
  onClose: () => void;
  /** The product is gone: deleted now, or by someone else before. */
  onDeleted: (outcome: ProductDeletion) => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const { locale } = useFormat();
  const alertId = useId();
  const focusAfterRender = useFocusAfterRender();
  const remove = useDeleteProduct(product.id);
  const [isReloading, setIsReloading] = useState(false);
  const [hasReloaded, setHasReloaded] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const error = asApiError(remove.error);
  const isStale = error !== null && isStaleConflict(error);
  // Buyers' interest does not go away: asking again would be refused again.
  const isKept = error?.code === 'product_has_interests';

  function close() {
    // Closed while the deletion is under way (Escape): it still ends, and the page then moves on.
    if (!remove.isPending) remove.reset();
    setHasReloaded(false);
    setReloadError(null);
    onClose();
  }

  function confirm() {
    setHasReloaded(false);
    setReloadError(null);
    // The version shown now: after a stale refusal and a reload, the latest.
    remove.mutate(product.version, {
      onSuccess: onDeleted,
      onError: () => focusAfterRender(alertId),
    });
  }

  async function reloadAfterConflict() {
    setIsReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      if (!latest) {
        onDeleted('already_deleted');
        return;
      }
      remove.reset();
      setHasReloaded(true);
      focusAfterRender(`${alertId}-reloaded`);
    } catch (failure) {
      setReloadError(failure);
      focusAfterRender(`${alertId}-reload-error`);
    } finally {
      setIsReloading(false);
    }
  }

  return (
    <Dialog
      open={isOpen}
      onClose={close}
      title={t('product_delete.title')}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={confirm}
            disabled={remove.isPending || isStale || isKept || isReloading}
          >
            {remove.isPending ? t('product_delete.deleting') : t('product_delete.confirm')}
          </button>
        </>
      }
    >
      {error && isStale ? (
        <StaleConflict
          focusClassName="biz-focus-target"
          reloadText={t('conflict.reload')}
          error={error}
          id={alertId}
          isReloading={isReloading}
          onReload={() => void reloadAfterConflict()}
        />
      ) : (
        remove.isError && <ErrorAlert focusClassName="biz-focus-target" error={remove.error} id={alertId} />
      )}
      {reloadError !== null && (
        <ErrorAlert focusClassName="biz-focus-target" error={reloadError} id={`${alertId}-reload-error`} />
      )}
      {hasReloaded && !remove.isError && (
        <ReloadedNotice
          focusClassName="biz-focus-target"
          id={`${alertId}-reloaded`}
          message={t('product_delete.reloaded')}
        />
      )}
      <p>{t('product_delete.body', { name: shownName(product.name, locale).text })}</p>
      <p className="field-hint">{t('product_delete.interest_hint')}</p>
    </Dialog>
  );
}
