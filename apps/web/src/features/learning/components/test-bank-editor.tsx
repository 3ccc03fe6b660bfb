/**
 * The event's question bank (managers): multiple-choice questions in Thai (English optional), 2–6
 * options each with exactly one correct, in order, each in the pre-test, the post-test or both. Saved
 * whole at the version read; once someone has taken a test the bank is locked (their scores would
 * change), and says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch, type UseFormRegister } from 'react-hook-form';
import type { LearningQuestionBank, LearningQuestionBankSave } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { InputField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage, isStaleConflict } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useSaveQuestionBank } from '../api/tests.ts';
import {
  bankFormSchema,
  bankValues,
  correctAfterRemoving,
  MAX_OPTIONS,
  MIN_OPTIONS,
  newQuestion,
  type BankFormValues,
} from '../utils/test-bank-values.ts';

type BankForm = ReturnType<
  typeof useContractForm<BankFormValues, { questions: LearningQuestionBankSave['questions'] }>
>;

export function TestBankEditor({ bank }: { bank: LearningQuestionBank }) {
  // A saved bank (a new version) starts the form again from what the server holds.
  return <BankForm key={bank.version} bank={bank} />;
}

function BankForm({ bank }: { bank: LearningQuestionBank }) {
  const { t } = useTranslation('learning_tests');
  const { t: frameless } = useTranslation();
  const headingId = useId();
  const save = useSaveQuestionBank(bank.eventId);
  const form = useContractForm<BankFormValues, { questions: LearningQuestionBankSave['questions'] }>({
    schema: bankFormSchema,
    defaultValues: bankValues(bank),
  });
  const questions = useFieldArray({ control: form.control, name: 'questions' });

  const submit = form.handleSubmit((input) =>
    save.mutate(
      { version: bank.version, questions: input.questions },
      {
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          for (const field of error.fields)
            if (field.path.startsWith('questions.'))
              form.setError(field.path as `questions.${number}.promptTh`, {
                type: 'server',
                message: error.fieldMessage(field.path) ?? error.text(),
              });
        },
      },
    ),
  );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('bank.heading')}</h3>
      <p>{t('bank.intro')}</p>
      {bank.isLocked && (
        <Alert tone="info">
          <p>{t('bank.locked')}</p>
        </Alert>
      )}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset disabled={bank.isLocked || save.isPending} className="test-bank-fieldset">
          <legend className="visually-hidden">{t('bank.heading')}</legend>
          {questions.fields.length === 0 && <p>{t('bank.empty')}</p>}
          {questions.fields.map((field, index) => (
            <QuestionFields
              key={field.id}
              form={form}
              index={index}
              count={questions.fields.length}
              onMove={(to) => questions.move(index, to)}
              onRemove={() => questions.remove(index)}
            />
          ))}
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => questions.append(newQuestion())}
            >
              {t('bank.add_question')}
            </button>
          </div>
          {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) && (
            <Alert tone="error">
              <p>{isStaleConflict(save.error) ? t('bank.stale') : errorMessage(save.error, frameless)}</p>
            </Alert>
          )}
          {save.isSuccess && (
            <Alert tone="success">
              <p>{t('bank.saved')}</p>
            </Alert>
          )}
          <div className="form-actions">
            <button type="submit" className="button">
              {save.isPending ? t('bank.saving') : t('bank.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}

function QuestionFields({
  form,
  index,
  count,
  onMove,
  onRemove,
}: {
  form: BankForm;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  const { register, control } = form;
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  const correct = useWatch({ control, name: `questions.${index}.correctIndex` });
  const number = format.number(index + 1);
  return (
    <fieldset className="test-bank-question">
      <legend>{t('bank.question', { number })}</legend>
      <TextareaField
        label={<RequiredLabel>{t('bank.prompt_th')}</RequiredLabel>}
        rows={2}
        lang="th"
        error={form.errorAt(`questions.${index}.promptTh`)}
        {...register(`questions.${index}.promptTh`)}
      />
      <TextareaField
        label={t('bank.prompt_en')}
        rows={2}
        lang="en"
        error={form.errorAt(`questions.${index}.promptEn`)}
        {...register(`questions.${index}.promptEn`)}
      />
      <p className="field-hint">{t('bank.options_hint')}</p>
      {options.fields.map((option, choice) => (
        <OptionFields
          key={option.id}
          register={register}
          index={index}
          choice={choice}
          errorAt={form.errorAt}
          canRemove={options.fields.length > MIN_OPTIONS}
          onRemove={() => {
            form.setValue(`questions.${index}.correctIndex`, correctAfterRemoving(correct, choice));
            options.remove(choice);
          }}
        />
      ))}
      {form.errorAt(`questions.${index}.correctIndex`) && (
        <p className="field-error">{form.errorAt(`questions.${index}.correctIndex`)}</p>
      )}
      {form.errorAt(`questions.${index}.options`) && (
        <p className="field-error">{form.errorAt(`questions.${index}.options`)}</p>
      )}
      {options.fields.length < MAX_OPTIONS && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => options.append({ th: '', en: '' })}
        >
          {t('bank.add_option', { number })}
        </button>
      )}
      <div className="test-bank-tests" role="group" aria-label={t('bank.in_tests', { number })}>
        <label>
          <input type="checkbox" {...register(`questions.${index}.inPre`)} /> {t('bank.in_pre')}
        </label>
        <label>
          <input type="checkbox" {...register(`questions.${index}.inPost`)} /> {t('bank.in_post')}
        </label>
      </div>
      {form.errorAt(`questions.${index}.inPost`) && (
        <p className="field-error">{form.errorAt(`questions.${index}.inPost`)}</p>
      )}
      <div className="test-bank-row-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          {t('bank.move_up', { number })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          {t('bank.move_down', { number })}
        </button>
        <button type="button" className="button button-secondary" onClick={onRemove}>
          {t('bank.remove_question', { number })}
        </button>
      </div>
    </fieldset>
  );
}

function OptionFields({
  register,
  index,
  choice,
  errorAt,
  canRemove,
  onRemove,
}: {
  register: UseFormRegister<BankFormValues>;
  index: number;
  choice: number;
  errorAt: (path: string) => string | undefined;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation('learning_tests');
  const format = useFormat();
  const letter = format.number(choice + 1);
  const number = format.number(index + 1);
  return (
    <div className="test-bank-option">
      <label className="test-option">
        <input type="radio" value={String(choice)} {...register(`questions.${index}.correctIndex`)} />
        <span>{t('bank.correct', { option: letter })}</span>
      </label>
      <div className="test-bank-option-texts">
        <InputField
          label={<RequiredLabel>{t('bank.option_th', { option: letter, number })}</RequiredLabel>}
          lang="th"
          error={errorAt(`questions.${index}.options.${choice}.th`)}
          {...register(`questions.${index}.options.${choice}.th`)}
        />
        <InputField
          label={t('bank.option_en', { option: letter, number })}
          lang="en"
          error={errorAt(`questions.${index}.options.${choice}.en`)}
          {...register(`questions.${index}.options.${choice}.en`)}
        />
        {canRemove && (
          <button type="button" className="button button-secondary" onClick={onRemove}>
            {t('bank.remove_option', { option: letter, number })}
          </button>
        )}
      </div>
    </div>
  );
}
