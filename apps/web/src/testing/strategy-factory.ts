/**
 * The strategic plan as the API answers it, for component tests: in Thai, or in English with the
 * platform's translations marked — a small plan in the seed's words (three strategies, four tactics).
 */
import type {
  PlanKpiView,
  PlanShownText,
  PlanVersionInfo,
  StrategyKpiDetail,
  StrategyPlan,
  UnitStrategy,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

type Locale = InterfaceLocale;

/** A text as the server shows it: Thai to a Thai reader, else English (the seed's, or translated). */
function text(locale: Locale, th: string, en: string, isTranslation: boolean): PlanShownText {
  return locale === 'th'
    ? { text: th, lang: 'th', isTranslation: false }
    : { text: en, lang: 'en', isTranslation };
}

const version: PlanVersionInfo = {
  id: '3f1e2d4c-5b6a-4789-9abc-def012345678',
  number: 1,
  note: 'transcribed from seed 001 (strategy/bma-foreign-affairs-plan-2566-2570.json)',
  isReferenceData: true,
  kind: 'reference',
  isCurrent: true,
  createdAt: '2026-11-01T03:00:00.000Z',
};

const RUBRIC: [string, string][] = [
  ['มีการประเมินศักยภาพคู่ความร่วมมือทางธุรกิจระหว่างประเทศ', 'The potential of business partners is assessed'],
  ['มีการเจรจาเพื่อจัดทำข้อตกลงในการจับคู่ความร่วมมือทางธุรกิจ', 'Business-matching agreements are negotiated'],
  ['มีการบันทึกข้อตกลงในการจับคู่ธุรกิจ', 'Business-matching agreements are signed'],
  ['มีการแลกเปลี่ยนและส่งสินค้าผลิตภัณฑ์และบริการของกรุงเทพมหานคร', "Bangkok's products are shipped for sale"],
  ['มีการขยายความร่วมมือกับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ', 'Cooperation with business partners is extended'],
];

export function buildMatchingKpi(locale: Locale = 'th'): PlanKpiView {
  return {
    code: '1.1.1',
    name: text(
      locale,
      'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      'Level of success in international business matching',
      true,
    ),
    measure: {
      kind: 'rubric',
      levels: RUBRIC.map(([th, en], index) => ({ level: index + 1, text: text(locale, th, en, true) })),
    },
    targets: [1, 2, 3, 4, 5].map((value, index) => ({
      fiscalYear: 2566 + index,
      value,
      asWritten: String(value),
      condition:
        index === 1
          ? text(locale, '2 หรือ 3 หากการศึกษาเสร็จสิ้น', '2, or 3 if the study is finished', true)
          : null,
    })),
    notes: [],
    leadUnits: [
      {
        kind: 'unit',
        code: '04160000',
        name: locale === 'th' ? 'สำนักงานการต่างประเทศ' : 'International Affairs Office',
        asWritten: 'สำนักงานการต่างประเทศ',
      },
    ],
    supportingUnits: [
      {
        kind: 'unit',
        code: '24000000',
        name: locale === 'th' ? 'สำนักพัฒนาสังคม' : 'Social Development Department',
        asWritten: 'สำนักพัฒนาสังคม',
      },
      {
        kind: 'outside',
        name: text(locale, 'สำนักการค้าปลีก', 'Retail Trade Office', true),
        asWritten: 'สำนักการค้าปลีก',
      },
    ],
  };
}

function simpleKpi(
  locale: Locale,
  code: string,
  th: string,
  en: string,
  values: (number | null)[],
): PlanKpiView {
  return {
    code,
    name: text(locale, th, en, true),
    measure: { kind: 'percent' },
    targets: values.map((value, index) => ({
      fiscalYear: 2566 + index,
      value,
      asWritten: value === null ? 'ขึ้นอยู่กับนโยบายผู้บริหาร' : `ร้อยละ ${value}`,
      condition: null,
    })),
    notes: [],
    leadUnits: [{ kind: 'unit', code: '04160000', name: null, asWritten: 'สำนักงานการต่างประเทศ' }],
    supportingUnits: [],
  };
}

export function buildPlan(locale: Locale = 'th'): StrategyPlan {
  const matching = buildMatchingKpi(locale);
  return {
    key: 'bma-foreign-affairs-plan-2566-2570',
    title: text(
      locale,
      'แผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566 – 2570)',
      "The 5-Year Bangkok's foreign affairs strategy plan (2023 – 2027)",
      false,
    ),
    firstFiscalYear: 2566,
    lastFiscalYear: 2570,
    currentFiscalYear: 2570,
    version,
    source: {
      document: 'แผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร',
      seedFile: 'seed 001',
      published: '2566',
      publisher: 'สำนักงานการต่างประเทศ',
    },
    corrections: [],
    vision: text(
      locale,
      'กรุงเทพมหานครเป็นเมืองที่มีบทบาทนำในเวทีระหว่างประเทศ',
      'Bangkok is the leading actor on the global stage',
      false,
    ),
    missions: [
      ['นโยบาย', 'POLICY'],
      ['ความสัมพันธ์', 'RELATIONS'],
      ['สังคม', 'COMMUNITY'],
      ['องค์กร', 'ORGANIZATION'],
    ].map(([th = '', en = ''], index) => ({
      number: index + 1,
      heading: text(locale, th, en, false),
      text: text(locale, `พันธกิจด้าน${th}`, `The ${en.toLowerCase()} mission`, true),
    })),
    strategies: [
      {
        number: 1,
        name: text(
          locale,
          'การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง',
          'Connecting Global Agenda to City Action',
          false,
        ),
        description: text(locale, 'มุ่งเน้นการติดตามวาระระดับโลก', 'Monitoring the global agenda', false),
        tactics: [
          {
            code: '1.1',
            name: text(
              locale,
              'ยกระดับศูนย์กลางการค้าระหว่างประเทศและผู้ประกอบการนวัตกรรม',
              'Enhancing International Hub for Trade and Innovative Entrepreneurs',
              false,
            ),
            description: text(locale, 'บูรณาการการส่งเสริมเศรษฐกิจ', 'Integrating economic promotion', true),
            goals: [text(locale, 'มีการจำหน่ายผลิตภัณฑ์ของกรุงเทพมหานคร', "Bangkok's products are sold", true)],
            kpis: [matching],
            projects: [
              {
                code: '1.1-P1',
                name: text(
                  locale,
                  'โครงการจัดทำฐานข้อมูลผู้ประกอบการผลิตภัณฑ์และบริการของกรุงเทพมหานคร',
                  "Database of Bangkok's entrepreneurs",
                  true,
                ),
                isNew: true,
                kpiCodes: ['1.1.1'],
              },
              {
                code: '1.1-P2',
                name: text(
                  locale,
                  'โครงการส่งเสริมศักยภาพและเศรษฐกิจเมืองในระดับนานาชาติ',
                  "Promoting the city's economy internationally",
                  true,
                ),
                isNew: false,
                kpiCodes: ['1.1.1'],
              },
            ],
          },
        ],
      },
      {
        number: 2,
        name: text(
          locale,
          'การเสริมสร้างความเข้มแข็งของชุมชนนักปฏิบัติระดับสากล (ICOP)',
          'Strengthening ICOP (International Community of Practices)',
          false,
        ),
        description: text(locale, 'เสริมสร้างเครือข่าย', 'Strengthening networks', true),
        tactics: [
          {
            code: '2.3',
            name: text(locale, 'ขยายความร่วมมือกับเครือข่าย', 'Extending cooperation with networks', true),
            description: text(locale, 'ขยายความร่วมมือ', 'Extending cooperation', true),
            goals: [text(locale, 'มีความร่วมมือกับเครือข่าย', 'Cooperation with networks', true)],
            kpis: [
              simpleKpi(locale, '2.3.1', 'ร้อยละของเครือข่ายที่ร่วมกิจกรรม', 'Share of networks taking part', [
                50,
                60,
                70,
                80,
                null,
              ]),
            ],
            projects: [],
          },
        ],
      },
      {
        number: 3,
        name: text(
          locale,
          'ปรับเปลี่ยนองค์กรเพื่อรองรับการเป็นสากล',
          'Transforming International Affairs Office (BMA)',
          false,
        ),
        description: text(locale, 'ปรับเปลี่ยนองค์กร', 'Transforming the office', true),
        tactics: [
          {
            code: '3.2',
            name: text(
              locale,
              'พัฒนาบุคลากรด้านการต่างประเทศ',
              'Developing international-relations officers',
              true,
            ),
            description: text(locale, 'พัฒนาบุคลากร', 'Developing officers', true),
            goals: [text(locale, 'บุคลากรได้รับการพัฒนา', 'Officers are developed', true)],
            kpis: [
              simpleKpi(
                locale,
                '3.2.1',
                'ร้อยละของบุคลากรที่ได้รับการพัฒนา',
                'Share of officers developed',
                [60, 70, 80, 90, 100],
              ),
            ],
            projects: [],
          },
        ],
      },
    ],
    counts: { strategies: 3, tactics: 3, kpis: 3, projects: 2 },
  };
}

export function buildKpiDetail(locale: Locale = 'th'): StrategyKpiDetail {
  const plan = buildPlan(locale);
  const strategy = plan.strategies[0];
  const tactic = strategy?.tactics[0];
  if (!strategy || !tactic) throw new Error('the test plan has a first tactic');
  return {
    planKey: plan.key,
    planTitle: plan.title,
    version,
    currentFiscalYear: 2570,
    strategy: { number: strategy.number, name: strategy.name },
    tactic: { code: tactic.code, name: tactic.name },
    kpi: buildMatchingKpi(locale),
    projects: tactic.projects,
  };
}

/** What the International Affairs Office leads (1.1.1, 3.2.1) and Social Development supports. */
export function buildUnitStrategy(
  locale: Locale = 'th',
  overrides: Partial<UnitStrategy> = {},
): UnitStrategy {
  const plan = buildPlan(locale);
  const tactic = plan.strategies[0]?.tactics[0];
  if (!tactic) throw new Error('the test plan has a first tactic');
  const matching = buildMatchingKpi(locale);
  return {
    unitCode: '04160000',
    plan: { key: plan.key, title: plan.title, version },
    currentFiscalYear: 2570,
    kpis: [
      {
        role: 'lead',
        code: matching.code,
        name: matching.name,
        tactic: { code: tactic.code, name: tactic.name },
        measure: matching.measure,
        currentTarget: matching.targets[4] ?? null,
      },
    ],
    projects: tactic.projects.map((project) => ({
      ...project,
      role: 'lead' as const,
      tactic: { code: tactic.code, name: tactic.name },
    })),
    ...overrides,
  };
}
