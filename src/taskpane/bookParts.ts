/**
 * A part of the book as the pane lists it after สร้างบัญชี ผด.: "ส่วนที่ 1 บทนำ · หน้า 1–4",
 * "คำนำ · หน้า ก", "ปก · ไม่มีเลขหน้า". The numbers are those its footers print (book.parts).
 */
import type { BookPart, GenerateOutcome } from "../commands/generateResult";
import type { Finding } from "../domain/findings";
import type { Translate } from "./lang";

/** Where the part is in the book, as its footers number it. */
export function partPagesText(part: BookPart, tr: Translate): string {
  // A sheet of the user's own (ภาคผนวก): only where it starts is OpPlan's to say.
  if (part.pages === null) return tr("bookPartPage", { page: part.firstPageLabel ?? "–" });
  const pages = Math.max(0, part.pages);
  if (part.firstPage !== null) {
    if (pages <= 1) return tr("bookPartPage", { page: part.firstPage });
    return tr("bookPartPages", { first: part.firstPage, last: part.firstPage + pages - 1 });
  }
  // Lettered pages (คำنำ, สารบัญ): the first page's letter; the later ones' letters are the book's
  // to decide, so only their count is said.
  if (part.firstPageLabel !== null) return pages <= 1 ? tr("bookPartPage", { page: part.firstPageLabel }) : tr("bookPartLettered", { page: part.firstPageLabel, pages });
  return tr("bookPartUnnumbered", { pages });
}

/** The sheet's name, when the part's title does not already say it (a form's "(OpPlan)" twin, ผด.02-1). */
export function partSheetShown(part: BookPart): string | null {
  return part.title.includes(part.sheet) ? null : part.sheet;
}

/**
 * The ปก and ประกาศ are left out when the อปท.'s name is not known (the rest of the book is still
 * written): which of the two a run that wrote a book went without.
 */
export function frontPartsLeftOut(outcome: GenerateOutcome): ("cover" | "announcement")[] {
  const parts = outcome.book.parts;
  if (outcome.cancelled || outcome.refused.length > 0 || parts.length === 0) return [];
  return (["cover", "announcement"] as const).filter((key) => !parts.some((p) => p.part === key));
}

/**
 * The findings that say why: those naming a setting missing that the run could not go without
 * (errors; the check's own SETTINGS_MISSING are warnings).
 */
export function coverReasons(outcome: GenerateOutcome): Finding[] {
  const refused = outcome.announcement?.refused ?? [];
  return refused.length ? [...refused] : outcome.findings.filter((f) => f.code === "SETTINGS_MISSING" && f.severity === "error");
}
