/**
 * The register's matrix (units × themes): which units have answered each theme, in which state, and
 * how many of their items are urgent or need the IAO; filtered by unit kind. The theme's page shows
 * one column of it; the workbook all of it, with every item of the answers given.
 */
import type { ImpactAnswerStatus, ImpactCounts, UnitKind } from '@bia/contracts';
import { impactAnswerStatuses } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { impactErrors } from './impacts.errors.ts';
import * as repository from './impacts.repository.ts';
import type { AnswerRow, ItemRow, ThemeRow } from './impacts.repository.ts';
import { countsOf } from './impacts.rules.ts';
import { createRegisterUnits, type RegisterUnit } from './impacts.units.ts';

export interface MatrixCell {
  themeId: string;
  status: ImpactAnswerStatus;
  counts: ImpactCounts;
  updatedAt: Date | null;
}

export interface MatrixRow {
  unit: RegisterUnit;
  cells: MatrixCell[];
}

export interface MatrixView {
  themes: ThemeRow[];
  rows: MatrixRow[];
  /** Every item of the answers shown, by answer id. */
  items: Map<string, ItemRow[]>;
  answers: AnswerRow[];
}

export function statusCountsOf(rows: readonly MatrixRow[]): Record<ImpactAnswerStatus, number> {
  const counts = Object.fromEntries(impactAnswerStatuses.map((status) => [status, 0])) as Record<
    ImpactAnswerStatus,
    number
  >;
  for (const row of rows) for (const cell of row.cells) counts[cell.status] += 1;
  return counts;
}

export function createImpactMatrix({ db }: { db: Db }) {
  const units = createRegisterUnits(db);

  async function view(
    themes: ThemeRow[],
    kind: UnitKind | undefined,
    locale: InterfaceLocale,
  ): Promise<MatrixView> {
    const all = await units.list(kind, locale);
    const answers = await repository.listAnswers(
      db,
      themes.map((theme) => theme.id),
    );
    const itemRows = await repository.listItems(
      db,
      answers.map((answer) => answer.id),
    );
    const items = new Map<string, ItemRow[]>();
    for (const item of itemRows) items.set(item.answerId, [...(items.get(item.answerId) ?? []), item]);
    const byKey = new Map(answers.map((answer) => [`${answer.themeId}/${answer.unitCode}`, answer]));
    const rows = all.map((unit) => ({
      unit,
      cells: themes.map((theme): MatrixCell => {
        const answer = byKey.get(`${theme.id}/${unit.code}`);
        return {
          themeId: theme.id,
          status: answer ? (answer.status as ImpactAnswerStatus) : 'not_started',
          counts: countsOf(answer ? (items.get(answer.id) ?? []) : []),
          updatedAt: answer?.updatedAt ?? null,
        };
      }),
    }));
    const shown = new Set(all.map((unit) => unit.code));
    return { themes, rows, items, answers: answers.filter((answer) => shown.has(answer.unitCode)) };
  }

  return {
    /** Every theme × every unit (of the kind). */
    async matrix(kind: UnitKind | undefined, locale: InterfaceLocale): Promise<MatrixView> {
      return view(await repository.listThemes(db), kind, locale);
    },

    /** One theme × every unit (of the kind). */
    async theme(id: string, kind: UnitKind | undefined, locale: InterfaceLocale): Promise<MatrixView> {
      const theme = await repository.findTheme(db, id);
      if (!theme) throw new AppError(impactErrors.theme_not_found);
      return view([theme], kind, locale);
    },
  };
}

export type ImpactMatrixService = ReturnType<typeof createImpactMatrix>;
