import { EQUIPMENT_TYPES } from "../../src/domain/catalog";
import { EQUIPMENT_CONFIDENT, resolveEquipmentType, suggestEquipmentType } from "../../src/domain/classify/equipmentTypes";
import { normalizeText } from "../../src/domain/parse/text";
import { EQUIPMENT_DEV, EQUIPMENT_HOLDOUT, NOT_EQUIPMENT, type EquipmentEvalItem } from "./equipmentEval";

/** The exact resolver resolveEquipmentType replaced, as it was: the superset test's reference. */
function equipmentTypeOf(text: string): string | null {
  const key = normalizeText(text)
    .replace(/^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:ประเภท)?/, "")
    .replace(/\s/g, "")
    .replace(/^ครุภัณฑ์/, "");
  return EQUIPMENT_TYPES.find((t) => t.replace(/^ครุภัณฑ์/, "") === key) ?? null;
}

const OFFICE = "ครุภัณฑ์สำนักงาน";
const COMPUTER = "ครุภัณฑ์คอมพิวเตอร์";
const ELECTRIC = "ครุภัณฑ์ไฟฟ้าและวิทยุ";
const MEDICAL = "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์";

describe("resolveEquipmentType", () => {
  it.each([
    ["ครุภัณฑ์สำนักงาน", OFFICE],
    ["สำนักงาน", OFFICE],
    ["คอมพิวเตอร์", COMPUTER],
    ["1. ครุภัณฑ์สำนักงาน", OFFICE],
    ["2.1 ครุภัณฑ์คอมพิวเตอร์", COMPUTER],
    ["๓) ประเภทครุภัณฑ์คอมพิวเตอร์", COMPUTER],
    ["ประเภท ครุภัณฑ์ ไฟฟ้า และ วิทยุ", ELECTRIC],
    ["ครุภัณฑ์คอมพิวเตอร์ (3 รายการ)", COMPUTER],
    ["ค่าครุภัณฑ์การศึกษา", "ครุภัณฑ์การศึกษา"],
    ["ครุภัณฑ์อื่น ๆ", "ครุภัณฑ์อื่น"],
  ])("exact: %s", (typed, type) => {
    expect(resolveEquipmentType(typed)).toEqual({ type, how: "exact" });
  });

  it.each([
    // และ/หรือ dropped or swapped
    ["ครุภัณฑ์วิทยาศาสตร์การแพทย์", MEDICAL],
    ["ครุภัณฑ์วิทยาศาสตร์และการแพทย์", MEDICAL],
    ["ไฟฟ้าวิทยุ", ELECTRIC],
    ["ครุภัณฑ์ยานพาหนะและการขนส่ง", "ครุภัณฑ์ยานพาหนะและขนส่ง"],
    ["ครุภัณฑ์งานบ้านและงานครัว", "ครุภัณฑ์งานบ้านงานครัว"],
    // short forms
    ["คอม", COMPUTER],
    ["ยานพาหนะ", "ครุภัณฑ์ยานพาหนะและขนส่ง"],
    ["ครุภัณฑ์ไฟฟ้า", ELECTRIC],
    ["เกษตร", "ครุภัณฑ์การเกษตร"],
    ["ครุภัณฑ์การแพทย์", MEDICAL],
    ["ดนตรี", "ครุภัณฑ์ดนตรีและนาฏศิลป์"],
    ["งานบ้าน", "ครุภัณฑ์งานบ้านงานครัว"],
    // the prefix misspelt, the name right
    ["ครุภัณท์สำนักงาน", OFFICE],
    ["คุรุภัณฑ์การเกษตร", "ครุภัณฑ์การเกษตร"],
    ["ครุภัณฑสำรวจ", "ครุภัณฑ์สำรวจ"],
    // a known misspelling of a name (ฎ for ฏ)
    ["ครุภัณฑ์ดนตรีและนาฎศิลป์", "ครุภัณฑ์ดนตรีและนาฏศิลป์"],
    // English
    ["Computer", COMPUTER],
    ["Office", OFFICE],
    ["Office equipment", OFFICE],
    ["Medical", MEDICAL],
  ])("variant: %s", (typed, type) => {
    expect(resolveEquipmentType(typed)).toEqual({ type, how: "variant" });
  });

  it.each([
    ["ครุภัณฑ์คอมพิวเตอ", COMPUTER],
    ["ครุภัณฑ์วิทยาศาตร์การแพทย์", MEDICAL],
    ["ครุภัณฑ์โฆษนาและเผยแพร่", "ครุภัณฑ์โฆษณาและเผยแพร่"],
    ["ครุภัณฑ์สำนักงาร", OFFICE],
    ["computor", COMPUTER],
  ])("fuzzy: %s", (typed, type) => {
    expect(resolveEquipmentType(typed)).toEqual({ type, how: "fuzzy" });
  });

  it.each([
    // items, not types
    "รถยนต์",
    "เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
    "ตู้เหล็ก",
    // nothing, or only the word for equipment
    "",
    "   ",
    "ครุภัณฑ์",
    "ประเภทครุภัณฑ์",
    // could be either of two
    "การ",
    "ครุภัณฑ์สำนักงานและคอมพิวเตอร์",
    "ไฟฟ้าและคอมพิวเตอร์",
    // as near to การศึกษา as to การเกษตร
    "ครุภัณฑ์การเกษา",
    "ครุภัณฑ์การศึกษตร",
    // too short to guess at
    "สำ",
    "คร",
  ])("none: %j", (typed) => {
    expect(resolveEquipmentType(typed)).toBeNull();
  });

  /**
   * resolveEquipmentType replaced checkPlan's equipmentTypeOf (kept below as it was): everything that accepted must
   * still resolve, to the same type. The inputs are built from the forms equipmentTypeOf
   * handles (numbering, ประเภท, the word ครุภัณฑ์, spaces anywhere) over every type, plus a
   * seeded random sample of spaces and Thai digits on top.
   */
  it("accepts everything equipmentTypeOf accepts, with the same answer", () => {
    const numbering = ["", "1.", "1. ", "2.1 ", "2.1.3)", "10 ", "๓) ", "4)"];
    const lead = ["", "ประเภท", "ประเภท "];
    const word = ["ครุภัณฑ์", "ครุภัณฑ์ ", ""];
    const inputs: string[] = [];
    for (const type of EQUIPMENT_TYPES) {
      const name = type.replace(/^ครุภัณฑ์/, "");
      for (const n of numbering) for (const l of lead) for (const w of word) inputs.push(`${n}${l}${w}${name}`, `  ${n}${l}${w}${name}  `);
    }
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let i = 0; i < 2000; i++) {
      const base = inputs[Math.floor(random() * inputs.length)];
      const spaced = [...base].map((ch) => (random() < 0.15 ? ` ${ch}` : ch)).join("");
      inputs.push(spaced.replace(/\d/g, (d) => (random() < 0.5 ? String.fromCharCode(0x0e50 + Number(d)) : d)));
    }
    let accepted = 0;
    const disagree: string[] = [];
    for (const input of inputs) {
      const old = equipmentTypeOf(input);
      if (old === null) continue;
      accepted++;
      if (resolveEquipmentType(input)?.type !== old) disagree.push(input);
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(disagree).toEqual([]);
  });
});

