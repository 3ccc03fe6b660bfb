/**
 * A theme as the IAO keeps it (`impacts:manage`): its name in Thai (English optional), what it asks,
 * whether it takes answers, and the day answers are due. Adds a theme, or changes one at the version
 * read.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ImpactThemeUpdateSchema,
  IsoDateSchema,
  type ImpactTheme,
  type ImpactThemeInput,
  type ImpactThemeUpdate,
} from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, TextareaField } from '../../../components/field.tsx';
import { SaveActions, SaveAlerts } from '../../../components/form-save.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { refetchOrGone } from '../../../lib/reload.ts';
import { useCreateImpactTheme, useImpactThemes, useUpdateImpactTheme } from '../api/impacts.ts';

type ThemeFormValues = Omit<z.input<typeof ImpactThemeUpdateSchema>, 'dueOn'> & { dueOn: string };

const themeValuesOf = (theme: ImpactTheme | undefined): ThemeFormValues => ({
  nameTh: theme?.nameTh ?? '',
  nameEn: theme?.nameEn ?? '',
  description: theme?.description ?? '',
  isOpen: theme?.isOpen ?? true,
  dueOn: theme?.dueOn ?? '',
  version: theme?.version ?? 1,
});

const fields = ['nameTh', 'nameEn', 'description', 'isOpen', 'dueOn'] as const;

/** The contract's, with the due date as typed ('' when there is none). */
const formSchema = ImpactThemeUpdateSchema.extend({
  dueOn: z
    .string()
    .transform((text) => (text === '' ? null : text))
    .pipe(IsoDateSchema.nullable()),
});

export function ThemeForm({ theme, onSaved }: { theme?: ImpactTheme | undefined; onSaved: () => void }) {
  const { t } = useTranslation('impacts');
  const headingId = useId();
  const create = useCreateImpactTheme();
  const update = useUpdateImpactTheme(theme?.id ?? '');
  const themes = useImpactThemes();
  const mutation = theme ? update : create;
  const form = useContractForm<ThemeFormValues, ImpactThemeUpdate>({
    schema: formSchema,
    defaultValues: themeValuesOf(theme),
  });
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: fields,
    record: theme,
    reload: theme
      ? async () => (await refetchOrGone(themes))?.items.find((each) => each.id === theme.id)
      : undefined,
    valuesOf: themeValuesOf,
    mutation,
    saveInput: (input, { version, onError }) => {
      const done = () => {
        if (!theme) form.reset(themeValuesOf(undefined));
        onSaved();
      };
      if (theme) update.mutate({ ...input, version }, { onSuccess: done, onError });
      else {
        const { version: _unused, ...created } = input;
        create.mutate(created satisfies ImpactThemeInput, { onSuccess: done, onError });
      }
    },
  });
  return (
    <form ref={formRef} className="form" aria-labelledby={headingId} noValidate onSubmit={saving.submit}>
      <h2 id={headingId}>{theme ? t('theme_form.edit_heading') : t('theme_form.add_heading')}</h2>
      <SaveAlerts
        saving={saving}
        focusClassName="impacts-focus-target"
        reloadText={t('form.conflict_reload')}
        reloadedText={t('form.conflict_reloaded')}
      />
      <InputField
        label={<RequiredLabel>{t('theme_form.name_th')}</RequiredLabel>}
        maxLength={300}
        autoComplete="off"
        error={form.errorAt('nameTh')}
        {...form.register('nameTh')}
      />
      <InputField
        label={t('theme_form.name_en')}
        maxLength={300}
        autoComplete="off"
        lang="en"
        error={form.errorAt('nameEn')}
        {...form.register('nameEn')}
      />
      <TextareaField
        label={t('theme_form.description')}
        rows={3}
        maxLength={5000}
        error={form.errorAt('description')}
        {...form.register('description')}
      />
      <FormDateField
        control={form.control}
        name="dueOn"
        label={t('theme_form.due_on')}
        hint={t('theme_form.due_on_hint')}
        error={form.errorAt('dueOn')}
      />
      <label className="checkbox">
        <input type="checkbox" {...form.register('isOpen')} />
        {t('theme_form.is_open')}
      </label>
      <SaveActions saving={saving} savingText={t('form.sending')} saveText={t('theme_form.save')} />
    </form>
  );
}
