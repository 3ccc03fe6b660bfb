/**
 * A business's answer to a round, made for a phone and in Thai first: "nothing new" in one click, or
 * what is new — contacts and orders, each with a buyer on record or a new one (the partner city, the
 * name), the day, and for an order the products of the business's catalogue with their quantity and
 * unit, the value and its currency if known. The browser checks what the server checks; the server's
 * field errors land on their fields, in the reader's language; nothing is sent twice.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, get, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  contactDirections,
  followUpContactChannels,
  type FollowUpForm,
  type FollowUpItemKind,
  type FollowUpLinkAnswerInput,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';
import {
  answerFieldPaths,
  answerFormSchema,
  newItem,
  newLine,
  NEW_BUYER,
  type AnswerFormValues,
} from '../utils/answer-form-values.ts';

/** Currencies offered first; any other ISO 4217 code may be typed. */
const COMMON_CURRENCIES = ['THB', 'JPY', 'KRW', 'CNY', 'USD', 'EUR'] as const;

export interface AnswerSending {
  send: (input: FollowUpLinkAnswerInput, options: { onError: (error: unknown) => void }) => void;
  isSending: boolean;
}

/** The field's message under a path of the form's errors, if any. */
function useErrorAt() {
  const { formState } = useFormContext<AnswerFormValues>();
  return (path: string): string | undefined => {
    const found: unknown = get(formState.errors, path);
    return typeof found === 'object' &&
      found !== null &&
      'message' in found &&
      typeof found.message === 'string'
      ? found.message
      : undefined;
  };
}

