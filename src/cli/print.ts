import type { BookPart } from "../commands/generateResult";
import type { AnnounceOutcome } from "../commands/announcePlan";
import type { CheckResult } from "../commands/checkResult";
import type { GenerateOutcome } from "../commands/generateResult";
import { baht } from "../domain/check/collect";
import type { Finding } from "../domain/findings";
import { thaiLongDate } from "../domain/thaiCalendar";
import { forCli } from "./hints";
import type { TrackOutcome } from "../commands/trackResult";
import type { TrackingFigures } from "../domain/tracking/types";
import { percentOf } from "../reports/forms/common";

/** How the CLI prints what it found and made. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const SEVERITY_LABEL = { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "ข้อสังเกต" } as const;

const percent = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One finding on one line, its hint naming the CLI's commands rather than the pane's buttons. */
export function findingLine(f: Finding): string {
  return `[${SEVERITY_LABEL[f.severity]}] ${f.sheet}${f.cell ? `!${f.cell}` : ""} ${f.code}: ${forCli(f.message)} → ${forCli(f.fix)}`;
}

export function printFindings(findings: readonly Finding[], io: CliIo, limit = 50): void {
  for (const f of findings.slice(0, limit)) io.out(`  ${findingLine(f)}`);
  if (findings.length > limit) io.out(`  … และอีก ${findings.length - limit} รายการ (ดูทั้งหมดด้วย --json)`);
}

export function printCheck(input: string, r: CheckResult, io: CliIo): void {
  const count = (s: Finding["severity"]) => r.findings.filter((f) => f.severity === s).length;
  const s = r.summary;
  io.out(`ตรวจสอบ ${input}: ปีงบประมาณ พ.ศ. ${s.fiscalYear ?? "?"} · ${s.projects.toLocaleString("th-TH")} โครงการ · งบประมาณรวม ${baht(s.budget)} บาท`);
  const plan = r.devPlan;
  if (plan)
    io.out(
      `แผนพัฒนาท้องถิ่น${plan.origin === "file" ? " (ไฟล์ --dev-plan)" : ""}: ${plan.entries.toLocaleString("th-TH")} โครงการ จากแผ่นงาน ${plan.sheets.join(", ") || "-"}` +
        (plan.years.length ? ` · ปี พ.ศ. ${plan.years[0]}–${plan.years[plan.years.length - 1]}` : ""),
    );
  io.out(`พบ ${SEVERITY_LABEL.error} ${count("error")} · ${SEVERITY_LABEL.warning} ${count("warning")} · ${SEVERITY_LABEL.info} ${count("info")}`);
}

/** Why nothing was written: each reason with its fix, on the error stream, in Thai (the codes are in --json). */
export function printRefused(what: string, refused: readonly Finding[], io: CliIo): void {
  io.err(`${what} — ไม่ได้เขียนไฟล์ผลลัพธ์`);
  for (const f of refused) io.err(`  แผ่นงาน "${f.sheet}"${f.cell ? ` เซลล์ ${f.cell}` : ""}: ${forCli(f.message)} → ${forCli(f.fix)}`);
}

/**
 * The ผด.01 totals: the whole plan, then each strategy with its shares; and, when there is
 * equipment, why they are less than the check's total (ผด.02/1 lists it, not ผด.01).
 */
export function printFormsSummary(r: GenerateOutcome, io: CliIo, checkedBudget?: number): void {
  const s = r.summary;
  io.out(`   ผด.01 ปีงบประมาณ พ.ศ. ${s.fiscalYear}: รวม ${s.projects.toLocaleString("th-TH")} โครงการ · งบประมาณ ${baht(s.budget)} บาท`);
  for (const g of s.strategies)
    io.out(`     ${g.name}: ${g.projects.toLocaleString("th-TH")} โครงการ (ร้อยละ ${percent(g.percentProjects)}) · ${baht(g.budget)} บาท (ร้อยละ ${percent(g.percentBudget)})`);
  if (r.equipment.items > 0)
    io.out(
      `   ผด.01 ไม่รวมครุภัณฑ์ ${r.equipment.items.toLocaleString("th-TH")} รายการ ${baht(r.equipment.budget)} บาท ซึ่งอยู่ในบัญชี ผด.02/1` +
        (checkedBudget !== undefined ? `: ยอดการตรวจสอบ ${baht(checkedBudget)} บาท = ผด.01 ${baht(s.budget)} + ผด.02/1 ${baht(r.equipment.budget)}` : ""),
    );
  for (const x of r.renamed) io.out(`   ${x.form} อยู่ในชีต "${x.sheet}" เพราะมีชีตชื่อ ${x.form} ของผู้ใช้อยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)`);
}

/** The timetable of the announcement: each date in words (Buddhist era), its basis and state. */
/** The book's parts in print order with their pages, as the สารบัญ and the footers number them. */
export function printBook(parts: readonly BookPart[], io: CliIo): void {
  for (const p of parts) {
    const pages =
      p.pages === null
        ? `เริ่มหน้า ${p.firstPageLabel} (ตั้ง "หมายเลขหน้าแรก" ของชีตนี้เป็น ${p.firstPageLabel} เองในการตั้งค่าหน้ากระดาษ)`
        : p.firstPageLabel === null
          ? `${p.pages} หน้า ไม่มีเลขหน้า`
          : p.firstPage !== null && p.pages > 1
            ? `หน้า ${p.firstPage}–${p.firstPage + p.pages - 1}`
            : `หน้า ${p.firstPageLabel}${p.pages > 1 ? ` (${p.pages} หน้า)` : ""}`;
    io.out(`   ${p.title}${p.sheet !== p.title ? ` [ชีต ${p.sheet}]` : ""} · ${pages}`);
  }
}

export function printTimetable(r: Pick<AnnounceOutcome, "timetable" | "findings">, io: CliIo): void {
  for (const row of r.timetable) io.out(`   ${row.label}: ${row.date ? thaiLongDate(row.date) : row.instead} · ${row.basis} · ${row.state}`);
  for (const f of r.findings) io.out(`   ${findingLine(f)}`);
}

/** ติดตามผล: how the entries were carried over, then the report's figures per ยุทธศาสตร์. */
export function printTracking(r: TrackOutcome, io: CliIo): void {
  const { rows } = r;
  io.out(
    `   ${rows.total.toLocaleString("th-TH")} แถว · ข้อมูลเดิมตามรหัส ${rows.byKey} ตามชื่อ ${rows.byName} · โครงการใหม่ ${rows.added} · ไม่อยู่ในแผนแล้ว (เก็บไว้) ${rows.dropped}`,
  );
  const t = r.tracking;
  if (!t) return;
  io.out(`   รายงานผล ${t.round === "half" ? "รอบ 6 เดือน" : "รอบ 12 เดือน"} ข้อมูล ณ วันที่ ${thaiLongDate(t.asOf)}`);
  const line = (name: string, f: TrackingFigures) =>
    `${name}: ${f.projects} โครงการ · แล้วเสร็จ ${f.done} · อยู่ระหว่าง ${f.inProgress} · ยังไม่ได้ดำเนินการ ${f.notStarted} · ยกเลิก ${f.cancelled} · เบิกจ่าย ${baht(f.disbursed)} จาก ${baht(f.budget)} บาท (ร้อยละ ${percent(percentOf(f.disbursed, f.budget))})`;
  for (const s of t.strategies) io.out(`     ${line(s.name, s)}`);
  io.out(`     ${line("รวม", t.total)}`);
  if (t.behind.length) io.out(`   ล่าช้ากว่าแผน ${t.behind.length} โครงการ (ดูในชีต ${r.reportSheet})`);
}
