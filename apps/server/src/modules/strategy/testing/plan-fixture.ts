/**
 * A small plan document for tests, in the shape of plan-data.ts and in the seed's words where it
 * takes them: three strategies, four tactics, five KPIs (a rubric, a count, a percentage), four
 * projects (two new); units of the directory, a group and an outside body; translated and seed
 * English. Not the plan itself: data/reference/strategy holds that (transcribed from seed 001).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanDocument, PlanKpi } from '../plan-data.ts';

export const FIXTURE_PLAN_KEY = 'test-foreign-affairs-plan';
/** International Affairs Office, Social Development Department, Strategy and Evaluation Department. */
export const IAO = '04160000';
export const SOCIAL_DEVELOPMENT = '24000000';
export const STRATEGY_AND_EVALUATION = '21000000';
export const EDUCATION = '09000000';
export const PHRA_NAKHON = '1001';

const seed = (th: string, en: string) => ({ th, en, en_source: 'seed' as const });
const translated = (th: string, en: string) => ({ th, en, en_source: 'translation' as const });

function targets(values: (number | null)[], asWritten?: string[]): PlanKpi['targets'] {
  return values.map((value, index) => ({
    fiscal_year: 2566 + index,
    value,
    as_written: asWritten?.[index] ?? String(value),
    condition: null,
  }));
}

const rubric: PlanKpi['measure'] = {
  kind: 'rubric',
  levels: [
    translated(
      'มีการประเมินศักยภาพคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      'The potential of international business partners is assessed',
    ),
    translated(
      'มีการเจรจาเพื่อจัดทำข้อตกลงในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      'Agreements on international business matching are negotiated',
    ),
    translated(
      'มีการบันทึกข้อตกลงในการจับคู่ธุรกิจ/พัฒนาความร่วมมือทางธุรกิจระหว่างประเทศ',
      'Business-matching agreements are signed',
    ),
    translated(
      'มีการแลกเปลี่ยนและส่งสินค้าผลิตภัณฑ์และบริการของกรุงเทพมหานคร เพื่อจำหน่ายในประเทศของคู่ทางธุรกิจระหว่างประเทศ',
      "Bangkok's products and services are shipped for sale in the partners' countries",
    ),
    translated(
      'มีการขยายความร่วมมือกับคู่ความร่วมมือทางธุรกิจระหว่างประเทศในการขยายข้อตกลงหรือขยายพื้นที่การแลกเปลี่ยน',
      'Cooperation with international business partners is extended',
    ),
  ].map((text, index) => ({ level: index + 1, text })),
};

