import { cellAddress } from "../../core/address";
import { EQUIPMENT_TYPES } from "../catalog";
import { EQUIPMENT_CONFIDENT, resolveEquipmentType, suggestEquipmentType } from "../classify/equipmentTypes";
import { typedText } from "../parse/text";
import { matchPlan } from "../planNames";
import type { ProjectRecord } from "../project";
import type { WorkbookReading } from "../read/readWorkbook";
import { matchStrategy } from "../strategyNames";
import { baht, clip, FIRST_CELLS, type Add } from "./collect";
import { suggestPlan } from "./planSuggestion";

const LABEL: Record<string, string> = {
  name: "ชื่อโครงการ",
  detail: "รายละเอียด",
  location: "สถานที่ดำเนินการ",
  unit: "หน่วยงานรับผิดชอบ",
  strategy: "ยุทธศาสตร์",
  plan: "แผนงาน",
  source: "แหล่งงบประมาณ",
  equipmentType: "ประเภทครุภัณฑ์",
};

/** Every check of one project row. */
export function checkProjects(r: WorkbookReading, add: Add): void {
  // When a month header names the wrong year, that one cell is the finding, not every row under it.
  const wrongHeader = new Set(r.projectSheets.filter((s) => s.headerYear && r.fiscalYear !== null && s.headerYear.year !== r.fiscalYear).map((s) => s.name));
  const asText = new Map<string, { cell: string; typed: string; value: number }[]>();
  for (const p of r.projects) {
    checkProject(p, r, add, wrongHeader);
    const b = p.budget;
    if ((b.kind === "text" || b.kind === "dash") && b.value >= 0) {
      const list = asText.get(p.sheet) ?? [];
      list.push({ cell: p.cells.budget ?? cellAddress(p.row, 0), typed: typedText(p.rawTexts.budget ?? b.text), value: b.value });
      asText.set(p.sheet, list);
    }
  }
  // An office that types every amount as text does so on every row: one thing to know, not hundreds.
  for (const [sheet, list] of asText) {
    const [first] = list;
    const fix = "ถ้าถูกต้องไม่ต้องแก้ หรือพิมพ์ใหม่เป็นตัวเลขเพื่อให้ Excel รวมยอดได้";
    if (list.length === 1) add("BUDGET_AS_TEXT", sheet, first.cell, `งบประมาณ "${first.typed}" พิมพ์เป็นข้อความ อ่านได้เป็น ${baht(first.value)} บาท`, fix);
    else
      add(
        "BUDGET_AS_TEXT",
        sheet,
        first.cell,
        `งบประมาณ ${list.length} เซลล์ในแผ่นงานนี้พิมพ์เป็นข้อความ (${list
          .slice(0, 3)
          .map((x) => `${x.cell} "${x.typed}"`)
          .join(", ")}${list.length > 3 ? " …" : ""}) อ่านได้เป็นตัวเลขทุกเซลล์`,
        fix,
        { count: list.length, cells: list.slice(0, FIRST_CELLS).map((x) => x.cell) },
      );
  }
}

