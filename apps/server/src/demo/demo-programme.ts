/**
 * The demo's trade programme: a lived-in year for every role (issue 13, item 18; decision 0011).
 *
 * Built from today, so that a demo started at any date looks the same way:
 * - last fiscal year, complete: its three sessions held, with the businesses that presented, who
 *   attended, the interest each buyer showed, the contacts exchanged, the minutes and the report
 *   delivered — its steps done, its KPIs full;
 * - this fiscal year, under way: its steps done up to today, the cities chosen and answering, the
 *   sessions whose day has passed held and reported as above, and the next one to come, with the
 *   businesses presenting, its agenda and the buyers who registered (and one link not used yet). When
 *   this year's sessions are all past, next year's first session is the one to come.
 *
 * A year that has a programme already — the demo's, loaded at an earlier start, or a real one — is
 * left exactly as it is, so a second start adds nothing and real records are never touched. The
 * programme's tables have no sample flag (and the schema is not changed for the demo): every record
 * says it is a sample in its own words — titles "(ตัวอย่าง)" / "(sample)", buyers "(sample)" with
 * example.org addresses, the programme's note, the record's texts "(ข้อมูลตัวอย่าง)" — while the
 * businesses and products they point to carry `is_sample`. Rows are written directly, as the other
 * demo data is (no audit entries: nobody made these changes), with the programme module's own rules
 * for the plan of the year (`planSteps`) and the agenda (`agendaFor`).
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { fiscalYearFromBuddhist, fiscalYearOf } from '@bia/i18n';
import type { Db } from '../db/client.ts';
import { bangkokToday } from '../shared/clock.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../shared/time.ts';
import { hashToken, newSecretToken } from '../modules/identity/index.ts';
import { partners } from '../modules/partners/partners.schema.ts';
import { agendaFor, planSteps } from '../modules/programme/index.ts';
import {
  programmeCities,
  programmeSessions,
  programmeSteps,
  publicHolidays,
  sessionCities,
  sessionContactExchanges,
  sessionEntrepreneurs,
  sessionInterests,
  sessionInvitations,
  sessionParticipants,
  tradeProgrammes,
  workingGroupMembers,
} from '../modules/programme/programme.schema.ts';
import { consentingBusinessIds, demoBusinessIds, productIdsOf, type DemoBusiness } from './demo-catalogue.ts';
import {
  demoCities,
  demoWorkingGroup,
  IAO_STEP_OWNER,
  interestNotes,
  PROGRAMME_NOTE,
  recordTexts,
  roundPlans,
  sessionTitles,
  type DemoBuyer,
  type DemoCityKey,
} from './demo-programme-content.ts';

const PLANNED_SESSIONS = roundPlans.length;
const ENTREPRENEURS_PER_SESSION = 3;
/** Each business presents up to three of its products. */
const PRODUCTS_PER_BUSINESS = 3;
/** Sessions run 13:00–15:00 in Bangkok: 15:00–17:00 in Seoul and Fukuoka, 14:00–16:00 in Shanghai. */
const SESSION_START_UTC = 'T06:00:00Z';
const SESSION_MINUTES = 120;
/** The report goes to the executives a week after the session. */
const REPORT_AFTER_DAYS = 7;
/** The interest levels recorded, in turn, for each buyer and product (a strong one first). */
const interestPattern = ['strong', 'some', 'none', 'some', 'none'] as const;

interface City {
  key: DemoCityKey;
  id: string;
  nameTh: string;
  nameEn: string;
  countryCode: string | null;
}

/** A demo account that takes part as a buyer (the partner buyer registers for their city's sessions). */
export interface DemoBuyerAccount extends DemoBuyer {
  city: DemoCityKey;
}

type SessionState = 'held' | 'upcoming';

