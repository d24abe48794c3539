import { collector, FIRST_CELLS } from "./check/collect";
import { ACTION_HINT, type Finding } from "./findings";
import type { PlanModel, PlanProject } from "./planModel";

/**
 * What the forms' grouping rests on beyond the user's own labels: rows placed by the tree or by a
 * confident suggestion (one notice with the count), and rows left in a "ยังไม่ระบุ" group (one
 * warning per sheet, with the count and the first cells).
 */
export function planFindings(plan: PlanModel, sheetOrder: readonly string[] = []): Finding[] {
  const { add, sorted } = collector();
  const guessed = plan.projects.filter((p) => [p.placed.strategy, p.placed.plan, p.placed.equipmentType].includes("suggestion"));
  const isGuessed = new Set(guessed);
  const deduced = plan.projects.filter((p) => !isGuessed.has(p) && [p.placed.strategy, p.placed.plan].includes("tree"));
  if (guessed.length || deduced.length) {
    const first = guessed[0] ?? deduced[0];
    const parts = [
      guessed.length ? `${guessed.length} โครงการตามคำแนะนำจากชื่อโครงการ (ความมั่นใจ 75% ขึ้นไป)` : "",
      deduced.length ? `${deduced.length} โครงการตามผังยุทธศาสตร์ (แผนงานที่อยู่ใต้ยุทธศาสตร์เดียว)` : "",
    ].filter(Boolean);
    add(
      "PLACED_BY_SUGGESTION",
      first.sheet,
      cellOf(first),
      `บัญชีจัดหมวด ${parts.join(" และ ")} เพราะแถวเหล่านี้ไม่ได้ระบุยุทธศาสตร์หรือแผนงานเอง`,
      `ตรวจว่าถูกต้อง: ${ACTION_HINT.classify}เพื่อดูและยืนยันทีละแถว หรือกรอกยุทธศาสตร์และแผนงานในแถวเอง`,
      { count: guessed.length + deduced.length, cells: [...guessed, ...deduced].slice(0, FIRST_CELLS).map((p) => cellOf(p)) },
    );
  }
  const bySheet = new Map<string, PlanProject[]>();
  for (const p of plan.projects) {
    const open = p.strategy === null || p.plan === null || (p.kind === "equipment" && p.equipmentType === null);
    if (!open) continue;
    const rows = bySheet.get(p.sheet);
    if (rows) rows.push(p);
    else bySheet.set(p.sheet, [p]);
  }
  for (const [sheet, rows] of bySheet) {
    const what = new Set<string>();
    for (const p of rows) {
      if (p.strategy === null && p.kind === "project") what.add("ยุทธศาสตร์");
      if (p.plan === null) what.add("แผนงาน");
      if (p.kind === "equipment" && p.equipmentType === null) what.add("ประเภทครุภัณฑ์");
    }
    if (what.size === 0) continue;
    const words = [...what].join(" ");
    add(
      "UNCLASSIFIED",
      sheet,
      cellOf(rows[0], what),
      `${rows.length} โครงการในแผ่นงานนี้ยังไม่ระบุ${words} และคำแนะนำจากชื่อโครงการยังไม่มั่นใจพอ จึงอยู่ในหมวด "ยังไม่ได้ระบุ" ของบัญชี`,
      `กรอก${words}ในแถวเหล่านี้ หรือ${ACTION_HINT.classify}เพื่อเลือกจากคำแนะนำ แล้วสร้างบัญชีอีกครั้ง`,
      { count: rows.length, cells: rows.slice(0, FIRST_CELLS).map((p) => cellOf(p, what)) },
    );
  }
  return sorted(sheetOrder);
}

function cellOf(p: PlanProject, what: ReadonlySet<string> = new Set()): string {
  if (what.has("แผนงาน") || p.placed.plan !== "label") return p.cells.plan;
  if (what.has("ยุทธศาสตร์") || p.placed.strategy !== "label") return p.cells.strategy;
  return p.cells.equipmentType;
}
