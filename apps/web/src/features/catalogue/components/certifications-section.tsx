/**
 * A product's certifications: Bangkok Brand (year certified, valid until, certifying district — only
 * Social Development officers record it), Thai FDA (the อย. number, format checked by the server),
 * and halal, GI, organic or others with their validity. Add, change and remove, for those who may.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certificationKinds,
  type Certification,
  type CertificationInput,
  type CertificationKind,
  type Product,
} from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useAddCertification, useRemoveCertification, useUpdateCertification } from '../api/products.ts';
import { useDistrictNames } from '../hooks/use-district-name.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useCertificationKindLabel } from '../hooks/use-labels.ts';
import { usePermissions } from '../hooks/use-session-info.ts';
import { asApiError, fieldOrItemError } from '../../../lib/errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CodeSelect } from '../../../components/code-select.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { amountOrNull, firstProblem, textOrNull } from '../../../lib/form-values.ts';

/** Thai readers count years in the Buddhist era. */
const BUDDHIST_ERA_OFFSET = 543;

export function CertificationsSection({ product }: { product: Product }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
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
      <p className="biz-live" role="status">
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

interface Values {
  kind: CertificationKind;
  yearCertified: string;
  validFrom: string;
  validUntil: string;
  districtCode: string;
  number: string;
  name: string;
  issuer: string;
}

function CertificationForm({
  productId,
  certification,
  onDone,
}: {
  productId: string;
  certification?: Certification;
  /** Closes the form, with what to say (nothing after a cancel). */
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const format = useFormat();
  const kindLabel = useCertificationKindLabel();
  const districtNames = useDistrictNames();
  const canManage = usePermissions().includes('catalogue:manage');
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const eraOffset = format.locale === 'th' ? BUDDHIST_ERA_OFFSET : 0;
  const add = useAddCertification(productId);
  const update = useUpdateCertification(productId, certification?.id ?? '');
  const save = certification ? update : add;
  const error = asApiError(save.error);
  const [yearProblem, setYearProblem] = useState<string | null>(null);
  // Only Social Development officers record Bangkok Brand certifications (the server checks it too).
  const kinds = certificationKinds.filter((kind) => kind !== 'bangkok_brand' || canManage || certification);
  const [values, setValues] = useState<Values>(() => ({
    kind: certification?.kind ?? kinds[0] ?? 'thai_fda',
    yearCertified: certification?.yearCertified ? String(certification.yearCertified + eraOffset) : '',
    validFrom: certification?.validFrom ?? '',
    validUntil: certification?.validUntil ?? '',
    districtCode: certification?.districtCode ?? '',
    number: certification?.number ?? '',
    name: certification?.name ?? '',
    issuer: certification?.issuer ?? '',
  }));
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const isBangkokBrand = values.kind === 'bangkok_brand';
  const isFda = values.kind === 'thai_fda';
  const isOther = !isBangkokBrand && !isFda;

  function submit(event: FormEvent) {
    event.preventDefault();
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const typedYear = amountOrNull(values.yearCertified);
    if (isBangkokBrand && typedYear !== null && !Number.isInteger(typedYear)) {
      setYearProblem(t('certifications.year_not_a_year'));
      save.reset();
      focusProblem();
      return;
    }
    setYearProblem(null);
    const input: Omit<CertificationInput, 'kind'> = {
      yearCertified: isBangkokBrand && typedYear !== null ? typedYear - eraOffset : null,
      validFrom: isOther ? values.validFrom || null : null,
      validUntil: values.validUntil || null,
      districtCode: isBangkokBrand ? values.districtCode || null : null,
      number: isBangkokBrand ? null : textOrNull(values.number),
      name: isOther ? textOrNull(values.name) : null,
      issuer: isOther ? textOrNull(values.issuer) : null,
    };
    const options = {
      onSuccess: () => onDone(certification ? t('certifications.saved') : t('certifications.added')),
      onError: focusProblem,
    };
    if (certification) update.mutate({ ...input, version: certification.version }, options);
    else add.mutate({ ...input, kind: values.kind }, options);
  }

  return (
    <form ref={formRef} className="form biz-subform" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>
        {certification
          ? t('certifications.edit_heading', { kind: kindLabel(certification.kind) })
          : t('certifications.add_heading')}
      </h3>
      {save.error !== null && (
        <ErrorAlert focusClassName="biz-focus-target" error={save.error} id={alertId} />
      )}
      <div className="biz-form__grid">
        {!certification && (
          <Field
            label={<RequiredLabel>{t('certifications.kind')}</RequiredLabel>}
            error={fieldOrItemError(error, 'kind')}
          >
            {(control) => (
              <CodeSelect
                control={control}
                name="kind"
                codes={kinds}
                value={values.kind}
                label={kindLabel}
                onChange={(kind) => set('kind', kind)}
              />
            )}
          </Field>
        )}
        {isBangkokBrand && (
          <>
            <Field
              label={
                format.locale === 'th'
                  ? t('certifications.year_certified_be')
                  : t('certifications.year_certified')
              }
              error={yearProblem ?? fieldOrItemError(error, 'yearCertified')}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="numeric"
                  name="yearCertified"
                  autoComplete="off"
                  maxLength={4}
                  value={values.yearCertified}
                  onChange={(event) => set('yearCertified', event.target.value)}
                />
              )}
            </Field>
            <Field label={t('certifications.district')} error={fieldOrItemError(error, 'districtCode')}>
              {(control) => (
                <select
                  {...control}
                  name="districtCode"
                  value={values.districtCode}
                  onChange={(event) => set('districtCode', event.target.value)}
                >
                  <option value="">{t('business_form.choose_district')}</option>
                  {values.districtCode && districtNames.districts.length === 0 && (
                    <option value={values.districtCode}>{values.districtCode}</option>
                  )}
                  {districtNames.districts.map((district) => (
                    <option key={district.code} value={district.code}>
                      {districtNames.nameOf(district.code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        {isOther && (
          <>
            <Field
              label={t('certifications.name')}
              hint={t('certifications.name_hint')}
              error={fieldOrItemError(error, 'name')}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  name="name"
                  autoComplete="off"
                  maxLength={200}
                  value={values.name}
                  onChange={(event) => set('name', event.target.value)}
                />
              )}
            </Field>
            <Field label={t('certifications.issuer')} error={fieldOrItemError(error, 'issuer')}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  name="issuer"
                  autoComplete="off"
                  maxLength={200}
                  value={values.issuer}
                  onChange={(event) => set('issuer', event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {!isBangkokBrand && (
          <Field
            label={
              isFda ? (
                <RequiredLabel>{t('certifications.fda_number')}</RequiredLabel>
              ) : (
                t('certifications.number')
              )
            }
            hint={isFda ? t('certifications.fda_number_hint') : undefined}
            error={fieldOrItemError(error, 'number')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="number"
                autoComplete="off"
                inputMode={isFda ? 'numeric' : undefined}
                placeholder={isFda ? 'XX-X-XXXXX-X-XXXX' : undefined}
                maxLength={100}
                value={values.number}
                onChange={(event) => set('number', event.target.value)}
              />
            )}
          </Field>
        )}
        {isOther && (
          <Field label={t('certifications.valid_from')} error={fieldOrItemError(error, 'validFrom')}>
            {(control) => (
              <input
                {...control}
                type="date"
                name="validFrom"
                value={values.validFrom}
                onChange={(event) => set('validFrom', event.target.value)}
              />
            )}
          </Field>
        )}
        <Field
          label={t('certifications.valid_until')}
          hint={t('certifications.valid_until_hint')}
          error={fieldOrItemError(error, 'validUntil')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="validUntil"
              value={values.validUntil}
              onChange={(event) => set('validUntil', event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
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
