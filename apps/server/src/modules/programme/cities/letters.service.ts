/**
 * The letter of inquiry to a chosen city (seed 003 §6.1.4), in Thai or English, as DOCX and PDF: the
 * office's letterhead from the settings, the letter's reference number and date, the city's contact
 * as addressee, what the programme is (the year's plan and a session's agenda), the answer asked for
 * and by when, and the director's signature. The letterhead starts from what is known of the office
 * and tells the page what is still missing.
 */
import type { LetterheadAnswer, LetterheadSettings, UpdateLetterheadInput } from '@bia/contracts';
import { formatDate } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { RequestContext } from '../../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../../shared/clock.ts';
import {
  type DocumentBlock,
  type DocumentLanguage,
  type OfficialDocument,
} from '../../../shared/documents/official-document.ts';
import { AppError, assertVersion } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { readSetting, writeSetting } from '../../settings/index.ts';
import type { ProgrammeCities } from './cities.service.ts';
import { renderAs, type DocumentFormat } from '../programme.documents.ts';
import { programmeErrors } from '../programme.errors.ts';

export const LETTERHEAD_SETTING = 'programme.letterhead';

/**
 * What is known of the office without asking: its names and the address of Bangkok City Hall, where it
 * sits. Its phone, e-mail, letter-number prefix and the director's name are asked for.
 */
export const defaultLetterhead: LetterheadSettings = {
  organisationTh: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  organisationEn: 'International Affairs Office, Bangkok Metropolitan Administration',
  addressTh: ['ศาลาว่าการกรุงเทพมหานคร 173 ถนนดินสอ', 'แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200'],
  addressEn: ['Bangkok City Hall, 173 Dinso Road', 'Sao Chingcha, Phra Nakhon, Bangkok 10200, Thailand'],
  phone: '',
  email: '',
  referencePrefix: '',
  directorNameTh: '',
  directorNameEn: '',
  directorPositionTh: 'ผู้อำนวยการสำนักงานการต่างประเทศ',
  directorPositionEn: 'Director, International Affairs Office',
};

const askedFor = ['phone', 'email', 'referencePrefix', 'directorNameTh', 'directorNameEn'] as const;

export interface LetterFacts {
  fiscalYear: number;
  plannedSessions: number;
  entrepreneursPerSession: number;
  cityNameTh: string;
  cityNameEn: string;
  addressee: { fullName: string; role: string | null; organisation: string | null };
  letterReference: string | null;
  date: string;
  replyDueOn: string | null;
}

/** A blank the signer fills in by hand, as on printed forms. */
const BLANK = '..............................';

/**
 * The office's telephone and e-mail on one line under its name ('โทร. 0 2224 1234  อีเมล …'), or no
 * line when neither is known: a line saved here keeps a typical letter on one page.
 */
function contactLine(head: LetterheadSettings, labels: { phone: string; email: string }): string[] {
  const parts = [
    ...(head.phone ? [`${labels.phone} ${head.phone}`] : []),
    ...(head.email ? [`${labels.email} ${head.email}`] : []),
  ];
  return parts.length > 0 ? [parts.join('   ')] : [];
}

