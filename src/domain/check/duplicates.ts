import { normalizeText } from "../parse/text";
import type { ProjectRecord } from "../project";
import { editDistance } from "../textMatch";

/**
 * The comparable core of a project name: no "โครงการ" prefix, no notes such as
 * "(โอนงบครั้งที่ 13/2567)", no spaces or punctuation.
 */
export function projectKey(name: string): string {
  return normalizeText(name)
    .replace(/\((?:โอน|แก้ไข|เพิ่มเติม|ตั้งจ่าย|จ่ายขาด)[^)]*\)/g, "")
    .replace(/^(?:โครงการ|จัดซื้อ|จัดจ้าง)\s*/, "")
    .replace(/[\s.,\-–—()"'“”/]/g, "")
    .toLowerCase();
}

const digitsOf = (s: string) => (s.match(/\d+/g) ?? []).join(",");

/**
 * Pairs (later, earlier) of records that are the same project: the same name, or a name one
 * letter off, with the same numbers in it (หมู่ที่ 1 and หมู่ที่ 2 are different
 * roads) and the same details. Two equipment items of the same model for different units
 * are separate purchases, not duplicates.
 */
export function findDuplicates(projects: readonly ProjectRecord[]): [ProjectRecord, ProjectRecord][] {
  const pairs: [ProjectRecord, ProjectRecord][] = [];
  // Blocks of names with the same numbers and nearly the same length: fuzzy comparison stays
  // within a block, so 50,000 rows do not compare every pair.
  const blocks = new Map<string, { p: ProjectRecord; key: string; detail: string }[]>();
  for (const p of projects) {
    const key = projectKey(p.name);
    if (key.length < 4) continue;
    const entry = { p, key, detail: projectKey(p.detail) };
    const sig = digitsOf(key);
    const band = Math.floor(key.length / 8);
    let matched = false;
    for (const b of [band - 1, band, band + 1]) {
      for (const other of blocks.get(`${sig}|${b}`) ?? []) {
        if (same(entry, other)) {
          pairs.push([p, other.p]);
          matched = true;
          break;
        }
      }
      if (matched) break;
    }
    const id = `${sig}|${band}`;
    const block = blocks.get(id) ?? [];
    if (block.length < 500) block.push(entry);
    blocks.set(id, block);
  }
  return pairs;
}

function same(a: { p: ProjectRecord; key: string; detail: string }, b: { p: ProjectRecord; key: string; detail: string }): boolean {
  if (a.p.kind === "equipment" && b.p.kind === "equipment" && a.p.unit !== b.p.unit) return false;
  // Details that differ in a quantity, a size or a price describe another purchase or work.
  if (a.detail && b.detail && a.detail !== b.detail && (digitsOf(a.detail) !== digitsOf(b.detail) || editDistance(a.detail, b.detail, 2) > 2)) return false;
  if (a.key === b.key) return true;
  // One slip of the keyboard in a long name; two letters apart is already another village
  // (ห้วยยาง, ห้วยขาม).
  return a.key.length >= 12 && editDistance(a.key, b.key, 1) <= 1;
}
