/**
 * The book's default text and its placeholders: the words of each type of อปท. (domain.md §9),
 * the clauses of the regulation, and what a placeholder becomes.
 */
import { BOOK_SECTION_KEYS, defaultBookText, REGULATION_AS_AMENDED } from "../../src/domain/book/bookText";
import { bookWords } from "../../src/domain/book/bookWords";
import { expandPlaceholders, hasStrayBrace, placeholderValues, unknownPlaceholders } from "../../src/domain/book/placeholders";
import { LOCAL_GOVERNMENT_TYPES, type LocalGovernmentType } from "../../src/domain/catalog";

const type = (label: string): LocalGovernmentType => LOCAL_GOVERNMENT_TYPES.find((t) => t.label === label)!;
const all = (label: string | null) =>
  defaultBookText(label ? type(label) : null)
    .sections.flatMap((s) => [s.heading, ...s.paragraphs])
    .join("\n");
const section = (label: string | null, key: string) => defaultBookText(label ? type(label) : null).sections.find((s) => s.key === key)!;

describe("the default text of the book", () => {
  it("has คำนำ and the six sections of ส่วนที่ 1, in print order, each with paragraphs", () => {
    const t = defaultBookText(null);
    expect(t.from).toBe("default");
    expect(t.sections.map((s) => s.key)).toEqual([...BOOK_SECTION_KEYS]);
    expect(t.sections.map((s) => s.heading)).toEqual([
      "คำนำ",
      "1. บทนำ",
      "2. วัตถุประสงค์ของแผนการดำเนินงาน",
      "3. ขั้นตอนการจัดทำแผนการดำเนินงาน",
      "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน",
      "5. เครื่องมือของแผนการดำเนินงาน",
      "6. ประโยชน์ของแผนการดำเนินงาน",
    ]);
    for (const s of t.sections) expect(s.paragraphs.length).toBeGreaterThan(0);
  });

  it("cites the regulation as amended up to ฉบับที่ 3 พ.ศ. 2561, with ข้อ 4, 26 and 27 where they belong", () => {
    expect(REGULATION_AS_AMENDED).toBe("ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561");
    expect(section(null, "introduction").paragraphs[0]).toContain("พ.ศ. 2561 ข้อ 4 ให้ความหมายของ “แผนการดำเนินงาน”");
    expect(section(null, "introduction").paragraphs[0]).toContain("ที่ดำเนินการจริงทั้งหมดในพื้นที่ขององค์กรปกครองส่วนท้องถิ่นประจำปีงบประมาณนั้น");
    expect(section(null, "steps").paragraphs[0]).toContain("ข้อ 26");
    const timeline = section(null, "timeline").paragraphs.join(" ");
    expect(timeline).toContain("ข้อ 27 กำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายใน 30 วันนับแต่วันที่ประกาศใช้{ข้อบัญญัติ}งบประมาณรายจ่ายประจำปี");
    for (const trigger of ["งบประมาณรายจ่ายเพิ่มเติม", "งบประมาณจากเงินสะสม", "ได้รับแจ้งแผนงานและโครงการจากหน่วยราชการส่วนกลาง"]) expect(timeline).toContain(trigger);
    expect(timeline).toContain("ปิดประกาศภายใน 15 วันนับแต่วันที่ประกาศ");
    expect(timeline).toContain("ปิดประกาศไว้อย่างน้อย 30 วัน ตามข้อ 26 (2)");
    expect(timeline).toContain("การขยายเวลาการจัดทำและการแก้ไขแผนการดำเนินงานเป็นอำนาจของ{ผู้บริหารท้องถิ่น}");
  });

  it("gives the three steps with who does each", () => {
    const steps = section(null, "steps").paragraphs;
    expect(steps.filter((p) => /^3\.\d /.test(p))).toEqual([
      expect.stringMatching(/^3\.1 \{คณะกรรมการสนับสนุน\}รวบรวมแผนงาน\/โครงการพัฒนา.+จัดทำร่างแผนการดำเนินงานเสนอ\{คณะกรรมการพัฒนา\}$/),
      "3.2 {คณะกรรมการพัฒนา}พิจารณาร่างแผนการดำเนินงาน แล้วเสนอ{ผู้บริหารท้องถิ่น}",
      expect.stringMatching(/^3\.3 \{ผู้บริหารท้องถิ่น\}พิจารณาให้ความเห็นชอบ และประกาศเป็นแผนการดำเนินงาน/),
    ]);
  });

  it("lists the ผด. forms as its tools", () => {
    const tools = section(null, "tools").paragraphs.join(" ");
    expect(tools).toContain("แบบ ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ");
    expect(tools).toContain("แบบ ผด.02 บัญชีโครงการ/กิจกรรม/งบประมาณ");
    expect(tools).toContain("แบบ ผด.02/1 บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น");
  });

  it("without a type keeps every placeholder, and only ones OpPlan knows", () => {
    const text = all(null);
    for (const p of ["{ชื่อ อปท.}", "{ปีงบประมาณ}", "{ฉบับ}", "{ข้อบัญญัติ}", "{ผู้บริหารท้องถิ่น}", "{คณะกรรมการสนับสนุน}", "{คณะกรรมการพัฒนา}"]) expect(text).toContain(p);
    expect(unknownPlaceholders(text)).toEqual([]);
    expect(hasStrayBrace(text)).toBe(false);
  });

  it("for an อบต. writes the regulation's committees, the นายก อบต. and ข้อบัญญัติ, keeping the อปท.'s own placeholders", () => {
    const text = all("องค์การบริหารส่วนตำบล");
    expect(section("องค์การบริหารส่วนตำบล", "steps").paragraphs[2]).toBe(
      "3.2 คณะกรรมการพัฒนาท้องถิ่นพิจารณาร่างแผนการดำเนินงาน แล้วเสนอนายกองค์การบริหารส่วนตำบล",
    );
    expect(text).toContain("3.1 คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่นรวบรวมแผนงาน");
    expect(text).toContain("ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(text).not.toMatch(/เทศบัญญัติ|เทศบาล|\{ข้อบัญญัติ\}|\{คณะกรรมการ|\{ผู้บริหารท้องถิ่น\}/);
    expect(text).toContain("{ชื่อ อปท.}");
    expect(text).toContain("{ปีงบประมาณ}");
  });

  it.each(["เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร"])("for a %s writes the เทศบาล's committees, นายกเทศมนตรี and เทศบัญญัติ", (label) => {
    const text = all(label);
    expect(text).toContain("3.1 คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาลรวบรวมแผนงาน");
    expect(text).toContain("3.2 คณะกรรมการพัฒนาเทศบาลพิจารณาร่างแผนการดำเนินงาน แล้วเสนอนายกเทศมนตรี");
    expect(text).toContain("ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(text).not.toMatch(/ข้อบัญญัติ|แผนพัฒนาท้องถิ่นรวบรวม|คณะกรรมการพัฒนาท้องถิ่น/);
  });

  it("for an อบจ. and เมืองพัทยา names their executives, with ข้อบัญญัติ", () => {
    expect(all("องค์การบริหารส่วนจังหวัด")).toContain("เป็นอำนาจของนายกองค์การบริหารส่วนจังหวัด");
    expect(all("องค์การบริหารส่วนจังหวัด")).toContain("คณะกรรมการพัฒนาท้องถิ่นพิจารณาร่าง");
    expect(all("เมืองพัทยา")).toContain("เป็นอำนาจของนายกเมืองพัทยา");
    expect(all("เมืองพัทยา")).toContain("ประกาศใช้ข้อบัญญัติงบประมาณ");
  });

  it("has words for every type of the catalog", () => {
    for (const t of LOCAL_GOVERNMENT_TYPES) expect(bookWords(t).executive).not.toBe("ผู้บริหารท้องถิ่น");
    expect(bookWords(null)).toEqual({
      supportCommittee: "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น",
      developmentCommittee: "คณะกรรมการพัฒนาท้องถิ่น",
      executive: "ผู้บริหารท้องถิ่น",
      ordinance: "ข้อบัญญัติ",
    });
  });
});

describe("placeholders", () => {
  const values = placeholderValues({
    orgFullName: "เทศบาลตำบลบ้านใหม่",
    fiscalYear: 2569,
    editionSuffix: "",
    district: "อำเภอเมือง",
    province: "ขอนแก่น",
    orgType: type("เทศบาลตำบล"),
  });

  it("become the plan's values", () => {
    expect(values).toEqual({
      orgFullName: "เทศบาลตำบลบ้านใหม่",
      fiscalYear: "2569",
      edition: "",
      district: "อำเภอเมือง",
      province: "จังหวัดขอนแก่น",
      ordinance: "เทศบัญญัติ",
      executive: "นายกเทศมนตรี",
      supportCommittee: "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาล",
      developmentCommittee: "คณะกรรมการพัฒนาเทศบาล",
    });
    expect(expandPlaceholders("แผนของ{ชื่อ อปท.} {อำเภอ} {จังหวัด} ตาม{ข้อบัญญัติ}", values)).toBe("แผนของเทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดขอนแก่น ตามเทศบัญญัติ");
  });

  it("that become nothing take one space along", () => {
    expect(expandPlaceholders("พ.ศ. {ปีงบประมาณ} {ฉบับ} ของ{ชื่อ อปท.}", values)).toBe("พ.ศ. 2569 ของเทศบาลตำบลบ้านใหม่");
    expect(expandPlaceholders("พ.ศ. {ปีงบประมาณ} {ฉบับ}", values)).toBe("พ.ศ. 2569");
    expect(expandPlaceholders("พ.ศ. {ปีงบประมาณ} {ฉบับ} ของ", { ...values, edition: "(เพิ่มเติม ฉบับที่ 1)" })).toBe("พ.ศ. 2569 (เพิ่มเติม ฉบับที่ 1) ของ");
  });

  it("are known without their spaces and dots; others stay as typed and are listed", () => {
    expect(expandPlaceholders("{ชื่ออปท} {ชื่อ  อปท.} { ปีงบประมาณ }", values)).toBe("เทศบาลตำบลบ้านใหม่ เทศบาลตำบลบ้านใหม่ 2569");
    expect(expandPlaceholders("ลงนามโดย {นายอำเภอ}", values)).toBe("ลงนามโดย {นายอำเภอ}");
    expect(unknownPlaceholders("{นายอำเภอ} {ชื่อ อปท.} {นายอำเภอ} {สภา}")).toEqual(["นายอำเภอ", "สภา"]);
    expect(expandPlaceholders("{ชื่อ อปท.} {ข้อบัญญัติ}", { ordinance: "ข้อบัญญัติ" })).toBe("{ชื่อ อปท.} ข้อบัญญัติ");
  });

  it("tell a brace without its pair", () => {
    expect(hasStrayBrace("ของ{ชื่อ อปท. ประจำปี")).toBe(true);
    expect(hasStrayBrace("ปี}")).toBe(true);
    expect(hasStrayBrace("ของ{ชื่อ อปท.} ปี {ปีงบประมาณ}")).toBe(false);
  });
});
