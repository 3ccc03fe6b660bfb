/**
 * The demo's learning (issue 16, decisions 0056–0058), made through the module's services as the demo's
 * people would have: a seminar on ASEAN held about two months before now (closed) with its question
 * bank, the tests before and after taken by the demo liaison officer and three sample staff, their
 * attendance, feedback and training records; a workshop a few weeks ahead, open for registration; a
 * draft consultation on the draft strategic plan (seen only by the IAO); and two outside courses of
 * the demo IAO officer. No mail goes out.
 *
 * Loading twice adds nothing: the demo's events are known by their titles. Dates follow the demo clock.
 */
import { eq, inArray } from 'drizzle-orm';
import type { LearningEventCreate, LearningQuestionInput, LearningSessionInput } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import type { Actor, RequestContext } from '../shared/actor.ts';
import { bangkokToday, fixedClock } from '../shared/clock.ts';
import { users } from '../modules/identity/identity.schema.ts';
import { createLearningEventParts } from '../modules/learning/events/index.ts';
import type { LearningDeps, LearningPerson } from '../modules/learning/learning.deps.ts';
import { learningEvents } from '../modules/learning/learning.schema.ts';
import { createLearningTests } from '../modules/learning/tests/tests.service.ts';
import { createTrainingService } from '../modules/learning/training/training.service.ts';
import type { Mailer } from '../modules/mail/index.ts';
import { DEMO_LIAISON_UNIT, SAMPLE_MARK } from './demo-strategy-content.ts';
import { addDays, demoActors } from './demo-strategy-writer.ts';

const PHRA_NAKHON_DISTRICT = '1001';
export const DEMO_SEMINAR = 'การเตรียมความพร้อมของหน่วยงานกรุงเทพมหานครสู่ประชาคมอาเซียน';
export const DEMO_WORKSHOP = 'การเขียนหนังสือราชการภาษาอังกฤษเพื่อการประสานงานกับเมืองพี่เมืองน้อง';
export const DEMO_CONSULTATION = 'รับฟังความคิดเห็นต่อร่างแผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร';
export const DEMO_EVENT_TITLES = [DEMO_SEMINAR, DEMO_WORKSHOP, DEMO_CONSULTATION];

/** Sample staff who took the seminar (accounts without a password: they cannot sign in). */
const sampleStaff = [
  { key: 'wilaiwan', email: 'wilaiwan@demo.bia.invalid', name: 'วิไลวรรณ ตัวอย่าง', unit: DEMO_LIAISON_UNIT },
  { key: 'somchai', email: 'somchai@demo.bia.invalid', name: 'สมชาย ตัวอย่าง', unit: PHRA_NAKHON_DISTRICT },
  { key: 'kannika', email: 'kannika@demo.bia.invalid', name: 'กรรณิการ์ ตัวอย่าง', unit: PHRA_NAKHON_DISTRICT },
] as const;

