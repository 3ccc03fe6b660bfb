/**
 * /deals/new — entering a deal by hand (a buyer who wrote after seeing the catalogue, a contact made
 * outside a session): the business (chosen by name by staff; an entrepreneur's own, fixed), the
 * partner city (by name), the buyer, the business's products concerned (by name), and its first
 * entry. The browser checks what the server checks; the server's field errors land on their fields.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useFormContext, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { dealEntryKinds, participantLanguages, type DealCreate } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { EmailField, InputField, SelectField } from '../../../components/field.tsx';
import { SaveActions } from '../../../components/form-save.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { useCreateDeal } from '../api/deals.ts';
import { useBusiness } from '../api/options.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import { useDealReader } from '../hooks/use-deal-reader.ts';
import { useProductOptions } from '../hooks/use-product-options.ts';
import { bangkokToday } from '../utils/dates.ts';
import {
  dealFieldPaths,
  dealFormSchema,
  newDealValues,
  type DealFormValues,
} from '../utils/deal-form-values.ts';
import { placeServerErrors } from '../utils/server-errors.ts';
import { EntryFields } from './entry-fields.tsx';
import { BusinessPicker, PartnerPicker } from './pickers.tsx';
import { DealSaveAlerts } from './save-alerts.tsx';
import '../deals.css';

/** A deal starts with anything but a shipment: there is no order yet to ship. */
const firstEntryKinds = dealEntryKinds.filter((kind) => kind !== 'shipment');

