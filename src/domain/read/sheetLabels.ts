import { cellAddress } from "../../core/address";
import { normalizeText, typedText } from "../parse/text";
import { matchPlan } from "../planNames";
import type { Grid } from "./grid";
import type { Header } from "./header";
import { isLinkageLine, PLAN_HEADING, STRATEGY_HEADING } from "./headings";
import type { SheetLabels } from "./projectRows";

/** A sheet named for a strategy: "ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ 2", "ยุทธ 3", "ย.4". */
const STRATEGY_SHEET_NAME = /^(?:ยุทธศาสตร์(?:ที่)?|ยุทธ[ฯ์.]*(?:ที่)?|ย\.)\s*(\d{1,2})(?:\D.*)?$/;
/** What a sheet's name may carry besides the แผนงาน it is for: a year, a number, brackets. */
const NAME_NOISE = /\(.*?\)|\d{2,4}|^[\d\s.\-_]+|[\s.\-_]+$/g;

/** The title or label of a ผด.02/1-shaped list. */
const EQUIPMENT_TITLE = /^บัญชี(?:จำนวน)?ครุภัณฑ์|^(?:แบบ\s*)?ผด\s*\.?\s*0?2\s*\/\s*1$/;

/**
 * What a project sheet as a whole says its rows belong to, where no heading or cell of their own
 * says it: a title above the table ("แผนงานเคหะและชุมชน (งานไฟฟ้าถนน)", "ยุทธศาสตร์ที่ 2 …",
 * "บัญชีจำนวนครุภัณฑ์…") or the sheet's name ("เคหะ", "การศึกษา", "ยุทธศาสตร์ที่ 1", "ครุภัณฑ์").
 */
export function sheetLabels(grid: Grid, header: Header): SheetLabels {
  let strategy: SheetLabels["strategy"] = null;
  let plan: SheetLabels["plan"] = null;
  let equipment = false;
  for (let r = grid.data.originRow; r < header.top; r++)
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const text = normalizeText(grid.text(r, c));
      if (!text) continue;
      const label = { text, typed: typedText(grid.raw(r, c)), from: "sheet" as const, cell: cellAddress(r, c) };
      if (!strategy && STRATEGY_HEADING.test(text) && !isLinkageLine(text)) strategy = label;
      else if (!plan && PLAN_HEADING.test(text) && matchPlan(text)) plan = label;
      if (EQUIPMENT_TITLE.test(text)) equipment = true;
    }
  const name = normalizeText(grid.name);
  const fromName = { text: name, typed: grid.name, from: "sheet" as const, cell: "" };
  if (!strategy && STRATEGY_SHEET_NAME.test(name)) strategy = fromName;
  const words = name.replace(NAME_NOISE, "").trim();
  if (!plan && words && !STRATEGY_SHEET_NAME.test(name) && matchPlan(words)) plan = { ...fromName, text: words };
  if (/ครุภัณฑ์|ผด\s*\.?\s*0?2\s*[-_/ ]\s*1/.test(name)) equipment = true;
  return { strategy, plan, equipment };
}