const option = (th: string, en: string) => ({ th, en });
/** Five questions on ASEAN, in both tests; the correct options are the facts. */
const questions: LearningQuestionInput[] = [
  {
    promptTh: 'ก่อนติมอร์-เลสเตเข้าเป็นสมาชิกในปี พ.ศ. 2568 อาเซียนมีประเทศสมาชิกกี่ประเทศ',
    promptEn: 'Before Timor-Leste joined in 2025, how many member states did ASEAN have?',
    options: [
      option('5 ประเทศ', '5'),
      option('8 ประเทศ', '8'),
      option('10 ประเทศ', '10'),
      option('12 ประเทศ', '12'),
    ],
    correctIndex: 2,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'สำนักเลขาธิการอาเซียนตั้งอยู่ที่เมืองใด',
    promptEn: 'Where is the ASEAN Secretariat?',
    options: [
      option('กรุงเทพมหานคร', 'Bangkok'),
      option('จาการ์ตา', 'Jakarta'),
      option('กัวลาลัมเปอร์', 'Kuala Lumpur'),
      option('มะนิลา', 'Manila'),
    ],
    correctIndex: 1,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'อาเซียนก่อตั้งขึ้นเมื่อใดและที่ใด',
    promptEn: 'When and where was ASEAN founded?',
    options: [
      option('8 สิงหาคม 2510 ที่กรุงเทพมหานคร', '8 August 1967, in Bangkok'),
      option('15 ธันวาคม 2551 ที่จาการ์ตา', '15 December 2008, in Jakarta'),
      option('31 ธันวาคม 2558 ที่กัวลาลัมเปอร์', '31 December 2015, in Kuala Lumpur'),
      option('8 สิงหาคม 2520 ที่มะนิลา', '8 August 1977, in Manila'),
    ],
    correctIndex: 0,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'ประชาคมอาเซียนประกอบด้วยเสาหลักใดบ้าง',
    promptEn: 'What are the pillars of the ASEAN Community?',
    options: [
      option(
        'ประชาคมการเมืองและความมั่นคง ประชาคมเศรษฐกิจ และประชาคมสังคมและวัฒนธรรม',
        'Political-Security, Economic, and Socio-Cultural Communities',
      ),
      option('ประชาคมเศรษฐกิจ และประชาคมการค้าเสรี', 'Economic and Free Trade Communities'),
      option(
        'ประชาคมการทหาร ประชาคมการเงิน และประชาคมการศึกษา',
        'Military, Monetary and Education Communities',
      ),
      option('ประชาคมเศรษฐกิจเพียงเสาเดียว', 'The Economic Community alone'),
    ],
    correctIndex: 0,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'กฎบัตรอาเซียนมีผลใช้บังคับในปีใด',
    promptEn: 'In which year did the ASEAN Charter enter into force?',
    options: [
      option('พ.ศ. 2510', '1967'),
      option('พ.ศ. 2540', '1997'),
      option('พ.ศ. 2551', '2008'),
      option('พ.ศ. 2558', '2015'),
    ],
    correctIndex: 2,
    inPre: true,
    inPost: true,
  },
];

/** Each taker's scores out of 5: one full score before; gains 1, 0.75 and 0.5 (two reach 70%). */
const scores = {
  liaison: { pre: 2, post: 5 },
  wilaiwan: { pre: 5, post: 5 },
  somchai: { pre: 1, post: 4 },
  kannika: { pre: 3, post: 4 },
} as const;
type Taker = keyof typeof scores;

const feedback: Record<Taker, { rating: number; comments: string | null }> = {
  liaison: { rating: 5, comments: 'ได้ความรู้ที่นำไปใช้กับงานของสำนักได้ทันที (ข้อมูลตัวอย่าง)' },
  wilaiwan: { rating: 4, comments: 'อยากให้มีกรณีศึกษาจากเมืองอื่นในอาเซียนเพิ่มขึ้น (ข้อมูลตัวอย่าง)' },
  somchai: { rating: 4, comments: null },
  kannika: { rating: 3, comments: 'เวลาช่วงบ่ายค่อนข้างน้อย (ข้อมูลตัวอย่าง)' },
};

/** The answers giving a score: the first `score` questions right, the rest wrong. */
function answersFor(ids: { id: string; correctIndex: number }[], score: number) {
  return ids.map((question, index) => ({
    questionId: question.id,
    choice: index < score ? question.correctIndex : (question.correctIndex + 1) % 4,
  }));
}

/** The demo sends no mail: its people are samples. */
const silentMailer: Mailer = { mode: 'outbox', send: () => Promise.resolve('outbox') };

async function personByEmail(db: Db, email: string): Promise<LearningPerson | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row
    ? { id: row.id, email: row.email, displayName: row.displayName, locale: 'th', isActive: row.isActive }
    : null;
}

