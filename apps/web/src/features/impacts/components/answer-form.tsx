/**
 * A unit's answer for a theme: the impacts it expects and the duties of its own that must change,
 * added and removed as the unit needs, saved as a draft ("บันทึกร่าง") or submitted to the IAO
 * ("ส่งให้ สกต. ตรวจ"). The browser checks what the server checks (the contract's schemas); the
 * server's field errors land on their fields. Each save goes at the version the form read; after a
 * stale save, loading the latest version keeps what was typed.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { ImpactAnswerDetail } from '@bia/contracts';
import { SaveAlerts } from '../../../components/form-save.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useImpactAnswer, useSaveImpactAnswer } from '../api/impacts.ts';
import {
  answerFieldPaths,
  answerFormSchema,
  answerValuesOf,
  MAX_IMPACT_ITEMS,
  newItem,
  type AnswerFormOutput,
  type AnswerFormValues,
} from '../utils/answer-form-values.ts';
import { AnswerItemFields } from './answer-item-fields.tsx';

export type SaveOutcome = 'draft' | 'submitted';

export function AnswerForm({
  detail,
  onSaved,
}: {
  detail: ImpactAnswerDetail;
  onSaved: (outcome: SaveOutcome) => void;
}) {
  const { t } = useTranslation('impacts');
  const headingId = useId();
  const themeId = detail.theme.id;
  const unitCode = detail.unit.code;
  /** Which button sent the form: the draft's (also Enter's, being first) or the submission's. */
  const intent = useRef<'draft' | 'submit'>('draft');
  const query = useImpactAnswer(themeId, unitCode);
  const save = useSaveImpactAnswer(themeId, unitCode);
  const form = useContractForm<AnswerFormValues, AnswerFormOutput>({
    schema: answerFormSchema,
    defaultValues: answerValuesOf(detail),
  });
  const impacts = useFieldArray({ control: form.control, name: 'impacts' });
  const duties = useFieldArray({ control: form.control, name: 'duties' });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: answerFieldPaths(impacts.fields.length, duties.fields.length),
    record: detail,
    reload: async () => refetchOrGone(query),
    valuesOf: answerValuesOf,
    mutation: save,
    saveInput: (input, { version, onError }) => {
      const isSubmitting = intent.current === 'submit';
      save.mutate(
        // The first save reads no version of the answer.
        { ...input, submit: isSubmitting, ...(version > 0 ? { version } : {}) },
        {
          onSuccess: (saved) => {
            saving.latest.savedAs(saved);
            onSaved(isSubmitting ? 'submitted' : 'draft');
          },
          onError,
        },
      );
    },
  });
  const isPending = save.isPending;
  const listError = form.errorAt('impacts');

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="form impacts-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={saving.submit}
      >
        <h2 id={headingId}>{t('form.heading')}</h2>
        <p className="field-hint">{t('form.intro')}</p>
        <SaveAlerts
          saving={saving}
          focusClassName="impacts-focus-target"
          reloadText={t('form.conflict_reload')}
          keepTypingText={t('form.conflict_keep_typing')}
          reloadedText={t('form.conflict_reloaded')}
        />
        <section className="impacts-list" aria-label={t('form.impacts_heading')}>
          <h3>{t('form.impacts_heading')}</h3>
          <p className="field-hint">{t('form.impacts_hint')}</p>
          {listError && (
            <p className="field-error" role="alert">
              {listError}
            </p>
          )}
          {impacts.fields.length === 0 && <p className="field-hint">{t('form.no_impacts')}</p>}
          {impacts.fields.map((field, index) => (
            <AnswerItemFields
              key={field.id}
              list="impacts"
              index={index}
              errorAt={form.errorAt}
              onRemove={() => impacts.remove(index)}
            />
          ))}
          {impacts.fields.length < MAX_IMPACT_ITEMS && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                impacts.append(newItem(), { focusName: `impacts.${impacts.fields.length}.text` })
              }
            >
              {t('form.add_impact')}
            </button>
          )}
        </section>
        <section className="impacts-list" aria-label={t('form.duties_heading')}>
          <h3>{t('form.duties_heading')}</h3>
          <p className="field-hint">{t('form.duties_hint')}</p>
          {duties.fields.length === 0 && <p className="field-hint">{t('form.no_duties')}</p>}
          {duties.fields.map((field, index) => (
            <AnswerItemFields
              key={field.id}
              list="duties"
              index={index}
              errorAt={form.errorAt}
              onRemove={() => duties.remove(index)}
            />
          ))}
          {duties.fields.length < MAX_IMPACT_ITEMS && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => duties.append(newItem(), { focusName: `duties.${duties.fields.length}.text` })}
            >
              {t('form.add_duty')}
            </button>
          )}
        </section>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-secondary"
            disabled={isPending}
            onClick={() => {
              intent.current = 'draft';
            }}
          >
            {t('form.save_draft')}
          </button>
          <button
            type="submit"
            className="button"
            disabled={isPending}
            onClick={() => {
              intent.current = 'submit';
            }}
          >
            {t('form.submit')}
          </button>
          {isPending && <span role="status">{t('form.sending')}</span>}
        </div>
      </form>
    </FormProvider>
  );
}
