/**
 * ส่วนที่ 1 บทนำ: the part's title, then each section of ข้อความเล่มแผน after คำนำ (its heading and
 * paragraphs, placeholders expanded), with the flow chart of the steps after the steps section.
 */
import type { SheetSpec } from "../../core/sheetSpec";
import { BOOK_SHEET } from "../../core/sheetNames";
import { BOOK_SECTION_KEYS, defaultSection } from "../../domain/book/bookText";
import { flowSteps, writeFlowChart } from "./flowChart";
import { INDENT, TextSheet, bookLook, sectionOf } from "./layout";
import type { BookContext } from "./types";

export function buildIntro(ctx: BookContext): SheetSpec {
  const look = bookLook(ctx);
  const s = new TextSheet(look);
  const title = { bold: true, size: look.fontSize + 4, style: { hAlign: "center" as const } };
  const top = s.text(look.digits("ส่วนที่ 1"), title);
  const name = s.text("บทนำ", title);
  s.gap(10);
  s.keep(top, name);
  for (const key of BOOK_SECTION_KEYS) {
    if (key === "foreword") continue;
    const section = sectionOf(ctx, key) ?? defaultSection(key);
    const heading = s.text(look.print(section.heading), { bold: true });
    section.paragraphs.forEach((p, i) => {
      const row = s.text(INDENT + look.print(p), { pad: 2 });
      // A heading never ends a page: it goes over with its first paragraph.
      if (i === 0) s.keep(key === "introduction" ? top : heading, row);
    });
    if (key === "steps") {
      s.gap(8);
      const chart = writeFlowChart(s, flowSteps(ctx.orgType, ctx.orgFullName));
      s.keep(chart.from, chart.to);
    }
    s.gap(8);
  }
  return s.spec(BOOK_SHEET.intro, { centerFooter: "หน้า &P" });
}