function checkProject(p: ProjectRecord, r: WorkbookReading, add: Add, wrongHeader: ReadonlySet<string>): void {
  const at = (f: string) => p.cells[f] ?? cellAddress(p.row, 0);
  const what = p.name ? `"${clip(p.name)}"` : `แถว ${p.row + 1}`;
  if (!p.name) add("NAME_MISSING", p.sheet, at("name"), `แถว ${p.row + 1} มีข้อมูลแต่ไม่มีชื่อโครงการ`, "กรอกชื่อโครงการ หรือลบแถวนี้ถ้าไม่ใช่โครงการ");

  const b = p.budget;
  const typedBudget = () => typedText(p.rawTexts.budget ?? ("text" in b ? b.text : ""));
  if (b.kind === "empty") add("BUDGET_MISSING", p.sheet, at("budget"), `โครงการ ${what} ไม่มีงบประมาณ`, "กรอกงบประมาณเป็นตัวเลข (บาท) ถ้าไม่ใช้งบประมาณให้ใส่ 0");
  else if (b.kind === "invalid" || b.kind === "error")
    add("BUDGET_INVALID", p.sheet, at("budget"), `อ่านงบประมาณ "${typedBudget()}" ของโครงการ ${what} เป็นตัวเลขไม่ได้`, "กรอกงบประมาณเป็นตัวเลขจำนวนเดียว เช่น 150000");
  else if (b.value < 0) add("BUDGET_NEGATIVE", p.sheet, at("budget"), `งบประมาณของโครงการ ${what} ติดลบ (${baht(b.value)} บาท)`, "กรอกงบประมาณเป็นจำนวนบวก");

  if (p.hidden)
    add(
      "HIDDEN_ROW",
      p.sheet,
      at("name"),
      `แถว ${p.row + 1} ถูกซ่อนอยู่ แต่โครงการ ${what}${"value" in b ? ` (${baht(b.value)} บาท)` : ""} ยังนับรวมในบัญชี เหมือนที่ SUM ของ Excel นับแถวที่ซ่อน`,
      "ถ้าโครงการนี้ไม่อยู่ในแผนปีนี้ ให้ลบแถว ถ้าอยู่ ให้เลิกซ่อนแถว (คลิกขวาที่หมายเลขแถว → ยกเลิกการซ่อน)",
    );

  // With nothing read, point at where the months belong on this sheet, not at column A.
  const monthField =
    p.monthsFrom === "period" ? "period" : p.monthsFrom === "range" ? "start" : p.monthsFrom === "columns" ? "months" : (["months", "period", "start", "end"].find((f) => p.cells[f]) ?? "months");
  const monthCell = at(monthField);
  if (p.monthsInvalid) add("MONTHS_MISSING", p.sheet, monthCell, `อ่านระยะเวลาดำเนินการของโครงการ ${what} ไม่ได้`, "เขียนเป็น เช่น ต.ค. 67 - ก.ย. 68 หรือทำเครื่องหมายในช่องเดือน");
  else if (!p.months.some(Boolean) && !p.monthsOutsideFy)
    add("MONTHS_MISSING", p.sheet, monthCell, `โครงการ ${what} ไม่ได้ระบุเดือนที่ดำเนินการ`, "ทำเครื่องหมาย ✓ หรือระบายสีในช่องเดือนที่ดำเนินการ");
  if (p.monthsOutsideFy && !(p.monthsFrom === "columns" && wrongHeader.has(p.sheet)))
    add("MONTHS_OUTSIDE_FY", p.sheet, monthCell, `โครงการ ${what} มีเดือนดำเนินการนอกปีงบประมาณ พ.ศ. ${r.fiscalYear ?? ""}`, "ระบุเฉพาะเดือน ต.ค.–ก.ย. ของปีงบประมาณนี้");
  if (p.monthsReversed) add("MONTHS_REVERSED", p.sheet, monthCell, `ระยะเวลาของโครงการ ${what} เดือนสิ้นสุดมาก่อนเดือนเริ่มต้น`, "สลับเดือนเริ่มต้นและเดือนสิ้นสุด");

  if (p.plan && !matchPlan(p.plan.text)) {
    const near = suggestPlan(p.plan.text);
    add(
      "UNKNOWN_PLAN",
      p.sheet,
      p.plan.cell,
      `ไม่รู้จักแผนงาน "${clip(p.plan.typed)}" (บัญชีจะจัดไว้ใต้แผนงานนี้ตามที่พิมพ์)`,
      near ? `ใช้ชื่อแผนงานมาตรฐาน: ${near.name}` : "เลือกแผนงานจากรายการ",
    );
  }
  if (p.strategy && r.strategiesFrom === "sheet" && !matchStrategy(p.strategy.text, r.strategies.strategies))
    add(
      "UNKNOWN_STRATEGY",
      p.sheet,
      p.strategy.cell,
      `ไม่พบยุทธศาสตร์ "${clip(p.strategy.typed)}" ในแผ่นงาน${r.strategies.sheet ?? "ยุทธศาสตร์"}`,
      "ใช้ชื่อหรือลำดับยุทธศาสตร์ตามแผ่นงานยุทธศาสตร์ หรือเพิ่มยุทธศาสตร์นี้ในแผ่นงานยุทธศาสตร์",
    );
  if (!p.unit) add("UNIT_MISSING", p.sheet, at("unit"), `โครงการ ${what} ไม่ระบุหน่วยงานรับผิดชอบหลัก`, "กรอกหน่วยงาน เช่น กองช่าง สำนักปลัด หรือชื่อหน่วยงานอื่นที่ดำเนินการ");

  if (p.kind === "equipment") {
    if (!p.equipmentType) {
      // The name may say it plainly (คอมพิวเตอร์, รถบรรทุกขยะ): ผด.02/1 then lists it there, and says so.
      const s = suggestEquipmentType(p.name, p.detail);
      const sure = s !== null && s.confidence >= EQUIPMENT_CONFIDENT;
      add(
        "EQUIPMENT_TYPE_MISSING",
        p.sheet,
        at("equipmentType"),
        `ครุภัณฑ์ ${what} ไม่ระบุประเภทครุภัณฑ์${sure ? ` บัญชี ผด.02/1 จัดไว้ใน${s.type}ตามชื่อ` : ""}`,
        sure
          ? `ถ้าถูกต้องไม่ต้องแก้ หรือกรอกประเภทครุภัณฑ์ในแถวนี้`
          : `เลือกประเภท${s ? ` (ตามชื่ออาจเป็น${s.alternatives.slice(0, 2).map((a) => a.type).join(" หรือ ")})` : " เช่น ครุภัณฑ์สำนักงาน ครุภัณฑ์คอมพิวเตอร์"}`,
      );
    } else if (!resolveEquipmentType(p.equipmentType.text))
      add(
        "EQUIPMENT_TYPE_UNKNOWN",
        p.sheet,
        p.equipmentType.cell,
        `ไม่รู้จักประเภทครุภัณฑ์ "${clip(p.equipmentType.typed)}"`,
        `เลือกจากรายการ: ${EQUIPMENT_TYPES.slice(0, 4).join(", ")} ฯลฯ`,
      );
  }
  for (const [field, text] of Object.entries(p.rawTexts)) {
    if (field === "budget" || field === "no") continue;
    const t = text.trimStart();
    if (/^[=+@]/.test(t) || /^-\s*\S/.test(t))
      add(
        "FORMULA_LIKE_TEXT",
        p.sheet,
        p.cells[field],
        `${LABEL[field] ?? field} "${clip(t)}" ขึ้นต้นด้วย ${t[0]} ซึ่ง Excel อาจตีความเป็นสูตร`,
        "ลบเครื่องหมายนำหน้าออก (OpPlan จะเขียนเป็นข้อความเสมอ)",
      );
  }
}