interface SessionPlan {
  fiscalYear: number;
  round: number;
  day: string;
  state: SessionState;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const at = (date: string, utcTime = SESSION_START_UTC) => new Date(`${date}${utcTime}`);
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The reference partners the demo works with; none when the reference data is not loaded. */
async function findCities(db: Db): Promise<Record<DemoCityKey, City> | null> {
  const keys = Object.keys(demoCities) as DemoCityKey[];
  const rows = await db
    .select({
      id: partners.id,
      importKey: partners.importKey,
      nameTh: partners.nameTh,
      nameEn: partners.nameEn,
      countryCode: partners.countryCode,
    })
    .from(partners)
    .where(
      inArray(
        partners.importKey,
        keys.map((key) => demoCities[key].importKey),
      ),
    );
  const cityOf = (key: DemoCityKey): City | null => {
    const row = rows.find((candidate) => candidate.importKey === demoCities[key].importKey);
    if (!row) return null;
    const { id, nameTh, nameEn, countryCode } = row;
    return { key, id, nameTh: nameTh ?? nameEn ?? key, nameEn: nameEn ?? key, countryCode };
  };
  const [seoul, fukuoka, shanghai] = [cityOf('seoul'), cityOf('fukuoka'), cityOf('shanghai')];
  return seoul && fukuoka && shanghai ? { seoul, fukuoka, shanghai } : null;
}

/**
 * The day of a round's session: twelve days into the window its plan gives "hold the session", moved
 * on to a Tuesday, Wednesday or Thursday that is no public holiday in Thailand or the cities.
 */
function sessionDay(fiscalYear: number, round: number, holidays: ReadonlySet<string>): string {
  const window = planSteps(fiscalYear, PLANNED_SESSIONS).find(
    (step) => step.kind === 'hold_session' && step.round === round,
  );
  if (!window) throw new Error(`no session step in round ${round}`);
  let day = addDays(window.plannedStart, 12);
  for (;;) {
    const weekday = at(day).getUTCDay();
    if (weekday >= 2 && weekday <= 4 && !holidays.has(day)) return day;
    day = addDays(day, 1);
  }
}

/**
 * Which sessions the demo has, year by year: last year's all held; this year's held while their day
 * has passed, then the next one to come (and none after it). When this year has none to come, next
 * year's first is the one to come.
 */
function plannedSessions(now: Date, holidays: ReadonlySet<string>): Map<number, SessionPlan[]> {
  const current = fiscalYearOf(bangkokToday(now)).buddhistYear;
  const years = new Map<number, SessionPlan[]>();
  for (const fiscalYear of [current - 1, current, current + 1]) {
    if (fiscalYear > current && years.get(current)?.some((plan) => plan.state === 'upcoming')) break;
    const plans: SessionPlan[] = [];
    for (let round = 1; round <= PLANNED_SESSIONS; round += 1) {
      const day = sessionDay(fiscalYear, round, holidays);
      const endsAt = at(day).getTime() + SESSION_MINUTES * MINUTE_MS;
      const state: SessionState = endsAt <= now.getTime() ? 'held' : 'upcoming';
      plans.push({ fiscalYear, round, day, state });
      if (state === 'upcoming') break;
    }
    years.set(fiscalYear, plans);
  }
  return years;
}

/** A step's progress on `today`: done when its plan ended, under way while it runs, else not begun. */
function stepProgress(
  step: ReturnType<typeof planSteps>[number],
  today: string,
  sessions: readonly SessionPlan[],
) {
  const owner = step.responsibleUnits.includes('iao') ? IAO_STEP_OWNER : null;
  if (step.kind === 'hold_session' || step.kind === 'report') {
    // These two are done by the session itself: held, then its report delivered.
    const session = sessions.find((plan) => plan.round === step.round && plan.state === 'held');
    const doneOn = session && (step.kind === 'hold_session' ? session.day : reportDay(session, today));
    return doneOn
      ? { status: 'done', actualStart: doneOn, actualEnd: doneOn, owner }
      : { status: 'not_started', actualStart: null, actualEnd: null, owner };
  }
  if (step.plannedEnd < today)
    return { status: 'done', actualStart: step.plannedStart, actualEnd: step.plannedEnd, owner };
  if (step.plannedStart <= today)
    return { status: 'in_progress', actualStart: step.plannedStart, actualEnd: null, owner };
  return { status: 'not_started', actualStart: null, actualEnd: null, owner };
}

/** The day a held session's report was delivered; none while the week after it has not passed. */
function reportDay(session: SessionPlan, today: string): string | null {
  const day = addDays(session.day, REPORT_AFTER_DAYS);
  return day <= today ? day : null;
}

/** The steps, working group and chosen cities of a year's programme. */
async function addPlan(
  tx: Db,
  programmeId: string,
  fiscalYear: number,
  sessions: readonly SessionPlan[],
  cities: Readonly<Record<DemoCityKey, City>>,
  today: string,
): Promise<void> {
  const steps = planSteps(fiscalYear, PLANNED_SESSIONS);
  await tx
    .insert(programmeSteps)
    .values(steps.map((step) => ({ ...step, programmeId, ...stepProgress(step, today, sessions) })));
  await tx.insert(workingGroupMembers).values(demoWorkingGroup.map((member) => ({ ...member, programmeId })));

  // Each city is asked by letter in the round it first takes part in; it accepts once asked for a
  // session that is held or to come, and otherwise has not answered yet (or not been written to).
  const firstRound = new Map<DemoCityKey, number>();
  roundPlans.forEach((plan, index) => {
    for (const city of plan.cities) if (!firstRound.has(city)) firstRound.set(city, index + 1);
  });
  await tx.insert(programmeCities).values(
    [...firstRound].map(([key, round], index) => {
      const content = demoCities[key];
      const letters = steps.find((step) => step.kind === 'inquiry_letters' && step.round === round);
      const letterDay = addDays(letters?.plannedStart ?? today, 3);
      const isTakingPart = sessions.some((plan) => plan.round === round);
      const status = isTakingPart ? 'accepted' : letterDay <= today ? 'sent' : 'not_sent';
      // A city taking part has answered by today, whenever its letter was planned.
      const sentOn = minDate(letterDay, addDays(today, -1));
      return {
        programmeId,
        partnerId: cities[key].id,
        scoreWhenChosen: content.score,
        replyStatus: status,
        letterReference: status === 'not_sent' ? null : `ตัวอย่าง ${index + 1}/${fiscalYear}`,
        letterSentOn: status === 'not_sent' ? null : sentOn,
        replyDueOn: status === 'not_sent' ? null : addDays(sentOn, 30),
        repliedOn: status === 'accepted' ? minDate(addDays(sentOn, 12), today) : null,
        interestCategories: [...content.interestCategories],
        interestHsChapters: [...content.interestHsChapters],
      };
    }),
  );
}

interface Registration {
  id: string;
  invitationId: string;
  city: City;
  buyer: DemoBuyer;
  isPresent: boolean;
}

/**
 * The buyers registered for a session, each through their own invitation link (used); one more link
 * to a session to come waits unused. The links' tokens are thrown away: nobody can open them.
 */
async function addRegistrations(
  tx: Db,
  session: { id: string; startsAt: Date; endsAt: Date; state: SessionState; createdAt: Date },
  cities: readonly City[],
  buyerAccounts: readonly DemoBuyerAccount[],
): Promise<Registration[]> {
  const registrations: Registration[] = [];
  for (const city of cities) {
    const buyers: DemoBuyer[] = [
      ...demoCities[city.key].buyers,
      ...buyerAccounts.filter((account) => account.city === city.key),
    ];
    buyers.forEach((buyer, index) => {
      // The last city's last sample buyer does not come (in a session held, one is always missing).
      const isAbsent = city === cities.at(-1) && index === demoCities[city.key].buyers.length - 1;
      registrations.push({ id: randomUUID(), invitationId: randomUUID(), city, buyer, isPresent: !isAbsent });
    });
  }
  const registeredAt = (index: number) =>
    new Date(session.createdAt.getTime() + 2 * DAY_MS + index * 5 * HOUR_MS);
  const invitations: (typeof sessionInvitations.$inferInsert & { id: string })[] = registrations.map(
    (registration, index) => ({
      id: registration.invitationId,
      sessionId: session.id,
      partnerId: registration.city.id,
      tokenHash: hashToken(newSecretToken()),
      language: demoCities[registration.city.key].language,
      email: registration.buyer.email,
      expiresAt: session.endsAt,
      usedAt: registeredAt(index),
      createdAt: new Date(session.createdAt.getTime() + DAY_MS),
    }),
  );
  const [firstCity] = cities;
  if (session.state === 'upcoming' && firstCity) {
    invitations.push({
      id: randomUUID(),
      sessionId: session.id,
      partnerId: firstCity.id,
      tokenHash: hashToken(newSecretToken()),
      language: demoCities[firstCity.key].language,
      email: null,
      expiresAt: session.endsAt,
      usedAt: null,
      createdAt: new Date(session.createdAt.getTime() + DAY_MS),
    });
  }
  await tx.insert(sessionInvitations).values(invitations);
  await tx.insert(sessionParticipants).values(
    registrations.map((registration, index) => ({
      id: registration.id,
      sessionId: session.id,
      partnerId: registration.city.id,
      invitationId: registration.invitationId,
      fullName: registration.buyer.fullName,
      company: registration.buyer.company,
      position: registration.buyer.position,
      email: registration.buyer.email,
      interests: registration.buyer.interests,
      language: demoCities[registration.city.key].language,
      registeredAt: registeredAt(index),
      checkedInAt:
        session.state === 'held' && registration.isPresent
          ? new Date(session.startsAt.getTime() - (10 - index) * MINUTE_MS)
          : null,
    })),
  );
  return registrations;
}

/**
 * What was recorded at a held session: the interest each buyer present showed in each product, the
 * contacts exchanged (a buyer who showed strong interest and a business that consented to give its
 * contacts), and the minutes; then the report, delivered a week later.
 */
async function addRecord(
  tx: Db,
  session: { id: string; endsAt: Date; plan: SessionPlan; cities: readonly City[] },
  presenting: readonly { business: DemoBusiness; productIds: string[] }[],
  registrations: readonly Registration[],
  today: string,
): Promise<void> {
  const recordedAt = new Date(session.endsAt.getTime() - 10 * MINUTE_MS);
  const products = presenting.flatMap(({ business, productIds }) =>
    productIds.map((productId) => ({ productId, entrepreneurId: demoBusinessIds[business] })),
  );
  const present = registrations.filter((registration) => registration.isPresent);
  const interests = present.flatMap((registration, p) =>
    products.map(({ productId, entrepreneurId }, q) => {
      const level = interestPattern[(p + 2 * q) % interestPattern.length] ?? 'none';
      return {
        sessionId: session.id,
        participantId: registration.id,
        productId,
        entrepreneurId,
        level,
        note: interestNotes[level],
        recordedAt,
      };
    }),
  );
  if (interests.length > 0) await tx.insert(sessionInterests).values(interests);
  const pairs = new Map<string, { entrepreneurId: string; participantId: string }>();
  for (const interest of interests)
    if (interest.level === 'strong' && consentingBusinessIds.has(interest.entrepreneurId))
      pairs.set(`${interest.entrepreneurId}:${interest.participantId}`, interest);
  const contacts = [...pairs.values()].map(({ entrepreneurId, participantId }) => ({
    sessionId: session.id,
    entrepreneurId,
    participantId,
    recordedAt,
  }));
  if (contacts.length > 0) await tx.insert(sessionContactExchanges).values(contacts);
  await tx
    .update(programmeSessions)
    .set({
      ...recordTexts({
        cityNamesTh: session.cities.map((city) => city.nameTh),
        languages: session.cities.map((city) => demoCities[city.key].language),
        businesses: presenting.length,
        products: products.length,
        registered: registrations.length,
        present: present.length,
        strong: interests.filter((interest) => interest.level === 'strong').length,
        contacts: contacts.length,
      }),
      reportDeliveredOn: reportDay(session.plan, today),
    })
    .where(eq(programmeSessions.id, session.id));
}

/** A session of the year with its cities, businesses, registrations and (held) record. */
async function addSession(
  tx: Db,
  programmeId: string,
  plan: SessionPlan,
  context: {
    cities: Readonly<Record<DemoCityKey, City>>;
    buyerAccounts: readonly DemoBuyerAccount[];
    now: Date;
    today: string;
  },
): Promise<void> {
  const roundPlan = roundPlans[plan.round - 1];
  if (!roundPlan) return;
  const sessionCityList = roundPlan.cities.map((key) => context.cities[key]);
  const startsAt = at(plan.day);
  const endsAt = new Date(startsAt.getTime() + SESSION_MINUTES * MINUTE_MS);
  // Scheduled a month ahead (a session to come: a fortnight ago, at most).
  const createdAt = new Date(Math.min(startsAt.getTime() - 30 * DAY_MS, context.now.getTime() - 14 * DAY_MS));
  const isHeld = plan.state === 'held';
  const [session] = await tx
    .insert(programmeSessions)
    .values({
      programmeId,
      round: plan.round,
      ...sessionTitles(plan.round, {
        th: sessionCityList.map((city) => city.nameTh),
        en: sessionCityList.map((city) => city.nameEn),
      }),
      startsAt,
      endsAt,
      meetingUrl: `https://meet.example.org/bangkok-brand-${plan.fiscalYear}-${plan.round}`,
      status: isHeld ? 'held' : 'planned',
      connectionTestAt: isHeld ? new Date(startsAt.getTime() - 3 * DAY_MS) : null,
      connectionTestResult: isHeld ? 'passed' : 'not_tested',
      agenda: agendaFor(SESSION_MINUTES).map(({ kind, title, minutes }) => ({ kind, title, minutes })),
      createdAt,
      updatedAt: isHeld ? endsAt : createdAt,
    })
    .returning({ id: programmeSessions.id });
  if (!session) throw new Error('the demo session was not added');
  await tx
    .insert(sessionCities)
    .values(
      sessionCityList.map((city, position) => ({ sessionId: session.id, partnerId: city.id, position })),
    );

  // A business with more products shows a different choice in alternate rounds.
  const presenting = roundPlan.businesses.map((business) => {
    const ids = productIdsOf(business);
    const from = ids.length > PRODUCTS_PER_BUSINESS ? (plan.round - 1) % 2 : 0;
    return { business, productIds: ids.slice(from, from + PRODUCTS_PER_BUSINESS) };
  });
  await tx.insert(sessionEntrepreneurs).values(
    presenting.map(({ business, productIds }) => ({
      sessionId: session.id,
      entrepreneurId: demoBusinessIds[business],
      productIds,
      checkedInAt: isHeld ? new Date(startsAt.getTime() - 15 * MINUTE_MS) : null,
      createdAt: new Date(createdAt.getTime() + DAY_MS),
    })),
  );
  // The demo's buyer account registers for the session to come and for each year's last one.
  const isBuyerAccountThere = plan.state === 'upcoming' || plan.round === PLANNED_SESSIONS;
  const registrations = await addRegistrations(
    tx,
    { id: session.id, startsAt, endsAt, state: plan.state, createdAt },
    sessionCityList,
    isBuyerAccountThere ? context.buyerAccounts : [],
  );
  if (isHeld)
    await addRecord(
      tx,
      { id: session.id, endsAt, plan, cities: sessionCityList },
      presenting,
      registrations,
      context.today,
    );
}

/**
 * Adds the demo's programme years that have no programme yet (see the top of the file). Answers the
 * fiscal years added.
 */
export async function loadDemoProgramme(
  db: Db,
  options: { now: Date; buyerAccounts: readonly DemoBuyerAccount[] },
): Promise<number[]> {
  const cities = await findCities(db);
  if (!cities) return [];
  const countries = ['TH', ...new Set(Object.values(cities).flatMap((city) => city.countryCode ?? []))];
  const holidays = new Set(
    (
      await db
        .select({ date: publicHolidays.date })
        .from(publicHolidays)
        .where(inArray(publicHolidays.countryCode, countries))
    ).map((row) => row.date),
  );
  const today = bangkokToday(options.now);
  const added: number[] = [];
  for (const [fiscalYear, sessions] of plannedSessions(options.now, holidays)) {
    const isAdded = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: tradeProgrammes.id })
        .from(tradeProgrammes)
        .where(eq(tradeProgrammes.fiscalYear, fiscalYear));
      if (existing) return false;
      const yearStart = at(fiscalYearFromBuddhist(fiscalYear).startDate);
      const createdAt = new Date(Math.min(yearStart.getTime() - 20 * DAY_MS, options.now.getTime()));
      const [programme] = await tx
        .insert(tradeProgrammes)
        .values({
          fiscalYear,
          plannedSessions: PLANNED_SESSIONS,
          entrepreneursPerSession: ENTREPRENEURS_PER_SESSION,
          notes: PROGRAMME_NOTE,
          createdAt,
          updatedAt: options.now,
        })
        .onConflictDoNothing()
        .returning({ id: tradeProgrammes.id });
      if (!programme) return false;
      await addPlan(tx, programme.id, fiscalYear, sessions, cities, today);
      for (const plan of sessions) await addSession(tx, programme.id, plan, { ...options, cities, today });
      return true;
    });
    if (isAdded) added.push(fiscalYear);
  }
  return added;
}
