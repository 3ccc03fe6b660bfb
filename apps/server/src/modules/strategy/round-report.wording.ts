/**
 * Every word of the round's report (round-report.document.ts), in Thai and in English. Documents are
 * not interface strings: like the follow-up round's report (outcomes/rounds.report-document.ts), the
 * report writes its own words, in the style of a Thai government report to executives.
 */
import type { ScorecardStatus, ScorecardUnjudgedReason } from '@bia/contracts';

export type ReportRoundKind = 'six_month' | 'twelve_month' | 'other';
export type ReportProjectStatus = 'not_started' | 'in_progress' | 'done' | 'delayed' | 'cancelled';

export interface RoundReportWording {
  organisation: string;
  preparedBy: string;
  /** The title's lines: the plan and its years, the fiscal year and the round, the period. */
  title: (
    plan: { first: number; last: number },
    fiscalYear: number,
    kind: ReportRoundKind,
    period: string,
  ) => string;
  documentTitle: (fiscalYear: number, kind: ReportRoundKind) => string;
  period: (from: string, to: string) => string;
  provisionalMark: string;
  intro: (planTitle: string) => string;
  about: {
    heading: string;
    period: (from: string, to: string) => string;
    deadline: (date: string) => string;
    approved: (by: string | null, on: string) => string;
    provisional: string;
    planVersion: (version: string, recordedOn: string, note: string | null) => string;
    items: (kpis: string, projects: string) => string;
  };
  summary: {
    heading: string;
    header: string[];
    total: string;
    projects: (count: string, byStatus: string) => string;
    projectStatusCount: (status: string, count: string) => string;
    noProjectReports: string;
  };
  status: Record<ScorecardStatus, string>;
  /** A status not judged, with why. */
  notJudged: Record<ScorecardUnjudgedReason, string>;
  results: {
    heading: string;
    strategy: (number: string, name: string) => string;
    tactic: (code: string, name: string) => string;
    kpiHeader: (fiscalYear: number) => string[];
    kpiName: (code: string, name: string) => string;
    projectsIntro: (code: string) => string;
    projectHeader: string[];
    noProjects: string;
  };
  target: {
    level: (level: string) => string;
    number: (value: string, unit: string) => string;
    percent: (value: string) => string;
    /** The plan gives no figure: its words, or its condition. */
    asWritten: (words: string) => string;
    condition: (text: string) => string;
    none: string;
  };
  achieved: {
    level: (level: string, sentence: string) => string;
    number: (value: string, unit: string) => string;
    percent: (value: string) => string;
    none: string;
    awaitingReview: string;
    amendmentPending: string;
  };
  detail: {
    narrative: (code: string, unit: string, text: string) => string;
    noNarrative: (code: string, unit: string) => string;
    evidence: (title: string, url: string) => string;
    evidenceFile: (name: string) => string;
    contribution: (unit: string, text: string) => string;
    contributionWithoutText: (unit: string) => string;
  };
  project: {
    name: (code: string, name: string, isNew: boolean) => string;
    status: Record<ReportProjectStatus, string>;
    notReported: string;
    notGiven: string;
    progress: (percent: string) => string;
  };
  late: {
    heading: string;
    intro: string;
    header: string[];
    none: string;
    nothing: string;
  };
  notes: {
    heading: string;
    approved: (on: string) => string;
    provisional: string;
    awaitingReview: string;
    amendmentPending: string;
    shortened: (narrativeLimit: string, contributionLimit: string) => string;
    translation: string | null;
  };
}

const thaiKind: Record<ReportRoundKind, string> = {
  six_month: 'รอบ 6 เดือน',
  twelve_month: 'รอบ 12 เดือน',
  other: 'รอบการรายงาน',
};

