/**
 * The round's monitoring report over HTTP against real SQL (decision 0049): a round opened on the
 * reference plan, the IAO's report on KPI 1.2.1 (a rubric the platform does not compute) submitted
 * and accepted, and the report taken as DOCX
 * and PDF, in Thai and English, and read back as a person's tools would: the account of the work,
 * the rubric's sentence for the level reached and the lead unit are in it; who may take it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, StrategyItemDetail, StrategyRoundDetail } from '@bia/contracts';
import { docxParts, pdfText, withoutSpaces } from '../../testing/document-files.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from './rounds.rules.ts';

const NARRATIVE = 'จัดสัมมนาเป้าหมายการพัฒนาที่ยั่งยืนให้สำนักงานเขต 10 แห่ง และปรับแผนปฏิบัติราชการให้สอดคล้อง';
// The reference plan's level 3 of KPI 1.2.1, in Thai and in the platform's English.
const LEVEL_3 =
  'เตรียมความพร้อมปรับบทบาทให้สอดคล้องกับประเด็นการพัฒนาในระดับโลก กรอบความร่วมมือระหว่างประเทศ และ/หรือข้อผูกพันระหว่างประเทศในระดับเมืองกรุงเทพมหานคร 20 ปี';
const LEVEL_3_EN =
  'Preparations are made to adapt roles to global development issues, international cooperation frameworks and/or international commitments at the level of the City of Bangkok (20 years).';

let t: TestApp;
let iao: TestClient;
let strategyOfficer: TestClient;
let executive: TestClient;
let round: StrategyRoundDetail;

/** The DOCX's text as Word shows it: each paragraph's runs joined, one paragraph a line. */
function docxText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [])
    .map((paragraph) => Array.from(paragraph.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g), (run) => run[1]).join(''))
    .join('\n')
    .replaceAll('&amp;', '&')
    .replaceAll('&apos;', "'")
    .replaceAll('&quot;', '"');
}

const reportPath = (format: 'docx' | 'pdf', query = '') =>
  `/api/strategy/rounds/${round.round.id}/report.${format}${query}`;

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570, which the reference plan (2566–2570) covers.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  strategyOfficer = await t.signInAs('strategy_officer');
  executive = await t.signInAs('executive');
  const opened = await strategyOfficer.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear: 2570,
    kind: 'six_month',
    deadline: '2027-04-30',
  });
  expect(opened.status).toBe(201);
  round = opened.body;
  const item = round.items.find((candidate) => candidate.code === '1.2.1');
  if (!item) throw new Error('no item 1.2.1');
  const submitted = await iao.put<StrategyItemDetail>(
    `/api/strategy/round-items/${item.id}/submissions/${IAO_UNIT_CODE}`,
    {
      levelReached: 3,
      narrative: NARRATIVE,
      evidenceLinks: [{ title: 'รายงานการสัมมนา', url: 'https://example.org/seminar' }],
      submit: true,
    },
  );
  expect(submitted.status).toBe(200);
  const [lead] = submitted.body.submissions;
  const accepted = await strategyOfficer.post(
    `/api/strategy/round-items/${item.id}/submissions/${IAO_UNIT_CODE}/review`,
    { version: lead?.version, action: 'accept' },
  );
  expect(accepted.status).toBe(200);
});

afterAll(async () => {
  await t.close();
});

describe('the round’s monitoring report', () => {
  it('is a Thai DOCX with the account, the level’s rubric sentence, the lead unit, and the provisional mark', async () => {
    const response = await executive.get(reportPath('docx'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toContain(
      'strategy-round-report-2026-10-01-2027-03-31-th.docx',
    );
    const text = docxText(response.bytes);
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. 2570 รอบ 6 เดือน');
    expect(text).toContain('(ระหว่างวันที่ 1 ตุลาคม 2569 ถึงวันที่ 31 มีนาคม 2570)');
    expect(text).toContain('(ฉบับเบื้องต้น – ยังไม่ได้รับอนุมัติ)');
    expect(text).toContain(NARRATIVE);
    expect(text).toContain(`ระดับ 3: ${LEVEL_3}`);
    expect(text).toContain(`ตัวชี้วัด 1.2.1 สำนักงานการต่างประเทศ รายงานผลการดำเนินงานว่า ${NARRATIVE}`);
    expect(text).toContain('หลักฐาน: รายงานการสัมมนา (https://example.org/seminar)');
    // Level 3 against the year's target of 5, in the six-month round: at risk.
    expect(text).toContain('มีความเสี่ยงไม่บรรลุเป้าหมาย');
  });

  it('is a Thai PDF that reads back with the same facts', async () => {
    const response = await iao.get(reportPath('pdf', '?lang=th'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = withoutSpaces(pdfText(response.bytes));
    // A table's cells are read side by side, line by line: the level's sentence is found by its start.
    const snippets = [
      NARRATIVE,
      'ระดับ 3: เตรียมความพร้อม',
      'สำนักงานการต่างประเทศ',
      'กำหนดส่งรายงาน: วันที่ 30 เมษายน 2570',
    ];
    for (const snippet of snippets) expect(text).toContain(withoutSpaces(snippet));
  });

  it('is written in English when asked, with Gregorian dates', async () => {
    const docx = await executive.get(reportPath('docx', '?lang=en'));
    expect(docx.status).toBe(200);
    const text = docxText(docx.bytes);
    expect(text).toContain('Fiscal year 2570 (October 2026 – September 2027), six-month report');
    expect(text).toContain(`Level 3: ${LEVEL_3_EN}`);
    expect(text).toContain('Reports were due by 30 April 2027');
    const pdf = await executive.get(reportPath('pdf', '?lang=en'));
    expect(withoutSpaces(pdfText(pdf.bytes))).toContain(withoutSpaces(NARRATIVE));
  });

  it('refuses a reader without strategy:read, an unknown round and an unknown language', async () => {
    const entrepreneur = await t.signInAs('entrepreneur');
    expect((await entrepreneur.get(reportPath('pdf'))).status).toBe(403);
    expect((await t.anonymous().get(reportPath('docx'))).status).toBe(401);
    const unknown = await iao.get<ErrorResponse>(
      '/api/strategy/rounds/00000000-0000-4000-8000-000000000000/report.pdf',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('round_not_found');
    expect((await iao.get(reportPath('pdf', '?lang=ja'))).status).toBe(400);
  });
});
