/**
 * Asks before deleting a product entered by mistake, with its certifications and photos. The server's
 * refusal is said in the dialog: buyers have expressed interest (the product is kept), or someone
 * changed the product meanwhile (the latest version is loaded and may then be deleted).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '@bia/contracts';
import { ConfirmFooter, Dialog } from '../../../components/dialog.tsx';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useReloadLatest } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useDeleteProduct, type ProductDeletion } from '../api/products.ts';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { shownName } from '../utils/names.ts';

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
  reload: Reload<Product>;
  onClose: () => void;
  /** The product is gone: deleted now, or by someone else before. */
  onDeleted: (outcome: ProductDeletion) => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const { locale } = useFormat();
  const alertId = useId();
  const focusAfterRender = useFocusAfterRender();
  const remove = useDeleteProduct(product.id);
  // After a stale refusal: the latest version (the page shows it, and it may then be deleted), or the
  // product is gone already.
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
  // Buyers' interest does not go away: asking again would be refused again.
  const isKept = error?.code === 'product_has_interests';

  function close() {
    // Closed while the deletion is under way (Escape): it still ends, and the page then moves on.
    if (!remove.isPending) remove.reset();
    latest.clearReload();
    onClose();
  }

  function confirm() {
    latest.clearReload();
    // The version shown now: after a stale refusal and a reload, the latest.
    remove.mutate(product.version, {
      onSuccess: onDeleted,
      onError: () => focusAfterRender(alertId),
    });
  }

  return (
    <Dialog
      open={isOpen}
      onClose={close}
      title={t('product_delete.title')}
      footer={
        <ConfirmFooter
          onCancel={close}
          onConfirm={confirm}
          isDisabled={remove.isPending || isStale || isKept || latest.isReloading}
        >
          {remove.isPending ? t('product_delete.deleting') : t('product_delete.confirm')}
        </ConfirmFooter>
      }
    >
      <SaveAlerts
        saving={{ alertId, mutation: remove, latest }}
        focusClassName="biz-focus-target"
        reloadText={t('conflict.reload')}
        reloadedText={t('product_delete.reloaded')}
      />
      <p>{t('product_delete.body', { name: shownName(product.name, locale).text })}</p>
      <p className="field-hint">{t('product_delete.interest_hint')}</p>
    </Dialog>
  );
}
