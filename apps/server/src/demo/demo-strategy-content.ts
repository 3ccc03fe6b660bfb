/**
 * What the demo's units report on the strategic plan (demo-strategy.ts): for each KPI and project of
 * the plan, the level or value reached against the year's target — as an offset from it, so that the
 * story holds whichever fiscal years the demo clock makes "last year" and "this year" — and short
 * narratives as an officer of the unit would write them. Every narrative ends "(ข้อมูลตัวอย่าง)".
 */
import type { StrategyItemStatus } from '@bia/contracts';

/** The demo liaison officer's unit: the Culture, Sports and Tourism Department, which supports the plan. */
export const DEMO_LIAISON_UNIT = '23000000';

export const SAMPLE_MARK = ' (ข้อมูลตัวอย่าง)';

/** The BMA's public sites, the evidence a unit links to. */
export const evidenceSites = {
  iao: { title: 'ข่าวกิจกรรม เว็บไซต์สำนักงานการต่างประเทศ', url: 'https://iao.bangkok.go.th/' },
  bma: { title: 'ข่าวประชาสัมพันธ์ เว็บไซต์กรุงเทพมหานคร', url: 'https://www.bangkok.go.th/' },
} as const;

/** The IAO's international-relations officers, of whom KPI 3.2.1 counts the share developed. */
export const IAO_OFFICER_COUNT = 20;

/** Which report of the year a text or an offset is for. */
export interface ByReport<T> {
  /** Last year's six months. */
  half: T;
  /** Last year's twelve months. */
  full: T;
  /** This year's six months (the round still open). */
  current: T;
}

export interface KpiStory {
  code: string;
  /** The level or value reached, as an offset from the year's target (a percentage: in officers). */
  offset: ByReport<number>;
  narrative: ByReport<string>;
  /** The lead's report in this year's open round. */
  currentStatus: StrategyItemStatus;
  /** A reviewer's comment when the current report was returned. */
  returnComment?: string;
  links?: readonly (keyof typeof evidenceSites)[];
}

