import { EQUIPMENT_TYPES } from "../../src/domain/catalog";
import { equipmentTypeOf } from "../../src/domain/check/checkPlan";
import { resolveEquipmentType } from "../../src/domain/classify/equipmentTypes";

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
   * resolveEquipmentType replaces checkPlan's equipmentTypeOf: everything that accepted must
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
