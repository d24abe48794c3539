import type { CellStyle } from "../core/sheetSpec";

export const THAI_FONT = "TH SarabunPSK";
export const THAI_FONT_SIZE = 16;
/** 16 pt Thai needs about 24 pt rows, or stacked vowels collide with the row above. */
export const THAI_ROW_HEIGHT = 24;

export const base: CellStyle = { fontName: THAI_FONT, fontSize: THAI_FONT_SIZE, vAlign: "top" };
export const title: CellStyle = { ...base, bold: true, fontSize: 18, hAlign: "center", vAlign: "middle" };
export const note: CellStyle = { ...base, italic: true, fontColor: "#595959", wrap: true };
export const header: CellStyle = {
  ...base,
  bold: true,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  fill: "#DDEBF7",
  border: "thin",
};
export const body: CellStyle = { ...base, border: "thin", wrap: true };