/** The sample staff's accounts (marked sample, no password), added when missing, as actors. */
async function sampleActors(db: Db): Promise<Record<(typeof sampleStaff)[number]['key'], Actor>> {
  await db
    .insert(users)
    .values(sampleStaff.map((staff) => ({ email: staff.email, displayName: staff.name, isSample: true })))
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(users)
    .where(
      inArray(
        users.email,
        sampleStaff.map((staff) => staff.email),
      ),
    );
  const actors = {} as Record<(typeof sampleStaff)[number]['key'], Actor>;
  for (const staff of sampleStaff) {
    const row = rows.find((candidate) => candidate.email === staff.email);
    if (!row) throw new Error(`demo sample account missing: ${staff.email}`);
    actors[staff.key] = {
      userId: row.id,
      email: row.email,
      displayName: row.displayName,
      locale: 'th',
      grants: [],
      permissions: new Set(),
      sessionId: 'demo-data',
      csrfToken: 'demo-data',
    };
  }
  return actors;
}

/** A moment in Bangkok on a day, at HH:MM. */
const bangkok = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

/** Answers whether the demo's learning was added. */
export async function loadDemoLearning(db: Db, options: { now: Date }): Promise<boolean> {
  const actors = await demoActors(db);
  if (!actors) return false;
  const existing = await db
    .select({ id: learningEvents.id })
    .from(learningEvents)
    .where(inArray(learningEvents.titleTh, DEMO_EVENT_TITLES));
  if (existing.length > 0) return false;
  const { officer, liaison } = actors;
  if (!liaison.grants.some((grant) => grant.scopeId === DEMO_LIAISON_UNIT)) return false;
  const staff = await sampleActors(db);
  const takers: Record<Taker, Actor> = { liaison, ...staff };

  const clock = fixedClock(options.now);
  const deps: LearningDeps = {
    db,
    clock,
    publicUrl: '',
    mailer: silentMailer,
    people: {
      findByEmail: (email) => personByEmail(db, email),
      findById: async (id) => {
        const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
        return row ? personByEmail(db, row.email) : null;
      },
    },
  };
  const { events, registrations, attendance } = createLearningEventParts(deps);
  const tests = createLearningTests({ db, clock });
  const training = createTrainingService({ db, clock });
  const context = (actor: Actor): RequestContext => ({ actor, ipAddress: 'demo-data' });
  const versionOf = async (id: string) => (await events.detail(officer, id)).event.version;
  const today = bangkokToday(options.now);
  const competencies = await training.competencies();
  const competency = (nameTh: string) =>
    (
      competencies.find((row) => row.nameTh === nameTh && row.isActive) ??
      competencies.find((row) => row.isActive)
    )?.id;
  const competencyIds = (...names: string[]) =>
    [...new Set(names.map(competency))].filter((id): id is string => id !== undefined);
  type SessionFields = Pick<LearningSessionInput, 'startsAt' | 'endsAt' | 'room' | 'onlineUrl'>;
  const event = (
    fields: Pick<LearningEventCreate, 'kind' | 'titleTh' | 'titleEn' | 'capacity'> &
      Partial<Omit<LearningEventCreate, 'sessions'>> & { sessions: SessionFields[] },
  ): LearningEventCreate => ({
    descriptionTh: null,
    descriptionEn: null,
    invitedUnitCodes: [],
    creditHours: null,
    ...fields,
    sessions: fields.sessions.map((session) => ({
      ...session,
      room: session.room ?? null,
      onlineUrl: session.onlineUrl ?? null,
    })),
  });

  // The seminar, held about two months ago over two days.
  const held = addDays(today, -60);
  const nextDay = addDays(held, 1);
  clock.set(bangkok(addDays(held, -30), '10:00'));
  const seminar = await events.create(
    context(officer),
    officer,
    event({
      kind: 'seminar',
      titleTh: DEMO_SEMINAR,
      titleEn: "Preparing Bangkok's agencies for the ASEAN Community",
      descriptionTh: `ทบทวนความรู้เรื่องอาเซียน สามเสาหลักของประชาคม และบทบาทของหน่วยงานกรุงเทพมหานคร${SAMPLE_MARK}`,
      descriptionEn: "ASEAN, the Community's three pillars and the role of Bangkok's agencies (sample data).",
      capacity: 40,
      invitedUnitCodes: [DEMO_LIAISON_UNIT, PHRA_NAKHON_DISTRICT],
      creditHours: 9,
      sessions: [
        {
          startsAt: bangkok(held, '09:00').toISOString(),
          endsAt: bangkok(held, '16:00').toISOString(),
          room: 'ห้องประชุมกรุงเทพมหานคร 1 ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)',
        },
        {
          startsAt: bangkok(nextDay, '09:00').toISOString(),
          endsAt: bangkok(nextDay, '12:00').toISOString(),
          room: 'ห้องประชุมกรุงเทพมหานคร 1 ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)',
        },
      ],
    }),
  );
  await tests.saveBank(context(officer), seminar, { version: 0, questions });
  await events.changeStatus(context(officer), seminar, { status: 'open', version: await versionOf(seminar) });
  const testOf = async (kind: 'pre' | 'post') => {
    const view = (await tests.testViews(seminar)).find((candidate) => candidate.test.kind === kind);
    if (!view) throw new Error(`demo seminar has no ${kind}-test`);
    return view.test;
  };
  const pre = await testOf('pre');
  await tests.schedule(context(officer), pre.id, {
    version: pre.version,
    opensOn: held,
    opensAt: '08:30',
    closesOn: held,
    closesAt: '09:30',
    isOpen: true,
  });
  const post = await testOf('post');
  await tests.schedule(context(officer), post.id, {
    version: post.version,
    opensOn: nextDay,
    opensAt: '11:30',
    closesOn: nextDay,
    closesAt: '12:30',
    isOpen: true,
  });

  clock.set(bangkok(addDays(held, -20), '14:00'));
  await registrations.register(context(liaison), liaison, seminar, {});
  for (const person of sampleStaff) {
    clock.advance(3_600_000);
    await registrations.register(context(officer), officer, seminar, {
      email: person.email,
      unitCode: person.unit,
    });
  }

  const bank = await tests.bank(seminar);
  const sessions = (await events.detail(officer, seminar)).sessions.sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
  );
  const links = (await attendance.roster(officer, seminar, 'th')).links;
  const token = (sessionId: string) =>
    links
      .find((link) => link.sessionId === sessionId)
      ?.url.split('/')
      .pop();
  const [first, second] = sessions;
  const firstToken = first ? token(first.id) : undefined;
  for (const [index, taker] of (Object.keys(scores) as Taker[]).entries()) {
    const actor = takers[taker];
    clock.set(bangkok(held, `08:${String(35 + index * 4)}`));
    if (firstToken) await attendance.checkIn(context(actor), actor, firstToken);
    clock.advance(60_000);
    await tests.submit(actor, pre.id, { answers: answersFor(bank.questions, scores[taker].pre) });
  }
  const order = Object.keys(scores) as Taker[];
  // One sample left after the first day; they still took the test after (sent by the IAO).
  for (const [index, taker] of order.entries()) {
    if (!second || taker === 'kannika') continue;
    clock.set(bangkok(nextDay, `09:${String(10 + index)}`));
    await attendance.setAttendance(context(officer), officer, second.id, takers[taker].userId, true);
  }
  for (const [index, taker] of order.entries()) {
    clock.set(bangkok(nextDay, `11:${String(40 + index * 3)}`));
    await tests.submit(takers[taker], post.id, { answers: answersFor(bank.questions, scores[taker].post) });
  }
  for (const [index, taker] of order.entries()) {
    clock.set(bangkok(nextDay, `12:${String(35 + index * 2)}`));
    await attendance.giveFeedback(context(takers[taker]), takers[taker], seminar, feedback[taker]);
  }
  clock.set(bangkok(nextDay, '16:00'));
  await events.changeStatus(context(officer), seminar, {
    status: 'closed',
    version: await versionOf(seminar),
  });
  clock.set(bangkok(addDays(nextDay, 2), '10:00'));
  await training.recordAttendees(
    officer,
    seminar,
    {
      hours: 9,
      competencyIds: competencyIds('การสื่อสารข้ามวัฒนธรรม', 'กฎหมายระหว่างประเทศและความตกลงระหว่างประเทศ'),
    },
    'demo-data',
  );

  // The workshop a few weeks ahead: the demo department invited, registration open, no tests yet.
  const workshopDay = addDays(today, 21);
  clock.set(new Date(options.now.getTime() - 3 * 86_400_000));
  const workshop = await events.create(
    context(officer),
    officer,
    event({
      kind: 'workshop',
      titleTh: DEMO_WORKSHOP,
      titleEn: 'Writing official letters in English to sister cities',
      descriptionTh: `ฝึกเขียนหนังสือเชิญ หนังสือขอบคุณ และบันทึกการประชุมเป็นภาษาอังกฤษ นำร่างงานจริงมาได้${SAMPLE_MARK}`,
      descriptionEn: 'Practice writing invitations, thank-you letters and minutes in English (sample data).',
      capacity: 20,
      invitedUnitCodes: [DEMO_LIAISON_UNIT],
      creditHours: 6,
      sessions: [
        {
          startsAt: bangkok(workshopDay, '09:00').toISOString(),
          endsAt: bangkok(workshopDay, '16:00').toISOString(),
          room: 'ห้องฝึกอบรม สำนักงานการต่างประเทศ',
        },
      ],
    }),
  );
  await events.changeStatus(context(officer), workshop, {
    status: 'open',
    version: await versionOf(workshop),
  });
  clock.set(new Date(options.now.getTime() - 2 * 86_400_000));
  await registrations.register(context(officer), officer, workshop, {
    email: staff.wilaiwan.email,
    unitCode: DEMO_LIAISON_UNIT,
  });

  // The draft consultation on the draft strategic plan: the IAO's only.
  const consultationDay = addDays(today, 35);
  clock.set(new Date(options.now.getTime() - 86_400_000));
  await events.create(
    context(officer),
    officer,
    event({
      kind: 'consultation',
      titleTh: DEMO_CONSULTATION,
      titleEn: "Consultation on the draft strategic plan for Bangkok's international affairs",
      descriptionTh: `รับฟังความคิดเห็นของหน่วยงานต่อร่างแผนยุทธศาสตร์ ก่อนเสนอผู้บริหาร${SAMPLE_MARK}`,
      descriptionEn:
        "The agencies' comments on the draft plan before it goes to the executives (sample data).",
      capacity: 60,
      sessions: [
        {
          startsAt: bangkok(consultationDay, '13:30').toISOString(),
          endsAt: bangkok(consultationDay, '16:30').toISOString(),
          onlineUrl: 'https://meet.example.invalid/demo-consultation',
        },
      ],
    }),
  );

  // The demo IAO officer's outside courses.
  clock.set(new Date(options.now.getTime() - 30 * 60_000));
  await training.createRecord(context(officer), officer, {
    title: `ภาษาอังกฤษเพื่อการเจรจาต่อรอง${SAMPLE_MARK}`,
    provider: 'สถาบันพัฒนาข้าราชการกรุงเทพมหานคร',
    startsOn: addDays(today, -100),
    endsOn: addDays(today, -98),
    hours: 18,
    competencyIds: competencyIds('ภาษาต่างประเทศ', 'การเจรจาต่อรอง'),
  });
  await training.createRecord(context(officer), officer, {
    title: `พิธีการทูตและการต้อนรับคณะผู้แทนต่างประเทศ${SAMPLE_MARK}`,
    provider: 'กรมพิธีการทูต กระทรวงการต่างประเทศ',
    startsOn: addDays(today, -40),
    endsOn: addDays(today, -39),
    hours: 12,
    competencyIds: competencyIds('พิธีการทูต'),
  });
  return true;
}