export function AnswerForm({ view, sending }: { view: FollowUpForm; sending: AnswerSending }) {
  const { t } = useTranslation(['follow_up', 'common']);
  const { t: frameless } = useTranslation();
  const headingId = useId();
  const alertId = useId();
  const [isReporting, setIsReporting] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const form = useContractForm<AnswerFormValues, FollowUpLinkAnswerInput>({
    schema: answerFormSchema,
    defaultValues: { items: [] },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const values = useWatch({ control: form.control, name: 'items' });
  const dealIds = view.deals.map((deal) => deal.id);
  const isStaff = view.answeringAs === 'staff';

  /** The server's problems at their fields; anything else in the alert above the buttons. */
  const onError = (error: unknown) => {
    let isPlaced = false;
    if (error instanceof ApiError) {
      for (const path of answerFieldPaths(form.getValues('items'))) {
        const message = error.fieldMessage(path);
        if (message === undefined) continue;
        form.setError(path, { type: 'server', message });
        isPlaced = true;
      }
    }
    setProblem(isPlaced ? null : error);
    if (!isPlaced) requestAnimationFrame(() => document.getElementById(alertId)?.focus());
  };

  const add = (kind: FollowUpItemKind) => {
    setIsReporting(true);
    items.append(newItem(kind, dealIds));
  };

  const sendNothingNew = () => {
    setProblem(null);
    sending.send({ answer: 'nothing_new', items: [] }, { onError });
  };

  const submit = form.handleSubmit((input) => {
    setProblem(null);
    sending.send(input, { onError });
  });

  return (
    <section className="card follow-up-answer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('form.new_heading')}</h2>
      <p>{isStaff ? t('form.new_intro_staff') : t('form.new_intro')}</p>
      {problem !== null && (
        <div id={alertId} tabIndex={-1} className="follow-up-focus-target">
          <Alert tone="error">
            <p>{errorMessage(problem, frameless)}</p>
          </Alert>
        </div>
      )}
      {!isReporting && (
        <div className="follow-up-choices">
          <button
            type="button"
            className="button follow-up-choice"
            disabled={sending.isSending}
            onClick={sendNothingNew}
          >
            {t('form.nothing_new')}
          </button>
          <button
            type="button"
            className="button button-secondary follow-up-choice"
            onClick={() => add('contact')}
          >
            {t('form.add_contact')}
          </button>
          <button
            type="button"
            className="button button-secondary follow-up-choice"
            onClick={() => add('order')}
          >
            {t('form.add_order')}
          </button>
        </div>
      )}
      {isReporting && (
        <FormProvider {...form}>
          <form className="form follow-up-items" noValidate onSubmit={(event) => void submit(event)}>
            {items.fields.map((field, index) => (
              <ItemFields
                key={field.id}
                index={index}
                view={view}
                onRemove={() => {
                  items.remove(index);
                  if (items.fields.length === 1) setIsReporting(false);
                }}
              />
            ))}
            <div className="follow-up-add">
              <button type="button" className="button button-secondary" onClick={() => add('contact')}>
                {t('form.add_another_contact')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => add('order')}>
                {t('form.add_another_order')}
              </button>
            </div>
            <div className="form-actions">
              <button type="submit" className="button" disabled={sending.isSending || values.length === 0}>
                {sending.isSending ? t('form.sending') : t('form.send', { count: values.length })}
              </button>
            </div>
          </form>
        </FormProvider>
      )}
    </section>
  );
}

function ItemFields({ index, view, onRemove }: { index: number; view: FollowUpForm; onRemove: () => void }) {
  const { t } = useTranslation(['follow_up', 'common']);
  const labels = useFollowUpLabels();
  const format = useFormat();
  const { control, register } = useFormContext<AnswerFormValues>();
  const errorAt = useErrorAt();
  const at = `items.${index}` as const;
  const kind = useWatch({ control, name: `${at}.kind` });
  const dealId = useWatch({ control, name: `${at}.dealId` });
  const lines = useFieldArray({ control, name: `${at}.orderLines` });
  const isOrder = kind === 'order';
  const legend = isOrder
    ? t('form.order_legend', { number: index + 1 })
    : t('form.contact_legend', { number: index + 1 });

  return (
    <fieldset className="fieldset follow-up-item">
      <legend>{legend}</legend>
      <SelectField
        label={<RequiredLabel>{t('form.buyer')}</RequiredLabel>}
        hint={view.deals.length > 0 ? t('form.buyer_hint') : undefined}
        error={errorAt(`${at}.dealId`)}
        {...register(`${at}.dealId`)}
      >
        <option value="">{t('form.choose')}</option>
        {view.deals.map((deal) => (
          <option key={deal.id} value={deal.id}>
            {t('form.deal_option', {
              buyer: deal.buyerOrganisation
                ? `${deal.buyerName} · ${deal.buyerOrganisation}`
                : deal.buyerName,
              city: deal.city.name,
            })}
          </option>
        ))}
        <option value={NEW_BUYER}>{t('form.new_buyer')}</option>
      </SelectField>
      {dealId === NEW_BUYER && (
        <div className="follow-up-grid">
          <SelectField
            label={<RequiredLabel>{t('form.city')}</RequiredLabel>}
            hint={t('form.city_hint')}
            error={errorAt(`${at}.buyer.partnerId`)}
            {...register(`${at}.buyer.partnerId`)}
          >
            <option value="">{t('form.choose')}</option>
            {view.cities.map((city) => (
              <option key={city.id} value={city.id}>
                {city.name}
              </option>
            ))}
          </SelectField>
          <InputField
            label={<RequiredLabel>{t('form.buyer_name')}</RequiredLabel>}
            autoComplete="off"
            maxLength={200}
            error={errorAt(`${at}.buyer.buyerName`)}
            {...register(`${at}.buyer.buyerName`)}
          />
          <InputField
            label={t('form.buyer_organisation')}
            autoComplete="off"
            maxLength={300}
            error={errorAt(`${at}.buyer.buyerOrganisation`)}
            {...register(`${at}.buyer.buyerOrganisation`)}
          />
        </div>
      )}
      <FormDateField
        control={control}
        name={`${at}.occurredOn`}
        label={<RequiredLabel>{isOrder ? t('form.ordered_on') : t('form.contacted_on')}</RequiredLabel>}
        hint={t('form.date_hint', { from: format.date(view.round.periodStart) })}
        error={errorAt(`${at}.occurredOn`)}
      />
      {!isOrder && (
        <div className="follow-up-grid">
          <SelectField
            label={<RequiredLabel>{t('form.direction')}</RequiredLabel>}
            error={errorAt(`${at}.contactDirection`)}
            {...register(`${at}.contactDirection`)}
          >
            <option value="">{t('form.choose')}</option>
            {contactDirections.map((code) => (
              <option key={code} value={code}>
                {labels.direction(code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={<RequiredLabel>{t('form.channel')}</RequiredLabel>}
            error={errorAt(`${at}.contactChannel`)}
            {...register(`${at}.contactChannel`)}
          >
            <option value="">{t('form.choose')}</option>
            {followUpContactChannels.map((code) => (
              <option key={code} value={code}>
                {labels.channel(code)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {isOrder && (
        <div className="follow-up-lines">
          {errorAt(`${at}.orderLines`) && <p className="field-error">{errorAt(`${at}.orderLines`)}</p>}
          {lines.fields.map((line, lineIndex) => {
            const lineAt = `${at}.orderLines.${lineIndex}` as const;
            return (
              <fieldset key={line.id} className="fieldset follow-up-line">
                <legend>{t('form.line_legend', { number: lineIndex + 1 })}</legend>
                <SelectField
                  label={<RequiredLabel>{t('form.product')}</RequiredLabel>}
                  error={errorAt(`${lineAt}.productId`)}
                  {...register(`${lineAt}.productId`)}
                >
                  <option value="">{t('form.choose')}</option>
                  {view.products.map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.name}
                    </option>
                  ))}
                </SelectField>
                <div className="follow-up-grid follow-up-grid--pair">
                  <InputField
                    label={<RequiredLabel>{t('form.quantity')}</RequiredLabel>}
                    inputMode="decimal"
                    autoComplete="off"
                    error={errorAt(`${lineAt}.quantity`)}
                    {...register(`${lineAt}.quantity`)}
                  />
                  <InputField
                    label={<RequiredLabel>{t('form.unit')}</RequiredLabel>}
                    hint={t('form.unit_hint')}
                    autoComplete="off"
                    maxLength={40}
                    error={errorAt(`${lineAt}.unit`)}
                    {...register(`${lineAt}.unit`)}
                  />
                  <InputField
                    label={t('form.value')}
                    hint={t('form.value_hint')}
                    inputMode="decimal"
                    autoComplete="off"
                    error={errorAt(`${lineAt}.value`)}
                    {...register(`${lineAt}.value`)}
                  />
                  <InputField
                    label={t('form.currency')}
                    hint={t('form.currency_hint')}
                    list={`${lineAt}-currencies`}
                    autoComplete="off"
                    maxLength={3}
                    error={errorAt(`${lineAt}.currency`)}
                    {...register(`${lineAt}.currency`)}
                  />
                  <datalist id={`${lineAt}-currencies`}>
                    {COMMON_CURRENCIES.map((code) => (
                      <option key={code} value={code} />
                    ))}
                  </datalist>
                </div>
                {lines.fields.length > 1 && (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => lines.remove(lineIndex)}
                  >
                    {t('form.remove_line', { number: lineIndex + 1 })}
                  </button>
                )}
              </fieldset>
            );
          })}
          <button type="button" className="button button-secondary" onClick={() => lines.append(newLine())}>
            {t('form.add_line')}
          </button>
        </div>
      )}
      <TextareaField
        label={t('form.note')}
        rows={2}
        maxLength={2000}
        error={errorAt(`${at}.note`)}
        {...register(`${at}.note`)}
      />
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {isOrder
          ? t('form.remove_order', { number: index + 1 })
          : t('form.remove_contact', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