export const thaiWording: RoundReportWording = {
  organisation: 'สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  preparedBy: 'จัดทำโดย สำนักงานการต่างประเทศ กรุงเทพมหานคร',
  title: (plan, fiscalYear, kind, period) =>
    `รายงานผลการดำเนินงานตามแผนยุทธศาสตร์ด้านการต่างประเทศของกรุงเทพมหานคร พ.ศ. ${plan.first}–${plan.last}\nประจำปีงบประมาณ พ.ศ. ${fiscalYear} ${thaiKind[kind]}\n${period}`,
  documentTitle: (fiscalYear, kind) =>
    `รายงานผลการดำเนินงานตามแผนยุทธศาสตร์ด้านการต่างประเทศ ปีงบประมาณ พ.ศ. ${fiscalYear} ${thaiKind[kind]}`,
  period: (from, to) => `(ระหว่างวันที่ ${from} ถึงวันที่ ${to})`,
  provisionalMark: '(ฉบับเบื้องต้น – ยังไม่ได้รับอนุมัติ)',
  intro: (planTitle) =>
    `ตามที่กรุงเทพมหานครได้จัดทำ${planTitle} เพื่อเป็นกรอบการดำเนินงานด้านการต่างประเทศ สำนักงานการต่างประเทศได้ติดตามผลการดำเนินงานตามตัวชี้วัดและโครงการของแผนจากหน่วยงานหลักและหน่วยงานสนับสนุน และรวบรวมเป็นรายงานเสนอผู้บริหาร ผลการดำเนินงานในรอบนี้มีรายละเอียดดังนี้`,
  about: {
    heading: '1. ข้อมูลรอบการรายงาน',
    period: (from, to) => `ช่วงเวลาที่รายงาน: ตั้งแต่วันที่ ${from} ถึงวันที่ ${to}`,
    deadline: (date) => `กำหนดส่งรายงาน: วันที่ ${date}`,
    approved: (by, on) =>
      by ? `สถานะรายงาน: ผู้บริหารอนุมัติแล้ว โดย ${by} เมื่อวันที่ ${on}` : `สถานะรายงาน: ผู้บริหารอนุมัติแล้ว เมื่อวันที่ ${on}`,
    provisional: 'สถานะรายงาน: ฉบับเบื้องต้น ยังไม่ได้รับอนุมัติ ข้อมูลอาจเปลี่ยนแปลงได้',
    planVersion: (version, recordedOn, note) =>
      note
        ? `แผนที่ใช้ในการรายงาน: ฉบับที่ ${version} บันทึกเมื่อวันที่ ${recordedOn} (${note})`
        : `แผนที่ใช้ในการรายงาน: ฉบับที่ ${version} บันทึกเมื่อวันที่ ${recordedOn}`,
    items: (kpis, projects) => `รายการที่ติดตาม: ตัวชี้วัด ${kpis} ตัว โครงการ ${projects} โครงการ`,
  },
  summary: {
    heading: '2. สรุปผลการดำเนินงานตามตัวชี้วัด',
    header: ['สถานะ', 'จำนวนตัวชี้วัด'],
    total: 'รวม',
    projects: (count, byStatus) => `โครงการที่รายงานผลแล้ว ${count} โครงการ (${byStatus})`,
    projectStatusCount: (status, count) => `${status} ${count} โครงการ`,
    noProjectReports: 'ยังไม่มีโครงการที่รายงานผล',
  },
  status: {
    on_track: 'เป็นไปตามเป้าหมาย',
    at_risk: 'มีความเสี่ยงไม่บรรลุเป้าหมาย',
    missed: 'ไม่บรรลุเป้าหมาย',
    not_reported: 'ยังไม่ได้รายงานผล',
    not_judged: 'ไม่ประเมินสถานะ',
    not_due: 'ยังไม่ถึงกำหนด',
  },
  notJudged: {
    no_numeric_target: 'ไม่ประเมินสถานะ (ไม่มีค่าเป้าหมายเชิงตัวเลข)',
    conditional: 'ไม่ประเมินสถานะ (ค่าเป้าหมายมีเงื่อนไข)',
  },
  results: {
    heading: '3. ผลการดำเนินงานรายยุทธศาสตร์และกลยุทธ์',
    strategy: (number, name) => `ยุทธศาสตร์ที่ ${number} ${name}`,
    tactic: (code, name) => `กลยุทธ์ที่ ${code} ${name}`,
    kpiHeader: (fiscalYear) => ['ตัวชี้วัด', `ค่าเป้าหมาย ปี ${fiscalYear}`, 'ผลการดำเนินงาน', 'สถานะ', 'หน่วยงานหลัก'],
    kpiName: (code, name) => `${code} ${name}`,
    projectsIntro: (code) => `โครงการภายใต้กลยุทธ์ที่ ${code}`,
    projectHeader: ['โครงการ', 'สถานะ', 'ความก้าวหน้า', 'งบประมาณ (บาท)', 'เบิกจ่าย (บาท)', 'หน่วยงานหลัก'],
    noProjects: 'กลยุทธ์นี้ไม่มีโครงการในแผน',
  },
  target: {
    level: (level) => `ระดับ ${level}`,
    number: (value, unit) => `${value} ${unit}`,
    percent: (value) => `ร้อยละ ${value}`,
    asWritten: (words) => words,
    condition: (text) => `(${text})`,
    none: 'ไม่ได้กำหนด',
  },
  achieved: {
    level: (level, sentence) => `ระดับ ${level}: ${sentence}`,
    number: (value, unit) => `${value} ${unit}`,
    percent: (value) => `ร้อยละ ${value}`,
    none: 'ยังไม่ได้รายงานผล',
    awaitingReview: '(อยู่ระหว่างการตรวจสอบ)',
    amendmentPending: '(อยู่ระหว่างการขอแก้ไขหลังอนุมัติ แสดงผลที่ตรวจรับไว้เดิม)',
  },
  detail: {
    narrative: (code, unit, text) => `ตัวชี้วัด ${code} ${unit} รายงานผลการดำเนินงานว่า ${text}`,
    noNarrative: (code, unit) => `ตัวชี้วัด ${code} ${unit} ไม่ได้ระบุคำอธิบายผลการดำเนินงาน`,
    evidence: (title, url) => `หลักฐาน: ${title} (${url})`,
    evidenceFile: (name) => `หลักฐาน (ไฟล์ในระบบ): ${name}`,
    contribution: (unit, text) => `${unit} (หน่วยงานสนับสนุน): ${text}`,
    contributionWithoutText: (unit) => `${unit} (หน่วยงานสนับสนุน): ส่งข้อมูลแล้ว ไม่ได้ระบุรายละเอียด`,
  },
  project: {
    name: (code, name, isNew) => `${code} ${name}${isNew ? ' (โครงการใหม่)' : ''}`,
    status: {
      not_started: 'ยังไม่เริ่มดำเนินการ',
      in_progress: 'อยู่ระหว่างดำเนินการ',
      done: 'ดำเนินการแล้วเสร็จ',
      delayed: 'ล่าช้ากว่าแผน',
      cancelled: 'ยกเลิก',
    },
    notReported: 'ยังไม่ได้รายงานผล',
    notGiven: '–',
    progress: (percent) => `ร้อยละ ${percent}`,
  },
  late: {
    heading: '4. หน่วยงานที่ยังไม่ได้รายงานผล',
    intro: 'หน่วยงานต่อไปนี้ยังไม่ได้ส่งรายงานผล (ในฐานะหน่วยงานหลัก) หรือยังไม่ได้ส่งข้อมูลสนับสนุน',
    header: ['หน่วยงาน', 'รายการที่ยังไม่ได้รายงานผล (หน่วยงานหลัก)', 'รายการที่ยังไม่ได้ส่งข้อมูลสนับสนุน'],
    none: '–',
    nothing: 'ทุกหน่วยงานรายงานผลและส่งข้อมูลสนับสนุนครบถ้วนแล้ว',
  },
  notes: {
    heading: '5. หมายเหตุ',
    approved: (on) => `รายงานฉบับนี้เป็นผลการดำเนินงานที่ผู้บริหารอนุมัติแล้วเมื่อวันที่ ${on}`,
    provisional: 'รอบการรายงานนี้ยังไม่ได้รับอนุมัติ ผลการดำเนินงานในรายงานฉบับนี้เป็นข้อมูลเบื้องต้น อาจเปลี่ยนแปลงได้',
    awaitingReview:
      'ผลการดำเนินงานที่หมายเหตุว่า "อยู่ระหว่างการตรวจสอบ" เป็นข้อมูลที่หน่วยงานส่งแล้ว แต่สำนักงานการต่างประเทศยังไม่ได้ตรวจรับ',
    amendmentPending: 'ผลการดำเนินงานที่อยู่ระหว่างการขอแก้ไขหลังอนุมัติแสดงตามที่ตรวจรับไว้เดิม จนกว่าการแก้ไขจะได้รับการตรวจรับ',
    shortened: (narrativeLimit, contributionLimit) =>
      `คำอธิบายผลการดำเนินงานที่ยาวเกิน ${narrativeLimit} ตัวอักษร และข้อมูลสนับสนุนที่ยาวเกิน ${contributionLimit} ตัวอักษร แสดงเพียงบางส่วน (…) ข้อความฉบับเต็มดูได้ในระบบ`,
    translation: null,
  },
};

