/**
 * The demo's coordination requests (issue 16, decision 0054), made through the module's service as
 * the demo's people would have: the demo liaison officer's department asks the IAO to check the
 * protocol of a delegation's visit (assigned, commented on, in progress) and to translate a letter
 * (done); the IAO asks Phra Nakhon district to host a site visit (received). No mail goes out.
 *
 * Loading twice adds nothing: the demo's requests are known by their subjects. Dates follow the demo clock.
 */
import { inArray } from 'drizzle-orm';
import type { CoordinationRequestCreate } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { bangkokToday, fixedClock } from '../shared/clock.ts';
import { createCoordinationService } from '../modules/coordination/index.ts';
import { coordinationRequests } from '../modules/coordination/coordination.schema.ts';
import type { Mailer } from '../modules/mail/index.ts';
import { DEMO_LIAISON_UNIT } from './demo-strategy-content.ts';
import { addDays, demoActors, IAO_UNIT } from './demo-strategy-writer.ts';

const PHRA_NAKHON_DISTRICT = '1001';
const PROTOCOL = 'ขอคำแนะนำพิธีการต้อนรับคณะผู้แทนเมืองโซล (ข้อมูลตัวอย่าง)';
const TRANSLATION = 'ขอให้ช่วยแปลหนังสือแสดงความขอบคุณถึงเมืองฟุกุโอกะ (ข้อมูลตัวอย่าง)';
const SITE_VISIT = 'ขอให้สำนักงานเขตพระนครรับคณะดูงานชุมชนริมน้ำ (ข้อมูลตัวอย่าง)';
export const DEMO_REQUEST_SUBJECTS = [PROTOCOL, TRANSLATION, SITE_VISIT];

/** The demo sends no mail: its people are samples. */
const silentMailer: Mailer = { mode: 'outbox', send: () => Promise.resolve('outbox') };

/** Answers whether the demo's requests were added. */
export async function loadDemoCoordination(db: Db, options: { now: Date }): Promise<boolean> {
  const actors = await demoActors(db);
  if (!actors) return false;
  const existing = await db
    .select({ id: coordinationRequests.id })
    .from(coordinationRequests)
    .where(inArray(coordinationRequests.subject, DEMO_REQUEST_SUBJECTS));
  if (existing.length > 0) return false;
  const { officer, liaison } = actors;
  if (!liaison.grants.some((grant) => grant.scopeId === DEMO_LIAISON_UNIT)) return false;

  const clock = fixedClock(options.now);
  const service = createCoordinationService({ db, clock, mailer: silentMailer, publicUrl: '' });
  const today = bangkokToday(options.now);
  const step = (minutesBefore: number) => clock.set(new Date(options.now.getTime() - minutesBefore * 60_000));
  const context = (actor: typeof officer) => ({ actor, ipAddress: 'demo-data' });
  const request = (
    fields: Partial<CoordinationRequestCreate> &
      Pick<CoordinationRequestCreate, 'subject' | 'details' | 'toUnitCode'>,
  ): CoordinationRequestCreate => ({
    dueDate: addDays(today, 7),
    urgency: 'can_wait',
    handledBy: 'iao',
    ...fields,
  });
  const versionOf = async (id: string) => (await service.readable(officer, id)).row.version;

  step(900);
  const protocol = await service.open(
    liaison,
    request({
      subject: PROTOCOL,
      details: 'สำนักจะต้อนรับคณะผู้แทนเมืองโซลในสัปดาห์หน้า ขอคำแนะนำเรื่องลำดับการกล่าวต้อนรับ การแลกของที่ระลึก และการจัดที่นั่ง',
      toUnitCode: IAO_UNIT,
      dueDate: addDays(today, 5),
      urgency: 'urgent',
    }),
    context(liaison),
  );
  step(800);
  await service.assign(context(officer), officer, protocol, {
    toUnitCode: IAO_UNIT,
    assigneeId: officer.userId,
    version: await versionOf(protocol),
  });
  step(700);
  await service.changeStatus(context(officer), officer, protocol, {
    status: 'in_progress',
    note: '',
    version: await versionOf(protocol),
  });
  step(650);
  await service.comment(context(officer), officer, protocol, {
    body: 'ส่งแนวทางพิธีการต้อนรับให้แล้ว โปรดยืนยันจำนวนผู้บริหารที่จะร่วมต้อนรับ (ข้อมูลตัวอย่าง)',
    addressedTo: liaison.userId,
  });

  step(600);
  const translation = await service.open(
    liaison,
    request({
      subject: TRANSLATION,
      details: 'ร่างหนังสือภาษาไทยแนบมาในอีเมล ขอฉบับภาษาอังกฤษ',
      toUnitCode: IAO_UNIT,
    }),
    context(liaison),
  );
  step(300);
  await service.changeStatus(context(officer), officer, translation, {
    status: 'done',
    note: 'แปลเสร็จและส่งกลับทางอีเมลแล้ว (ข้อมูลตัวอย่าง)',
    version: await versionOf(translation),
  });

  step(200);
  await service.open(
    officer,
    request({
      subject: SITE_VISIT,
      details: 'คณะผู้แทนจากเมืองพี่เมืองน้องขอดูงานการพัฒนาชุมชนริมน้ำ ขอให้เขตจัดผู้นำชมและสถานที่',
      toUnitCode: PHRA_NAKHON_DISTRICT,
      dueDate: addDays(today, 14),
      handledBy: 'unit',
    }),
    context(officer),
  );
  return true;
}
