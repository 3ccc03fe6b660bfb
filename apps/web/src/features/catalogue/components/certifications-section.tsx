/**
 * A product's certifications: Bangkok Brand (year certified, valid until, certifying district — only
 * Social Development officers record it), Thai FDA (the อย. number, format checked by the server),
 * and halal, GI, organic or others with their validity. Add, change and remove, for those who may.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Certification, Product } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { useFormat } from '../../../lib/format.ts';
import { catalogueKeys } from '../api/businesses.ts';
import { useRemoveCertification } from '../api/products.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useCertificationKindLabel } from '../hooks/use-labels.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { BUDDHIST_ERA_OFFSET } from '../utils/certification-form-values.ts';
import { CertificationForm } from './certification-form.tsx';

/**
 * Loads a certification's latest version after a stale save: the product's page reads the product
 * again (its certifications with it); `undefined` when the certification was removed meanwhile.
 */
function useReloadCertification(productId: string) {
  const queryClient = useQueryClient();
  return (id: string) => async (): Promise<Certification | undefined> => {
    const queryKey = catalogueKeys.product(productId);
    await queryClient.refetchQueries({ queryKey, exact: true }, { throwOnError: true });
    const latest = queryClient.getQueryData<Product>(queryKey);
    return latest?.certifications.find((certification) => certification.id === id);
  };
}

export function CertificationsSection({ product }: { product: Product }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
  const reloadCertification = useReloadCertification(product.id);
  const [status, setStatus] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [removing, setRemoving] = useState<Certification | null>(null);
  const canEdit = product.can.edit;
  // A Bangkok Brand certification is changed by Social Development officers only (the server says so).
  const canManage = usePermissions().includes('catalogue:manage');
  const canChange = (certification: Certification) =>
    canEdit && (certification.kind !== 'bangkok_brand' || canManage);

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <div className="biz-section__header">
        <h2 id={headingId} tabIndex={-1}>
          {t('certifications.heading', { number: format.number(product.certifications.length) })}
        </h2>
        {canEdit && !isAdding && (
          <button type="button" className="button button-secondary" onClick={() => setIsAdding(true)}>
            {t('certifications.add')}
          </button>
        )}
      </div>
      <p className="live-status" role="status">
        {status}
      </p>
      {product.certifications.length === 0 && <p className="empty">{t('certifications.none')}</p>}
      {product.certifications.length > 0 && (
        <ul className="biz-records">
          {product.certifications.map((certification) =>
            editingId === certification.id ? (
              <li key={certification.id} className="biz-record">
                <CertificationForm
                  productId={product.id}
                  certification={certification}
                  reload={reloadCertification(certification.id)}
                  onDone={(message) => {
                    setEditingId(null);
                    if (message) setStatus(message);
                    focusAfterRender(headingId);
                  }}
                />
              </li>
            ) : (
              <CertificationItem
                key={certification.id}
                certification={certification}
                canEdit={canChange(certification)}
                onEdit={() => setEditingId(certification.id)}
                onRemove={() => setRemoving(certification)}
              />
            ),
          )}
        </ul>
      )}
      {isAdding && (
        <CertificationForm
          productId={product.id}
          onDone={(message) => {
            setIsAdding(false);
            if (message) setStatus(message);
            focusAfterRender(headingId);
          }}
        />
      )}
      <RemoveCertificationDialog
        productId={product.id}
        certification={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          setRemoving(null);
          setStatus(t('certifications.removed'));
          focusAfterRender(headingId);
        }}
      />
    </section>
  );
}

function CertificationItem({
  certification,
  canEdit,
  onEdit,
  onRemove,
}: {
  certification: Certification;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const kindLabel = useCertificationKindLabel();
  const districtNames = useDistrictNames();
  const title = certification.name
    ? `${kindLabel(certification.kind)} · ${certification.name}`
    : kindLabel(certification.kind);
  const year = certification.yearCertified;
  const facts = [
    year !== null
      ? t('certifications.year_certified_is', {
          year: format.locale === 'th' ? year + BUDDHIST_ERA_OFFSET : year,
        })
      : null,
    certification.districtCode
      ? t('certifications.district_is', { district: districtNames.nameOf(certification.districtCode) })
      : null,
    certification.number ? t('certifications.number_is', { number: certification.number }) : null,
    certification.issuer ? t('certifications.issuer_is', { issuer: certification.issuer }) : null,
    certification.validFrom
      ? t('certifications.valid_from_is', { date: format.date(certification.validFrom) })
      : null,
    certification.validUntil
      ? t('certifications.valid_until_is', { date: format.date(certification.validUntil) })
      : t('certifications.no_end'),
  ].filter((fact): fact is string => fact !== null);
  return (
    <li className="biz-record">
      <div className="biz-record__header">
        <h3>{title}</h3>
        {certification.isValidToday ? (
          <Badge tone="success">{t('certifications.valid')}</Badge>
        ) : (
          <Badge tone="danger">{t('certifications.not_valid')}</Badge>
        )}
      </div>
      <p>{facts.join(' · ')}</p>
      {canEdit && (
        <p className="inline-actions">
          <button type="button" className="button button-secondary button-small" onClick={onEdit}>
            {t('certifications.edit_named', { name: title })}
          </button>
          <button
            type="button"
            className="button button-secondary button-small biz-button-danger"
            onClick={onRemove}
          >
            {t('certifications.remove_named', { name: title })}
          </button>
        </p>
      )}
    </li>
  );
}

function RemoveCertificationDialog({
  productId,
  certification,
  onClose,
  onRemoved,
}: {
  productId: string;
  certification: Certification | null;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const kindLabel = useCertificationKindLabel();
  const remove = useRemoveCertification(productId);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={certification !== null}
      onClose={close}
      title={t('certifications.remove_title')}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() =>
              certification &&
              remove.mutate(
                { id: certification.id, version: certification.version },
                { onSuccess: onRemoved },
              )
            }
          >
            {remove.isPending ? t('form.removing') : t('certifications.remove_confirm')}
          </button>
        </>
      }
    >
      {remove.isError && <ErrorAlert focusClassName="biz-focus-target" error={remove.error} />}
      {certification && <p>{t('certifications.remove_body', { kind: kindLabel(certification.kind) })}</p>}
    </Dialog>
  );
}