const englishKind: Record<ReportRoundKind, string> = {
  six_month: 'six-month report',
  twelve_month: 'twelve-month report',
  other: 'progress report',
};

export const englishWording: RoundReportWording = {
  organisation: 'International Affairs Office, Bangkok Metropolitan Administration',
  preparedBy: 'Prepared by the International Affairs Office, Bangkok Metropolitan Administration',
  title: (plan, fiscalYear, kind, period) => {
    // A fiscal year ends in September of its Gregorian year and starts in October of the one before.
    const ends = fiscalYear - 543;
    return `Report on the implementation of Bangkok's foreign affairs strategic plan ${plan.first - 543}–${plan.last - 543}\nFiscal year ${fiscalYear} (October ${ends - 1} – September ${ends}), ${englishKind[kind]}\n${period}`;
  },
  documentTitle: (fiscalYear, kind) =>
    `Foreign affairs strategic plan: ${englishKind[kind]}, fiscal year ${fiscalYear}`,
  period: (from, to) => `(${from} to ${to})`,
  provisionalMark: '(Provisional: not yet approved)',
  intro: (planTitle) =>
    `The Bangkok Metropolitan Administration adopted its foreign affairs strategic plan (“${planTitle}”) as the frame of its foreign affairs. The International Affairs Office follows the plan's KPIs and projects with the lead and supporting units and consolidates their reports for the executives. This round's results are as follows.`,
  about: {
    heading: '1. The round',
    period: (from, to) => `Period reported: ${from} to ${to}`,
    deadline: (date) => `Reports were due by ${date}`,
    approved: (by, on) => (by ? `Status: approved by ${by} on ${on}` : `Status: approved on ${on}`),
    provisional: 'Status: provisional, not yet approved; the results may change',
    planVersion: (version, recordedOn, note) =>
      note
        ? `Plan reported against: version ${version}, recorded on ${recordedOn} (${note})`
        : `Plan reported against: version ${version}, recorded on ${recordedOn}`,
    items: (kpis, projects) => `Followed: ${kpis} KPIs and ${projects} projects`,
  },
  summary: {
    heading: '2. Summary of the KPIs',
    header: ['Status', 'KPIs'],
    total: 'Total',
    projects: (count, byStatus) => `Projects reported: ${count} (${byStatus})`,
    projectStatusCount: (status, count) => `${status}: ${count}`,
    noProjectReports: 'No project has reported yet.',
  },
  status: {
    on_track: 'On track',
    at_risk: 'At risk',
    missed: 'Missed',
    not_reported: 'Not reported',
    not_judged: 'Not judged',
    not_due: 'Not yet due',
  },
  notJudged: {
    no_numeric_target: 'Not judged (no numeric target)',
    conditional: 'Not judged (conditional target)',
  },
  results: {
    heading: '3. Results by strategy and tactic',
    strategy: (number, name) => `Strategy ${number}: ${name}`,
    tactic: (code, name) => `Tactic ${code}: ${name}`,
    kpiHeader: (fiscalYear) => ['KPI', `Target FY ${fiscalYear}`, 'Achieved', 'Status', 'Lead unit'],
    kpiName: (code, name) => `${code} ${name}`,
    projectsIntro: (code) => `Projects of tactic ${code}`,
    projectHeader: ['Project', 'Status', 'Progress', 'Budget (THB)', 'Spent (THB)', 'Lead unit'],
    noProjects: 'The plan lists no project under this tactic.',
  },
  target: {
    level: (level) => `Level ${level}`,
    number: (value, unit) => `${value} ${unit}`,
    percent: (value) => `${value}%`,
    asWritten: (words) => `Not a figure (the plan: “${words}”)`,
    condition: (text) => `(${text})`,
    none: 'Not set',
  },
  achieved: {
    level: (level, sentence) => `Level ${level}: ${sentence}`,
    number: (value, unit) => `${value} ${unit}`,
    percent: (value) => `${value}%`,
    none: 'Not reported',
    awaitingReview: '(awaiting review)',
    amendmentPending: '(a correction after approval is under way; the accepted result is shown)',
  },
  detail: {
    narrative: (code, unit, text) => `KPI ${code}: ${unit} reports: ${text}`,
    noNarrative: (code, unit) => `KPI ${code}: ${unit} gave no account of the work.`,
    evidence: (title, url) => `Evidence: ${title} (${url})`,
    evidenceFile: (name) => `Evidence (file in the platform): ${name}`,
    contribution: (unit, text) => `${unit} (supporting): ${text}`,
    contributionWithoutText: (unit) => `${unit} (supporting): sent, with no details`,
  },
  project: {
    name: (code, name, isNew) => `${code} ${name}${isNew ? ' (new project)' : ''}`,
    status: {
      not_started: 'Not started',
      in_progress: 'In progress',
      done: 'Done',
      delayed: 'Delayed',
      cancelled: 'Cancelled',
    },
    notReported: 'Not reported',
    notGiven: '–',
    progress: (percent) => `${percent}%`,
  },
  late: {
    heading: '4. Units that have not reported',
    intro: 'These units have not yet sent a report they lead, or a contribution to an item they support.',
    header: ['Unit', 'Items not reported (as lead)', 'Contributions not sent'],
    none: '–',
    nothing: 'Every unit has sent its reports and contributions.',
  },
  notes: {
    heading: '5. Notes',
    approved: (on) => `The results in this report were approved by the executives on ${on}.`,
    provisional: 'This round is not yet approved: the results in this report are provisional and may change.',
    awaitingReview:
      'Results marked “awaiting review” were sent by their unit but not yet accepted by the International Affairs Office.',
    amendmentPending:
      'Where a correction after approval is under way, the result accepted before it is shown until the correction is accepted.',
    shortened: (narrativeLimit, contributionLimit) =>
      `Accounts of the work longer than ${narrativeLimit} characters, and contributions longer than ${contributionLimit}, are shortened (…); the whole text is in the platform.`,
    translation:
      "Where the plan's own English is missing, its texts are the platform's translation of the Thai; the Thai prevails.",
  },
};
