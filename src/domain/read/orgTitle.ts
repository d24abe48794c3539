import { cellAddress } from "../../core/address";
import { LOCAL_GOVERNMENT_TYPES } from "../catalog";
import { normalizeText } from "../parse/text";
import type { Grid } from "./grid";

/** The อปท. a title names, with the district and province the same line gives. */
export interface OrgTitle {
  /** As the titles print it: องค์การบริหารส่วนตำบลหนองบัว */
  readonly fullName: string;
  /** The type (a LOCAL_GOVERNMENT_TYPES label) and the name after its prefix. */
  readonly type: string;
  readonly name: string;
  readonly district: string;
  readonly province: string;
  readonly sheet: string;
  readonly cell: string;
}

// Longest prefixes first: เทศบาลตำบล before a bare เทศบาล would be, อบจ. before อบต. cannot clash.
const PREFIXES = LOCAL_GOVERNMENT_TYPES.filter((t) => t.fullPrefix).sort((a, b) => b.fullPrefix.length - a.fullPrefix.length);

/**
 * "องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น" in a title line above the table: the
 * name the forms and the ประกาศ print when ตั้งค่า does not give one.
 */
export function orgFromTitle(grid: Grid, lastRow: number): OrgTitle | null {
  for (let r = grid.data.originRow; r < Math.min(lastRow, grid.rowCount); r++)
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const text = normalizeText(grid.text(r, c));
      const at = text.search(/องค์การบริหารส่วน|เทศบาล|เมืองพัทยา/);
      if (at < 0) continue;
      const line = text.slice(at);
      // A cover puts อำเภอ and จังหวัด on the next line.
      const below = [1, 2].map((d) => normalizeText(grid.text(r + d, c))).join(" ");
      const where = { ...place(line, below), sheet: grid.name, cell: cellAddress(r, c) };
      if (/^เมืองพัทยา/.test(line)) return { fullName: "เมืองพัทยา", type: "เมืองพัทยา", name: "เมืองพัทยา", ...where };
      const type = PREFIXES.find((t) => line.startsWith(t.fullPrefix));
      if (!type) continue;
      const name = /^\s*([^\s(),]+)/.exec(line.slice(type.fullPrefix.length))?.[1] ?? "";
      // "เทศบาลตำบล" alone, or a sentence about one ("เทศบาลตำบลต่าง ๆ"), names nobody.
      if (name.length < 2 || /^(?:ต่าง|ทุก|นี้|ใน|ของ)/.test(name)) continue;
      return { fullName: `${type.fullPrefix}${name}`, type: type.label, name, ...where };
    }
  return null;
}

function place(line: string, below: string): { district: string; province: string } {
  const find = (re: RegExp) => re.exec(line)?.[1] ?? re.exec(below)?.[1] ?? "";
  return { district: find(/อำเภอ\s*([^\s(),]+)/), province: find(/จังหวัด\s*([^\s(),]+)/) };
}
