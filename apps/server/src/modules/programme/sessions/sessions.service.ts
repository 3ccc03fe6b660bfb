/**
 * A year's trade sessions (seed 003 §6.1.6–6.1.7): with one city or several, at a moment stored in
 * UTC that every city reads in its own time zone. A time is checked against each city's office hours,
 * lunch, work days and public holidays (scheduling.ts); one that does not suit is kept only with the
 * officer's reason, recorded with the session and in the audit trail. Slots that suit everyone are
 * suggested. The agenda starts from the seed's; the connection test before the session is recorded.
 */
import {
  ownSessionRelations,
  SESSION_MAX_MINUTES,
  SESSION_MIN_MINUTES,
  type AgendaItem,
  type ConnectionTestResult,
  type CreateSessionInput,
  type OwnSessionRelation,
  type SessionStatus,
  type SlotProblem,
  type UpdateSessionInput,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../../shared/actor.ts';
import { bangkokToday } from '../../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../../shared/errors.ts';
import { DAY_MS, MINUTE_MS } from '../../../shared/time.ts';
import { createAudited, updateAudited } from '../../audit/index.ts';
import { listTradeCandidateFacts, type TradeCandidateFacts } from '../../partners/index.ts';
import { listCities } from '../cities/cities.repository.ts';
import type { ProgrammeRow } from '../plan/plan.repository.ts';
import { completeRoundStep, programmeByIdOrFail, programmeOrFail } from '../plan/plan.service.ts';
import type { ProgrammeDeps } from '../programme.deps.ts';
import { programmeErrors } from '../programme.errors.ts';
import { canReadSessionPage, ownSessionScopeOf } from '../programme.policy.ts';
import type { StoredAgendaItem } from '../programme.schema.ts';
import {
  BANGKOK_HOURS,
  checkSlot,
  commonWindowsByDay,
  localTimes,
  suggestSlots,
  type Holiday,
  type SlotProblem as ScheduleProblem,
} from '../scheduling.ts';
import { agendaFor, agendaProblems } from './agenda.ts';
import type { CalendarMethod } from './calendar.ts';
import { BANGKOK_ZONE, participantCalendar, participantMail, sessionRecipients } from './participant-mail.ts';
import { storedTranslations } from './session-texts.ts';
import { BANGKOK_KEY, fieldProblemOf, hardProblems, hoursOf, presentProblem } from './slot-problems.ts';
import * as repository from './sessions.repository.ts';
import type { SessionRow } from './sessions.repository.ts';

export interface SessionWithCities {
  session: SessionRow;
  programme: ProgrammeRow;
  cities: TradeCandidateFacts[];
}

/** One of the actor's own sessions, with why it is theirs. */
export interface OwnSessionParts extends SessionWithCities {
  relations: OwnSessionRelation[];
  /** The city whose clock the actor reads the session on (their own city's); null for Bangkok's. */
  ownPartnerId: string | null;
  /** Whether the staff's page of the session opens for the actor (staff, a coordinator of its city). */
  canOpenSessionPage: boolean;
}

function sessionSnapshot(session: SessionRow, partnerIds: readonly string[]) {
  return {
    programmeId: session.programmeId,
    round: session.round,
    title: session.title,
    titleTranslations: session.titleTranslations,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    meetingUrl: session.meetingUrl,
    status: session.status,
    scheduleOverrideReason: session.scheduleOverrideReason,
    connectionTestAt: session.connectionTestAt?.toISOString() ?? null,
    connectionTestResult: session.connectionTestResult,
    agenda: session.agenda,
    partnerIds,
    calendarSequence: session.calendarSequence,
    version: session.version,
  };
}

/** An agenda as stored: a custom item's translations kept (the empty ones left out), the seed's items' none. */
function storedAgenda(agenda: readonly AgendaItem[]): StoredAgendaItem[] {
  return agenda.map(({ kind, title, titleTranslations, minutes }) => {
    const translations = title ? storedTranslations(titleTranslations) : {};
    return {
      kind,
      title,
      ...(Object.keys(translations).length > 0 ? { titleTranslations: translations } : {}),
      minutes,
    };
  });
}

export type ProgrammeSessions = ReturnType<typeof createProgrammeSessions>;

export type SessionsDeps = Omit<ProgrammeDeps, 'publicUrl'>;

export function createProgrammeSessions({ db, clock, mailer, mailFrom }: SessionsDeps) {
  /** The partners of a session, checked: chosen for the year, accepted, and with a time zone. */
  async function acceptedCities(tx: Db, programme: ProgrammeRow, partnerIds: readonly string[]) {
    const chosen = await listCities(tx, programme.id);
    const facts = await listTradeCandidateFacts(tx, partnerIds);
    const problems: FieldProblem[] = [];
    const cities: TradeCandidateFacts[] = [];
    for (const [index, partnerId] of [...new Set(partnerIds)].entries()) {
      const city = chosen.find((candidate) => candidate.partnerId === partnerId);
      const partner = facts.find((candidate) => candidate.id === partnerId);
      if (!city || city.replyStatus !== 'accepted' || !partner) {
        problems.push({
          path: `partnerIds.${index}`,
          code: 'not_accepted',
          messageKey: 'programme:errors.city_not_accepted',
        });
      } else if (!partner.timeZone) {
        problems.push({
          path: `partnerIds.${index}`,
          code: 'no_time_zone',
          messageKey: 'programme:errors.city_without_time_zone',
        });
      } else cities.push(partner);
    }
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
    return cities;
  }

  /** The holidays of Thailand and the cities' countries on the days from `from` to `to` (with a day around). */
  async function holidaysFor(
    executor: Db,
    cities: readonly TradeCandidateFacts[],
    from: Date,
    to: Date,
  ): Promise<Holiday[]> {
    const countries = [
      ...new Set(['TH', ...cities.flatMap((city) => (city.countryCode ? [city.countryCode] : []))]),
    ];
    const day = (moment: number) => new Date(moment).toISOString().slice(0, 10);
    const rows = await repository.listHolidays(
      executor,
      countries,
      day(from.getTime() - DAY_MS),
      day(to.getTime() + DAY_MS),
    );
    return rows.map((row) => ({
      countryOrKey: row.countryCode,
      date: row.date,
      name: row.nameLocal ?? row.nameEn,
    }));
  }

  /** The language a signed-in officer reads the platform in: the messages about a time name cities in it. */
  function readerLocale(context: RequestContext): InterfaceLocale {
    return context.actor?.locale ?? 'th';
  }

  async function problemsOf(executor: Db, start: Date, end: Date, cities: readonly TradeCandidateFacts[]) {
    const holidays = await holidaysFor(executor, cities, start, end);
    return checkSlot(start, end, [BANGKOK_HOURS, ...cities.map(hoursOf)], holidays, clock.now(), {
      minMinutes: SESSION_MIN_MINUTES,
      maxMinutes: SESSION_MAX_MINUTES,
    });
  }

  /** Refuses a time with a problem nobody may override (ending before it starts, in the past). */
  function assertNoHardProblem(
    problems: readonly ScheduleProblem[],
    cities: readonly TradeCandidateFacts[],
    locale: InterfaceLocale,
  ) {
    const hard = problems.filter((problem) => hardProblems.has(problem.code));
    if (hard.length > 0)
      throw new AppError(
        commonErrors.validation_failed,
        hard.map((problem) => fieldProblemOf(problem, cities, locale)),
      );
  }

  /**
   * Refuses a time that ends before it starts or lies in the past; a time that does not suit a city
   * (office hours, lunch, work days, holidays, length) passes only with a reason. Answers what does
   * not suit (kept with the reason).
   */
  async function assertSchedule(
    executor: Db,
    start: Date,
    end: Date,
    cities: readonly TradeCandidateFacts[],
    overrideReason: string | undefined,
    locale: InterfaceLocale,
  ): Promise<ScheduleProblem[]> {
    const problems = await problemsOf(executor, start, end, cities);
    assertNoHardProblem(problems, cities, locale);
    if (problems.length > 0 && !overrideReason)
      throw new AppError(
        programmeErrors.schedule_needs_override,
        problems.map((problem) => fieldProblemOf(problem, cities, locale)),
      );
    return problems;
  }

  /**
   * Checks the time of a session recorded after it took place: it must have ended, and end after it
   * starts. That it is past is the point, and what did not suit a city needs no reason: it is what
   * happened, not a choice. Answers what does not suit (kept with a reason if one was given).
   */
  async function assertAlreadyHeld(
    executor: Db,
    start: Date,
    end: Date,
    cities: readonly TradeCandidateFacts[],
    locale: InterfaceLocale,
  ): Promise<ScheduleProblem[]> {
    const problems = (await problemsOf(executor, start, end, cities)).filter(
      (problem) => problem.code !== 'in_the_past',
    );
    assertNoHardProblem(problems, cities, locale);
    if (end.getTime() > clock.now().getTime())
      throw new AppError(commonErrors.validation_failed, [
        { path: 'endsAt', code: 'not_over', messageKey: 'programme:errors.held_session_not_over' },
      ]);
    return problems;
  }

  async function citiesOf(executor: Db, sessionId: string): Promise<TradeCandidateFacts[]> {
    const partnerIds = await repository.sessionPartnerIds(executor, sessionId);
    const facts = await listTradeCandidateFacts(executor, partnerIds);
    return partnerIds.flatMap((partnerId) => facts.filter((partner) => partner.id === partnerId));
  }

  /** Partner coordinators see only the sessions of their own city; staff see every session. */
  function assertMayRead(actor: Actor, cities: readonly TradeCandidateFacts[]): void {
    if (
      !canReadSessionPage(
        actor,
        cities.map((city) => city.id),
      )
    )
      throw new AppError(programmeErrors.session_not_found);
  }

  /**
   * The actor's own sessions (all, or the one asked for): those of the cities they coordinate, those
   * their business presents at, those they registered for. Sessions to come first, the soonest
   * first, then those past, the latest first.
   */
  async function ownSessions(actor: Actor, onlyId?: string): Promise<OwnSessionParts[]> {
    const links = await repository.listOwnSessionLinks(db, ownSessionScopeOf(actor));
    const ids = [...new Set(links.map((link) => link.sessionId))].filter((id) => !onlyId || id === onlyId);
    const own: OwnSessionParts[] = [];
    for (const row of await repository.listSessionsByIds(db, ids)) {
      const parts = await withParts(db, row);
      const mine = links.filter((link) => link.sessionId === row.id);
      own.push({
        ...parts,
        relations: ownSessionRelations.filter((relation) => mine.some((link) => link.relation === relation)),
        ownPartnerId: mine.find((link) => link.partnerId !== null)?.partnerId ?? null,
        canOpenSessionPage: canReadSessionPage(
          actor,
          parts.cities.map((city) => city.id),
        ),
      });
    }
    const now = clock.now().getTime();
    const isAhead = (parts: OwnSessionParts) => parts.session.endsAt.getTime() > now;
    return [...own.filter(isAhead), ...own.filter((parts) => !isAhead(parts)).reverse()];
  }

  /** One of the actor's own sessions; `session_not_found` for any other, as for one that does not exist. */
  async function ownSessionOrFail(actor: Actor, id: string): Promise<OwnSessionParts> {
    const [own] = await ownSessions(actor, id);
    if (!own) throw new AppError(programmeErrors.session_not_found);
    return own;
  }

  /**
   * Mails every registered participant, in their city's time, and every business presenting, in
   * Bangkok's, the changed (or cancelled) calendar invitation.
   */
  async function notifyParticipants(parts: SessionWithCities, kind: 'updated' | 'cancelled'): Promise<void> {
    for (const { recipient, timeZone } of await sessionRecipients(db, parts.session.id))
      await mailer.send(participantMail(kind, parts.session, recipient, timeZone, mailFrom, clock.now()));
  }

  async function withParts(executor: Db, session: SessionRow): Promise<SessionWithCities> {
    const programme = await programmeByIdOrFail(executor, session.programmeId);
    return { session, programme, cities: await citiesOf(executor, session.id) };
  }

  /** The changes an update makes to a session locked as `before`, its new time checked as a new session's is. */
  async function changesOf(
    tx: Db,
    before: SessionRow,
    input: UpdateSessionInput,
    cities: TradeCandidateFacts[],
    locale: InterfaceLocale,
  ) {
    const start = input.startsAt ? new Date(input.startsAt) : before.startsAt;
    const end = input.endsAt ? new Date(input.endsAt) : before.endsAt;
    const isRescheduled =
      start.getTime() !== before.startsAt.getTime() || end.getTime() !== before.endsAt.getTime();
    let overrideReason = before.scheduleOverrideReason;
    // Only a session to come moves: one held is a record, one cancelled was called off for all.
    if (isRescheduled && before.status !== 'planned') throw new AppError(programmeErrors.session_not_movable);
    if (isRescheduled) {
      const problems = await assertSchedule(tx, start, end, cities, input.overrideReason, locale);
      overrideReason = problems.length > 0 ? (input.overrideReason ?? null) : null;
    }
    if (input.agenda) {
      const problems = agendaProblems(input.agenda);
      if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
    }
    const status: SessionStatus = input.status ?? (before.status as SessionStatus);
    if (status === 'held' && before.status !== 'held' && start.getTime() > clock.now().getTime())
      throw new AppError(programmeErrors.session_not_yet_held);
    const test = input.connectionTest;
    return {
      title: input.title ?? before.title,
      titleTranslations: input.titleTranslations
        ? storedTranslations(input.titleTranslations)
        : before.titleTranslations,
      startsAt: start,
      endsAt: end,
      meetingUrl: input.meetingUrl !== undefined ? input.meetingUrl : before.meetingUrl,
      scheduleOverrideReason: overrideReason,
      agenda: input.agenda ? storedAgenda(input.agenda) : before.agenda,
      status,
      ...(test
        ? {
            connectionTestAt: test.at ? new Date(test.at) : null,
            connectionTestResult: test.result satisfies ConnectionTestResult,
            connectionTestNote: test.note ?? null,
          }
        : {}),
      calendarSequence:
        before.calendarSequence +
        (isRescheduled || (status === 'cancelled' && before.status !== 'cancelled') ? 1 : 0),
      updatedAt: clock.now(),
    };
  }

  return {
    now: () => clock.now(),

    /** How the session reads in Bangkok and in each city. */
    timesOf(parts: SessionWithCities) {
      return localTimes(parts.session.startsAt, parts.session.endsAt, [
        BANGKOK_HOURS,
        ...parts.cities.map(hoursOf),
      ]).map((time) => ({ ...time, partnerId: time.key === BANGKOK_KEY ? null : time.key }));
    },

    /** What does not suit in the session's time, judged now (past sessions are not "in the past" problems). */
    async currentProblems(parts: SessionWithCities): Promise<SlotProblem[]> {
      const problems = await problemsOf(db, parts.session.startsAt, parts.session.endsAt, parts.cities);
      return problems.filter((problem) => problem.code !== 'in_the_past').map(presentProblem);
    },

    /** The sessions the actor may see: a year's, or (with no year) every year's, newest first. */
    async listSessions(actor: Actor, fiscalYear?: number): Promise<SessionWithCities[]> {
      const programme = fiscalYear === undefined ? undefined : await programmeOrFail(db, fiscalYear);
      const rows = await repository.listSessions(db, programme?.id);
      const sessions: SessionWithCities[] = [];
      for (const row of rows) sessions.push(await withParts(db, row));
      return sessions.filter((parts) =>
        canReadSessionPage(
          actor,
          parts.cities.map((city) => city.id),
        ),
      );
    },

    /** The actor's own sessions, by their role grants (decision 0019): never another city's. */
    listOwnSessions: (actor: Actor): Promise<OwnSessionParts[]> => ownSessions(actor),

    getOwnSession: ownSessionOrFail,

    async getSession(actor: Actor, id: string): Promise<SessionWithCities> {
      const parts = await withParts(db, await repository.loadSession(db, id));
      assertMayRead(actor, parts.cities);
      return parts;
    },

    /** Slots in which every city (and Bangkok) is at work, out of lunch, and not on holiday. */
    async suggestions(
      fiscalYear: number,
      query: { partnerIds: string[]; from: string; to: string; minutes: number },
    ) {
      const programme = await programmeOrFail(db, fiscalYear);
      const cities = await acceptedCities(db, programme, query.partnerIds);
      if (query.to < query.from || Date.parse(query.to) - Date.parse(query.from) > 92 * DAY_MS)
        throw new AppError(commonErrors.validation_failed, [
          { path: 'to', code: 'range', messageKey: 'programme:errors.suggestion_range' },
        ]);
      const hours = [BANGKOK_HOURS, ...cities.map(hoursOf)];
      const holidays = await holidaysFor(db, cities, new Date(query.from), new Date(query.to));
      const request = { from: query.from, to: query.to, cities: hours, holidays };
      const slots = suggestSlots({
        ...request,
        durationMinutes: query.minutes,
        notBefore: clock.now(),
        limit: 12,
      });
      const days = commonWindowsByDay(request);
      return {
        slots: slots.map((slot) => ({
          startsAt: slot.startUtc,
          endsAt: slot.endUtc,
          times: localTimes(slot.startUtc, slot.endUtc, hours).map((time) => ({
            ...time,
            partnerId: time.key === BANGKOK_KEY ? null : time.key,
          })),
        })),
        longestSharedMinutes: Math.max(0, ...days.map((day) => day.longestMinutes)),
        holidays: holidays.map((holiday) => ({
          partnerId: cities.find((city) => city.countryCode === holiday.countryOrKey)?.id ?? null,
          date: holiday.date,
          name: holiday.name,
        })),
      };
    },

    async createSession(
      fiscalYear: number,
      input: CreateSessionInput,
      context: RequestContext,
    ): Promise<SessionWithCities> {
      return db.transaction(async (tx) => {
        const programme = await programmeOrFail(tx, fiscalYear, { forUpdate: true });
        if (input.round !== undefined && input.round > programme.plannedSessions)
          throw new AppError(commonErrors.validation_failed, [
            {
              path: 'round',
              code: 'not_planned',
              messageKey: 'programme:errors.round_not_planned',
              params: { planned: programme.plannedSessions },
            },
          ]);
        const cities = await acceptedCities(tx, programme, input.partnerIds);
        const partnerIds = cities.map((city) => city.id);
        const start = new Date(input.startsAt);
        const end = new Date(input.endsAt);
        const isAlreadyHeld = input.isAlreadyHeld === true;
        const problems = isAlreadyHeld
          ? await assertAlreadyHeld(tx, start, end, cities, readerLocale(context))
          : await assertSchedule(tx, start, end, cities, input.overrideReason, readerLocale(context));
        const now = clock.now();
        const session = await createAudited<SessionRow>(tx, context, {
          action: 'programme_session.create',
          entityType: 'programme_session',
          entityId: (row) => row.id,
          snapshot: (row) => sessionSnapshot(row, partnerIds),
          insert: (inserting) =>
            repository.insertSession(
              inserting,
              {
                programmeId: programme.id,
                round: input.round ?? null,
                title: input.title,
                titleTranslations: storedTranslations(input.titleTranslations),
                startsAt: start,
                endsAt: end,
                meetingUrl: input.meetingUrl ?? null,
                scheduleOverrideReason: problems.length > 0 ? (input.overrideReason ?? null) : null,
                agenda: agendaFor(Math.round((end.getTime() - start.getTime()) / MINUTE_MS)),
                // A session recorded after the fact is held at once: no invitation or reminder
                // goes out for it, as both are only for planned sessions.
                status: isAlreadyHeld ? 'held' : 'planned',
                createdAt: now,
                updatedAt: now,
              },
              partnerIds,
            ),
        });
        if (isAlreadyHeld)
          await completeRoundStep(tx, session, 'hold_session', bangkokToday(session.startsAt), {
            now,
            context,
          });
        return { session, programme, cities };
      });
    },

    /**
     * Changes a session. A new time is checked as a new session's is; a new time or a cancellation
     * raises the calendar sequence, so that calendars replace the invitation they hold.
     */
    async updateSession(
      id: string,
      input: UpdateSessionInput,
      context: RequestContext,
    ): Promise<SessionWithCities> {
      let notify: 'updated' | 'cancelled' | null = null;
      const updated = await db.transaction(async (tx) => {
        // A session's cities are chosen when it is scheduled and never change.
        const cities = await citiesOf(tx, id);
        const partnerIds = cities.map((city) => city.id);
        const { before, after } = await updateAudited(tx, context, {
          action: 'programme_session.update',
          entityType: 'programme_session',
          entityId: id,
          lock: (locking) => repository.lockSession(locking, id),
          expectedVersion: input.version,
          snapshot: (row) => sessionSnapshot(row, partnerIds),
          write: async (writing, locked) =>
            repository.updateSession(
              writing,
              id,
              await changesOf(writing, locked, input, cities, readerLocale(context)),
            ),
        });
        if (after.calendarSequence > before.calendarSequence)
          notify = after.status === 'cancelled' ? 'cancelled' : 'updated';
        if (after.status === 'held' && before.status !== 'held')
          await completeRoundStep(tx, after, 'hold_session', bangkokToday(after.startsAt), {
            now: clock.now(),
            context,
          });
        return withParts(tx, after);
      });
      if (notify) await notifyParticipants(updated, notify);
      return updated;
    },

    /**
     * The session's calendar invitation for the one asking: staff read it in Bangkok's time, a
     * partner city's coordinator in their city's.
     */
    async calendarFor(actor: Actor, id: string): Promise<{ method: CalendarMethod; content: string }> {
      const parts = await withParts(db, await repository.loadSession(db, id));
      assertMayRead(actor, parts.cities);
      const own = ownSessionScopeOf(actor).partnerIds;
      const city = can(actor, 'programme:read') ? undefined : parts.cities.find((c) => own.includes(c.id));
      return participantCalendar(
        parts.session,
        { fullName: actor.displayName, email: actor.email, language: actor.locale },
        city?.timeZone ?? BANGKOK_ZONE,
        mailFrom,
        clock.now(),
      );
    },

    /**
     * One's own session's calendar invitation, in one's language, on one's city's clock (Bangkok's
     * for a business presenting).
     */
    async ownCalendar(
      actor: Actor,
      id: string,
      locale: string,
    ): Promise<{ method: CalendarMethod; content: string }> {
      const own = await ownSessionOrFail(actor, id);
      const city = own.cities.find((candidate) => candidate.id === own.ownPartnerId);
      return participantCalendar(
        own.session,
        { fullName: actor.displayName, email: actor.email, language: locale },
        city?.timeZone ?? BANGKOK_ZONE,
        mailFrom,
        clock.now(),
      );
    },

    today: () => bangkokToday(clock.now()),
  };
}