describe("suggestEquipmentType", () => {
  const typeOf = (name: string, detail?: string) => suggestEquipmentType(name, detail);

  it.each([
    ["จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 2 เครื่อง", COMPUTER],
    ["รถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย", "ครุภัณฑ์ยานพาหนะและขนส่ง"],
    ["เก้าอี้สำนักงาน", OFFICE],
    ["ตู้เหล็กเก็บเอกสาร 2 บาน", OFFICE],
    ["เครื่องพิมพ์ชนิดเลเซอร์", COMPUTER],
    ["เครื่องปรับอากาศแบบแยกส่วน ขนาด 24,000 บีทียู", OFFICE],
    ["เครื่องสูบน้ำ", "ครุภัณฑ์การเกษตร"],
    ["รถจักรยานยนต์", "ครุภัณฑ์ยานพาหนะและขนส่ง"],
  ])("is confident of a clear item: %s", (name, type) => {
    const s = typeOf(name)!;
    expect(s.type).toBe(type);
    expect(s.confidence).toBeGreaterThanOrEqual(EQUIPMENT_CONFIDENT);
    expect(s.alternatives[0].type).toBe(type);
  });

  it.each([
    ["เครื่องตัดหญ้าแบบข้อแข็ง", "ครุภัณฑ์งานบ้านงานครัว", "ครุภัณฑ์การเกษตร"],
    ["กล้องโทรทัศน์วงจรปิด", COMPUTER, ELECTRIC],
    ["เครื่องสำรองไฟฟ้า ขนาด 1 kVA", COMPUTER, ELECTRIC],
    ["โทรทัศน์ แอล อี ดี (LED TV) ขนาด 55 นิ้ว", "ครุภัณฑ์โฆษณาและเผยแพร่", ELECTRIC],
    ["เครื่องขยายเสียง", ELECTRIC, "ครุภัณฑ์โฆษณาและเผยแพร่"],
    ["เต็นท์ ขนาด 4 x 8 เมตร", "ครุภัณฑ์สนาม", OFFICE],
    ["ถังน้ำ ขนาด 2,000 ลิตร", OFFICE, "ครุภัณฑ์งานบ้านงานครัว"],
  ])("offers both types, unconfident, for an item that straddles: %s", (name, type, other) => {
    const s = typeOf(name)!;
    expect(s.type).toBe(type);
    expect(s.confidence).toBeLessThan(EQUIPMENT_CONFIDENT);
    expect(s.alternatives.map((a) => a.type)).toContain(other);
  });

  it("lets the item word win over the words that qualify it", () => {
    expect(typeOf("รถบรรทุก (ดีเซล)")!.type).toBe("ครุภัณฑ์ยานพาหนะและขนส่ง");
    expect(typeOf("เครื่องพิมพ์สำหรับงานคอมพิวเตอร์")!.type).toBe(COMPUTER);
    expect(typeOf("เครื่องปรับอากาศ สำหรับห้องคอมพิวเตอร์")).toMatchObject({ type: OFFICE });
    expect(typeOf("เครื่องปรับอากาศ สำหรับห้องคอมพิวเตอร์")!.confidence).toBeGreaterThanOrEqual(EQUIPMENT_CONFIDENT);
    expect(typeOf("เครื่องคอมพิวเตอร์ พร้อมโต๊ะวางเครื่องพิมพ์")!.type).toBe(COMPUTER);
    // A longer item word is the item: a table-tennis table is no office table.
    expect(typeOf("โต๊ะเทเบิลเทนนิส")!.type).toBe("ครุภัณฑ์กีฬา");
    expect(typeOf("จักรยานออกกำลังกาย")!.type).toBe("ครุภัณฑ์กีฬา");
  });

  it("is not confident of a generic word with unknown words around it", () => {
    // The head noun comes first in a Thai compound; what follows can change the kind.
    const confident = (name: string) => ({ name, confident: typeOf(name)!.confidence >= EQUIPMENT_CONFIDENT });
    for (const name of ["เก้าอี้ทันตกรรม", "โต๊ะผ่าตัด", "รถยกดิน", "ไม้กั้นรถอัตโนมัติ", "เตียงพับสนามสำหรับศูนย์อพยพ"])
      expect(confident(name)).toEqual({ name, confident: false });
    // Alone, or with only purchase words, materials or a specification, it is the item.
    for (const name of ["โต๊ะเหล็ก", "ค่าจัดซื้อโต๊ะ จำนวน 5 ตัว", "เก้าอี้ไม้ สีน้ำตาล", "รถ (ดีเซล) ขนาด 1 ตัน"])
      expect(confident(name)).toEqual({ name, confident: true });
  });

  it("takes no evidence from purchase words, counts, sizes, brands or the standard-list remark", () => {
    expect(typeOf("ค่าจัดซื้อ จำนวน 2 เครื่อง ขนาด 24,000 บีทียู ยี่ห้อ Samsung (ตามบัญชีราคามาตรฐานครุภัณฑ์)")).toBeNull();
    expect(typeOf("")).toBeNull();
    expect(typeOf("จัดซื้อครุภัณฑ์")).toBeNull();
    const plain = typeOf("ตู้เย็น")!;
    const dressed = typeOf("ค่าจัดซื้อตู้เย็น ขนาด 7 คิวบิกฟุต จำนวน 2 ตู้ ยี่ห้อ Toshiba (ตามบัญชีราคามาตรฐานครุภัณฑ์)")!;
    expect(dressed).toEqual(plain);
  });

  it("reads the detail when the name names no item, and lets it support a name that does", () => {
    expect(typeOf("จัดซื้อครุภัณฑ์ จำนวน 1 รายการ", "เครื่องพิมพ์เลเซอร์ ขาวดำ")).toMatchObject({ type: COMPUTER });
    expect(typeOf("จัดซื้อครุภัณฑ์", "ตู้เหล็ก 2 บาน")!.confidence).toBeGreaterThanOrEqual(EQUIPMENT_CONFIDENT);
    const alone = typeOf("กล้องวงจรปิด")!;
    const supported = typeOf("กล้องวงจรปิด", "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์")!;
    expect(supported.type).toBe(COMPUTER);
    expect(supported.alternatives[0].score).toBeGreaterThan(alone.alternatives[0].score);
  });

  it("takes a type named outright in the text as evidence", () => {
    expect(typeOf("ครุภัณฑ์คอมพิวเตอร์ เครื่องสำรองไฟฟ้า")).toMatchObject({ type: COMPUTER });
    expect(typeOf("ครุภัณฑ์คอมพิวเตอร์ เครื่องสำรองไฟฟ้า")!.confidence).toBeGreaterThanOrEqual(EQUIPMENT_CONFIDENT);
    // ... but not "สำนักงบประมาณ" for สำนักงาน
    expect(typeOf("ตามบัญชีราคามาตรฐานครุภัณฑ์ สำนักงบประมาณ")).toBeNull();
  });

  it("finds Latin words in squeezed text only as whole words", () => {
    expect(typeOf("Ink Tank Printer")).toMatchObject({ type: COMPUTER });
    expect(typeOf("NASA poster")).toBeNull();
  });

  it("gives no confident type to project names, services, materials or repairs", () => {
    const confident = NOT_EQUIPMENT.map((t) => [t, typeOf(t)] as const).filter(([, s]) => s && s.confidence >= EQUIPMENT_CONFIDENT);
    expect(confident).toEqual([]);
    expect(typeOf("โครงการก่อสร้างถนนคอนกรีต")).toBeNull();
    expect(typeOf("ค่าจ้างเหมาบริการ")).toBeNull();
  });

  /**
   * The bar is precision of confident answers: those may be written to ผด.02/1 unchosen, and a
   * confident wrong type is printed on an official form. 0.95 allows one slip in twenty and no
   * more. Top-1 over all answers matters less, since the unconfident ones are offered as
   * choices with their alternatives; 0.85 on DEV (the lexicon is tuned on it) and 0.80 on
   * HOLDOUT mean the first choice offered is usually the right one. Coverage must not collapse
   * to nothing (a classifier that is never confident passes the bar trivially): at least 0.55.
   * An item the sources place under two types is wrong if answered confidently at all.
   */
  it.each([
    ["DEV", EQUIPMENT_DEV, 0.85],
    ["HOLDOUT", EQUIPMENT_HOLDOUT, 0.8],
  ] as const)("is accurate on %s", (set, items, top1Bar) => {
    const r = evaluate(items);
    console.log(
      `${set}: n=${r.n} top-1 ${pct(r.top1)}; confident ${r.confident}/${r.n} (coverage ${pct(r.coverage)}), ` +
        `precision ${pct(r.precision)}; contested items answered confidently: ${r.contestedConfident}` +
        (r.confidentWrong.length ? `\n  confident and wrong:\n    ${r.confidentWrong.join("\n    ")}` : "") +
        (r.wrong.length ? `\n  top-1 wrong:\n    ${r.wrong.join("\n    ")}` : ""),
    );
    expect(r.n).toBeGreaterThanOrEqual(100);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.top1).toBeGreaterThanOrEqual(top1Bar);
    expect(r.coverage).toBeGreaterThanOrEqual(0.55);
  });

  it("covers every type in both halves of the evaluation set", () => {
    for (const items of [EQUIPMENT_DEV, EQUIPMENT_HOLDOUT]) {
      const types = new Set(items.map((i) => i.type));
      expect([...EQUIPMENT_TYPES].filter((t) => !types.has(t))).toEqual([]);
    }
    const names = new Set(EQUIPMENT_DEV.map((i) => i.name));
    expect(EQUIPMENT_HOLDOUT.filter((i) => names.has(i.name)).map((i) => i.name)).toEqual([]);
    for (const t of EQUIPMENT_TYPES) expect(EQUIPMENT_DEV.filter((i) => i.type === t).length + EQUIPMENT_HOLDOUT.filter((i) => i.type === t).length).toBeGreaterThanOrEqual(5);
  });

  it("classifies 10,000 names quickly (figure printed, not asserted)", () => {
    const names = [...EQUIPMENT_DEV, ...EQUIPMENT_HOLDOUT].map((i) => i.name);
    const batch = Array.from({ length: 10_000 }, (_, i) => `${names[i % names.length]} จำนวน ${(i % 9) + 1} เครื่อง`);
    for (const n of batch.slice(0, 200)) suggestEquipmentType(n);
    const start = performance.now();
    let found = 0;
    for (const n of batch) if (suggestEquipmentType(n)) found++;
    const ms = performance.now() - start;
    console.log(`suggestEquipmentType: 10,000 names in ${ms.toFixed(0)} ms (${found} with a type)`);
    expect(found).toBeGreaterThan(9000);
  });
});

