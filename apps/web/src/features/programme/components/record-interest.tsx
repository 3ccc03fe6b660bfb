/**
 * The interest each registered buyer showed in each product of the session: a level (none, some,
 * strong) and a note, one cell per buyer and product.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { interestLevels, type InterestLevel } from '@bia/contracts';
import { useSaveInterests } from '../api/session-record.ts';
import { useRecordForm } from '../hooks/use-record-form.ts';
import { interestFormSchema, interestValuesOf, recordProductsOf } from '../utils/record-form-values.ts';
import { ClosedNotice, RecordForm, useRecordNames, type RecordPartProps } from './record-form.tsx';

const levelKeys = {
  none: 'record.levels.none',
  some: 'record.levels.some',
  strong: 'record.levels.strong',
} as const satisfies Record<InterestLevel, string>;

export function RecordInterest({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const nameOf = useRecordNames();
  const save = useSaveInterests(session.id);
  const captionId = useId();
  const form = useRecordForm({ schema: interestFormSchema, values: interestValuesOf(record) });
  const { register, control } = form;
  const cells = useWatch({ control, name: 'cells' });
  const isEditable = record.canRecord && record.isOpenForRecording;
  const products = recordProductsOf(record);

  const submit = form.handleSubmit(
    (parsed) =>
      save.mutate(
        { version: record.version, ...parsed },
        { onSuccess: (saved) => form.savedAs(interestValuesOf(saved)) },
      ),
    () => save.reset(),
  );

  if (products.length === 0 || record.participants.length === 0) return null;
  return (
    <RecordForm
      title={t('record.interest')}
      intro={<ClosedNotice session={session} record={record} />}
      save={save}
      onReload={onReload}
      onSubmit={(event) => void submit(event)}
      canSave={isEditable}
      saveLabel={t('record.save_interest')}
    >
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table programme-interest">
          <caption id={captionId} className="visually-hidden">
            {t('record.interest_caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('record.product')}</th>
              {record.participants.map((participant) => (
                <th scope="col" key={participant.id}>
                  {participant.fullName}
                  <span className="muted"> {participant.company}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {products.map(({ product, business }, productIndex) => (
              <tr key={product.id}>
                <th scope="row">
                  {nameOf(product)}
                  <span className="muted"> {nameOf(business)}</span>
                </th>
                {record.participants.map((participant, participantIndex) => {
                  // The cells run product by product, as interestValuesOf lays them out.
                  const index = productIndex * record.participants.length + participantIndex;
                  const names = { buyer: participant.fullName, product: nameOf(product) };
                  return (
                    <td key={participant.id}>
                      <select
                        aria-label={t('record.level_for', names)}
                        disabled={!isEditable}
                        {...register(`cells.${index}.level`)}
                      >
                        <option value="">{t('record.not_recorded')}</option>
                        {interestLevels.map((level) => (
                          <option key={level} value={level}>
                            {t(levelKeys[level])}
                          </option>
                        ))}
                      </select>
                      <input
                        aria-label={t('record.note_for', names)}
                        maxLength={2000}
                        disabled={!isEditable || !cells[index]?.level}
                        {...register(`cells.${index}.note`)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </RecordForm>
  );
}
