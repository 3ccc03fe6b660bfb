import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, LetterheadAnswer, ProgrammeCity } from '@bia/contracts';
import { docxParts, pdfPageCount, pdfText, withoutSpaces } from '../../../testing/document-files.ts';
import { partnerNamed } from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (22 พฤศจิกายน 2569), in FY2570. */
const NOW = '2026-11-22T03:00:00Z';

describe('letters of inquiry to the chosen cities', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoulCity: ProgrammeCity;
  let fukuokaCity: ProgrammeCity;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'th' });
    await officer.post('/api/programmes', { fiscalYear: 2570 });
    const seoul = await partnerNamed(officer, 'Seoul');
    await officer.post(`/api/partners/${seoul.id}/contacts`, {
      fullName: 'Kim Min-ji',
      role: 'Director, International Relations Division',
      organisation: 'Seoul Metropolitan Government',
      email: 'intl@seoul.go.kr',
    });
    seoulCity = (await officer.post<ProgrammeCity>('/api/programmes/2570/cities', { partnerId: seoul.id }))
      .body;
    const fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    fukuokaCity = (
      await officer.post<ProgrammeCity>('/api/programmes/2570/cities', { partnerId: fukuoka.id })
    ).body;
    seoulCity = (
      await officer.patch<ProgrammeCity>(`/api/programme-cities/${seoulCity.id}`, {
        version: seoulCity.version,
        letterReference: 'กท 1402/321',
        replyDueOn: '2026-12-15',
      })
    ).body;
  });
  afterAll(() => t.close());

  it('writes the Thai letter as a PDF: reference, Buddhist-era date, addressee, the plan and the answer asked by', async () => {
    const response = await officer.get(`/api/programme-cities/${seoulCity.id}/letter.pdf?lang=th`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="letter-FY2570-seoul-th.pdf"',
    );
    const text = withoutSpaces(pdfText(response.bytes));
    for (const expected of [
      'ที่ กท 1402/321',
      '22 พฤศจิกายน 2569',
      'ขอเชิญร่วมการประชุมทางไกลเพื่อส่งเสริมการค้าผลิตภัณฑ์กรุงเทพมหานคร',
      'Kim Min-ji',
      'ในปีงบประมาณ พ.ศ. 2570',
      'แผนจัดการประชุม 3 ครั้ง',
      'ขอความกรุณาแจ้งผลภายในวันที่ 15 ธันวาคม 2569',
      'ขอแสดงความนับถือ',
      'ผู้อำนวยการสำนักงานการต่างประเทศ',
    ]) {
      expect(text, expected).toContain(withoutSpaces(expected));
    }
  });

  it('writes the English letter as a DOCX that Word opens in TH Sarabun New', async () => {
    const response = await officer.get(`/api/programme-cities/${seoulCity.id}/letter.docx?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = docxParts(response.bytes)['word/document.xml'] ?? '';
    expect(xml).toContain('TH Sarabun New');
    expect(xml).toContain('Invitation to a teleconference promoting Bangkok Brand products');
    expect(xml).toContain('fiscal year 2570 (October 2026 to September 2027)');
    expect(xml).toContain('15 December 2026');
    expect(xml).toContain('Yours sincerely,');
  });

  it('refuses a letter to a city with no contact, saying why in the officer’s language', async () => {
    const response = await officer.get<ErrorResponse>(`/api/programme-cities/${fukuokaCity.id}/letter.pdf`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('city_without_contact');
    expect(response.body.error.message).toContain('ยังไม่มีผู้ประสานงาน');
  });

  it('prints the letterhead from the settings: the defaults first, with what is missing named', async () => {
    const initial = await officer.get<LetterheadAnswer>('/api/programme-settings/letterhead');
    expect(initial.body.version).toBe(0);
    expect(initial.body.settings.organisationTh).toBe('สำนักงานการต่างประเทศ กรุงเทพมหานคร');
    expect(initial.body.missing).toEqual([
      'phone',
      'email',
      'referencePrefix',
      'directorNameTh',
      'directorNameEn',
    ]);

    const saved = await officer.request<LetterheadAnswer>('PUT', '/api/programme-settings/letterhead', {
      version: 0,
      settings: {
        ...initial.body.settings,
        phone: '0 2224 1234',
        directorNameTh: 'นางสาวทดสอบ ระบบ',
        directorNameEn: 'Ms Test System',
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, missing: ['email', 'referencePrefix'] });
    const text = withoutSpaces(
      pdfText((await officer.get(`/api/programme-cities/${seoulCity.id}/letter.pdf`)).bytes),
    );
    expect(text).toContain(withoutSpaces('(นางสาวทดสอบ ระบบ)'));
    expect(text).toContain(withoutSpaces('โทร. 0 2224 1234'));

    const stale = await officer.request<ErrorResponse>('PUT', '/api/programme-settings/letterhead', {
      version: 0,
      settings: initial.body.settings,
    });
    expect(stale.status).toBe(409);
    const social = await t.signInAs('social_development_officer');
    expect(
      (
        await social.request('PUT', '/api/programme-settings/letterhead', {
          version: 1,
          settings: initial.body.settings,
        })
      ).status,
    ).toBe(403);
    expect((await social.get(`/api/programme-cities/${seoulCity.id}/letter.pdf`)).status).toBe(200);
    expect((await t.anonymous().get(`/api/programme-cities/${seoulCity.id}/letter.pdf`)).status).toBe(401);
  });

  it('fits the Thai and the English letter on one page, the office’s contact included, with the letterhead filled in', async () => {
    const current = await officer.get<LetterheadAnswer>('/api/programme-settings/letterhead');
    const saved = await officer.request<LetterheadAnswer>('PUT', '/api/programme-settings/letterhead', {
      version: current.body.version,
      settings: {
        ...current.body.settings,
        phone: '0 2224 1234',
        email: 'iao@bangkok.go.th',
        referencePrefix: 'กท 1402',
        directorNameTh: 'นางสาวทดสอบ ระบบ',
        directorNameEn: 'Ms Test System',
      },
    });
    expect(saved.body.missing).toEqual([]);

    for (const lang of ['th', 'en']) {
      const pdf = (await officer.get(`/api/programme-cities/${seoulCity.id}/letter.pdf?lang=${lang}`)).bytes;
      expect(pdfPageCount(pdf), lang).toBe(1);
      expect(withoutSpaces(pdfText(pdf)), lang).toContain(withoutSpaces('iao@bangkok.go.th'));
    }
  });
});