function thaiLetter(facts: LetterFacts, head: LetterheadSettings): OfficialDocument {
  const city = facts.cityNameTh;
  const addressee = [facts.addressee.fullName, facts.addressee.role, facts.addressee.organisation]
    .filter(Boolean)
    .join(' ');
  const blocks: DocumentBlock[] = [
    {
      kind: 'field',
      label: 'เรื่อง',
      value: 'ขอเชิญร่วมการประชุมทางไกลเพื่อส่งเสริมการค้าผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)',
    },
    { kind: 'field', label: 'เรียน', value: addressee },
    {
      kind: 'paragraph',
      text: `ตามที่กรุงเทพมหานครและ${city}มีความสัมพันธ์และความร่วมมือระหว่างกันอย่างต่อเนื่อง นั้น`,
    },
    {
      kind: 'paragraph',
      text:
        `ในปีงบประมาณ พ.ศ. ${facts.fiscalYear} สำนักงานการต่างประเทศ ร่วมกับสำนักพัฒนาสังคมและสำนักยุทธศาสตร์และประเมินผล ` +
        `กรุงเทพมหานคร จัดทำโครงการส่งเสริมการค้าขายผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand) ในกลุ่มเมืองพี่เมืองน้อง` +
        `ผ่านการประชุมทางไกล โดยมีแผนจัดการประชุม ${facts.plannedSessions} ครั้ง แต่ละครั้งมีผู้ประกอบการ Bangkok Brand ` +
        `ประมาณ ${facts.entrepreneursPerSession} ราย นำเสนอผลิตภัณฑ์ต่อผู้ประกอบการและผู้ซื้อของเมืองพี่เมืองน้อง ` +
        'ใช้เวลาประมาณ 2–3 ชั่วโมง ตามลำดับดังนี้',
    },
    {
      kind: 'bullets',
      items: [
        'การแนะนำผู้เข้าร่วมการประชุมของแต่ละฝ่าย',
        'ผู้ประกอบการนำเสนอข้อมูลผลิตภัณฑ์กรุงเทพมหานคร (Bangkok Brand)',
        'ผู้เข้าร่วมฝ่ายเมืองพี่เมืองน้องสอบถามข้อมูลในลักษณะของการซื้อขายสินค้า',
        'สรุปการประชุมและแลกเปลี่ยนข้อมูลการติดต่อเพื่อการประสานงานในอนาคต',
      ],
    },
    {
      kind: 'paragraph',
      text:
        `กรุงเทพมหานครจึงใคร่ขอสอบถามความเป็นไปได้และความพร้อมของ${city}ในการร่วมการประชุมดังกล่าว ` +
        `พร้อมทั้งประเภทสินค้าที่ผู้ประกอบการและผู้ซื้อใน${city}สนใจ` +
        (facts.replyDueOn ? ` และขอความกรุณาแจ้งผลภายในวันที่ ${formatDate(facts.replyDueOn, 'th')}` : '') +
        ' ทั้งนี้ จะนัดหมายทดสอบการเชื่อมต่อก่อนการประชุมทุกครั้ง',
    },
    { kind: 'paragraph', text: 'จึงเรียนมาเพื่อโปรดพิจารณา' },
    {
      kind: 'signature',
      closing: 'ขอแสดงความนับถือ',
      name: `(${head.directorNameTh || BLANK})`,
      position: head.directorPositionTh,
    },
    {
      kind: 'contact',
      lines: [head.organisationTh, ...contactLine(head, { phone: 'โทร.', email: 'อีเมล' })],
    },
  ];
  return {
    language: 'th',
    title: `หนังสือทาบถาม${city} ปีงบประมาณ ${facts.fiscalYear}`,
    letterhead: {
      organisation: head.organisationTh,
      addressLines: head.addressTh,
      referenceNumber: `ที่ ${facts.letterReference ?? `${head.referencePrefix || BLANK}/${BLANK}`}`,
      date: formatDate(facts.date, 'th'),
    },
    blocks,
  };
}

function englishLetter(facts: LetterFacts, head: LetterheadSettings): OfficialDocument {
  const city = facts.cityNameEn;
  const gregorianEnd = facts.fiscalYear - 543;
  const addressee = [facts.addressee.fullName, facts.addressee.role, facts.addressee.organisation]
    .filter(Boolean)
    .join(', ');
  return {
    language: 'en',
    title: `Letter of inquiry to ${city}, fiscal year ${facts.fiscalYear}`,
    letterhead: {
      organisation: head.organisationEn,
      addressLines: head.addressEn,
      referenceNumber: `No. ${facts.letterReference ?? `${head.referencePrefix || BLANK}/${BLANK}`}`,
      date: formatDate(facts.date, 'en'),
    },
    blocks: [
      {
        kind: 'field',
        label: 'Subject',
        value: 'Invitation to a teleconference promoting Bangkok Brand products',
      },
      { kind: 'field', label: 'To', value: addressee },
      {
        // One paragraph where the Thai letter has two (ตามที่ … นั้น, then the plan): an English letter
        // opens with the relationship in a sentence, and the line saved keeps the letter on one page.
        kind: 'paragraph',
        text:
          `Bangkok and ${city} have long enjoyed friendly relations and continuing cooperation. ` +
          `In fiscal year ${facts.fiscalYear} (October ${gregorianEnd - 1} to September ${gregorianEnd}), the International ` +
          'Affairs Office of the Bangkok Metropolitan Administration, with its Social Development Department and its ' +
          'Strategy and Evaluation Department, runs a programme promoting Bangkok Brand products among ' +
          `Bangkok's sister cities through teleconferences. ${facts.plannedSessions} sessions are planned; in each, ` +
          `about ${facts.entrepreneursPerSession} Bangkok Brand entrepreneurs present their products to businesses and ` +
          'buyers of a sister city, over two to three hours, in this order:',
      },
      {
        kind: 'bullets',
        items: [
          'introductions of the participants of each side;',
          'the entrepreneurs present their Bangkok Brand products;',
          'the sister city’s participants ask questions as buyers;',
          'summary and exchange of contacts for future cooperation.',
        ],
      },
      {
        kind: 'paragraph',
        text:
          `We would be grateful to learn whether ${city} would be able and willing to take part, and which kinds of ` +
          `products its businesses and buyers are most interested in` +
          (facts.replyDueOn ? `, if possible by ${formatDate(facts.replyDueOn, 'en')}` : '') +
          '. A connection test is always arranged before each session.',
      },
      {
        kind: 'signature',
        closing: 'Yours sincerely,',
        name: head.directorNameEn || BLANK,
        position: head.directorPositionEn,
      },
      {
        kind: 'contact',
        lines: [head.organisationEn, ...contactLine(head, { phone: 'Tel.', email: 'E-mail' })],
      },
    ],
  };
}

