/**
 * A session's agenda, its durations added up against the session's length; those who manage the
 * session change, add and remove its items (their own in Thai, and in the partner cities' languages
 * where they have them: decision 0025). The form follows the session as it is loaded again: what
 * someone else saved fills the items the user has not changed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray } from 'react-hook-form';
import { agendaItemKinds, titleTranslationLanguages, type SessionDetail } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useSessionForm } from '../hooks/use-session-form.ts';
import { useSessionLabels } from '../hooks/use-session-labels.ts';
import {
  agendaFormSchema,
  agendaMinutes,
  agendaValuesOf,
  newAgendaItem,
} from '../utils/session-form-values.ts';
import { SaveError } from './save-error.tsx';
import { TitleTranslationFields } from './session-forms.tsx';

export function AgendaSection({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation('programme_pages');
  const labels = useSessionLabels(() => '');
  const format = useFormat();
  const headingId = useId();
  const { form, update, submit, reloadLatest } = useSessionForm({
    session,
    onReload,
    schema: agendaFormSchema,
    valuesOf: agendaValuesOf,
    fieldsOf: ({ agenda }) =>
      agenda.flatMap(
        (_, index) =>
          [
            `agenda.${index}.title`,
            `agenda.${index}.minutes`,
            ...titleTranslationLanguages.map(
              (language) => `agenda.${index}.titleTranslations.${language}` as const,
            ),
          ] as const,
      ),
  });
  const { register } = form;
  const errors = form.formState.errors;
  const items = useFieldArray({ control: form.control, name: 'agenda' });
  const total = agendaMinutes(form.watch('agenda'));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.agenda')}</h2>
      <p className={total === session.sessionMinutes ? 'muted' : 'field-error'}>
        {t('session.agenda_total', {
          total: format.number(total),
          length: format.number(session.sessionMinutes),
        })}
      </p>
      {session.canManage ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <SaveError error={update.error} onReload={reloadLatest} />
          <ol className="programme-agenda">
            {items.fields.map((item, index) => (
              <li key={item.id}>
                <Field
                  label={t('session.agenda_item', { number: index + 1 })}
                  error={errors.agenda?.[index]?.title?.message}
                >
                  {(control) =>
                    item.kind === 'custom' ? (
                      <input {...control} lang="th" maxLength={300} {...register(`agenda.${index}.title`)} />
                    ) : (
                      <select {...control} {...register(`agenda.${index}.kind`)}>
                        {agendaItemKinds
                          .filter((kind) => kind !== 'custom')
                          .map((kind) => (
                            <option key={kind} value={kind}>
                              {labels.agendaKind(kind)}
                            </option>
                          ))}
                      </select>
                    )
                  }
                </Field>
                <Field label={t('session.minutes')} error={errors.agenda?.[index]?.minutes?.message}>
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      min={5}
                      max={240}
                      {...register(`agenda.${index}.minutes`)}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={items.fields.length === 1}
                  onClick={() => items.remove(index)}
                >
                  {t('session.remove_item', { number: index + 1 })}
                </button>
                {item.kind === 'custom' && (
                  <details className="programme-item-translations">
                    <summary>{t('session.item_translations')}</summary>
                    <TitleTranslationFields
                      label={(language) => t('session.item_in', { number: index + 1, language })}
                      registerIn={(language) => register(`agenda.${index}.titleTranslations.${language}`)}
                      errorIn={(language) => errors.agenda?.[index]?.titleTranslations?.[language]?.message}
                    />
                  </details>
                )}
              </li>
            ))}
          </ol>
          {errors.agenda?.root?.message && <p className="field-error">{errors.agenda.root.message}</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => items.append(newAgendaItem)}
            >
              {t('session.add_item')}
            </button>
            <button type="submit" className="button" disabled={update.isPending}>
              {t('session.save_agenda')}
            </button>
          </div>
        </form>
      ) : (
        <ol>
          {session.agenda.map((item, index) => (
            <li key={index}>
              {labels.agendaItem(item)} —{' '}
              {t('session.minutes_value', { minutes: format.number(item.minutes) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
