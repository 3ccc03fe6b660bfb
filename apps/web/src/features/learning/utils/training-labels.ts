/** How the training pages name a competency, an officer's kind and a record's source, in the reader's language. */
import { useTranslation } from 'react-i18next';
import type { TrainingOfficerKind, TrainingSource } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';

/** A competency's name: English when the reader reads English and it has one, Thai otherwise. */
export function useCompetencyName() {
  const { locale } = useFormat();
  return (competency: { nameTh: string; nameEn: string | null }): string =>
    locale !== 'th' && competency.nameEn ? competency.nameEn : competency.nameTh;
}

export function useTrainingLabels() {
  const { t } = useTranslation('training');
  const kinds: Record<TrainingOfficerKind, string> = {
    iao_officer: t('officer_kind.iao_officer'),
    liaison_officer: t('officer_kind.liaison_officer'),
  };
  const sources: Record<TrainingSource, string> = {
    event: t('source.event'),
    outside: t('source.outside'),
  };
  return {
    kind: (kind: TrainingOfficerKind) => kinds[kind],
    source: (source: TrainingSource) => sources[source],
  };
}
