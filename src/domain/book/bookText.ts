/**
 * The editable text of the plan book (issue 14, ../shared/domain.md §9): the paragraphs of คำนำ and
 * ส่วนที่ 1, by section. They come from the sheet ข้อความเล่มแผน when the workbook has it (what the
 * officer typed wins), else from the defaults below.
 *
 * The defaults are OpPlan's own wording of what published plans say in these sections, kept to
 * what the regulation states: ข้อ 4 (what the plan is), ข้อ 26 (the steps; posting within 15 days,
 * kept at least 30), ข้อ 27 (within 30 days of the budget or its other triggers; the executive
 * extends and amends), cited as amended up to ฉบับที่ 3 พ.ศ. 2561. Read beside:
 * https://lopburicity.go.th/?p=5318 (บทนำ), http://dongyen.go.th/index.php?view=article&catid=7%3Aplane3yrs&id=55%3A2013-03-01-03-25-10&tmpl=component&print=1&layout=default&page=&option=com_content&Itemid=82
 * (where the projects come from), https://khaokhaow.go.th/select_news.php?news_id=1568 (what the
 * plan is for), http://nongnoktha.go.th/local-strategic-plan/yearly-action-plan/plan-procedure.html
 * (the steps of ข้อ 26), https://www.takfacity.go.th/news/detail/91365/data.html (ข้อ 27's words,
 * the citation up to ฉบับที่ 3), https://www.klongmai-sampran.go.th/newspreview?id=321 (the citation
 * "และที่แก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561"), http://muangchanthanimit.go.th/index.php/2011-09-09-18-59-53/91-2555?tmpl=component&print=1&page=
 * (ข้อ 4's definition quoted in a ส่วนที่ 1).
 *
 * Placeholders in braces (placeholders.ts) carry what changes with the อปท. and its type, so one
 * text serves every อปท.; a text for a known type has the type's words written in.
 */
import type { LocalGovernmentType } from "../catalog";
import { expandPlaceholders, typeValues } from "./placeholders";

export { expandPlaceholders, hasStrayBrace, placeholderValues, unknownPlaceholders, PLACEHOLDERS } from "./placeholders";

/** The sections of the editable text, in print order. */
export const BOOK_SECTION_KEYS = ["foreword", "introduction", "objectives", "steps", "timeline", "tools", "benefits"] as const;
export type BookSectionKey = (typeof BOOK_SECTION_KEYS)[number];

export interface BookSection {
  readonly key: BookSectionKey;
  /** "คำนำ", "1. บทนำ", "2. วัตถุประสงค์ของแผนการดำเนินงาน", … as printed */
  readonly heading: string;
  /** Paragraphs as typed (or the defaults), placeholders such as {ชื่อ อปท.} not yet expanded. */
  readonly paragraphs: readonly string[];
}

export interface BookText {
  /** One per BOOK_SECTION_KEYS entry, in that order. */
  readonly sections: readonly BookSection[];
  /** From the sheet ข้อความเล่มแผน, or OpPlan's defaults. */
  readonly from: "sheet" | "default";
}

/** What the sheet's ส่วน column calls each section. */
export const BOOK_SECTION_LABEL: Readonly<Record<BookSectionKey, string>> = {
  foreword: "คำนำ",
  introduction: "บทนำ",
  objectives: "วัตถุประสงค์",
  steps: "ขั้นตอนการจัดทำ",
  timeline: "ระยะเวลา",
  tools: "เครื่องมือ",
  benefits: "ประโยชน์",
};

export const REGULATION_AS_AMENDED =
  "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561";

