/**
 * A report's evidence files over HTTP against real SQL (issue 15, decision 0047): a liaison officer
 * uploads a PDF to their unit's draft, which the item lists and which downloads as it was sent; a
 * program named .pdf, a file over the limit, another unit's officer, a report not saved yet, a
 * submitted report and an approved round are refused with nothing stored; a removal is audited; after
 * approval, files change only during an amendment.
 */
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  StrategyEvidenceFile,
  StrategyItemDetail,
  StrategyRoundDetail,
  StrategyRoundItem,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from './rounds.rules.ts';
import { strategyEvidenceFiles } from './strategy.schema.ts';

// The reference plan: KPI 1.1.1 is led by the IAO and supported by the Culture, Sports and Tourism
// Department (24000000); the Department of City Planning (25000000) has no part in it.
const SUPPORTER = '24000000';
const OUTSIDER = '25000000';

const PDF_BYTES = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);
/** The start of a Windows program: "MZ", then the DOS header. */
const EXE_BYTES = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  ...new Array(242).fill(0),
]);
const MINUTES = 'รายงานการประชุมเมืองพี่เมืองน้อง.pdf';

let t: TestApp;
let iao: TestClient;
let strategyOfficer: TestClient;
let executive: TestClient;
let supporter: TestClient;
let outsider: TestClient;
let round: StrategyRoundDetail;
let item: StrategyRoundItem;

const reportPath = (unit: string, of: StrategyRoundItem = item) =>
  `/api/strategy/round-items/${of.id}/submissions/${unit}`;
const evidencePath = (unit: string) => `${reportPath(unit)}/evidence`;

function upload(client: TestClient, unit: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return client.post<StrategyEvidenceFile & ErrorResponse>(evidencePath(unit), form);
}

const pdf = (name = MINUTES) => new File([PDF_BYTES], name, { type: 'application/pdf' });

async function reportOf(unit: string) {
  const response = await iao.get<StrategyItemDetail>(`/api/strategy/round-items/${item.id}`);
  expect(response.status).toBe(200);
  const report = response.body.submissions.find((submission) => submission.unit.code === unit);
  if (!report) throw new Error(`no report of ${unit}`);
  return report;
}

async function stored() {
  const [files] = await t.db.select({ total: count() }).from(strategyEvidenceFiles);
  const [audit] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return { files: files?.total ?? 0, audit: audit?.total ?? 0 };
}

async function evidenceAudit(action: string) {
  return rowsOf<{ entity_type: string; entity_id: string; before: unknown; after: unknown }>(
    await t.db.execute(
      sql`select entity_type, entity_id, before, after from audit_events where action = ${action} order by id`,
    ),
  );
}

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570, which the reference plan (2566–2570) covers.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  strategyOfficer = await t.signInAs('strategy_officer');
  executive = await t.signInAs('executive');
  supporter = await t.signInAs('liaison_officer', { scopeId: SUPPORTER, email: 'culture@test.bia.invalid' });
  outsider = await t.signInAs('liaison_officer', { scopeId: OUTSIDER });
  const opened = await strategyOfficer.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear: 2570,
    kind: 'six_month',
    deadline: '2027-04-30',
  });
  expect(opened.status).toBe(201);
  round = opened.body;
  const found = round.items.find((candidate) => candidate.code === '1.1.1');
  if (!found) throw new Error('no item 1.1.1');
  item = found;
});

afterAll(async () => {
  await t.close();
});

