/**
 * Reading coordination requests: the reader's queues with their counts, one request with its history
 * and files, the IAO's overview (open requests by unit, urgency and age, overdue first) and the
 * figures of a fiscal year (requests per unit, median days to done) for the plan's tactic 2.3.
 */
import type {
  CoordinationFigures,
  CoordinationList,
  CoordinationOverview,
  CoordinationQueue,
  CoordinationRequestDetail,
  CoordinationSessionOptionList,
  CoordinationUnitOptions,
  CoordinationUrgency,
} from '@bia/contracts';
import { fiscalYearFromBuddhist, fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, type Actor } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, commonErrors } from '../../shared/errors.ts';
import { createCoordinationDirectory, type CoordinationDirectory } from './coordination.directory.ts';
import { isOverdue, presentDetail, presentSummary, ageDays, type Names } from './coordination.presenter.ts';
import * as repository from './coordination.repository.ts';
import type { RequestFilter, RequestRow } from './coordination.repository.ts';
import { actingUnitsOf, daysBetween, median, overviewOrder, overviewUnitOf } from './coordination.rules.ts';
import type { CoordinationService } from './coordination.service.ts';

async function namesOf(
  directory: CoordinationDirectory,
  rows: readonly RequestRow[],
  locale: InterfaceLocale,
  today: string,
  extra: { units?: string[]; people?: (string | null)[] } = {},
): Promise<Names> {
  const unitCodes = rows.flatMap((row) => [row.toUnitCode, ...(row.fromUnitCode ? [row.fromUnitCode] : [])]);
  const people = rows.flatMap((row) => [row.openedBy, ...(row.assigneeId ? [row.assigneeId] : [])]);
  return {
    units: await directory.unitNames([...unitCodes, ...(extra.units ?? [])], locale),
    people: await directory.peopleNames(
      [...people, ...(extra.people ?? []).filter((id): id is string => id !== null)],
      locale,
    ),
    today,
  };
}

/**
 * The figures of a Buddhist-era fiscal year: for each unit the requests it opened, those assigned to
 * it, how many of those are done and the median of whole days from opened to done (Bangkok's calendar).
 */
export async function requestFiguresOfYear(
  db: Db,
  fiscalYear: number,
  locale: InterfaceLocale = 'th',
): Promise<CoordinationFigures> {
  const year = fiscalYearFromBuddhist(fiscalYear);
  const start = new Date(`${year.startDate}T00:00:00+07:00`);
  const end = new Date(new Date(`${year.endDate}T00:00:00+07:00`).getTime() + 86_400_000);
  const rows = await repository.listOpenedBetween(db, start, end);
  const byUnit = new Map<string, { opened: number; received: number; doneDays: number[] }>();
  const entry = (code: string) => {
    let found = byUnit.get(code);
    if (!found) byUnit.set(code, (found = { opened: 0, received: 0, doneDays: [] }));
    return found;
  };
  const allDoneDays: number[] = [];
  for (const row of rows) {
    if (row.fromUnitCode) entry(row.fromUnitCode).opened += 1;
    const receiving = entry(row.toUnitCode);
    receiving.received += 1;
    if (row.status === 'done' && row.closedAt) {
      const days = daysBetween(bangkokToday(row.openedAt), bangkokToday(row.closedAt));
      receiving.doneDays.push(days);
      allDoneDays.push(days);
    }
  }
  const names = await createCoordinationDirectory(db).unitNames(byUnit.keys(), locale);
  return {
    fiscalYear,
    units: [...byUnit.entries()]
      .map(([code, figures]) => ({
        unit: { code, name: names.get(code) ?? code },
        opened: figures.opened,
        received: figures.received,
        done: figures.doneDays.length,
        medianDaysToDone: median(figures.doneDays),
      }))
      .sort(
        (a, b) => b.received + b.opened - (a.received + a.opened) || a.unit.code.localeCompare(b.unit.code),
      ),
    total: { opened: rows.length, done: allDoneDays.length, medianDaysToDone: median(allDoneDays) },
  };
}

export type CoordinationReads = ReturnType<typeof createCoordinationReads>;

