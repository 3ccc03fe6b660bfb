/**
 * Documents attached to the steps of a year's programme, over HTTP and real SQL: kept by content,
 * downloaded as they were sent, attached only by whoever may change the step, and audited.
 */
import { count, sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  ProgrammeDetail,
  ProgrammeStep,
  Role,
  StepDocument,
  StepDocumentList,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import { buildProgramme } from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { programmeStepDocuments } from '../programme.schema.ts';

const MEGABYTE = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
/** The first bytes of an OLE compound file: an old Word or Excel document, or an installer. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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

let t: TestApp;
let iao: TestClient;
let programme: ProgrammeDetail;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
  programme = await buildProgramme(iao);
});

afterAll(() => t.close());

// --- Builders ---------------------------------------------------------------------------------------

/** A step of FY2570's programme, which every test shares, or of another programme. */
function stepOf(kind: ProgrammeStep['kind'], round = 1, of = programme): ProgrammeStep {
  const step = of.steps.find((candidate) => candidate.kind === kind && candidate.round === round);
  if (!step) throw new Error(`no step ${kind} of session ${round}`);
  return step;
}

let lastFiscalYear = 2570;

/** A programme of a later year, the test's own: its steps hold only the documents the test attaches. */
function ownProgramme(): Promise<ProgrammeDetail> {
  lastFiscalYear += 1;
  return buildProgramme(iao, { fiscalYear: lastFiscalYear });
}

function oleFile(name: string): File {
  const content = new Uint8Array(4096);
  content.set(OLE_SIGNATURE);
  return new File([content], name);
}

const pdfFile = (name = 'อนุมัติผู้ว่าราชการ.pdf') => new File([PDF_BYTES], name, { type: 'application/pdf' });

function upload(client: TestClient, stepId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return client.post<StepDocument & ErrorResponse>(`/api/programme-steps/${stepId}/documents`, form);
}

/** Attaches a PDF as the IAO, as the starting point of a test; fails loudly if it is refused. */
async function attachedPdf(stepId: string): Promise<StepDocument> {
  const uploaded = await upload(iao, stepId, pdfFile());
  if (uploaded.status !== 201) throw new Error(`attaching: ${JSON.stringify(uploaded.body)}`);
  return uploaded.body;
}

const listOf = (client: TestClient, stepId: string) =>
  client.get<StepDocumentList & ErrorResponse>(`/api/programme-steps/${stepId}/documents`);

const fileUrl = (stepId: string, documentId: string) =>
  `/api/programme-steps/${stepId}/documents/${documentId}/file`;

async function stored() {
  const [documents] = await t.db.select({ total: count() }).from(programmeStepDocuments);
  const [audit] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return { documents: documents?.total ?? 0, audit: audit?.total ?? 0 };
}

async function auditOf(entityId: string) {
  return rowsOf<{ action: string; before: unknown; after: unknown }>(
    await t.db.execute(
      sql`select action, before, after from audit_events where entity_id = ${entityId} order by id`,
    ),
  );
}

// --- Tests ------------------------------------------------------------------------------------------

describe('attaching documents to a step', () => {
  it('keeps a PDF an IAO officer attaches, lists it, and gives the same bytes back as an attachment', async () => {
    const study = stepOf('study', 1, await ownProgramme());
    const uploaded = await upload(iao, study.id, pdfFile());
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String) as string,
      fileName: 'อนุมัติผู้ว่าราชการ.pdf',
      mediaType: 'application/pdf',
      byteSize: PDF_BYTES.byteLength,
      uploadedAt: '2026-11-22T03:00:00.000Z',
    });

    const list = await listOf(iao, study.id);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([uploaded.body]);

    const download = await iao.get(fileUrl(study.id, uploaded.body.id));
    expect(download.status).toBe(200);
    expect(download.bytes).toEqual(PDF_BYTES);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('อนุมัติผู้ว่าราชการ.pdf')}`,
    );
  });

  it('audits the upload with the name, type, size and fingerprint, never the content', async () => {
    const uploaded = await upload(iao, stepOf('approval').id, pdfFile('approval.pdf'));
    expect(uploaded.status).toBe(201);
    const [event, ...more] = await auditOf(uploaded.body.id);
    expect(more).toEqual([]);
    expect(event).toEqual({
      action: 'programme_step_document.create',
      before: null,
      after: {
        stepId: stepOf('approval').id,
        fileName: 'approval.pdf',
        mediaType: 'application/pdf',
        byteSize: PDF_BYTES.byteLength,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      },
    });
  });

  it('lets anyone who reads the programme list and download, an executive included', async () => {
    const study = stepOf('study', 1, await ownProgramme());
    await attachedPdf(study.id);
    const executive = await t.signInAs('executive');
    const list = await listOf(executive, study.id);
    expect(list.status).toBe(200);
    const [first] = list.body.items;
    expect(first).toBeDefined();
    expect((await executive.get(fileUrl(study.id, first?.id ?? ''))).status).toBe(200);
    expect((await upload(executive, study.id, pdfFile())).status).toBe(403);
  });

  it('keeps Word and Excel files, judged as such by their content', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('บันทึก')] }] }));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('งบประมาณ').addRow(['รายการ', 1000]);
    const xlsx = await workbook.xlsx.writeBuffer();
    const step = stepOf('working_group');
    const word = await upload(iao, step.id, new File([new Uint8Array(docx)], 'คำสั่งแต่งตั้ง.docx'));
    const excel = await upload(iao, step.id, new File([new Uint8Array(xlsx)], 'budget.xlsx'));
    expect([word.status, word.body.mediaType]).toEqual([201, DOCX]);
    expect([excel.status, excel.body.mediaType]).toEqual([201, XLSX]);
  });

  it.each([
    ['minutes.doc', 'application/msword'],
    ['budget.XLS', 'application/vnd.ms-excel'],
  ])(
    'keeps an old Office file (%s) by its ending once the content is an OLE compound file',
    async (name, type) => {
      const uploaded = await upload(iao, stepOf('working_group').id, oleFile(name));
      expect([uploaded.status, uploaded.body.mediaType]).toEqual([201, type]);
    },
  );

  it('keeps a CSV in UTF-8 as text/csv and serves it with its character set', async () => {
    const step = stepOf('report');
    const uploaded = await upload(iao, step.id, new File(['เมือง,จำนวน\nโซล,3\n'], 'ผลการจับคู่.csv'));
    expect([uploaded.status, uploaded.body.mediaType]).toEqual([201, 'text/csv']);
    const download = await iao.get(fileUrl(step.id, uploaded.body.id));
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it.each([
    ['folders', '../../../etc/คำสั่ง.pdf', 'คำสั่ง.pdf'],
    ['Windows folders', 'C:\\Users\\somchai\\Desktop\\รายงาน.pdf', 'รายงาน.pdf'],
    ['control characters', 'minutes\u0007\u0001 of\u0000 meeting.pdf', 'minutes of meeting.pdf'],
    ['a right-to-left override', 'invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['no ending', 'บันทึกข้อความ', 'บันทึกข้อความ.pdf'],
    ['nothing but folders', 'scans/2569/', 'document.pdf'],
    ['a name too long', `${'ก'.repeat(250)}.pdf`, `${'ก'.repeat(196)}.pdf`],
  ])('cleans a file name with %s, keeping the rest', async (_what, name, kept) => {
    const uploaded = await upload(iao, stepOf('study').id, pdfFile(name));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.fileName).toBe(kept);
  });
});

describe('who may attach and remove documents', () => {
  it('lets a Social Development officer attach to a step of their unit, not to an IAO-only one', async () => {
    const year = await ownProgramme();
    await attachedPdf(stepOf('study', 1, year).id);
    const social = await t.signInAs('social_development_officer', { locale: 'en' });
    const own = await upload(social, stepOf('coordinate', 1, year).id, pdfFile('ประสานงาน.pdf'));
    expect(own.status).toBe(201);

    const before = await stored();
    const study = await upload(social, stepOf('study', 1, year).id, pdfFile());
    expect([study.status, study.body.error.code]).toEqual([403, 'not_your_step']);
    expect(study.body.error.message).toBe('Your unit is not responsible for this step.');
    expect(await stored()).toEqual(before);

    const [document] = (await listOf(iao, stepOf('study', 1, year).id)).body.items;
    const removal = await social.delete(
      `/api/programme-steps/${stepOf('study', 1, year).id}/documents/${document?.id}`,
    );
    expect([removal.status, (removal.body as ErrorResponse).error.code]).toEqual([403, 'not_your_step']);
    expect(await stored()).toEqual(before);
  });

  it.each<[string, Role | 'anonymous', number]>([
    ['a partner coordinator', 'partner_coordinator', 403],
    ['someone not signed in', 'anonymous', 401],
  ])('refuses %s the list, the files and the upload', async (_who, who, status) => {
    const client = who === 'anonymous' ? t.anonymous() : await t.signInAs(who);
    const study = stepOf('study', 1, await ownProgramme());
    await attachedPdf(study.id);
    const [document] = (await listOf(iao, study.id)).body.items;
    const before = await stored();
    expect((await listOf(client, study.id)).status).toBe(status);
    expect((await client.get(fileUrl(study.id, document?.id ?? ''))).status).toBe(status);
    expect((await upload(client, study.id, pdfFile())).status).toBe(status);
    expect(await stored()).toEqual(before);
  });

  it('removes a document, audits the removal, and answers 404 for it afterwards', async () => {
    const step = stepOf('inquiry_letters', 1, await ownProgramme());
    const uploaded = await upload(iao, step.id, pdfFile('หนังสือสอบถาม.pdf'));
    const removed = await iao.delete(`/api/programme-steps/${step.id}/documents/${uploaded.body.id}`);
    expect(removed.status).toBe(204);
    expect((await listOf(iao, step.id)).body.items).toEqual([]);
    expect((await iao.get(fileUrl(step.id, uploaded.body.id))).status).toBe(404);
    const events = await auditOf(uploaded.body.id);
    expect(events.map((event) => event.action)).toEqual([
      'programme_step_document.create',
      'programme_step_document.delete',
    ]);
    expect(events[1]).toMatchObject({
      after: null,
      before: { stepId: step.id, fileName: 'หนังสือสอบถาม.pdf', byteSize: PDF_BYTES.byteLength },
    });
    const again = await iao.delete<ErrorResponse>(
      `/api/programme-steps/${step.id}/documents/${uploaded.body.id}`,
    );
    expect([again.status, again.body.error.code]).toEqual([404, 'step_document_not_found']);
  });

  it('does not find a document under another step', async () => {
    const uploaded = await upload(iao, stepOf('study').id, pdfFile());
    const other = stepOf('approval').id;
    expect((await iao.get(fileUrl(other, uploaded.body.id))).status).toBe(404);
    expect((await iao.delete(`/api/programme-steps/${other}/documents/${uploaded.body.id}`)).status).toBe(
      404,
    );
  });

  it('answers step_not_found for a step that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const list = await listOf(iao, unknown);
    expect([list.status, list.body.error.code]).toEqual([404, 'step_not_found']);
    const uploaded = await upload(iao, unknown, pdfFile());
    expect([uploaded.status, uploaded.body.error.code]).toEqual([404, 'step_not_found']);
  });
});

describe('refusing what is not a document', () => {
  it.each([
    ['a program renamed .pdf', new File([EXE_BYTES], 'คำสั่ง.pdf', { type: 'application/pdf' })],
    ['an OLE compound file not named as a Word or Excel file', oleFile('setup.msi')],
    ['a plain zip renamed .docx', new File([zipSync({ 'a.txt': strToU8('hello') })], 'minutes.docx')],
    [
      'text in UTF-16 (with NUL bytes)',
      new File([new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0])], 'notes.txt'),
    ],
    ['bytes that are not UTF-8', new File([new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])], 'notes.txt')],
  ])('refuses %s with 415, and stores nothing', async (_what, file) => {
    const before = await stored();
    const response = await upload(iao, stepOf('study').id, file);
    expect([response.status, response.body.error.code]).toEqual([415, 'step_document_type']);
    expect(response.body.error.message).toBe(
      'Only PDF, Word, Excel, PowerPoint, image or text files can be attached',
    );
    expect(await stored()).toEqual(before);
  });

  it('refuses an empty file as a missing one', async () => {
    const response = await upload(iao, stepOf('study').id, new File([], 'empty.pdf'));
    expect([response.status, response.body.error.code]).toEqual([400, 'validation_failed']);
    expect(response.body.error.fields?.[0]?.path).toBe('file');
  });

  it.each([
    ['just over 20 MB', 20 * MEGABYTE + 1],
    ['far over 20 MB', 25 * MEGABYTE],
  ])('refuses a file %s with 413, and stores nothing', async (_what, size) => {
    const bytes = new Uint8Array(size);
    bytes.set(PDF_BYTES);
    const before = await stored();
    const response = await upload(iao, stepOf('study').id, new File([bytes], 'big-scan.pdf'));
    expect([response.status, response.body.error.code]).toEqual([413, 'step_document_too_large']);
    expect(response.body.error.message).toBe('A document may be at most 20 MB');
    expect(await stored()).toEqual(before);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const bytes = new Uint8Array(20 * MEGABYTE);
    bytes.set(PDF_BYTES);
    const response = await upload(iao, stepOf('report').id, new File([bytes], 'full-scan.pdf'));
    expect([response.status, response.body.byteSize]).toEqual([201, 20 * MEGABYTE]);
  });
});

describe('keeping documents when the plan changes', () => {
  it('refuses to drop a session whose step, not yet started, has a document attached', async () => {
    const year = await ownProgramme();
    const letters = stepOf('inquiry_letters', 3, year);
    expect(letters.status).toBe('not_started');
    expect((await upload(iao, letters.id, pdfFile('หนังสือทาบถาม.pdf'))).status).toBe(201);
    const current = (await iao.get<ProgrammeDetail>(`/api/programmes/${year.fiscalYear}`)).body;
    const fewer = await iao.patch<ErrorResponse>(`/api/programmes/${year.fiscalYear}`, {
      version: current.version,
      plannedSessions: 2,
    });
    expect([fewer.status, fewer.body.error.code]).toEqual([409, 'rounds_started']);
    expect(fewer.body.error.message).toBe(
      'Fewer sessions cannot be planned: session 3 has steps under way or documents attached.',
    );
    expect((await listOf(iao, letters.id)).body.items.map((item) => item.fileName)).toEqual([
      'หนังสือทาบถาม.pdf',
    ]);
  });
});
