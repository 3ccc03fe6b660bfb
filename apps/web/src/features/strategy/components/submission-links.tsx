/** The evidence of a unit's report as links, row by row (a title and its address), added and removed. */
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { InputField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import {
  MAX_EVIDENCE_LINKS,
  newEvidenceLink,
  type SubmissionFormOutput,
  type SubmissionFormValues,
} from '../utils/submission-form-values.ts';
import type { ErrorAt } from './submission-fields.tsx';

export function EvidenceLinkFields({ errorAt }: { errorAt: ErrorAt }) {
  const { t } = useTranslation('strategy_reporting');
  const { control, register } = useFormContext<SubmissionFormValues, unknown, SubmissionFormOutput>();
  const links = useFieldArray({ control, name: 'evidenceLinks' });
  return (
    <fieldset className="fieldset reporting-rows">
      <legend>{t('form.links')}</legend>
      <p className="field-hint">{t('form.links_hint')}</p>
      {links.fields.map((field, index) => {
        const at = `evidenceLinks.${index}` as const;
        return (
          <fieldset key={field.id} className="fieldset reporting-row">
            <legend>{t('form.link_legend', { number: index + 1 })}</legend>
            <InputField
              label={<RequiredLabel>{t('form.link_title')}</RequiredLabel>}
              autoComplete="off"
              maxLength={300}
              error={errorAt(`${at}.title`)}
              {...register(`${at}.title`)}
            />
            <InputField
              label={<RequiredLabel>{t('form.link_url')}</RequiredLabel>}
              type="url"
              inputMode="url"
              autoComplete="off"
              maxLength={2000}
              placeholder="https://"
              error={errorAt(`${at}.url`)}
              {...register(`${at}.url`)}
            />
            <button type="button" className="button button-quiet" onClick={() => links.remove(index)}>
              {t('form.remove_link', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      {links.fields.length < MAX_EVIDENCE_LINKS && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            links.append(newEvidenceLink(), { focusName: `evidenceLinks.${links.fields.length}.title` })
          }
        >
          {t('form.add_link')}
        </button>
      )}
    </fieldset>
  );
}