/** The letter as a document of the official style. */
export function letterOf(
  facts: LetterFacts,
  letterhead: LetterheadSettings,
  language: DocumentLanguage,
): OfficialDocument {
  return language === 'th' ? thaiLetter(facts, letterhead) : englishLetter(facts, letterhead);
}

/** A file name safe in every browser and mail program: `letter-FY2570-seoul-th.pdf`. */
export function letterFileName(fiscalYear: number, cityNameEn: string, language: string, extension: string) {
  const slug = cityNameEn
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `letter-FY${fiscalYear}-${slug || 'city'}-${language}.${extension}`;
}

/**
 * The office's letterhead as administrators set it, over what is known without asking: every document
 * the office signs (letters of inquiry, certificates of attendance) prints it.
 */
export async function storedLetterhead(
  executor: Db,
): Promise<{ settings: LetterheadSettings; version: number }> {
  const stored = await readSetting(executor, LETTERHEAD_SETTING);
  return {
    settings: { ...defaultLetterhead, ...((stored?.value as Partial<LetterheadSettings> | undefined) ?? {}) },
    version: stored?.version ?? 0,
  };
}

export function createProgrammeLetters({
  db,
  clock,
  cities,
}: {
  db: Db;
  clock: Clock;
  cities: ProgrammeCities;
}) {
  async function readLetterhead(executor: Db): Promise<LetterheadAnswer> {
    const { settings, version } = await storedLetterhead(executor);
    return { settings, version, missing: askedFor.filter((key) => settings[key].trim() === '') };
  }

  return {
    letterhead: () => readLetterhead(db),

    async updateLetterhead(input: UpdateLetterheadInput, context: RequestContext): Promise<LetterheadAnswer> {
      return db.transaction(async (tx) => {
        const before = await readLetterhead(tx);
        assertVersion(input.version, before.version);
        await writeSetting(tx, LETTERHEAD_SETTING, input.settings, context.actor?.userId ?? null);
        await recordAudit(tx, context, {
          action: 'setting.update',
          entityType: 'setting',
          entityId: LETTERHEAD_SETTING,
          before: before.settings,
          after: input.settings,
        });
        return readLetterhead(tx);
      });
    },

    /** The letter to a chosen city, refused for a city with no contact to address it to. */
    async letter(cityId: string, language: DocumentLanguage, format: DocumentFormat) {
      const { city, partner } = await cities.findCity(cityId);
      const contact = partner?.contacts[0];
      if (!partner || !contact) throw new AppError(programmeErrors.city_without_contact);
      const programme = await cities.programmeOfCity(city);
      const { settings } = await readLetterhead(db);
      const cityNameEn = partner.nameEn ?? partner.nameTh ?? '';
      const document = letterOf(
        {
          fiscalYear: programme.fiscalYear,
          plannedSessions: programme.plannedSessions,
          entrepreneursPerSession: programme.entrepreneursPerSession,
          cityNameTh: partner.nameTh ?? cityNameEn,
          cityNameEn,
          addressee: contact,
          letterReference: city.letterReference,
          date: city.letterSentOn ?? bangkokToday(clock.now()),
          replyDueOn: city.replyDueOn,
        },
        settings,
        language,
      );
      return {
        ...(await renderAs(document, format)),
        fileName: letterFileName(programme.fiscalYear, cityNameEn, language, format),
      };
    },
  };
}

export type ProgrammeLetters = ReturnType<typeof createProgrammeLetters>;