/** A valid plan document; `overrides` replace its top-level fields. */
export function buildPlanDocument(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    key: FIXTURE_PLAN_KEY,
    title: seed(
      'แผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร (ชุดทดสอบ)',
      "The 5-Year Bangkok's foreign affairs strategy plan (test)",
    ),
    first_fiscal_year: 2566,
    last_fiscal_year: 2570,
    source: {
      document: 'แผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566 – 2570)',
      seed_file: 'seed 001',
      published: '2566',
      publisher: 'สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร',
    },
    corrections: [],
    vision: seed(
      'กรุงเทพมหานครเป็นเมืองที่มีบทบาทนำในเวทีระหว่างประเทศ',
      'Bangkok is the leading actor on the global stage',
    ),
    missions: [
      {
        heading: seed('นโยบาย', 'POLICY'),
        text: seed(
          'จัดทำแนวนโยบาย แผน และระบบการดำเนินงานด้านการต่างประเทศ',
          'Developing policies, plans, and operation systems',
        ),
      },
      {
        heading: seed('ความสัมพันธ์', 'RELATIONS'),
        text: seed('สร้างความสัมพันธ์ระหว่างเมือง', 'Strengthening relations among international cities'),
      },
      {
        heading: seed('สังคม', 'COMMUNITY'),
        text: seed('ส่งเสริมการเปิดกว้างของชุมชนพหุวัฒนธรรม', 'Nurturing multicultural community involvement'),
      },
      {
        heading: seed('องค์กร', 'ORGANIZATION'),
        text: seed('พัฒนาศักยภาพองค์กรและความเชี่ยวชาญของบุคลากร', 'Professionalizing human resource'),
      },
    ].map((mission, index) => ({ number: index + 1, ...mission })),
    strategies: [
      {
        number: 1,
        name: seed('การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง', 'Connecting Global Agenda to City Action'),
        description: seed(
          'มุ่งเน้นให้กรุงเทพมหานครสามารถติดตามและขับเคลื่อนประเด็นการพัฒนาในระดับสากล',
          'This strategy focuses on monitoring',
        ),
        tactics: [
          {
            code: '1.1',
            name: seed(
              'ยกระดับศูนย์กลางการค้าระหว่างประเทศและผู้ประกอบการนวัตกรรม',
              'Enhancing International Hub for Trade and Innovative Entrepreneurs',
            ),
            description: translated(
              'บูรณาการและผลักดันการส่งเสริมการแสวงหาโอกาสทางเศรษฐกิจ',
              'Integrating and driving the search for economic opportunities',
            ),
            goals: [
              translated(
                'มีการจำหน่ายผลิตภัณฑ์และบริการของกรุงเทพมหานคร',
                "Bangkok's products and services are sold",
              ),
            ],
            kpis: [
              {
                code: '1.1.1',
                name: translated(
                  'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
                  'Level of success in international business matching',
                ),
                measure: rubric,
                targets: targets([1, 2, 3, 4, 5]),
                notes: [],
                lead_units: [{ kind: 'unit', code: IAO, as_written: 'สำนักงานการต่างประเทศ' }],
                supporting_units: [
                  { kind: 'unit', code: SOCIAL_DEVELOPMENT, as_written: 'สำนักพัฒนาสังคม' },
                  {
                    kind: 'outside',
                    name: translated('สำนักการค้าปลีก', 'Retail Trade Office'),
                    as_written: 'สำนักการค้าปลีก',
                  },
                ],
              },
              {
                code: '1.1.2',
                name: translated(
                  'ระดับความสำเร็จในการพัฒนาหน่วยบริการข้อมูล/ศูนย์การค้าและการลงทุนระหว่างประเทศ',
                  'Level of success in developing an international trade and investment information service',
                ),
                measure: rubric,
                targets: targets([1, 2, 3, 4, 5]),
                notes: [],
                lead_units: [{ kind: 'unit', code: IAO, as_written: 'สำนักงานการต่างประเทศ' }],
                supporting_units: [
                  { kind: 'unit', code: SOCIAL_DEVELOPMENT, as_written: 'สำนักพัฒนาสังคม' },
                  { kind: 'unit', code: STRATEGY_AND_EVALUATION, as_written: 'สำนักยุทธศาสตร์และประเมินผล' },
                ],
              },
            ],
            projects: [
              {
                code: '1.1-P1',
                name: translated(
                  'โครงการจัดทำฐานข้อมูลผู้ประกอบการผลิตภัณฑ์และบริการของกรุงเทพมหานคร',
                  "Database of Bangkok's entrepreneurs",
                ),
                is_new: true,
                kpi_codes: ['1.1.1'],
              },
              {
                code: '1.1-P2',
                name: translated(
                  'โครงการส่งเสริมศักยภาพและเศรษฐกิจเมืองในระดับนานาชาติ',
                  "Promoting the city's economy internationally",
                ),
                is_new: false,
                kpi_codes: ['1.1.1'],
              },
              {
                code: '1.1-P3',
                name: translated(
                  'โครงการพัฒนาหน่วยบริการข้อมูลการค้าและการลงทุนระหว่างประเทศ',
                  'An international trade and investment information service',
                ),
                is_new: true,
                kpi_codes: ['1.1.2'],
              },
            ],
          },
          {
            code: '1.3',
            name: seed(
              'ส่งเสริมความเป็นพลเมืองโลกและการมีส่วนร่วมทางวัฒนธรรม',
              'Promoting Global Citizen and Cultural Engagement',
            ),
            description: translated(
              'ส่งเสริมและสนับสนุนให้พลเมืองของกรุงเทพมหานครเกิดการพัฒนา',
              "Promoting the development of Bangkok's citizens",
            ),
            goals: [translated('มีการส่งเสริมความเป็นพลเมืองโลก', 'Global citizenship is promoted')],
            kpis: [
              {
                code: '1.3.1',
                name: translated(
                  'จำนวนกิจกรรมที่ส่งเสริมความเป็นพลเมืองโลก และการมีส่วนร่วมทางวัฒนธรรม',
                  'Number of activities promoting global citizenship and cultural engagement',
                ),
                measure: { kind: 'number', unit: translated('กิจกรรมต่อปี', 'activities a year') },
                targets: [
                  {
                    fiscal_year: 2566,
                    value: 3,
                    as_written: '3 กิจกรรมต่อปี (1 กิจกรรมต่อด้าน)',
                    condition: translated('1 กิจกรรมต่อด้าน', 'one activity in each area'),
                  },
                  ...[2567, 2568, 2569, 2570].map((year) => ({
                    fiscal_year: year,
                    value: 3,
                    as_written: '3 กิจกรรมต่อปี (1 กิจกรรมต่อด้าน และ มี 1 กิจกรรมที่เป็น กิจกรรมต่อเนื่อง)',
                    condition: translated(
                      '1 กิจกรรมต่อด้าน และมี 1 กิจกรรมที่เป็นกิจกรรมต่อเนื่อง',
                      'one activity in each area, one of them continuing',
                    ),
                  })),
                ],
                notes: [],
                lead_units: [
                  { kind: 'unit', code: IAO, as_written: 'สำนักงานการต่างประเทศ' },
                  { kind: 'unit', code: EDUCATION, as_written: 'สำนักการศึกษา' },
                ],
                supporting_units: [
                  {
                    kind: 'group',
                    name: translated(
                      'สำนัก สำนักงานเขตและส่วนราชการของกรุงเทพมหานครที่เกี่ยวข้อง',
                      'The BMA departments, district offices and agencies concerned',
                    ),
                    as_written: 'สำนัก สำนักงานเขตและส่วนราชการของกรุงเทพมหานครที่เกี่ยวข้อง',
                  },
                ],
              },
            ],
            projects: [
              {
                code: '1.3-P1',
                name: translated(
                  'โครงการพัฒนาและเผยแพร่องค์ความรู้สากลและวัฒนธรรมโลก',
                  'Developing and sharing global knowledge and world cultures',
                ),
                is_new: false,
                kpi_codes: ['1.3.1'],
              },
            ],
          },
        ],
      },
      {
        number: 2,
        name: seed(
          'การเสริมสร้างความเข้มแข็งของชุมชนนักปฏิบัติระดับสากล (ICOP)',
          'Strengthening ICOP (International Community of Practices)',
        ),
        description: translated('เสริมสร้างความเข้มแข็งของเครือข่าย', 'Strengthening the networks'),
        tactics: [
          {
            code: '2.3',
            name: translated('ขยายความร่วมมือกับเครือข่าย', 'Extending cooperation with networks'),
            description: translated('ขยายความร่วมมือ', 'Extending cooperation'),
            goals: [translated('มีความร่วมมือกับเครือข่าย', 'Cooperation with networks')],
            kpis: [
              {
                code: '2.3.1',
                name: translated(
                  'ระดับความสำเร็จของการขยายความร่วมมือ',
                  'Level of success in extending cooperation',
                ),
                measure: { kind: 'number', unit: translated('ระดับ', 'level') },
                targets: targets([1, 1, 2, null, 3], ['1', '1', '2', 'ขึ้นอยู่กับนโยบายผู้บริหาร', '3']),
                notes: [
                  translated(
                    'ระดับ 3 หมายถึงกรุงเทพมหานครเป็นเจ้าภาพหลัก',
                    'Level 3 means the BMA was the main host',
                  ),
                ],
                lead_units: [{ kind: 'unit', code: IAO, as_written: 'สำนักงานการต่างประเทศ' }],
                supporting_units: [{ kind: 'unit', code: PHRA_NAKHON, as_written: 'สำนักงานเขตพระนคร' }],
              },
            ],
            projects: [],
          },
        ],
      },
      {
        number: 3,
        name: seed('ปรับเปลี่ยนองค์กรเพื่อรองรับการเป็นสากล', 'Transforming International Affairs Office (BMA)'),
        description: translated('ปรับเปลี่ยนองค์กร', 'Transforming the office'),
        tactics: [
          {
            code: '3.2',
            name: translated('พัฒนาบุคลากรด้านการต่างประเทศ', 'Developing international-relations officers'),
            description: translated('พัฒนาบุคลากร', 'Developing officers'),
            goals: [translated('บุคลากรได้รับการพัฒนา', 'Officers are developed')],
            kpis: [
              {
                code: '3.2.1',
                name: translated(
                  'ร้อยละของบุคลากรด้านการต่างประเทศที่ได้รับการพัฒนา',
                  'Share of international-relations officers developed',
                ),
                measure: { kind: 'percent' },
                targets: targets(
                  [60, 70, 80, 90, 100],
                  ['ร้อยละ 60', 'ร้อยละ 70', 'ร้อยละ 80', 'ร้อยละ 90', 'ร้อยละ 100'],
                ),
                notes: [],
                lead_units: [{ kind: 'unit', code: IAO, as_written: 'สำนักงานการต่างประเทศ' }],
                supporting_units: [],
              },
            ],
            projects: [
              {
                code: '3.2-P1',
                name: translated(
                  'โครงการพัฒนาศักยภาพบุคลากรด้านการต่างประเทศ',
                  'Developing the skills of international-relations officers',
                ),
                is_new: false,
                kpi_codes: ['3.2.1'],
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** Writes the documents as plan files (`<key>.json`) into a new temporary folder; answers the folder. */
export function writePlanFolder(documents: readonly unknown[]): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bia-strategy-'));
  documents.forEach((document, index) => {
    const key = (document as { key?: unknown }).key;
    fs.writeFileSync(
      path.join(folder, `${typeof key === 'string' ? key : `plan-${index}`}.json`),
      JSON.stringify(document, null, 2),
    );
  });
  return folder;
}