export function NewDealPage() {
  const { t } = useTranslation('deal_pages');
  const reader = useDealReader();
  if (!reader.canCreate) {
    return (
      <div className="deals-page narrow-page">
        <PageHeader title={t('new.title')} />
        <Alert tone="info">{t('new.not_allowed')}</Alert>
        <p>
          <Link to={paths.deals}>{t('deal.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <NewDealForm
      isStaff={reader.isStaff}
      fixedBusinessId={reader.canRecordAny ? null : reader.ownBusinessId}
    />
  );
}

function NewDealForm({ isStaff, fixedBusinessId }: { isStaff: boolean; fixedBusinessId: string | null }) {
  const { t } = useTranslation(['deal_pages', 'common']);
  const labels = useDealLabels();
  const navigate = useNavigate();
  const headings = { buyer: useId(), products: useId(), entry: useId() };
  const create = useCreateDeal();
  const form = useContractForm<DealFormValues, DealCreate>({
    schema: dealFormSchema,
    defaultValues: newDealValues(fixedBusinessId ?? '', bangkokToday()),
  });
  const { register, control, setValue, formState } = form;
  const errors = formState.errors;
  const businessId = useWatch({ control, name: 'entrepreneurId' });
  const partnerId = useWatch({ control, name: 'partnerId' });
  const lineCount = useWatch({ control, name: 'entry.orderLines' }).length;
  const products = useProductOptions(businessId);
  const { formRef, ...saving } = useFormSave({
    form: {
      handleSubmit: form.handleSubmit,
      reset: form.reset,
      // The server names the first entry's fields under `firstEntry.`.
      showServerErrors: (error, names) => placeServerErrors(error, names, 'firstEntry.', form.setError),
    },
    fieldNames: dealFieldPaths(lineCount),
    record: undefined,
    reload: undefined,
    valuesOf: () => newDealValues(fixedBusinessId ?? '', bangkokToday()),
    mutation: create,
    saveInput: (input, { onError }) =>
      create.mutate(input, { onSuccess: (deal) => void navigate(paths.deal(deal.id)), onError }),
  });

  return (
    <div className="deals-page">
      <p className="deal-back">
        <Link to={paths.deals}>{t('deal.back')}</Link>
      </p>
      <PageHeader title={t('new.title')} intro={<p>{t('new.intro')}</p>} />
      <FormProvider {...form}>
        <form ref={formRef} className="form deal-new-form" noValidate onSubmit={saving.submit}>
          <DealSaveAlerts saving={saving} />

          <section className="card" aria-labelledby={headings.buyer}>
            <h2 id={headings.buyer}>{t('new.parties')}</h2>
            <div className="deal-form-grid">
              {fixedBusinessId ? (
                <OwnBusiness businessId={fixedBusinessId} />
              ) : (
                <BusinessPicker
                  use="form"
                  value={businessId}
                  error={errors.entrepreneurId?.message}
                  onChange={(id) => {
                    setValue('entrepreneurId', id, { shouldDirty: true });
                    // Another business: its products are others.
                    setValue('productIds', []);
                  }}
                />
              )}
              <PartnerPicker
                use="form"
                isStaff={isStaff}
                value={partnerId}
                error={errors.partnerId?.message}
                onChange={(id) => setValue('partnerId', id, { shouldDirty: true })}
              />
            </div>
            <div className="deal-form-grid">
              <InputField
                label={<RequiredLabel>{t('new.buyer_name')}</RequiredLabel>}
                error={errors.buyerName?.message}
                autoComplete="off"
                maxLength={200}
                {...register('buyerName')}
              />
              <InputField
                label={t('new.buyer_organisation')}
                error={errors.buyerOrganisation?.message}
                autoComplete="off"
                maxLength={300}
                {...register('buyerOrganisation')}
              />
              <EmailField
                label={t('new.buyer_email')}
                hint={t('new.buyer_email_hint')}
                error={errors.buyerEmail?.message}
                {...register('buyerEmail')}
              />
              <SelectField
                label={t('new.buyer_language')}
                hint={t('new.buyer_language_hint')}
                error={errors.buyerLanguage?.message}
                {...register('buyerLanguage')}
              >
                {participantLanguages.map((language) => (
                  <option key={language} value={language}>
                    {labels.language(language)}
                  </option>
                ))}
              </SelectField>
            </div>
          </section>

          <section className="card" aria-labelledby={headings.products}>
            <h2 id={headings.products}>{t('new.products')}</h2>
            <ProductChoices businessId={businessId} products={products} error={errors.productIds?.message} />
          </section>

          <section className="card" aria-labelledby={headings.entry}>
            <h2 id={headings.entry}>{t('new.first_entry')}</h2>
            <p className="muted">{t('new.first_entry_intro')}</p>
            <EntryFields kinds={firstEntryKinds} products={products} />
          </section>

          <SaveActions
            saving={saving}
            savingText={t('new.saving')}
            saveText={t('new.save')}
            onCancel={() => void navigate(paths.deals)}
          />
        </form>
      </FormProvider>
    </div>
  );
}

/** An entrepreneur's own business: the deal's, not to be chosen. */
function OwnBusiness({ businessId }: { businessId: string }) {
  const { t } = useTranslation('deal_pages');
  const { locale } = useFormat();
  const business = useBusiness(businessId);
  const name = business.data
    ? ((locale === 'en' ? business.data.name.en : null) ?? business.data.name.th)
    : '';
  return (
    <div className="field">
      <p className="field-label">{t('pickers.business')}</p>
      <p>{name || t('new.own_business')}</p>
    </div>
  );
}

/** The business's products concerned, ticked by name. */
function ProductChoices({
  businessId,
  products,
  error,
}: {
  businessId: string;
  products: ReturnType<typeof useProductOptions>;
  error: string | undefined;
}) {
  const { t } = useTranslation('deal_pages');
  const { register } = useFormContext<DealFormValues>();
  const errorId = useId();
  if (businessId === '') return <p className="muted">{t('new.products_choose_business')}</p>;
  if (products.isPending) return <p className="muted">{t('order_lines.products_loading')}</p>;
  if (products.options.length === 0) return <p className="muted">{t('new.products_none')}</p>;
  return (
    <fieldset
      className={['deal-products', error ? 'field-invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="visually-hidden">{t('new.products')}</legend>
      <p className="field-hint">{t('new.products_hint')}</p>
      <ul className="plain-list deal-product-choices">
        {products.options.map((product) => (
          <li key={product.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                value={product.id}
                aria-invalid={error ? true : undefined}
                {...register('productIds')}
              />
              <span>{product.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
