/**
 * The standard lists of the Thai local budget structure (../shared/domain.md §4).
 * Codes beyond 00100/00110 are unconfirmed by a primary source; they are kept here,
 * in one place, so a form profile can override them.
 */

export interface StandardPlan {
  readonly code: string;
  readonly name: string;
  readonly side: string;
  readonly sideCode: string;
}

export const STANDARD_PLANS: readonly StandardPlan[] = [
  { code: "00110", name: "แผนงานบริหารงานทั่วไป", side: "ด้านบริหารทั่วไป", sideCode: "00100" },
  { code: "00120", name: "แผนงานการรักษาความสงบภายใน", side: "ด้านบริหารทั่วไป", sideCode: "00100" },
  { code: "00210", name: "แผนงานการศึกษา", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00220", name: "แผนงานสาธารณสุข", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00230", name: "แผนงานสังคมสงเคราะห์", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00240", name: "แผนงานเคหะและชุมชน", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00250", name: "แผนงานสร้างความเข้มแข็งของชุมชน", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00260", name: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", side: "ด้านบริการชุมชนและสังคม", sideCode: "00200" },
  { code: "00310", name: "แผนงานอุตสาหกรรมและการโยธา", side: "ด้านการเศรษฐกิจ", sideCode: "00300" },
  { code: "00320", name: "แผนงานการเกษตร", side: "ด้านการเศรษฐกิจ", sideCode: "00300" },
  { code: "00330", name: "แผนงานการพาณิชย์", side: "ด้านการเศรษฐกิจ", sideCode: "00300" },
  { code: "00410", name: "แผนงานงบกลาง", side: "ด้านการดำเนินงานอื่น", sideCode: "00400" },
];

export const EQUIPMENT_TYPES: readonly string[] = [
  "ครุภัณฑ์สำนักงาน",
  "ครุภัณฑ์ยานพาหนะและขนส่ง",
  "ครุภัณฑ์ไฟฟ้าและวิทยุ",
  "ครุภัณฑ์โฆษณาและเผยแพร่",
  "ครุภัณฑ์การเกษตร",
  "ครุภัณฑ์โรงงาน",
  "ครุภัณฑ์ก่อสร้าง",
  "ครุภัณฑ์สำรวจ",
  "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์",
  "ครุภัณฑ์คอมพิวเตอร์",
  "ครุภัณฑ์การศึกษา",
  "ครุภัณฑ์งานบ้านงานครัว",
  "ครุภัณฑ์กีฬา",
  "ครุภัณฑ์ดนตรีและนาฏศิลป์",
  "ครุภัณฑ์อาวุธ",
  "ครุภัณฑ์สนาม",
  "ครุภัณฑ์อื่น",
];

export const PROJECT_KINDS = ["โครงการ", "ครุภัณฑ์"] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const FUNDING_SOURCES: readonly string[] = [
  "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  "งบประมาณรายจ่ายเพิ่มเติม",
  "จ่ายขาดเงินสะสม",
  "เงินอุดหนุนเฉพาะกิจ",
  "หน่วยงานอื่น",
];

export const USUAL_UNITS: readonly string[] = [
  "สำนักปลัด",
  "กองคลัง",
  "กองช่าง",
  "กองการศึกษา",
  "กองสาธารณสุขและสิ่งแวดล้อม",
  "กองสวัสดิการสังคม",
  "กองวิชาการและแผนงาน",
  "กองยุทธศาสตร์และงบประมาณ",
  "หน่วยตรวจสอบภายใน",
];

export interface LocalGovernmentType {
  /** As chosen in ตั้งค่า */
  readonly label: string;
  /** Prefix of the full name: องค์การบริหารส่วนตำบล + ชื่อ */
  readonly fullPrefix: string;
  /** Position of the signer: นายกองค์การบริหารส่วนตำบล + ชื่อ */
  readonly executive: string;
  /** What its budget ordinance is called */
  readonly ordinance: string;
}

export const LOCAL_GOVERNMENT_TYPES: readonly LocalGovernmentType[] = [
  { label: "องค์การบริหารส่วนตำบล", fullPrefix: "องค์การบริหารส่วนตำบล", executive: "นายกองค์การบริหารส่วนตำบล", ordinance: "ข้อบัญญัติ" },
  { label: "เทศบาลตำบล", fullPrefix: "เทศบาลตำบล", executive: "นายกเทศมนตรีตำบล", ordinance: "เทศบัญญัติ" },
  { label: "เทศบาลเมือง", fullPrefix: "เทศบาลเมือง", executive: "นายกเทศมนตรีเมือง", ordinance: "เทศบัญญัติ" },
  { label: "เทศบาลนคร", fullPrefix: "เทศบาลนคร", executive: "นายกเทศมนตรีนคร", ordinance: "เทศบัญญัติ" },
  { label: "องค์การบริหารส่วนจังหวัด", fullPrefix: "องค์การบริหารส่วนจังหวัด", executive: "นายกองค์การบริหารส่วนจังหวัด", ordinance: "ข้อบัญญัติ" },
  { label: "เมืองพัทยา", fullPrefix: "", executive: "นายกเมืองพัทยา", ordinance: "ข้อบัญญัติ" },
];

/** What obliges a new edition of the plan (ข้อ 27 as amended 2559). */
/** ตั้งค่า's รอบรายงานผล (ติดตามผล, domain.md §10): the whole year, or the 6-month round still common. */
export const TRACKING_ROUNDS: readonly string[] = ["12 เดือน (ต.ค.–ก.ย.)", "6 เดือน (ต.ค.–มี.ค.)"];

export const TRIGGER_KINDS: readonly string[] = [
  "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี",
  "งบประมาณรายจ่ายเพิ่มเติม",
  "จ่ายขาดเงินสะสม",
  "ได้รับแจ้งจากหน่วยงานอื่น",
];

export const EDITION_EXAMPLES: readonly string[] = ["ฉบับหลัก", "เพิ่มเติม ฉบับที่ 1", "แก้ไข ครั้งที่ 1"];

export const YES_NO: readonly string[] = ["ใช่", "ไม่ใช่"];