export const kpiStories: readonly KpiStory[] = [
  {
    code: '1.1.1',
    offset: { half: -1, full: 0, current: -1 },
    narrative: {
      half: 'จัดการประชุมจับคู่ธุรกิจออนไลน์กับเมืองพี่เมืองน้องแล้ว 1 ครั้ง ผู้ประกอบการ Bangkok Brand นำเสนอสินค้าและมีผู้ซื้อแสดงความสนใจ อยู่ระหว่างการเจรจาข้อตกลงกับผู้ซื้อที่สนใจ',
      full: 'จัดการประชุมจับคู่ธุรกิจออนไลน์ครบ 3 ครั้งตามแผน ผู้ประกอบการได้รับการติดต่อจากผู้ซื้อต่างประเทศและมีการบันทึกข้อตกลงการจับคู่ธุรกิจ สำนักพัฒนาสังคมร่วมติดตามผลการสั่งซื้อรายครึ่งปี',
      current:
        'จัดการประชุมจับคู่ธุรกิจกับเมืองพี่เมืองน้องแล้ว 1 ครั้งในปีงบประมาณนี้ ผู้ประกอบการรายเดิมได้รับคำสั่งซื้อซ้ำ และมีการส่งตัวอย่างสินค้าให้ผู้ซื้อรายใหม่',
    },
    currentStatus: 'submitted',
    links: ['iao'],
  },
  {
    code: '1.1.2',
    offset: { half: -1, full: -1, current: -1 },
    narrative: {
      half: 'ยกร่างแนวทางการจัดตั้งหน่วยบริการข้อมูลการค้าและการลงทุนระหว่างประเทศ และหารือกับสำนักพัฒนาสังคมและสำนักยุทธศาสตร์และประเมินผลเรื่องขอบเขตข้อมูลที่จะให้บริการ',
      full: 'จัดทำชุดข้อมูลการค้าและการลงทุนของเมืองพี่เมืองน้อง 5 เมืองแล้วเสร็จ แต่การเปิดให้บริการแก่ผู้ประกอบการต้องเลื่อนไปปีงบประมาณถัดไป เนื่องจากรอการจัดสรรอัตรากำลังและงบประมาณ',
      current:
        'ปรับปรุงชุดข้อมูลการค้าและการลงทุนให้เป็นปัจจุบัน และทดลองให้คำปรึกษาผู้ประกอบการผ่านช่องทางออนไลน์ระหว่างรอเปิดหน่วยบริการอย่างเป็นทางการ',
    },
    currentStatus: 'returned',
    returnComment: 'ขอให้ระบุจำนวนผู้ประกอบการที่ได้รับคำปรึกษาในช่วงทดลอง และแนบรายงานการประชุมคณะทำงานเป็นหลักฐานประกอบ',
  },
  {
    code: '1.2.1',
    offset: { half: -1, full: 0, current: -1 },
    narrative: {
      half: 'เผยแพร่สรุปองค์ความรู้จากเวทีระหว่างประเทศให้หน่วยงานในสังกัด 2 ฉบับ และบรรยายสรุปให้ผู้บริหารสำนักและสำนักงานเขต 1 ครั้ง',
      full: 'เผยแพร่สรุปองค์ความรู้สากลครบ 4 ฉบับตามแผน หน่วยงานที่เกี่ยวข้องนำแนวปฏิบัติเรื่องเมืองน่าอยู่และการลดความเสี่ยงจากภัยพิบัติไปปรับใช้ในพื้นที่นำร่อง 2 เขต',
      current: 'จัดทำสรุปองค์ความรู้จากการประชุมเครือข่ายเมืองระหว่างประเทศ 2 ฉบับ และส่งให้สำนักงานเขตพิจารณาปรับใช้',
    },
    currentStatus: 'accepted',
    links: ['iao'],
  },
  {
    code: '1.3.1',
    offset: { half: -1, full: 1, current: -1 },
    narrative: {
      half: 'จัดกิจกรรมแลกเปลี่ยนเยาวชนร่วมกับเมืองพี่เมืองน้อง และกิจกรรมเทศกาลวัฒนธรรมร่วมกับสำนักวัฒนธรรม กีฬา และการท่องเที่ยว',
      full: 'จัดกิจกรรมครบทั้ง 3 ด้าน ได้แก่ ด้านการศึกษา (ค่ายเยาวชนกับเมืองพี่เมืองน้อง ซึ่งเป็นกิจกรรมต่อเนื่องจากปีก่อน) ด้านศิลปวัฒนธรรม (เทศกาลวัฒนธรรมนานาชาติ) และด้านองค์ความรู้สากล (การบรรยายโดยผู้แทนเมืองพันธมิตร 2 ครั้ง)',
      current:
        'จัดกิจกรรมด้านการศึกษาร่วมกับสำนักการศึกษา และกิจกรรมด้านศิลปวัฒนธรรมแล้ว ส่วนกิจกรรมด้านองค์ความรู้สากลกำหนดจัดในไตรมาสที่ 3',
    },
    currentStatus: 'accepted',
    links: ['iao', 'bma'],
  },
  {
    code: '2.1.1',
    offset: { half: -1, full: 0, current: -2 },
    narrative: {
      half: 'ผู้แทนกรุงเทพมหานครเข้าร่วมการประชุมเครือข่ายเมืองในอาเซียน 1 ครั้ง และเสนอประเด็นการจัดการน้ำท่วมเมืองเป็นหัวข้อความร่วมมือ',
      full: 'กรุงเทพมหานครเป็นผู้นำการหารือประเด็นการจัดการน้ำท่วมเมืองในการประชุมเครือข่ายเมืองอาเซียน และที่ประชุมเห็นชอบให้จัดทำแผนความร่วมมือร่วมกับเมืองสมาชิก',
      current:
        'เตรียมการจัดประชุมเชิงปฏิบัติการด้านการจัดการน้ำท่วมเมืองกับเมืองสมาชิกอาเซียน และประสานสำนักการระบายน้ำเรื่องวิทยากร',
    },
    currentStatus: 'submitted',
    links: ['iao'],
  },
  {
    code: '2.2.1',
    offset: { half: -1, full: -1, current: -1 },
    narrative: {
      half: 'ออกแบบแบบสำรวจข้อมูลชุมชนชาวต่างชาติร่วมกับสำนักพัฒนาสังคม และทดลองเก็บข้อมูลในพื้นที่นำร่อง',
      full: 'เก็บข้อมูลชุมชนชาวต่างชาติได้ 18 เขตจาก 25 เขตเป้าหมาย การบันทึกเข้าฐานข้อมูลยังไม่แล้วเสร็จ เนื่องจากบางเขตขอขยายเวลาการสำรวจ',
      current: 'เก็บข้อมูลในเขตที่เหลือแล้วเสร็จ อยู่ระหว่างตรวจสอบความถูกต้องของข้อมูลก่อนนำเข้าฐานข้อมูล',
    },
    currentStatus: 'draft',
  },
  {
    code: '2.2.2',
    offset: { half: -1, full: 0, current: 0 },
    narrative: {
      half: 'เผยแพร่ข้อมูลบริการของกรุงเทพมหานครสำหรับชาวต่างชาติเป็นภาษาอังกฤษ จีน และญี่ปุ่น ผ่านเว็บไซต์และสื่อสังคมออนไลน์',
      full: 'จัดกิจกรรมพบปะชุมชนชาวต่างชาติร่วมกับสำนักงานเขต 2 ครั้ง และเผยแพร่คู่มือการใช้บริการของกรุงเทพมหานครสำหรับชาวต่างชาติ 3 ภาษา',
      current: 'จัดทำสื่อประชาสัมพันธ์การเตรียมพร้อมรับภัยพิบัติสำหรับชาวต่างชาติร่วมกับสำนักป้องกันและบรรเทาสาธารณภัย',
    },
    currentStatus: 'submitted',
    links: ['bma'],
  },
  {
    code: '2.3.1',
    offset: { half: -1, full: 0, current: 0 },
    narrative: {
      half: 'ต่อยอดกิจกรรมจากการเยือนของคณะผู้แทนเมืองพี่เมืองน้องด้วยการประชุมติดตามผลทางออนไลน์ 1 ครั้ง',
      full: 'ต่อยอดกิจกรรมความร่วมมือ 2 กิจกรรมจากการประชุมเครือข่ายเมืองระหว่างประเทศ โดยมีหน่วยงานในสังกัดร่วมดำเนินการ',
      current:
        'กรุงเทพมหานครเป็นเจ้าภาพจัดการประชุมติดตามผลความร่วมมือกับเมืองในเครือข่าย และต่อยอดเป็นโครงการแลกเปลี่ยนเจ้าหน้าที่ด้านสิ่งแวดล้อมร่วมกับเมืองพันธมิตร',
    },
    currentStatus: 'accepted',
  },
  {
    code: '3.1.1',
    offset: { half: -2, full: -1, current: -1 },
    narrative: {
      half: 'คณะทำงานศึกษาทบทวนโครงสร้างและภารกิจของสำนักงานการต่างประเทศประชุมแล้ว 2 ครั้ง และจัดทำร่างผลการศึกษาเบื้องต้น',
      full: 'เสนอผลการศึกษาการปรับโครงสร้างและกรอบอัตรากำลังต่อผู้บริหารแล้ว อยู่ระหว่างรอความเห็นจากสำนักงาน ก.ก. จึงยังดำเนินการในระดับถัดไปไม่ได้',
      current: 'ติดตามความเห็นของสำนักงาน ก.ก. ต่อผลการศึกษาการปรับโครงสร้างและกรอบอัตรากำลัง',
    },
    currentStatus: 'not_started',
  },
  {
    code: '3.2.1',
    offset: { half: -6, full: -1, current: -6 },
    narrative: {
      half: 'นักวิเทศสัมพันธ์เข้ารับการพัฒนาหลักสูตรภาษาและการเจรจาระหว่างประเทศร่วมกับสถาบันพัฒนาข้าราชการกรุงเทพมหานคร',
      full: 'นักวิเทศสัมพันธ์ผ่านการพัฒนาตามแผนรายบุคคล ทั้งหลักสูตรภาษา การเจรจาระหว่างประเทศ และการฝึกปฏิบัติงานกับเมืองพันธมิตร',
      current: 'จัดทำแผนพัฒนารายบุคคลของนักวิเทศสัมพันธ์ และส่งรายชื่อเข้ารับการอบรมหลักสูตรภาคแรกแล้ว',
    },
    currentStatus: 'draft',
  },
  {
    code: '3.3.1',
    offset: { half: -1, full: 0, current: -1 },
    narrative: {
      half: 'จัดตั้งทีม Intelligent Unit และกำหนดประเด็นการติดตามข้อมูลด้านต่างประเทศ 3 ประเด็น',
      full: 'ทีม Intelligent Unit จัดทำรายงานวิเคราะห์สถานการณ์ต่างประเทศเสนอผู้บริหารรายไตรมาสครบ 4 ฉบับ และใช้ข้อมูลจากแพลตฟอร์มนี้ติดตามความร่วมมือกับเมืองพันธมิตร',
      current: 'ทีม Intelligent Unit จัดทำรายงานวิเคราะห์รายไตรมาสแล้ว 1 ฉบับ',
    },
    currentStatus: 'not_started',
  },
];

