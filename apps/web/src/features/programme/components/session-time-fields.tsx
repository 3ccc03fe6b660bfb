/**
 * A session's time as its forms take it (scheduling, moving): the day in a date field of the reader's
 * calendar (day, month by name, Buddhist-era year in Thai) and the start and end as times on Bangkok's
 * clock. A session ends on the day it starts: it lies within office hours.
 */
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DateField } from '../../../components/date-field.tsx';
import { InputField } from '../../../components/field.tsx';

/** What binds the date field to its form (react-hook-form's `useController(…).field`). */
export interface DayBinding {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function SessionTimeFields({
  day,
  startTime,
  endTime,
  errors,
}: {
  day: DayBinding;
  startTime: UseFormRegisterReturn;
  endTime: UseFormRegisterReturn;
  /** The form's errors (`formState.errors`): those of these fields are shown under them. */
  errors: Partial<Record<'day' | 'startTime' | 'endTime', { message?: string | undefined }>>;
}) {
  const { t } = useTranslation('programme_pages');
  return (
    <>
      <DateField
        label={t('new_session.day')}
        hint={t('new_session.bangkok_day')}
        error={errors.day?.message}
        required
        value={day.value}
        onChange={day.onChange}
        onBlur={day.onBlur}
      />
      <InputField
        type="time"
        label={t('new_session.start')}
        hint={t('new_session.bangkok_time')}
        error={errors.startTime?.message}
        required
        {...startTime}
      />
      <InputField
        type="time"
        label={t('new_session.end')}
        hint={t('new_session.bangkok_time')}
        error={errors.endTime?.message}
        required
        {...endTime}
      />
    </>
  );
}