describe('uploading evidence to a draft', () => {
  it('asks for the draft to be saved first, storing nothing', async () => {
    const before = await stored();
    const early = await upload(supporter, SUPPORTER, pdf());
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'evidence_save_first',
      message: 'กรุณาบันทึกร่างรายงานก่อน แล้วจึงแนบไฟล์หลักฐาน',
    });
    expect(await stored()).toEqual(before);
  });

  it("keeps a liaison officer's PDF on their unit's draft, lists it and gives the same bytes back", async () => {
    const draft = await supporter.put(reportPath(SUPPORTER), { narrative: 'สนับสนุนการแสดงทางวัฒนธรรม' });
    expect(draft.status).toBe(200);
    const uploaded = await upload(supporter, SUPPORTER, pdf());
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String) as string,
      fileName: MINUTES,
      mediaType: 'application/pdf',
      byteSize: PDF_BYTES.byteLength,
      uploadedBy: 'culture@test.bia.invalid',
      uploadedAt: '2026-11-22T03:00:00.000Z',
    });
    const report = await reportOf(SUPPORTER);
    expect(report.files).toEqual([uploaded.body]);
    // Uploading a file leaves the report's version alone: the form being typed is not made stale.
    expect(report.version).toBe(1);

    // Anyone who may read the round downloads it.
    const download = await executive.get(`${evidencePath(SUPPORTER)}/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.bytes).toEqual(PDF_BYTES);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(MINUTES)}`,
    );
    const entrepreneur = await t.signInAs('entrepreneur');
    expect((await entrepreneur.get(`${evidencePath(SUPPORTER)}/${uploaded.body.id}`)).status).toBe(403);
    // Not a file of the lead's report.
    expect((await executive.get(`${evidencePath(IAO_UNIT_CODE)}/${uploaded.body.id}`)).status).toBe(404);

    // Audited under the round, with a fingerprint and never the content.
    const [event] = await evidenceAudit('strategy_evidence.add');
    expect(event).toEqual({
      entity_type: 'strategy_round',
      entity_id: round.round.id,
      before: null,
      after: {
        itemCode: '1.1.1',
        unitCode: SUPPORTER,
        submissionId: report.id,
        fileName: MINUTES,
        mediaType: 'application/pdf',
        byteSize: PDF_BYTES.byteLength,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      },
    });
  });

  it('refuses a program named .pdf with the translated message, storing nothing', async () => {
    const before = await stored();
    const disguised = await upload(supporter, SUPPORTER, new File([EXE_BYTES], 'หลักฐาน.pdf'));
    expect(disguised.status).toBe(415);
    expect(disguised.body.error).toMatchObject({
      code: 'evidence_type',
      message: 'ไม่รับไฟล์ประเภทนี้ กรุณาแนบไฟล์ PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, ข้อความ หรือ CSV',
    });
    const english = await t.signInAs('liaison_officer', { scopeId: SUPPORTER, locale: 'en' });
    const again = await upload(english, SUPPORTER, new File([EXE_BYTES], 'evidence.pdf'));
    expect(again.body.error.message).toBe(
      'This kind of file is not accepted: upload a PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, text or CSV file.',
    );
    expect(await stored()).toEqual(before);
  });

  it('refuses a file over 20 MB with the limit in its message, storing nothing', async () => {
    const before = await stored();
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    const tooLarge = await upload(supporter, SUPPORTER, new File([big], 'photos.pdf'));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({
      code: 'evidence_too_large',
      message: 'ไฟล์มีขนาดเกิน 20 MB',
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses another unit's officer, and a unit with no part in the item, storing and removing nothing", async () => {
    const before = await stored();
    const [file] = (await reportOf(SUPPORTER)).files;
    const otherUnit = await upload(outsider, SUPPORTER, pdf());
    expect(otherUnit.status).toBe(403);
    expect(otherUnit.body.error.code).toBe('not_your_unit');
    const notInvolved = await upload(outsider, OUTSIDER, pdf());
    expect(notInvolved.status).toBe(403);
    expect(notInvolved.body.error.code).toBe('not_your_item');
    const removal = await outsider.delete<ErrorResponse>(`${evidencePath(SUPPORTER)}/${file?.id}`);
    expect(removal.status).toBe(403);
    // Readers who do not report may not upload at all.
    expect((await upload(executive, SUPPORTER, pdf())).status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});

describe('how many files a report keeps', () => {
  it('keeps twenty and refuses the twenty-first', async () => {
    // A contribution on another item (the approval below only needs the leads' reports).
    const other = round.items.find((candidate) => candidate.id !== item.id && candidate.supportingUnits[0]);
    const unit = other?.supportingUnits[0]?.code;
    if (!other || !unit) throw new Error('no item with a supporting unit');
    const officer = await t.signInAs('liaison_officer', { scopeId: unit });
    expect((await officer.put(reportPath(unit, other), { narrative: 'ภาพกิจกรรม' })).status).toBe(200);
    const send = (name: string) => {
      const form = new FormData();
      form.set('file', pdf(name));
      return officer.post<ErrorResponse>(`${reportPath(unit, other)}/evidence`, form);
    };
    for (let index = 1; index <= 20; index += 1) expect((await send(`ภาพ ${index}.pdf`)).status).toBe(201);
    const before = await stored();
    const extra = await send('ภาพ 21.pdf');
    expect(extra.status).toBe(409);
    expect(extra.body.error.message).toBe('แนบไฟล์หลักฐานได้ไม่เกิน 20 ไฟล์ต่อรายงาน กรุณาลบไฟล์ที่ไม่ใช้ก่อน');
    expect(await stored()).toEqual(before);
  });
});

describe('once the report is submitted', () => {
  it('refuses uploads and removals until the report is returned; a removal is then audited', async () => {
    const draft = await reportOf(SUPPORTER);
    const [file] = draft.files;
    if (!file) throw new Error('no file');
    const submitted = await supporter.put(reportPath(SUPPORTER), {
      version: draft.version,
      narrative: draft.narrative,
      submit: true,
    });
    expect(submitted.status).toBe(200);
    const before = await stored();
    const late = await upload(supporter, SUPPORTER, pdf('เพิ่มเติม.pdf'));
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'evidence_not_editable',
      message: 'แนบหรือลบไฟล์หลักฐานไม่ได้ เนื่องจากรายงานนี้ส่งตรวจแล้วหรือได้รับการรับรองแล้ว จะแก้ไขได้อีกครั้งเมื่อผู้ตรวจส่งคืน',
    });
    const removal = await supporter.delete<ErrorResponse>(`${evidencePath(SUPPORTER)}/${file.id}`);
    expect(removal.status).toBe(409);
    expect(await stored()).toEqual(before);

    const returned = await iao.post(`${reportPath(SUPPORTER)}/review`, {
      version: draft.version + 1,
      action: 'return',
      comment: 'ไฟล์ไม่ใช่รายงานการประชุมครั้งนี้',
    });
    expect(returned.status).toBe(200);
    const removed = await supporter.delete(`${evidencePath(SUPPORTER)}/${file.id}`);
    expect(removed.status).toBe(204);
    expect((await reportOf(SUPPORTER)).files).toEqual([]);
    expect((await executive.get(`${evidencePath(SUPPORTER)}/${file.id}`)).status).toBe(404);
    const gone = await supporter.delete<ErrorResponse>(`${evidencePath(SUPPORTER)}/${file.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe('ไม่พบไฟล์หลักฐานนี้ในรายงาน');
    const [event] = await evidenceAudit('strategy_evidence.remove');
    expect(event).toMatchObject({
      entity_type: 'strategy_round',
      entity_id: round.round.id,
      after: null,
      before: { unitCode: SUPPORTER, fileName: MINUTES, byteSize: PDF_BYTES.byteLength },
    });
    const [added] = await evidenceAudit('strategy_evidence.add');
    expect((event?.before as { sha256: string }).sha256).toBe((added?.after as { sha256: string }).sha256);
    const admin = await t.signInAs('admin');
    const trail = await admin.get<{ items: { record: { name: string | null } }[] }>(
      `/api/audit?entityType=strategy_round&action=strategy_evidence.remove&pageSize=1`,
    );
    expect(trail.body.items[0]?.record.name).toBe(
      'รอบรายงานความก้าวหน้า ปีงบประมาณ 2570 (1 ตุลาคม 2569 – 31 มีนาคม 2570)',
    );
  });
});

describe('after the round is approved', () => {
  it('refuses evidence changes except while an amendment awaits review', async () => {
    // Every item's lead reports and is accepted, then the round is approved. (A KPI the platform
    // computes takes a reason when the report differs from the figure proposed.)
    const overrideReason = 'ตัวเลขตามบันทึกของหน่วยงาน';
    for (const each of round.items) {
      const answer =
        each.kind === 'project'
          ? { projectStatus: 'in_progress', progressPercent: 50 }
          : each.code === '1.3.1'
            ? { value: 12, overrideReason }
            : each.code === '3.2.1'
              ? { value: 80, overrideReason }
              : { levelReached: 3, overrideReason };
      const lead =
        each.leadUnit.code === IAO_UNIT_CODE
          ? iao
          : await t.signInAs('liaison_officer', { scopeId: each.leadUnit.code });
      const saved = await lead.put(reportPath(each.leadUnit.code, each), { ...answer, submit: true });
      expect(saved.status).toBe(200);
      const reviewed = await iao.post(`${reportPath(each.leadUnit.code, each)}/review`, {
        version: 1,
        action: 'accept',
      });
      expect(reviewed.status).toBe(200);
    }
    const current = await iao.get<StrategyRoundDetail>(`/api/strategy/rounds/${round.round.id}`);
    const approved = await executive.post(`/api/strategy/rounds/${round.round.id}/approve`, {
      version: current.body.round.version,
    });
    expect(approved.status).toBe(200);

    const before = await stored();
    const frozen = await upload(iao, IAO_UNIT_CODE, pdf());
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('evidence_round_frozen');
    // A contribution left returned is frozen too: it is no amendment.
    expect((await upload(supporter, SUPPORTER, pdf())).body.error.code).toBe('evidence_round_frozen');
    expect(await stored()).toEqual(before);

    const lead = await reportOf(IAO_UNIT_CODE);
    const amended = await iao.post(`${reportPath(IAO_UNIT_CODE)}/amendment`, {
      version: lead.version,
      levelReached: 4,
      narrative: 'ได้รับหนังสือยืนยันเพิ่มเติม',
      reason: 'หนังสือยืนยันมาถึงหลังอนุมัติ',
      overrideReason,
    });
    expect(amended.status).toBe(200);
    const during = await upload(iao, IAO_UNIT_CODE, pdf('หนังสือยืนยัน.pdf'));
    expect(during.status).toBe(201);
    expect((await reportOf(IAO_UNIT_CODE)).files.map((file) => file.fileName)).toEqual(['หนังสือยืนยัน.pdf']);

    const accepted = await iao.post(`${reportPath(IAO_UNIT_CODE)}/review`, {
      version: (await reportOf(IAO_UNIT_CODE)).version,
      action: 'accept',
    });
    expect(accepted.status).toBe(200);
    const after = await upload(iao, IAO_UNIT_CODE, pdf());
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('evidence_round_frozen');
    const removal = await iao.delete<ErrorResponse>(`${evidencePath(IAO_UNIT_CODE)}/${during.body.id}`);
    expect(removal.status).toBe(409);
    expect((await reportOf(IAO_UNIT_CODE)).files).toHaveLength(1);
  });
});
