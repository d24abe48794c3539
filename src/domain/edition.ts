import { normalizeText } from "./parse/text";

/** The edition a plan document is: the main one, a supplement, or an amendment. */
export interface Edition {
  readonly kind: "main" | "supplement" | "amendment";
  /** ฉบับที่ / ครั้งที่ N */
  readonly number: number | null;
  /** The Buddhist year in "ครั้งที่ 2/2568", when given */
  readonly year: number | null;
  /** What the titles say after "…พ.ศ. 2570", e.g. "(เพิ่มเติม ฉบับที่ 1)"; "" for the main edition */
  readonly suffix: string;
}

/** "ฉบับหลัก", "เพิ่มเติม ฉบับที่ 1", "เพิ่มเติม ครั้งที่ 2/2568", "แก้ไข ครั้งที่ 1/2570" as people type them. */
export function parseEdition(text: string): Edition {
  const t = normalizeText(text);
  const n = /(?:ฉบับที่|ครั้งที่)\s*(\d+)(?:\s*\/\s*(\d{4}))?/.exec(t);
  const number = n ? Number(n[1]) : null;
  const year = n?.[2] ? Number(n[2]) : null;
  const tail = number !== null ? `${/ครั้งที่/.test(t) ? "ครั้งที่" : "ฉบับที่"} ${number}${year ? `/${year}` : ""}` : "";
  if (/แก้ไข|เปลี่ยนแปลง/.test(t)) return { kind: "amendment", number, year, suffix: `แก้ไข ${tail}`.trim() };
  if (/เพิ่มเติม/.test(t)) return { kind: "supplement", number, year, suffix: `(เพิ่มเติม ${tail})`.replace(" )", ")") };
  return { kind: "main", number: null, year: null, suffix: "" };
}

/** The same edition written two ways ("เพิ่มเติม ครั้งที่ 1" and "เพิ่มเติม ฉบับที่ 1") is one edition. */
export function sameEdition(a: Edition, b: Edition): boolean {
  return a.kind === b.kind && a.number === b.number;
}

/** Whether a row belongs to the edition the plan is: a supplement lists only the rows marked for it. */
export function inEdition(rowEdition: string | null, edition: Edition): boolean {
  return edition.kind !== "supplement" || (!!rowEdition && sameEdition(parseEdition(rowEdition), edition));
}
