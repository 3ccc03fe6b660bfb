/** The event's attendees' training records as their form holds them: the competencies ticked and the hours typed. */
import { z } from 'zod';
import { TrainingFromEventSchema, type LearningEventDetail } from '@bia/contracts';

export interface TrainingFromEventValues {
  competencyIds: string[];
  hours: string;
}

export const trainingFromEventFormSchema = z
  .object({
    competencyIds: z.array(z.string()).min(1, { message: 'learning:documents.competencies_required' }),
    hours: z.string().regex(/^\d{1,3}$/, { message: 'learning:documents.hours_invalid' }),
  })
  .transform((values): z.input<typeof TrainingFromEventSchema> => ({
    competencyIds: values.competencyIds,
    hours: Number(values.hours),
  }))
  .pipe(TrainingFromEventSchema);

/** The hours to start from: the credit hours the organisers set, or the sessions' length rounded up. */
export function defaultHours(event: Pick<LearningEventDetail, 'creditHours' | 'sessions'>): string {
  if (event.creditHours !== null) return String(event.creditHours);
  const minutes = event.sessions.reduce(
    (total, session) => total + (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000,
    0,
  );
  return String(Math.max(1, Math.ceil(minutes / 60)));
}
