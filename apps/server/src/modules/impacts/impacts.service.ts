/**
 * The impact register (issue 16, decision 0055): the IAO keeps the themes; each unit answers for a
 * theme with the impacts it expects and the duties that must change, saved as a draft and submitted
 * at the version read; the IAO accepts it or returns it with a comment (history kept); an item can
 * become a coordination request through the `RequestOpener` port. Every change is audited under the
 * theme (`impact_theme`) or the answer (`impact_answer`).
 */
import type {
  ImpactAnswerSave,
  ImpactAnswerStatus,
  ImpactReviewInput,
  ImpactThemeInput,
  ImpactThemeUpdate,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { textOrNull } from '../../shared/text.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { impactErrors } from './impacts.errors.ts';
import * as repository from './impacts.repository.ts';
import type { AnswerRow, ItemRow, ThemeRow } from './impacts.repository.ts';
import {
  answerProblems,
  answeringUnitsOf,
  isEditable,
  mayAnswerFor,
  removedWithRequest,
} from './impacts.rules.ts';
import { openItemRequest, type RequestOpener } from './impacts.requests.ts';
import { createRegisterUnits, type RegisterUnit } from './impacts.units.ts';

export type { RequestOpener } from './impacts.requests.ts';

export interface ImpactsDeps {
  db: Db;
  clock: Clock;
  /** None: an item cannot become a request (503). */
  requests?: RequestOpener | undefined;
}

export type ImpactsService = ReturnType<typeof createImpactsService>;

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

function themeSnapshot(row: ThemeRow) {
  return auditSnapshot(row);
}

const answerSnapshot = (items: ItemRow[]) => (row: AnswerRow) => ({
  unitCode: row.unitCode,
  status: row.status,
  items: items.map((item) => ({
    kind: item.kind,
    text: item.text,
    effect: item.effect,
    area: item.area,
    urgency: item.urgency,
    handling: item.handling,
    responsible: item.responsible,
    targetOn: item.targetOn,
    requestId: item.requestId,
  })),
});

/** A unit's answer as read: the theme, the unit, the stored answer (if any), its items and history. */
export interface AnswerView {
  theme: ThemeRow;
  unit: RegisterUnit;
  answer: AnswerRow | undefined;
  items: ItemRow[];
  history: (repository.EventRow & { byName: string | null })[];
  submittedByName: string | null;
  canEdit: boolean;
  canReview: boolean;
  canOpenRequest: boolean;
}

export function createImpactsService({ db, clock, requests }: ImpactsDeps) {
  const units = createRegisterUnits(db);
  const people = createIdentityAuditDirectory(db);

  async function peopleNames(ids: (string | null)[], locale: InterfaceLocale) {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const names = new Map<string, string>();
    if (!people.user || wanted.length === 0) return names;
    for (const [id, description] of await people.user(wanted, locale))
      if (description.name) names.set(id, description.name);
    return names;
  }

  async function themeOrFail(executor: Db, id: string): Promise<ThemeRow> {
    const theme = await repository.findTheme(executor, id);
    if (!theme) throw new AppError(impactErrors.theme_not_found);
    return theme;
  }

  async function unitOrFail(code: string, locale: InterfaceLocale): Promise<RegisterUnit> {
    const unit = await units.find(code, locale);
    if (!unit) throw new AppError(impactErrors.unit_not_found);
    return unit;
  }

  function dueOnProblems(dueOn: string | null, before: string | null): FieldProblem[] {
    const today = bangkokToday(clock.now());
    return dueOn !== null && dueOn !== before && dueOn < today
      ? [{ path: 'dueOn', code: 'in_past', messageKey: 'impacts:errors.due_past' }]
      : [];
  }

  const themeColumns = (input: ImpactThemeInput) => ({
    nameTh: input.nameTh,
    nameEn: textOrNull(input.nameEn),
    description: input.description,
    isOpen: input.isOpen,
    dueOn: input.dueOn,
  });

  async function refuseDuplicateName(executor: Db, nameTh: string, exceptId?: string) {
    const same = await repository.findThemeNamed(executor, nameTh);
    if (same && same.id !== exceptId) throw new AppError(impactErrors.theme_exists);
  }

  const service = {
    units,
    canManage: (actor: Actor | null) => can(actor, 'impacts:manage'),
    canRead: (actor: Actor | null) => can(actor, 'impacts:read'),

    /** The units whose answers are the actor's to give (their own unit; the IAO for its officers). */
    ownUnitCodes(actor: Actor): string[] {
      return can(actor, 'impacts:submit') ? [...answeringUnitsOf(actor).codes] : [];
    },

    async listThemes(actor: Actor) {
      if (!can(actor, 'impacts:read') && !can(actor, 'impacts:submit'))
        throw new AppError(commonErrors.forbidden);
      const themes = await repository.listThemes(db);
      const answers = await repository.listAnswers(
        db,
        themes.map((theme) => theme.id),
      );
      const items = await repository.listItems(
        db,
        answers.map((answer) => answer.id),
      );
      return { themes, answers, items };
    },

    async createTheme(context: RequestContext, actor: Actor, input: ImpactThemeInput): Promise<ThemeRow> {
      failOn(dueOnProblems(input.dueOn, null));
      const now = clock.now();
      return db.transaction(async (tx) => {
        await refuseDuplicateName(tx, input.nameTh);
        return createAudited(tx, context, {
          action: 'impact_theme.create',
          entityType: 'impact_theme',
          entityId: (row: ThemeRow) => row.id,
          snapshot: themeSnapshot,
          insert: (inserting) =>
            repository.insertTheme(inserting, {
              ...themeColumns(input),
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            }),
        });
      });
    },

    async updateTheme(context: RequestContext, id: string, input: ImpactThemeUpdate): Promise<ThemeRow> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await refuseDuplicateName(tx, input.nameTh, id);
        const { after } = await updateAudited(tx, context, {
          action: 'impact_theme.update',
          entityType: 'impact_theme',
          entityId: id,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findTheme(locking, id, { lock: 'update' });
            if (!row) throw new AppError(impactErrors.theme_not_found);
            return row;
          },
          snapshot: themeSnapshot,
          write: async (writing, before) => {
            failOn(dueOnProblems(input.dueOn, before.dueOn));
            return repository.updateTheme(writing, before, { ...themeColumns(input), updatedAt: now });
          },
        });
        return after;
      });
    },

    /** A unit's answer for a theme: for the office's readers, and for those who answer for the unit. */
    async answer(
      actor: Actor,
      themeId: string,
      unitCode: string,
      locale: InterfaceLocale,
    ): Promise<AnswerView> {
      const isAnswerer = mayAnswerFor(actor, unitCode);
      if (!isAnswerer && !can(actor, 'impacts:read')) throw new AppError(impactErrors.not_your_unit);
      const theme = await themeOrFail(db, themeId);
      const unit = await unitOrFail(unitCode, locale);
      const answer = await repository.findAnswer(db, themeId, unitCode);
      const items = answer ? await repository.listItems(db, [answer.id]) : [];
      const events = answer ? await repository.listEvents(db, answer.id) : [];
      const names = await peopleNames(
        [...events.map((event) => event.by), answer?.submittedBy ?? null],
        locale,
      );
      const status: ImpactAnswerStatus = answer ? (answer.status as ImpactAnswerStatus) : 'not_started';
      const canManage = can(actor, 'impacts:manage');
      return {
        theme,
        unit,
        answer,
        items,
        history: events.map((event) => ({
          ...event,
          byName: event.by ? (names.get(event.by) ?? null) : null,
        })),
        submittedByName: answer?.submittedBy ? (names.get(answer.submittedBy) ?? null) : null,
        canEdit: isAnswerer && theme.isOpen && isEditable(status),
        canReview: canManage && (status === 'submitted' || status === 'accepted'),
        canOpenRequest: canManage && requests !== undefined,
      };
    },

    /**
     * Saves a unit's answer as a draft or submitted: the first save creates it (a second first save at
     * once gets the stale conflict), later ones at the version read. Refused for another unit than the
     * actor's, a closed theme, an answer submitted or accepted (until returned), and with field errors.
     */
    async save(
      context: RequestContext,
      actor: Actor,
      themeId: string,
      unitCode: string,
      input: ImpactAnswerSave,
    ): Promise<void> {
      if (!mayAnswerFor(actor, unitCode)) throw new AppError(impactErrors.not_your_unit);
      const theme = await themeOrFail(db, themeId);
      if (!theme.isOpen) throw new AppError(impactErrors.theme_closed);
      await unitOrFail(unitCode, actor.locale);
      const now = clock.now();
      const today = bangkokToday(now);
      const status = input.submit ? 'submitted' : 'draft';
      const submitted = input.submit ? { submittedBy: actor.userId, submittedAt: now } : {};
      const action = input.submit ? 'impact_answer.submit' : 'impact_answer.save';
      const columns = [
        ...input.impacts.map((item, position) => ({ ...item, kind: 'impact', position })),
        ...input.duties.map((item, position) => ({
          ...item,
          kind: 'duty',
          effect: null,
          area: null,
          position,
        })),
      ];
      await db.transaction(async (tx) => {
        const writeItems = async (answer: AnswerRow) => {
          const stored = await repository.listItems(tx, [answer.id]);
          failOn(answerProblems(input, stored, today));
          if (removedWithRequest(input, stored).length > 0) throw new AppError(impactErrors.item_has_request);
          await repository.replaceItems(tx, answer.id, columns, now);
          if (input.submit)
            await repository.insertEvent(tx, {
              answerId: answer.id,
              action: 'submitted',
              by: actor.userId,
              at: now,
            });
          return repository.listItems(tx, [answer.id]);
        };
        if (input.version === undefined) {
          let items: ItemRow[] = [];
          await createAudited(tx, context, {
            action,
            entityType: 'impact_answer',
            entityId: (row: AnswerRow) => row.id,
            snapshot: (row: AnswerRow) => answerSnapshot(items)(row),
            insert: async (inserting) => {
              const row = await repository.insertAnswerIfNew(inserting, {
                themeId,
                unitCode,
                status,
                savedBy: actor.userId,
                ...submitted,
                createdAt: now,
                updatedAt: now,
              });
              // Another save made the answer first: this one read no version of it.
              if (!row) throw new AppError(commonErrors.conflict_stale);
              items = await writeItems(row);
              return row;
            },
          });
          return;
        }
        const existing = await repository.findAnswer(tx, themeId, unitCode);
        let items = existing ? await repository.listItems(tx, [existing.id]) : [];
        await updateAudited(tx, context, {
          action,
          entityType: 'impact_answer',
          entityId: existing?.id ?? themeId,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findAnswer(locking, themeId, unitCode, { lock: 'update' });
            if (!row) throw new AppError(impactErrors.answer_not_found);
            return row;
          },
          snapshot: (row: AnswerRow) => answerSnapshot(items)(row),
          write: async (writing, before) => {
            if (!isEditable(before.status as ImpactAnswerStatus))
              throw new AppError(impactErrors.not_editable);
            const after = await repository.updateAnswer(writing, before, {
              status,
              savedBy: actor.userId,
              ...submitted,
              updatedAt: now,
            });
            items = await writeItems(after);
            return after;
          },
        });
      });
    },

    /** Accepts a submitted answer, or returns it (submitted or accepted) with a comment; kept in its history. */
    async review(
      context: RequestContext,
      actor: Actor,
      themeId: string,
      unitCode: string,
      input: ImpactReviewInput,
    ): Promise<void> {
      await themeOrFail(db, themeId);
      const now = clock.now();
      const status = input.action === 'accept' ? 'accepted' : 'returned';
      await db.transaction(async (tx) => {
        const existing = await repository.findAnswer(tx, themeId, unitCode);
        if (!existing) throw new AppError(impactErrors.answer_not_found);
        await updateAudited(tx, context, {
          action: input.action === 'accept' ? 'impact_answer.accept' : 'impact_answer.return',
          entityType: 'impact_answer',
          entityId: existing.id,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findAnswer(locking, themeId, unitCode, { lock: 'update' });
            if (!row) throw new AppError(impactErrors.answer_not_found);
            return row;
          },
          snapshot: (row: AnswerRow) => ({
            unitCode: row.unitCode,
            status: row.status,
            ...(row.status === 'returned' ? { comment: input.comment } : {}),
          }),
          write: async (writing, before) => {
            const isReviewable =
              before.status === 'submitted' || (input.action === 'return' && before.status === 'accepted');
            if (!isReviewable) throw new AppError(impactErrors.not_reviewable);
            const after = await repository.updateAnswer(writing, before, { status, updatedAt: now });
            await repository.insertEvent(writing, {
              answerId: before.id,
              action: status,
              comment: input.comment,
              by: actor.userId,
              at: now,
            });
            return after;
          },
        });
      });
    },

    /** Makes an item a coordination request (one click; impacts.requests.ts). */
    openRequest: (context: RequestContext, actor: Actor, itemId: string) =>
      openItemRequest({ db, clock, requests }, context, actor, itemId),
  };
  return service;
}