/** The KPI amended after last year's twelve-month round was approved, and why. */
export const amendment = {
  code: '3.2.1',
  /** Officers added to the count. */
  officersAdded: 1,
  reason:
    'สถาบันพัฒนาข้าราชการกรุงเทพมหานครแจ้งผลผู้ผ่านการอบรมหลักสูตรการเจรจาระหว่างประเทศเพิ่มอีก 1 ราย หลังจากรอบรายงานได้รับอนุมัติแล้ว',
  narrative:
    'นักวิเทศสัมพันธ์ผ่านการพัฒนาตามแผนรายบุคคล ทั้งหลักสูตรภาษา การเจรจาระหว่างประเทศ และการฝึกปฏิบัติงานกับเมืองพันธมิตร (แก้ไขตามผลการอบรมที่สถาบันพัฒนาข้าราชการกรุงเทพมหานครแจ้งเพิ่มเติม)',
};

/** Why a unit reports another level than the platform computed (KPIs it computes: decision 0050). */
export const overrideReasons: Readonly<Record<string, string>> = {
  '1.1.1': 'ผลที่ระบบคำนวณนับเฉพาะรายการที่บันทึกในแพลตฟอร์ม ยังไม่รวมข้อตกลงและการส่งสินค้าที่สำนักพัฒนาสังคมแจ้งเป็นหนังสือ',
  '1.3.1': 'ผลที่ระบบคำนวณนับเฉพาะกิจกรรมที่บันทึกในทะเบียนเมืองพันธมิตร ยังไม่รวมกิจกรรมที่สำนักการศึกษาจัด',
  '2.3.1': 'ผลที่ระบบคำนวณนับเฉพาะกิจกรรมที่บันทึกในทะเบียนเมืองพันธมิตร ยังไม่รวมกิจกรรมต่อยอดที่จัดร่วมกับหน่วยงานในสังกัด',
};

