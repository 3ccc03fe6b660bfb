/** The register's fixed lists by name, in the reader's language (every key spelled out). */
import { useTranslation } from 'react-i18next';
import type {
  ImpactAnswerStatus,
  ImpactArea,
  ImpactEffect,
  ImpactHandling,
  ImpactUrgency,
  UnitKind,
} from '@bia/contracts';

const statusKey = {
  not_started: 'status.not_started',
  draft: 'status.draft',
  submitted: 'status.submitted',
  returned: 'status.returned',
  accepted: 'status.accepted',
} as const satisfies Record<ImpactAnswerStatus, string>;

const areaKey = {
  physical: 'areas.physical',
  economic: 'areas.economic',
  social: 'areas.social',
  environmental: 'areas.environmental',
  security: 'areas.security',
  political: 'areas.political',
  technological: 'areas.technological',
  cultural: 'areas.cultural',
} as const satisfies Record<ImpactArea, string>;

const effectKey = {
  positive: 'effects.positive',
  negative: 'effects.negative',
} as const satisfies Record<ImpactEffect, string>;

const urgencyKey = {
  urgent: 'urgency.urgent',
  can_wait: 'urgency.can_wait',
} as const satisfies Record<ImpactUrgency, string>;

const handlingKey = {
  unit: 'handling.unit',
  needs_iao: 'handling.needs_iao',
} as const satisfies Record<ImpactHandling, string>;

const kindKey = {
  department: 'unit_kinds.department',
  office: 'unit_kinds.office',
  district: 'unit_kinds.district',
} as const satisfies Record<UnitKind, string>;

/** A state's badge tone: what waits on the unit stands out, what is done reads as done. */
export const statusTone = {
  not_started: 'neutral',
  draft: 'neutral',
  submitted: 'warning',
  returned: 'danger',
  accepted: 'success',
} as const satisfies Record<ImpactAnswerStatus, 'neutral' | 'warning' | 'danger' | 'success'>;

export function useImpactLabels() {
  const { t } = useTranslation('impacts');
  return {
    status: (status: ImpactAnswerStatus) => t(statusKey[status]),
    area: (area: ImpactArea) => t(areaKey[area]),
    effect: (effect: ImpactEffect) => t(effectKey[effect]),
    urgency: (urgency: ImpactUrgency) => t(urgencyKey[urgency]),
    handling: (handling: ImpactHandling) => t(handlingKey[handling]),
    unitKind: (kind: UnitKind) => t(kindKey[kind]),
  };
}