interface Evaluation {
  readonly n: number;
  readonly top1: number;
  readonly confident: number;
  readonly coverage: number;
  readonly precision: number;
  readonly contestedConfident: number;
  readonly confidentWrong: readonly string[];
  readonly wrong: readonly string[];
}

/** Top-1 counts any type a contested item is given; a confident answer to one counts as wrong. */
function evaluate(items: readonly EquipmentEvalItem[]): Evaluation {
  let right = 0;
  let confident = 0;
  let confidentRight = 0;
  let contestedConfident = 0;
  const confidentWrong: string[] = [];
  const wrong: string[] = [];
  for (const item of items) {
    const s = suggestEquipmentType(item.name, item.detail);
    const ok = s !== null && (s.type === item.type || (item.contested ?? []).includes(s.type));
    if (ok) right++;
    else wrong.push(`${item.name} → ${s?.type ?? "none"} (${item.type})`);
    if (s && s.confidence >= EQUIPMENT_CONFIDENT) {
      confident++;
      if (item.contested) contestedConfident++;
      if (ok && !item.contested) confidentRight++;
      else confidentWrong.push(`${item.name} → ${s.type} ${s.confidence} (${item.type})`);
    }
  }
  const n = items.length;
  return { n, top1: right / n, confident, coverage: confident / n, precision: confident ? confidentRight / confident : 1, contestedConfident, confidentWrong, wrong };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
