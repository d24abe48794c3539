/**
 * The flow chart of ข้อ 26's steps, drawn in cells so it prints and stays editable: each step a
 * box (a cell with an outline), an arrow row (▼) between boxes, and beside each box who does the
 * step. Built from the type of อปท. (its committees and executive), not from ข้อความเล่มแผน.
 * The boxes follow a published chart (domain.md §9; https://trpcity.go.th/ebook/actionpa/files/basic-html/page11.html):
 * รวบรวมโครงการ/กิจกรรม → จัดทำร่าง → เสนอร่างต่อคณะกรรมการพัฒนา… → พิจารณาร่าง → เสนอผู้บริหาร
 * → ให้ความเห็นชอบ → ประกาศใช้, with the posting of ข้อ 26 (2) after it.
 */
import { rect } from "../../core/rect";
import { bookWords } from "../../domain/book/bookWords";
import type { LocalGovernmentType } from "../../domain/catalog";
import { rowHeightFor } from "../forms/common";
import { TextSheet } from "./layout";

const WHO_COL = 1;
const BOX_COL = 3;
/** Air inside a box above and below its text. */
const BOX_PAD = 6;
const ARROW_ROW_PT = 18;
/**
 * Arrows drawn from a font every host has: the Thai fonts carry no ▼ of their own. That Windows'
 * Arial draws U+25BC (it is in WGL4, https://learn.microsoft.com/en-us/typography/opentype/otspec150/wgl4)
 * is unverified in Excel; LibreOffice here draws it from DejaVu Sans.
 */
const ARROW_FONT = "Arial";
/** Points below the text's size: the boxes' text, and who does each step (the secondary line). */
const CHART_SMALLER = 1;
const WHO_SMALLER = 2;

export interface FlowStep {
  /** Who does the step. */
  readonly who: string;
  /** The box's text; its line breaks are where the box's lines end, leaving air at its sides. */
  readonly step: string;
}

/**
 * A committee's long name on two lines where it reads naturally ("คณะกรรมการสนับสนุน" over
 * "การจัดทำแผนพัฒนาท้องถิ่น"), rather than wherever the column ends.
 */
export function twoLines(name: string): string {
  return name.replace(/^(คณะกรรมการสนับสนุน)(การจัดทำ.+)$/, "$1\n$2");
}

/** The steps for this type of อปท.: the regulation's steps, its committees' and executive's names. */
export function flowSteps(type: LocalGovernmentType | null, orgFullName: string): FlowStep[] {
  const w = bookWords(type);
  const support = twoLines(w.supportCommittee);
  return [
    { who: support, step: "รวบรวมโครงการ/กิจกรรม\nของ อปท. และหน่วยงานอื่น" },
    { who: support, step: "จัดทำร่างแผนการดำเนินงาน" },
    { who: support, step: `เสนอร่างแผนการดำเนินงาน\nต่อ${w.developmentCommittee}` },
    { who: w.developmentCommittee, step: "พิจารณาร่างแผนการดำเนินงาน" },
    { who: w.developmentCommittee, step: `เสนอร่างแผนการดำเนินงาน\nต่อ${w.executive}` },
    { who: w.executive, step: "ให้ความเห็นชอบ" },
    { who: w.executive, step: "ประกาศใช้แผนการดำเนินงาน" },
    { who: orgFullName || "องค์กรปกครองส่วนท้องถิ่น", step: "ปิดประกาศให้ประชาชนทราบ\nภายใน 15 วันนับแต่วันประกาศ\nและปิดไว้อย่างน้อย 30 วัน" },
  ];
}

/** Writes the chart's rows; returns its first and last row (to keep on one page). */
export function writeFlowChart(s: TextSheet, steps: readonly FlowStep[]): { from: number; to: number } {
  // A point smaller than the text, as published charts are: the boxes keep air at their sides.
  const fontSize = s.look.fontSize - CHART_SMALLER;
  const whoSize = s.look.fontSize - WHO_SMALLER;
  const centre = { hAlign: "center" as const, vAlign: "middle" as const, wrap: true };
  const from = s.text("แผนภูมิขั้นตอนการจัดทำแผนการดำเนินงาน", { bold: true, style: { hAlign: "center" } });
  s.gap(6);
  const head = s.next;
  s.cells.push([null, "ผู้ดำเนินการ", null, "ขั้นตอน"]);
  const base = { ...s.base(), fontSize };
  s.formats.push({ range: rect(head, WHO_COL), style: { ...base, ...centre, bold: true, underline: true } });
  s.formats.push({ range: rect(head, BOX_COL), style: { ...base, ...centre, bold: true, underline: true } });
  s.rowHeights.push({ row: head, height: rowHeightFor(1, fontSize) + 4 });
  steps.forEach((st, i) => {
    const row = s.next;
    const who = s.look.digits(st.who);
    const step = s.look.digits(st.step);
    const values: (string | null)[] = [];
    values[WHO_COL] = who;
    values[BOX_COL] = step;
    s.cells.push(values);
    s.formats.push({ range: rect(row, WHO_COL), style: { ...base, ...centre, fontSize: whoSize } });
    s.formats.push({ range: rect(row, BOX_COL), style: { ...base, ...centre, outline: "thin" } });
    const height = Math.max(rowHeightFor(s.lines(who, WHO_COL, 1, whoSize), whoSize), rowHeightFor(s.lines(step, BOX_COL, 1, fontSize), fontSize));
    s.rowHeights.push({ row, height: height + BOX_PAD });
    if (i === steps.length - 1) return;
    const arrow = s.next;
    const a: (string | null)[] = [];
    a[BOX_COL] = "▼";
    s.cells.push(a);
    s.formats.push({ range: rect(arrow, BOX_COL), style: { ...base, ...centre, fontName: ARROW_FONT, fontSize: fontSize - 3 } });
    s.rowHeights.push({ row: arrow, height: ARROW_ROW_PT });
  });
  return { from, to: s.next - 1 };
}
