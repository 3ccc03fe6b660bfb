/**
 * The names of the programme's steps, units, statuses and roles in the interface language. Every key
 * is spelled out, so that the translation check finds it (no keys built at run time).
 */
import { useTranslation } from 'react-i18next';
import type {
  ProductCategory,
  ProgrammeStepKind,
  ReplyStatus,
  ResponsibleUnit,
  StepStatus,
  WorkingGroupRole,
} from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { formatDayRange } from '../utils/months.ts';

const stepKeys = {
  study: 'steps.study',
  working_group: 'steps.working_group',
  approval: 'steps.approval',
  inquiry_letters: 'steps.inquiry_letters',
  circulate_order: 'steps.circulate_order',
  coordinate: 'steps.coordinate',
  agree_and_test: 'steps.agree_and_test',
  hold_session: 'steps.hold_session',
  report: 'steps.report',
} as const satisfies Record<ProgrammeStepKind, string>;

const unitKeys = {
  iao: 'units.iao',
  social_development: 'units.social_development',
  strategy_evaluation: 'units.strategy_evaluation',
  partner_city: 'units.partner_city',
  bma: 'units.bma',
} as const satisfies Record<ResponsibleUnit, string>;

const unitNameKeys = {
  iao: 'unit_names.iao',
  social_development: 'unit_names.social_development',
  strategy_evaluation: 'unit_names.strategy_evaluation',
  partner_city: 'unit_names.partner_city',
  bma: 'unit_names.bma',
} as const satisfies Record<ResponsibleUnit, string>;

const statusKeys = {
  not_started: 'statuses.not_started',
  in_progress: 'statuses.in_progress',
  done: 'statuses.done',
  skipped: 'statuses.skipped',
} as const satisfies Record<StepStatus, string>;

const groupRoleKeys = {
  chair: 'group_roles.chair',
  member: 'group_roles.member',
  secretary: 'group_roles.secretary',
} as const satisfies Record<WorkingGroupRole, string>;

export function useProgrammeLabels() {
  const { t } = useTranslation('programme');
  const format = useFormat();
  return {
    step: (kind: ProgrammeStepKind) => t(stepKeys[kind]),
    unit: (unit: ResponsibleUnit) => t(unitKeys[unit]),
    unitName: (unit: ResponsibleUnit) => t(unitNameKeys[unit]),
    status: (status: StepStatus) => t(statusKeys[status]),
    groupRole: (role: WorkingGroupRole) => t(groupRoleKeys[role]),
    /** A span of days: "1 ตุลาคม 2568 – 31 ตุลาคม 2568". */
    span: (from: string, to: string) =>
      from === to ? format.date(from) : `${format.date(from)} – ${format.date(to)}`,
    /** The same, briefly, for tables: "1–31 ต.ค. 2569". */
    shortSpan: (from: string, to: string) => formatDayRange(from, to, format.locale),
  };
}

const replyStatusKeys = {
  not_sent: 'reply_statuses.not_sent',
  sent: 'reply_statuses.sent',
  accepted: 'reply_statuses.accepted',
  declined: 'reply_statuses.declined',
  no_answer: 'reply_statuses.no_answer',
} as const satisfies Record<ReplyStatus, string>;

export function useReplyStatusLabel(): (status: ReplyStatus) => string {
  const { t } = useTranslation('programme');
  return (status) => t(replyStatusKeys[status]);
}

const categoryKeys = {
  food: 'category.food',
  beverages: 'category.beverages',
  textiles_clothing: 'category.textiles_clothing',
  souvenirs_decor: 'category.souvenirs_decor',
  herbal_non_food: 'category.herbal_non_food',
} as const satisfies Record<ProductCategory, string>;

function isCategory(value: string): value is ProductCategory {
  return value in categoryKeys;
}

/** A Bangkok Brand category's name, as the catalogue's pages name it. */
export function useCategoryName(): (category: string) => string {
  const { t } = useTranslation('catalogue_pages');
  return (category) => (isCategory(category) ? t(categoryKeys[category]) : category);
}
