/**
 * The demo's impact register (issue 16, decision 0055): the first theme, "ASEAN integration"
 * (การเข้าสู่ประชาคมอาเซียน, seed 000), added by the demo IAO officer, and a few units' answers told
 * through the register's service as the demo's people would have given them: the IAO's own answer
 * accepted, Phra Nakhon district's submitted and awaiting review, and the demo liaison officer's
 * department returned with a comment, so that its officer finds something to do.
 *
 * A theme of the same name already there (an officer's, or the demo's) is left alone, with its
 * answers: loading twice adds nothing. The dates follow the demo clock.
 */
import type { DutyInput, ImpactInput } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { bangkokToday, fixedClock } from '../shared/clock.ts';
import { createImpactsService } from '../modules/impacts/index.ts';
import { DEMO_LIAISON_UNIT } from './demo-strategy-content.ts';
import { addDays, demoActors, IAO_UNIT } from './demo-strategy-writer.ts';

export const DEMO_THEME_NAME = 'การเข้าสู่ประชาคมอาเซียน';
const PHRA_NAKHON_DISTRICT = '1001';

function answers(today: string): Record<string, { impacts: ImpactInput[]; duties: DutyInput[] }> {
  const inDays = (days: number) => addDays(today, days);
  return {
    [IAO_UNIT]: {
      impacts: [
        {
          text: 'หน่วยงานของกรุงเทพมหานครต้องประสานกับเมืองในประเทศสมาชิกอาเซียนมากขึ้น (ข้อมูลตัวอย่าง)',
          effect: 'positive',
          area: 'political',
          urgency: 'urgent',
          handling: 'unit',
          responsible: 'สมศรี ตัวอย่าง',
          targetOn: inDays(90),
        },
      ],
      duties: [
        {
          text: 'จัดสัมมนาให้ความรู้เรื่องประชาคมอาเซียนแก่นักวิเทศสัมพันธ์ของสำนักและสำนักงานเขต (ข้อมูลตัวอย่าง)',
          urgency: 'urgent',
          handling: 'unit',
          responsible: 'สมศรี ตัวอย่าง',
          targetOn: inDays(60),
        },
      ],
    },
    [PHRA_NAKHON_DISTRICT]: {
      impacts: [
        {
          text: 'นักท่องเที่ยวและแรงงานจากประเทศเพื่อนบ้านในพื้นที่เขตเพิ่มขึ้น (ข้อมูลตัวอย่าง)',
          effect: 'negative',
          area: 'social',
          urgency: 'urgent',
          handling: 'needs_iao',
          responsible: 'สมชาย ตัวอย่าง',
          targetOn: inDays(45),
        },
      ],
      duties: [
        {
          text: 'จัดทำป้ายและเอกสารแนะนำบริการของเขตเป็นภาษาอังกฤษ (ข้อมูลตัวอย่าง)',
          urgency: 'can_wait',
          handling: 'unit',
          responsible: 'สมชาย ตัวอย่าง',
          targetOn: inDays(180),
        },
      ],
    },
    [DEMO_LIAISON_UNIT]: {
      impacts: [
        {
          text: 'เทศกาลและกิจกรรมวัฒนธรรมร่วมกับเมืองอาเซียนมีโอกาสมากขึ้น (ข้อมูลตัวอย่าง)',
          effect: 'positive',
          area: 'cultural',
          urgency: 'can_wait',
          handling: 'needs_iao',
          responsible: 'วิไลวรรณ ตัวอย่าง',
          targetOn: inDays(120),
        },
      ],
      duties: [],
    },
  };
}

/** Answers whether the theme was added. */
export async function loadDemoImpacts(db: Db, options: { now: Date }): Promise<boolean> {
  const actors = await demoActors(db);
  if (!actors) return false;
  const clock = fixedClock(options.now);
  const impacts = createImpactsService({ db, clock });
  const existing = await impacts.listThemes(actors.officer);
  if (existing.themes.some((theme) => theme.nameTh === DEMO_THEME_NAME)) return false;
  const today = bangkokToday(options.now);
  // Each step a little before now, in order.
  const step = (minutesBefore: number) => clock.set(new Date(options.now.getTime() - minutesBefore * 60_000));
  const context = (actor: typeof actors.officer) => ({ actor, ipAddress: 'demo-data' });
  const { officer, liaison } = actors;

  step(600);
  const theme = await impacts.createTheme(context(officer), officer, {
    nameTh: DEMO_THEME_NAME,
    nameEn: 'ASEAN integration',
    description:
      'ผลกระทบที่แต่ละหน่วยงานคาดว่าจะเกิดขึ้นเมื่อกรุงเทพมหานครเข้าสู่ประชาคมอาเซียน และบทบาทหน้าที่ของหน่วยงานที่ต้องปรับเปลี่ยนหรือเพิ่มเติม (ตัวชี้วัดความสำเร็จข้อ 2 และ 3 ของข้อเสนอการเพิ่มบทบาทนักวิเทศสัมพันธ์)',
    isOpen: true,
    dueOn: addDays(today, 30),
  });
  const byUnit = answers(today);
  const answer = (unitCode: string, submit: boolean) => {
    const items = byUnit[unitCode];
    if (!items) throw new Error(`no demo answer for ${unitCode}`);
    return { ...items, submit };
  };

  step(500);
  await impacts.save(context(officer), officer, theme.id, IAO_UNIT, answer(IAO_UNIT, true));
  step(480);
  await impacts.review(context(officer), officer, theme.id, IAO_UNIT, {
    version: 1,
    action: 'accept',
    comment: '',
  });

  step(400);
  await impacts.save(
    context(officer),
    officer,
    theme.id,
    PHRA_NAKHON_DISTRICT,
    answer(PHRA_NAKHON_DISTRICT, true),
  );

  if (liaison.grants.some((grant) => grant.scopeId === DEMO_LIAISON_UNIT)) {
    step(300);
    await impacts.save(
      context(liaison),
      liaison,
      theme.id,
      DEMO_LIAISON_UNIT,
      answer(DEMO_LIAISON_UNIT, true),
    );
    step(200);
    await impacts.review(context(officer), officer, theme.id, DEMO_LIAISON_UNIT, {
      version: 1,
      action: 'return',
      comment: 'โปรดเพิ่มบทบาทหน้าที่ของสำนักที่ต้องปรับเปลี่ยนอย่างน้อยหนึ่งข้อ (ข้อมูลตัวอย่าง)',
    });
  }
  return true;
}
