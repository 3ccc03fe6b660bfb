/**
 * The unit form's values as typed and its schema: only what changed is sent (an English name sent
 * without its source clears the old source), checked by the contract's own `UpdateUnitInputSchema`.
 */
import { z } from 'zod';
import { UpdateUnitInputSchema, type UnitDetail, type UpdateUnitInput } from '@bia/contracts';
import { textOrNull } from '../../../lib/form-values.ts';

export interface UnitFormValues {
  nameEn: string;
  nameEnSource: string;
  notes: string;
}

export const unitFormFields = ['nameEn', 'nameEnSource', 'notes'] as const;

export type UnitChanges = Omit<UpdateUnitInput, 'version'>;

export function unitFormValuesOf(unit: UnitDetail): UnitFormValues {
  return { nameEn: unit.nameEn ?? '', nameEnSource: unit.nameEnSource ?? '', notes: unit.notes ?? '' };
}

/** The fields whose value differs from the unit's. */
export function unitChangesOf(values: UnitFormValues, unit: UnitDetail): UnitChanges {
  const changes: UnitChanges = {};
  const nameEn = textOrNull(values.nameEn);
  const nameEnSource = textOrNull(values.nameEnSource);
  const notes = textOrNull(values.notes);
  if (nameEn !== unit.nameEn) changes.nameEn = nameEn;
  if (nameEnSource !== unit.nameEnSource) changes.nameEnSource = nameEnSource;
  if (notes !== unit.notes) changes.notes = notes;
  return changes;
}

/** The form schema for changes made to `unit` as last loaded. */
export function unitFormSchema(unit: UnitDetail) {
  return z
    .custom<UnitFormValues>()
    .transform((values) => unitChangesOf(values, unit))
    .pipe(UpdateUnitInputSchema.omit({ version: true }));
}
