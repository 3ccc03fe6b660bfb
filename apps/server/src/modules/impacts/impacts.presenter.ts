/** The impact register's answers, shaped from the services' views (never a table row). */
import type {
  ImpactAnswerDetail,
  ImpactAnswerStatus,
  ImpactArea,
  ImpactEffect,
  ImpactHandling,
  ImpactItem,
  ImpactMatrix,
  ImpactTheme,
  ImpactThemeDetail,
  ImpactThemeList,
  ImpactUrgency,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { ItemRow, ThemeRow } from './impacts.repository.ts';
import type { MatrixRow, MatrixView } from './impacts.matrix.ts';
import { statusCountsOf } from './impacts.matrix.ts';
import { countsOf, isAnswered } from './impacts.rules.ts';
import type { AnswerView, ImpactsService } from './impacts.service.ts';
import type { RegisterUnit } from './impacts.units.ts';

export function presentTheme(row: ThemeRow, locale: InterfaceLocale): ImpactTheme {
  return {
    id: row.id,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    name: locale === 'en' && row.nameEn ? row.nameEn : row.nameTh,
    description: row.description,
    isOpen: row.isOpen,
    dueOn: row.dueOn,
    version: row.version,
  };
}

const presentUnit = (unit: RegisterUnit) => ({ code: unit.code, name: unit.name, kind: unit.kind });

function presentRows(rows: readonly MatrixRow[]) {
  return rows.map((row) => ({
    unit: presentUnit(row.unit),
    cells: row.cells.map((cell) => ({ ...cell, updatedAt: cell.updatedAt?.toISOString() ?? null })),
  }));
}

export function presentThemeList(
  view: Awaited<ReturnType<ImpactsService['listThemes']>>,
  reader: { ownUnits: RegisterUnit[]; canManage: boolean; canRead: boolean },
  locale: InterfaceLocale,
): ImpactThemeList {
  return {
    items: view.themes.map((theme) => {
      const answers = view.answers.filter((answer) => answer.themeId === theme.id);
      return {
        ...presentTheme(theme, locale),
        answeredCount: answers.filter((answer) => isAnswered(answer.status as ImpactAnswerStatus)).length,
        acceptedCount: answers.filter((answer) => answer.status === 'accepted').length,
        mine: reader.ownUnits.map((unit) => {
          const answer = answers.find((candidate) => candidate.unitCode === unit.code);
          return {
            unit: presentUnit(unit),
            status: answer ? (answer.status as ImpactAnswerStatus) : 'not_started',
            counts: countsOf(answer ? view.items.filter((item) => item.answerId === answer.id) : []),
          };
        }),
      };
    }),
    canManage: reader.canManage,
    canRead: reader.canRead,
  };
}

export function presentMatrix(view: MatrixView, locale: InterfaceLocale): ImpactMatrix {
  return { themes: view.themes.map((theme) => presentTheme(theme, locale)), rows: presentRows(view.rows) };
}

export function presentThemeDetail(
  view: MatrixView,
  canManage: boolean,
  locale: InterfaceLocale,
): ImpactThemeDetail {
  const [theme] = view.themes;
  if (!theme) throw new Error('a theme view without its theme');
  return {
    theme: presentTheme(theme, locale),
    rows: presentRows(view.rows),
    statusCounts: statusCountsOf(view.rows),
    canManage,
  };
}

function presentItem(row: ItemRow): ImpactItem {
  return {
    id: row.id,
    kind: row.kind as ImpactItem['kind'],
    text: row.text,
    effect: row.effect as ImpactEffect | null,
    area: row.area as ImpactArea | null,
    urgency: row.urgency as ImpactUrgency,
    handling: row.handling as ImpactHandling,
    responsible: row.responsible,
    targetOn: row.targetOn,
    requestId: row.requestId,
  };
}

export function presentAnswer(view: AnswerView, locale: InterfaceLocale): ImpactAnswerDetail {
  const { answer } = view;
  return {
    theme: presentTheme(view.theme, locale),
    unit: presentUnit(view.unit),
    status: answer ? (answer.status as ImpactAnswerStatus) : 'not_started',
    version: answer?.version ?? 0,
    impacts: view.items.filter((item) => item.kind === 'impact').map(presentItem),
    duties: view.items.filter((item) => item.kind === 'duty').map(presentItem),
    counts: countsOf(view.items),
    submittedAt: answer?.submittedAt?.toISOString() ?? null,
    submittedBy: view.submittedByName,
    history: view.history.map((event) => ({
      action: event.action as ImpactAnswerDetail['history'][number]['action'],
      comment: event.comment,
      by: event.byName,
      at: event.at.toISOString(),
    })),
    canEdit: view.canEdit,
    canReview: view.canReview,
    canOpenRequest: view.canOpenRequest,
  };
}