const DEFAULTS: readonly BookSection[] = [
  {
    key: "foreword",
    heading: "คำนำ",
    paragraphs: [
      `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {ปีงบประมาณ} {ฉบับ} ของ{ชื่อ อปท.} จัดทำขึ้นตาม${REGULATION_AS_AMENDED} ข้อ 26 และข้อ 27 ` +
        "เพื่อแสดงรายละเอียดแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ของ{ชื่อ อปท.} ในปีงบประมาณ พ.ศ. {ปีงบประมาณ} " +
        "ทั้งโครงการตาม{ข้อบัญญัติ}งบประมาณรายจ่าย และโครงการของหน่วยงานอื่นที่เข้ามาดำเนินการในพื้นที่",
      "แผนการดำเนินงานฉบับนี้ประกอบด้วย ส่วนที่ 1 บทนำ และส่วนที่ 2 บัญชีโครงการ/กิจกรรม/งบประมาณ เพื่อใช้เป็นแนวทางในการปฏิบัติงานของส่วนราชการ " +
        "และเป็นเครื่องมือในการควบคุม กำกับ ติดตาม และประเมินผลการดำเนินงานให้เป็นไปอย่างมีประสิทธิภาพ",
      "{ชื่อ อปท.} หวังเป็นอย่างยิ่งว่าแผนการดำเนินงานฉบับนี้จะเป็นประโยชน์ต่อการพัฒนาท้องถิ่นและประชาชน " +
        "และขอขอบคุณทุกหน่วยงานและทุกท่านที่มีส่วนร่วมในการจัดทำแผนการดำเนินงานฉบับนี้",
    ],
  },
  {
    key: "introduction",
    heading: "1. บทนำ",
    paragraphs: [
      `${REGULATION_AS_AMENDED} ข้อ 4 ให้ความหมายของ “แผนการดำเนินงาน” ว่า แผนการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น` +
        "ที่แสดงถึงรายละเอียดแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ขององค์กรปกครองส่วนท้องถิ่นประจำปีงบประมาณนั้น",
      "แผนการดำเนินงานเป็นแผนที่แยกออกมาจากแผนพัฒนาท้องถิ่น จัดทำหลังจากประกาศใช้{ข้อบัญญัติ}งบประมาณรายจ่ายประจำปีแล้ว " +
        "และรวบรวมแผนงาน/โครงการของทุกหน่วยงานที่จะดำเนินการในพื้นที่ไว้ในที่เดียว ทำให้การดำเนินงานของ{ชื่อ อปท.} ในปีงบประมาณ พ.ศ. {ปีงบประมาณ} " +
        "มีความชัดเจนในการปฏิบัติ ลดความซ้ำซ้อนของโครงการ มีการประสานและบูรณาการการทำงานกับหน่วยงานอื่น และทำให้การติดตามและประเมินผลเมื่อสิ้นปีทำได้สะดวกขึ้น",
      "โครงการ/กิจกรรมในแผนการดำเนินงานมีที่มา ดังนี้",
      "(1) {ข้อบัญญัติ}งบประมาณรายจ่ายประจำปี {ข้อบัญญัติ}งบประมาณรายจ่ายเพิ่มเติม และการจ่ายขาดเงินสะสมของ{ชื่อ อปท.} " +
        "รวมทั้งเงินอุดหนุนที่{ชื่อ อปท.}อุดหนุนให้หน่วยงานอื่นดำเนินการ",
      "(2) แผนงาน/โครงการของหน่วยราชการส่วนกลาง ส่วนภูมิภาค รัฐวิสาหกิจ และหน่วยงานอื่นที่ดำเนินการในพื้นที่ของ{ชื่อ อปท.}",
    ],
  },
  {
    key: "objectives",
    heading: "2. วัตถุประสงค์ของแผนการดำเนินงาน",
    paragraphs: [
      "2.1 เพื่อแสดงรายละเอียดแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ของ{ชื่อ อปท.} ในปีงบประมาณ พ.ศ. {ปีงบประมาณ}",
      "2.2 เพื่อให้การดำเนินงานมีความชัดเจน ว่าโครงการใดจะดำเนินการที่ใด ในช่วงเดือนใด ด้วยงบประมาณเท่าใด และหน่วยงานใดรับผิดชอบ",
      "2.3 เพื่อลดความซ้ำซ้อนของโครงการ และประสานและบูรณาการการทำงานกับหน่วยงานอื่นที่ดำเนินการในพื้นที่",
      "2.4 เพื่อใช้เป็นเครื่องมือในการติดตามและประเมินผลการดำเนินงานตามแผนพัฒนาท้องถิ่น",
    ],
  },
  {
    key: "steps",
    heading: "3. ขั้นตอนการจัดทำแผนการดำเนินงาน",
    paragraphs: [
      "ระเบียบดังกล่าว ข้อ 26 กำหนดขั้นตอนการจัดทำแผนการดำเนินงาน ดังนี้",
      "3.1 {คณะกรรมการสนับสนุน}รวบรวมแผนงาน/โครงการพัฒนาของ{ชื่อ อปท.} หน่วยราชการส่วนกลาง ส่วนภูมิภาค รัฐวิสาหกิจ " +
        "และหน่วยงานอื่น ๆ ที่ต้องดำเนินการในพื้นที่ของ{ชื่อ อปท.} แล้วจัดทำร่างแผนการดำเนินงานเสนอ{คณะกรรมการพัฒนา}",
      "3.2 {คณะกรรมการพัฒนา}พิจารณาร่างแผนการดำเนินงาน แล้วเสนอ{ผู้บริหารท้องถิ่น}",
      "3.3 {ผู้บริหารท้องถิ่น}พิจารณาให้ความเห็นชอบ และประกาศเป็นแผนการดำเนินงาน แล้วปิดประกาศให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน" +
        "ภายใน 15 วันนับแต่วันที่ประกาศ และปิดประกาศไว้อย่างน้อย 30 วัน",
      "ขั้นตอนดังกล่าวเขียนเป็นแผนภูมิได้ ดังนี้",
    ],
  },
  {
    key: "timeline",
    heading: "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน",
    paragraphs: [
      "ระเบียบดังกล่าว ข้อ 27 กำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายใน 30 วันนับแต่วันที่ประกาศใช้{ข้อบัญญัติ}งบประมาณรายจ่ายประจำปี " +
        "งบประมาณรายจ่ายเพิ่มเติม งบประมาณจากเงินสะสม หรือได้รับแจ้งแผนงานและโครงการจากหน่วยราชการส่วนกลาง ส่วนภูมิภาค รัฐวิสาหกิจ " +
        "หรือหน่วยงานอื่น ๆ ที่ต้องดำเนินการในพื้นที่ในปีงบประมาณนั้น การขยายเวลาการจัดทำและการแก้ไขแผนการดำเนินงานเป็นอำนาจของ{ผู้บริหารท้องถิ่น}",
      "เมื่อประกาศใช้แผนการดำเนินงานแล้ว ต้องปิดประกาศภายใน 15 วันนับแต่วันที่ประกาศ เพื่อให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน " +
        "และต้องปิดประกาศไว้อย่างน้อย 30 วัน ตามข้อ 26 (2)",
    ],
  },
  {
    key: "tools",
    heading: "5. เครื่องมือของแผนการดำเนินงาน",
    paragraphs: [
      "เครื่องมือที่ใช้ในการจัดทำแผนการดำเนินงาน คือ แบบบัญชีในส่วนที่ 2 ดังนี้",
      "5.1 แบบ ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ แยกตามยุทธศาสตร์และแผนงาน",
      "5.2 แบบ ผด.02 บัญชีโครงการ/กิจกรรม/งบประมาณ แสดงรายละเอียดของกิจกรรม งบประมาณ สถานที่ดำเนินการ หน่วยงานรับผิดชอบหลัก และเดือนที่ดำเนินการ",
      "5.3 แบบ ผด.02/1 บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
    ],
  },
  {
    key: "benefits",
    heading: "6. ประโยชน์ของแผนการดำเนินงาน",
    paragraphs: [
      "6.1 ทำให้ทราบแผนงาน/โครงการและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ พร้อมงบประมาณ สถานที่ หน่วยงานรับผิดชอบ และระยะเวลาดำเนินการ",
      "6.2 ส่วนราชการของ{ชื่อ อปท.} ใช้เป็นแนวทางในการปฏิบัติงานให้เป็นไปตามแผนพัฒนาท้องถิ่นและงบประมาณที่ได้รับ",
      "6.3 ช่วยประสานการทำงานกับหน่วยงานอื่นในพื้นที่ ลดความซ้ำซ้อนของโครงการ และใช้งบประมาณได้อย่างคุ้มค่า",
      "6.4 {ผู้บริหารท้องถิ่น}ใช้เป็นเครื่องมือในการควบคุม กำกับ และติดตามการดำเนินงานให้เป็นไปอย่างเหมาะสมและมีประสิทธิภาพ",
      "6.5 ประชาชนในท้องถิ่นได้ทราบและมีส่วนร่วมในการตรวจสอบการดำเนินงานของ{ชื่อ อปท.}",
    ],
  },
];

/** The default section of one key (a section the sheet leaves empty falls back to it). */
export function defaultSection(key: BookSectionKey, type: LocalGovernmentType | null = null): BookSection {
  return defaultBookText(type).sections.find((s) => s.key === key)!;
}

/**
 * The default text. For a known type its words (committees, executive, ข้อบัญญัติ/เทศบัญญัติ) are
 * written in, and only what belongs to the อปท. itself stays in braces; for null every
 * placeholder stays, and the book fills them in from ตั้งค่า whatever the type.
 */
export function defaultBookText(type: LocalGovernmentType | null): BookText {
  const words = type ? typeValues(type) : {};
  return {
    sections: DEFAULTS.map((s) => ({ key: s.key, heading: s.heading, paragraphs: s.paragraphs.map((p) => expandPlaceholders(p, words)) })),
    from: "default",
  };
}
