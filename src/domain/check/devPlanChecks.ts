import { cellAddress } from "../../core/address";
import { amountIn } from "../devPlan/link";
import { devPlanLinks, entryWhere } from "../devPlanLinks";
import type { WorkbookReading } from "../read/readWorkbook";
import { currentFiscalYear } from "../thaiCalendar";
import { baht, clip, type Add } from "./collect";
import { isOtherAgencyProject } from "./otherAgency";

const AMEND = "เพิ่มเติมหรือเปลี่ยนแปลงแผนพัฒนาท้องถิ่น (เพิ่มเติม/เปลี่ยนแปลง ครั้งที่ N/25xx) ให้มีโครงการนี้ก่อนตั้งงบประมาณ";

/** Where the plan the user gave is: in this workbook, or the file chosen beside it. */
const inPlan = (r: WorkbookReading) => (r.devPlan?.origin === "file" ? "ในไฟล์แผนพัฒนาที่เลือก" : "ในแผนพัฒนา");

/**
 * This year's projects against the development plan, when there is one: each of the อปท.'s own
 * projects should be one of its entries (NOT_IN_DEV_PLAN), with an amount for this year
 * (NOT_PLANNED_THIS_YEAR); two entries too close to tell apart are asked about (DEV_PLAN_AMBIGUOUS).
 * Without a plan nothing is said: most workbooks carry none, and the check cannot know it exists.
 */
export function checkDevPlan(r: WorkbookReading, add: Add, today: Date): void {
  if (r.devPlanUnread) {
    add(
      "DEV_PLAN_UNREAD",
      r.projectSheets[0]?.name ?? r.sheetOrder[0] ?? "",
      "",
      "ไฟล์แผนพัฒนาท้องถิ่นที่เลือกไม่มีแผ่นงานแบบ ผ.02 ที่อ่านได้ จึงไม่ได้ใช้แผนพัฒนาในการจัดหมวดหมู่และตรวจโครงการ",
      'เลือกไฟล์แผนพัฒนาที่มีแผ่นงาน ผ.02 (หัวตาราง "ที่" "โครงการ" และงบประมาณรายปี เช่น "2566 (บาท)" … "2570 (บาท)")',
    );
    return;
  }
  const plan = r.devPlan;
  if (!plan) return;
  // What the reader could not take as written is said where it is: a sheet of this workbook or of the plan file.
  const where = plan.origin === "file" ? " (ในไฟล์แผนพัฒนาที่เลือก)" : "";
  for (const s of plan.sheets) for (const n of s.notes ?? []) add("DEV_PLAN_NOTE", s.name, n.cell, `${n.message}${where}`, n.fix);
  if (r.projects.length === 0) return;
  const year = r.fiscalYear ?? currentFiscalYear(today);
  const links = devPlanLinks(r, today);
  // A year the plan does not cover is one thing to fix, not one per project.
  const covered = plan.years.includes(year);
  if (!covered && plan.years.length) {
    const first = plan.sheets.find((s) => s.read) ?? plan.sheets[0];
    add(
      "NOT_PLANNED_THIS_YEAR",
      first.name,
      first.cell,
      `แผนพัฒนาท้องถิ่นที่ใช้ครอบคลุมปี พ.ศ. ${plan.years[0]}–${plan.years[plan.years.length - 1]} ไม่มีปีงบประมาณ พ.ศ. ${year} ของแผนนี้`,
      "ใช้แผนพัฒนาท้องถิ่นฉบับที่ครอบคลุมปีงบประมาณนี้ หรือแก้ปีงบประมาณของแผนการดำเนินงานให้ถูกต้อง",
    );
  }
  for (const p of r.projects) {
    const link = links.get(p);
    if (!link) continue;
    const at = p.cells.name ?? cellAddress(p.row, 0);
    const what = `โครงการ "${clip(p.name)}"`;
    if (link.ambiguous) {
      const [a, b] = link.candidates;
      add(
        "DEV_PLAN_AMBIGUOUS",
        p.sheet,
        at,
        `${what} ใกล้เคียงกับโครงการ${inPlan(r)}สองรายการพอ ๆ กัน: ${entryWhere(a.entry, clip)} และ ${entryWhere(b.entry, clip)} จึงไม่ได้เลือกให้`,
        "ระบุให้ชัดว่าเป็นรายการใด: แก้ชื่อโครงการให้ตรงกับชื่อในแผนพัฒนา (เช่น หมู่ที่ ซอย ช่วง) หรือเลือกรายการในแผงจัดหมวดหมู่",
      );
    } else if (!link.entry) {
      // Other agencies' projects need not be in the plan; equipment is in ผ.03, which is not read.
      if (p.kind === "equipment" || isOtherAgencyProject(p, r)) continue;
      const near = link.candidates[0];
      add(
        "NOT_IN_DEV_PLAN",
        p.sheet,
        at,
        `${what} ไม่พบ${inPlan(r)} (ผ.02)${near ? ` รายการที่ใกล้ที่สุดคือ ${entryWhere(near.entry, clip)} แต่ไม่ตรงพอ` : ""}`,
        `ถ้าเป็นโครงการของ อปท. เอง ให้${AMEND} ถ้าเป็นโครงการเดียวกับในแผนพัฒนา ให้แก้ชื่อให้ตรงกัน ถ้าเป็นโครงการของหน่วยงานอื่น ให้ระบุแหล่งงบประมาณว่า "หน่วยงานอื่น"`,
      );
    } else if (covered && !((amountIn(link.entry, year) ?? 0) > 0)) {
      const planned = link.entry.amounts.filter((x) => x.amount !== null && x.amount > 0);
      add(
        "NOT_PLANNED_THIS_YEAR",
        p.sheet,
        at,
        `${what} อยู่${inPlan(r)} ${entryWhere(link.entry, clip)} แต่ไม่ได้ตั้งงบประมาณปี พ.ศ. ${year} ไว้${planned.length ? ` (ตั้งไว้ปี ${planned.map((x) => `${x.year} ${baht(x.amount!)} บาท`).join(", ")})` : ""}`,
        `เปลี่ยนแปลงแผนพัฒนาท้องถิ่นให้มีงบประมาณปี ${year} ของโครงการนี้ก่อนตั้งงบประมาณ หรือดำเนินการในปีที่แผนพัฒนากำหนด`,
      );
    }
  }
}