export interface Contribution {
  code: string;
  narrative: string;
  /** Its state in this year's open round; null: not started. */
  current: 'accepted' | 'submitted' | 'returned' | 'draft' | null;
  returnComment?: string;
  /** Given in last year's rounds too. */
  lastYear: boolean;
}

/** What the demo liaison officer's unit contributes to the items it supports. */
export const liaisonContributions: readonly Contribution[] = [
  {
    code: '1.3.1',
    narrative: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยวร่วมจัดเทศกาลวัฒนธรรมนานาชาติ มีคณะนักแสดงจากเมืองพี่เมืองน้องเข้าร่วม 3 คณะ',
    current: 'accepted',
    lastYear: true,
  },
  {
    code: '2.2.1',
    narrative: 'ส่งข้อมูลสมาคมและกลุ่มชาวต่างชาติที่ร่วมกิจกรรมทางวัฒนธรรมกับสำนัก 12 กลุ่ม เพื่อประกอบฐานข้อมูล',
    current: null,
    lastYear: true,
  },
  {
    code: '2.2.2',
    narrative: 'เชิญชุมชนชาวต่างชาติร่วมงานเทศกาลของสำนัก และประชาสัมพันธ์กิจกรรมเป็นภาษาอังกฤษผ่านช่องทางของสำนัก',
    current: 'returned',
    returnComment: 'ขอให้ระบุจำนวนผู้เข้าร่วมที่เป็นชาวต่างชาติ และแนบลิงก์ข่าวประชาสัมพันธ์ของกิจกรรม',
    lastYear: true,
  },
  {
    code: '1.3-P2',
    narrative: 'ร่วมจัดกิจกรรมกีฬาสานสัมพันธ์ให้คณะเยาวชนจากเมืองพี่เมืองน้อง',
    current: 'submitted',
    lastYear: true,
  },
  {
    code: '1.3-P4',
    narrative: 'เตรียมการแสดงนาฏศิลป์ไทยสำหรับกิจกรรมแลกเปลี่ยนวัฒนธรรมกับเมืองยาซีโย',
    current: 'draft',
    lastYear: false,
  },
];