export function createCoordinationReads({
  db,
  clock,
  service,
}: {
  db: Db;
  clock: Clock;
  service: CoordinationService;
}) {
  const directory = service.directory;
  const iao = directory.iaoUnitCode;
  const today = () => bangkokToday(clock.now());

  function queueFilter(actor: Actor, queue: CoordinationQueue, state: RequestFilter['state']): RequestFilter {
    if (queue === 'mine') return { assigneeId: actor.userId, state };
    if (queue === 'opened') return { openedBy: actor.userId, state };
    return { unitCodes: actingUnitsOf(actor, iao), state };
  }

  return {
    /** The units the actor may open a request from, and those they may send one to. */
    async unitOptions(actor: Actor, locale: InterfaceLocale): Promise<CoordinationUnitOptions> {
      const from = actingUnitsOf(actor, iao);
      const to = can(actor, 'coordination:manage')
        ? await directory.allUnitCodes()
        : [...new Set([iao, ...from])];
      const names = await directory.unitNames([...from, ...to], locale);
      const named = (code: string) => ({ code, name: names.get(code) ?? code });
      return {
        fromUnits: from.map(named),
        toUnits: to
          .map(named)
          .sort((a, b) => (a.code === iao ? -1 : b.code === iao ? 1 : a.name.localeCompare(b.name, locale))),
        iaoUnitCode: iao,
      };
    },

    /** The trade sessions a request may concern, for the session picker (read-only). */
    async sessionOptions(locale: InterfaceLocale): Promise<CoordinationSessionOptionList> {
      return { items: await directory.sessionOptions(locale) };
    },

    /** The people the actor may assign the unit's requests to (none when they may not assign there). */
    async assignees(actor: Actor, unitCode: string) {
      const mayAssign = can(actor, 'coordination:manage') || actingUnitsOf(actor, iao).includes(unitCode);
      if (!mayAssign) return [];
      return (await directory.handlersOf(unitCode)).map((person) => ({
        id: person.userId,
        name: person.name,
      }));
    },

    async list(
      actor: Actor,
      queue: CoordinationQueue,
      state: RequestFilter['state'],
      locale: InterfaceLocale,
    ): Promise<CoordinationList> {
      const rows = await repository.listRequests(db, queueFilter(actor, queue, state));
      const names = await namesOf(directory, rows, locale, today());
      const count = (which: CoordinationQueue) =>
        repository.countRequests(db, queueFilter(actor, which, 'open'));
      return {
        items: rows.map((row) => presentSummary(row, names)),
        counts: { mine: await count('mine'), unit: await count('unit'), opened: await count('opened') },
      };
    },

    async detail(actor: Actor, id: string, locale: InterfaceLocale): Promise<CoordinationRequestDetail> {
      const { row, access } = await service.readable(actor, id);
      const [events, files] = [await repository.listEvents(db, id), await repository.listFiles(db, id)];
      const participants = access.isParty ? await service.participantsOf(row) : [];
      const names = await namesOf(directory, [row], locale, today(), {
        units: events.flatMap((event) => (event.toUnitCode ? [event.toUnitCode] : [])),
        people: [
          ...events.flatMap((event) => [event.actorId, event.assigneeId, event.addressedTo]),
          ...files.map((file) => file.uploadedBy),
        ],
      });
      const partnerName = row.partnerId
        ? ((await directory.partnerNames([row.partnerId], locale)).get(row.partnerId) ?? null)
        : null;
      return presentDetail({
        row,
        events,
        files,
        names,
        partnerName,
        can: {
          changeStatus: access.isHandling,
          assign: access.mayAssign,
          comment: access.isParty,
          attach: access.isParty,
        },
        participants: participants
          .filter((person) => person.userId !== actor.userId)
          .map((person) => ({ id: person.userId, name: person.name })),
      });
    },

    /** The open requests, overdue first, then urgent, then the oldest; and their count by unit. */
    async overview(
      actor: Actor,
      filter: { unitCode?: string | undefined; urgency?: CoordinationUrgency | undefined },
      locale: InterfaceLocale,
    ): Promise<CoordinationOverview> {
      if (!can(actor, 'coordination:overview') && !can(actor, 'coordination:manage'))
        throw new AppError(commonErrors.forbidden);
      const now = today();
      const rows = await repository.listRequests(db, {
        state: 'open',
        ...(filter.unitCode ? { unitCodes: [filter.unitCode] } : {}),
        ...(filter.urgency ? { urgency: filter.urgency } : {}),
      });
      const ordered = [...rows].sort((a, b) =>
        overviewOrder({ ...a, isOverdue: isOverdue(a, now) }, { ...b, isOverdue: isOverdue(b, now) }),
      );
      const names = await namesOf(directory, rows, locale, now);
      const byUnit = new Map<string, { open: number; overdue: number; urgent: number; oldestDays: number }>();
      for (const row of rows) {
        const code = overviewUnitOf(row, iao);
        const entry = byUnit.get(code) ?? { open: 0, overdue: 0, urgent: 0, oldestDays: 0 };
        entry.open += 1;
        if (isOverdue(row, now)) entry.overdue += 1;
        if (row.urgency === 'urgent') entry.urgent += 1;
        entry.oldestDays = Math.max(entry.oldestDays, ageDays(row, now));
        byUnit.set(code, entry);
      }
      return {
        items: ordered.map((row) => presentSummary(row, names)),
        byUnit: [...byUnit.entries()]
          .map(([code, counts]) => ({ unit: { code, name: names.units.get(code) ?? code }, ...counts }))
          .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.unit.code.localeCompare(b.unit.code)),
        canManage: can(actor, 'coordination:manage'),
      };
    },

    /** The figures of a fiscal year (this one when not given). */
    async figures(fiscalYear: number | undefined, locale: InterfaceLocale): Promise<CoordinationFigures> {
      return requestFiguresOfYear(db, fiscalYear ?? fiscalYearOf(clock.now()).buddhistYear, locale);
    },
  };
}
