/**
 * ปก: the emblem on top (when the user gave one), then large, bold and centred "แผนการดำเนินงาน",
 * "ประจำปีงบประมาณ พ.ศ. 25xx" and the edition, and lower down the อปท.'s full name with its
 * district and province. One page.
 */
import type { SheetImage, SheetSpec } from "../../core/sheetSpec";
import { BOOK_SHEET } from "../../core/sheetNames";
import { WIDTHS, TextSheet, bookLook, placeLine } from "./layout";
import type { BookContext, BookLogo } from "./types";

/** The emblem's height on the page: about 3.5 cm, as covers print the ครุฑ or the อปท.'s seal. */
export const LOGO_HEIGHT_PT = 100;
/** A wide logo is held to this width, its height shrinking with it. */
const LOGO_MAX_WIDTH_PT = 220;
/** Air above and below the emblem inside its row. */
const LOGO_MARGIN_PT = 10;

/**
 * Points of an Excel column `chars` wide: pixels at the default font's 7-pixel digit plus 5 of
 * padding (the OOXML column width definition), at 96 dpi.
 */
export const columnPoints = (chars: number): number => Math.floor(chars * 7 + 5) * 0.75;

/** The emblem centred over the page's columns, its proportions kept, at `row`. */
export function centredLogo(logo: BookLogo, row: number, height = LOGO_HEIGHT_PT, widths: readonly number[] = WIDTHS): SheetImage {
  const ratio = logo.heightPx > 0 && logo.widthPx > 0 ? logo.widthPx / logo.heightPx : 1;
  let h = height;
  let w = h * ratio;
  if (w > LOGO_MAX_WIDTH_PT) {
    w = LOGO_MAX_WIDTH_PT;
    h = w / ratio;
  }
  const page = widths.reduce((a, c) => a + columnPoints(c), 0);
  // Anchored in the column its left edge falls in, so that no offset runs past its cell.
  let left = (page - w) / 2;
  let col = 0;
  while (col < widths.length - 1 && left >= columnPoints(widths[col])) left -= columnPoints(widths[col++]);
  return {
    base64: logo.base64,
    extension: logo.extension,
    row,
    col,
    offsetX: Math.round(left * 100) / 100,
    offsetY: LOGO_MARGIN_PT,
    width: Math.round(w * 100) / 100,
    height: Math.round(h * 100) / 100,
  };
}

export function buildCover(ctx: BookContext): SheetSpec {
  const look = bookLook(ctx);
  const s = new TextSheet(look);
  const centre = { hAlign: "center" as const, vAlign: "middle" as const };
  const images: SheetImage[] = [];
  // Without an emblem the titles sit a little lower, where the page's eye falls.
  s.gap(ctx.logo ? 110 : 200);
  if (ctx.logo) {
    const row = s.gap(LOGO_HEIGHT_PT + 2 * LOGO_MARGIN_PT);
    images.push(centredLogo(ctx.logo, row));
    s.gap(20);
  }
  const size = look.fontSize;
  s.text("แผนการดำเนินงาน", { bold: true, size: size + 20, style: centre });
  s.text(look.digits(`ประจำปีงบประมาณ พ.ศ. ${ctx.fiscalYear}`), { bold: true, size: size + 12, style: centre });
  if (ctx.edition.suffix) s.text(look.digits(ctx.edition.suffix), { bold: true, size: size + 8, style: centre });
  s.gap(ctx.logo ? 200 : 240);
  s.text(look.digits(ctx.orgFullName), { bold: true, size: size + 10, style: centre });
  const place = placeLine(ctx.district, ctx.province);
  if (place) s.text(look.digits(place), { bold: true, size: size + 6, style: centre });
  // The cover is one page: nothing on it may be split from the rest.
  s.keep(0, s.next - 1);
  return s.spec(BOOK_SHEET.cover, {}, images.length ? { images } : {});
}
