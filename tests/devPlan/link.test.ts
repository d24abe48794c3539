import { linkProjects } from "../../src/domain/devPlan/link";
import { villageIn } from "../../src/domain/devPlan/linkConstraints";
import { AMBIGUITY_MARGIN, LINK_THRESHOLD } from "../../src/domain/devPlan/linkScore";
import { devPlan, entry, project } from "./linkEval";

const FY = 2568;

/** The ที่ of the linked entry, "ambiguous", or null. */
function linkedNo(names: { name: string; location?: string; detail?: string; budget?: number }[], entries: ReturnType<typeof entry>[]) {
  return linkProjects(names.map(project), devPlan(entries), FY).map((l) => (l.entry ? l.entry.no : l.ambiguous ? "ambiguous" : null));
}

describe("linkProjects: names as officers retype them", () => {
  const entries = [
    entry("1", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว - บ้านดอนแดง หมู่ที่ 3", { 2568: 500000 }, "กว้าง 4 เมตร ยาว 150 เมตร"),
    entry("2", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ 2", { 2568: 400000 }),
    entry("3", "จัดงานประเพณีบุญบั้งไฟ", { 2568: 100000 }),
    entry("4", "ขุดลอกหนองสาธารณประโยชน์ หนองหญ้าปล้อง หมู่ที่ 8", { 2568: 700000 }),
  ];

  it.each([
    ["prefix dropped, ค.ส.ล., ม.3", "โครงการก่อสร้างถนน ค.ส.ล. สายบ้านหนองบัว-บ้านดอนแดง ม.3", "1"],
    ["number then โครงการ", "1. โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว - บ้านดอนแดง หมู่ที่ 3", "1"],
    ["transfer note and size added", "ก่อสร้างถนนคสล.สายบ้านหนองบัว – บ้านดอนแดง หมู่ 3 ขนาดกว้าง 4 เมตร ยาว 150 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 600 ตารางเมตร (โอนงบครั้งที่ 13/2567)", "1"],
    ["words reordered, ends swapped", "ก่อสร้างถนน คสล. หมู่ที่ 3 สายบ้านดอนแดง-บ้านหนองบัว", "1"],
    ["บ. and ถ.", "ก่อสร้างถ.คสล. สาย บ.หนองบัว-บ.ดอนแดง ม.3", "1"],
    ["amendment note", "ก่อสร้างรางระบายน้ำ ค.ส.ล. พร้อมฝาปิด บ้านท่าช้าง ม.2 (เพิ่มเติม ครั้งที่ 1/2567)", "2"],
    ["Thai digits", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ ๒", "2"],
    ["a year appended", "จัดงานประเพณีบุญบั้งไฟ ประจำปี 2568", "3"],
    ["a typo", "ขุดลอกหนองสาธารณะประโยชน์หนองหญ้าปล้อง หมู่ 8", "4"],
    ["another หมู่", "ก่อสร้างถนน คสล. สายบ้านหนองบัว-บ้านดอนแดง หมู่ที่ 4", null],
    ["another kind of work in the same place", "ก่อสร้างถนนลูกรัง บ้านท่าช้าง หมู่ที่ 2", null],
    ["absent from the plan", "จัดซื้อรถบรรทุกขยะ", null],
  ])("%s", (_why, name, expected) => {
    expect(linkedNo([{ name }], entries)).toEqual([expected]);
  });

  it("reads หมู่ and village from the location when the name has none", () => {
    const twins = [entry("1", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 1", { 2568: 300000 }), entry("2", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 5", { 2568: 300000 })];
    expect(linkedNo([{ name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน", location: "บ้านโคกสูง หมู่ที่ 5" }, { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน", detail: "ถนนกว้าง 4 เมตร ภายในหมู่ที่ 1" }], twins)).toEqual(["2", "1"]);
  });
});

describe("linkProjects: hard constraints", () => {
  const twins = [
    entry("1", "ก่อสร้างถนน คสล. สายบ้านศรีสุข - บ้านโพนทอง หมู่ที่ 1", { 2568: 480000 }),
    entry("2", "ก่อสร้างถนน คสล. สายบ้านศรีสุข - บ้านโพนทอง หมู่ที่ 10", { 2568: 480000 }),
    entry("3", "ก่อสร้างถนน คสล. สายบ้านศรีสุข - บ้านโพนทอง หมู่ที่ 11", { 2568: 480000 }),
  ];

  it("หมู่ที่ 1 is not หมู่ที่ 10 nor 11, in every spelling", () => {
    expect(
      linkedNo(
        [{ name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ที่ 1" }, { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง ม.10" }, { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ 11" }, { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง ม 1" }, { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ที่ 12" }],
        twins,
      ),
    ).toEqual(["1", "2", "3", "1", null]);
  });

  it("the one หมู่ left in the plan is still not another หมู่", () => {
    expect(linkedNo([{ name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ที่ 1" }], [twins[1], twins[2]])).toEqual([null]);
  });

  it("ซอย, ช่วง, ระยะ and village tell twins apart", () => {
    const entries = [
      entry("1", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 3 หมู่ที่ 4", { 2568: 150000 }),
      entry("2", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 13 หมู่ที่ 4", { 2568: 150000 }),
      entry("3", "ก่อสร้างถนนลาดยาง สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 1", { 2568: 1500000 }),
      entry("4", "ก่อสร้างถนนลาดยาง สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 2", { 2568: 1500000 }),
      entry("5", "ก่อสร้างอาคารอเนกประสงค์ ระยะที่ 1", { 2568: 900000 }),
      entry("6", "ก่อสร้างอาคารอเนกประสงค์ ระยะที่ 2", { 2568: 900000 }),
      entry("7", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", { 2568: 300000 }),
    ];
    expect(
      linkedNo(
        [
          { name: "ขยายเขตไฟฟ้าแรงต่ำ ซ.13 ม.4" },
          { name: "ขยายเขตไฟฟ้าแรงต่ำ ซอย 3 หมู่ 4" },
          { name: "ขยายเขตไฟฟ้าแรงต่ำ ซอย 1 หมู่ที่ 4" },
          { name: "ก่อสร้างถนนลาดยาง สายหนองไผ่-ป่าตึง ช่วงที่ 2" },
          { name: "ก่อสร้างถนนลาดยาง สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 3" },
          { name: "ก่อสร้างอาคารอเนกประสงค์ ระยะที่ 2" },
          { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแดง" },
        ],
        entries,
      ),
    ).toEqual(["2", "1", null, "4", null, "6", null]);
  });

  it("a road between other villages is another road", () => {
    const entries = [entry("1", "ซ่อมแซมถนนลูกรังเพื่อการเกษตร สายบ้านโคกสูง - บ้านนาดี", { 2568: 200000 })];
    expect(linkedNo([{ name: "ซ่อมแซมถนนลูกรังเพื่อการเกษตร สายบ้านหนองขาม - บ้านดงบัง" }, { name: "ซ่อมแซมถนนลูกรัง เพื่อการเกษตร สายโคกสูง-นาดี" }], entries)).toEqual([null, "1"]);
  });
});

describe("linkProjects: the fiscal year's amount", () => {
  it("links an entry with no amount this year (the check reports NOT_PLANNED_THIS_YEAR)", () => {
    const [l] = linkProjects([project({ name: "ก่อสร้างรั้ว ค.ส.ล. ศพด.บ้านดงเย็น", budget: 300000 })], devPlan([entry("1", "ก่อสร้างรั้ว คสล. ศูนย์พัฒนาเด็กเล็ก บ้านดงเย็น", { 2569: 300000 })]), FY);
    expect(l.entry?.no).toBe("1");
    expect(l.entry?.amounts.find((a) => a.year === FY)?.amount).toBeNull();
    expect(l.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });

  it("prefers the twin with this year's amount over the one with next year's only", () => {
    const twins = [entry("1", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ 2", { 2569: 400000 }), entry("2", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ 2", { 2568: 400000 })];
    const links = linkProjects([project({ name: "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง ม.2", budget: 400000 }), project({ name: "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง ม.2" })], devPlan(twins), FY);
    expect(links.map((l) => l.entry?.no)).toEqual(["2", "2"]);
    expect(links[1].score - links[1].candidates[1].score).toBeGreaterThan(AMBIGUITY_MARGIN);
  });

  it("an equal amount raises the score", () => {
    const plan = devPlan([entry("1", "จัดงานประเพณีลอยกระทง", { 2568: 80000 })]);
    const [equal, other, none] = linkProjects([80000, 150000, undefined].map((budget) => project({ name: "จัดงานประเพณีลอยกระทง", budget })), plan, FY);
    expect(equal.score).toBe(1);
    expect(other.score).toBeLessThan(equal.score);
    expect(none.score).toBe(other.score);
  });
});

describe("linkProjects: never picks silently", () => {
  it("two entries the project matches equally are both offered, none linked", () => {
    const entries = [entry("1", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 3 หมู่ที่ 4", { 2568: 150000 }), entry("2", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 5 หมู่ที่ 4", { 2568: 150000 })];
    const [l] = linkProjects([project({ name: "ขยายเขตไฟฟ้าแรงต่ำ หมู่ที่ 4", budget: 150000 })], devPlan(entries), FY);
    expect(l).toMatchObject({ entry: null, score: 0, ambiguous: true });
    expect(l.candidates.map((c) => c.entry.no).sort()).toEqual(["1", "2"]);
  });

  it("the same entry repeated by an amendment is ambiguous", () => {
    const entries = [entry("22", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", { 2568: 300000 }), entry("22/2", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", { 2568: 300000 }, "", 90)];
    expect(linkedNo([{ name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", budget: 300000 }], entries)).toEqual(["ambiguous"]);
  });

  it("a หมู่ on one side and a village on the other is offered, not linked", () => {
    const [l] = linkProjects([project({ name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 2" })], devPlan([entry("1", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", { 2568: 300000 })]), FY);
    expect(l.entry).toBeNull();
    expect(l.candidates.map((c) => c.entry.no)).toEqual(["1"]);
  });

  it("an empty plan or an empty name links nothing", () => {
    expect(linkProjects([project({ name: "จัดงานประเพณีลอยกระทง" })], devPlan([]), FY)).toEqual([{ entry: null, score: 0, candidates: [], ambiguous: false }]);
    expect(linkProjects([project({ name: "" })], devPlan([entry("1", "จัดงานประเพณีลอยกระทง", { 2568: 1 })]), FY)[0].entry).toBeNull();
  });
});

describe("villageIn: a road to a person's house names no village", () => {
  it.each([
    ["ก่อสร้างถนน คสล. สายบ้านนายทองดี หมู่ที่ 4", null],
    ["ซ่อมแซมถนนสายบ้านนางสมศรี", null],
    ["ก่อสร้างถนน คสล. บ้านโคกกรวด หมู่ที่ 4", ["โคกกรวด"]],
  ])("%s", (text, villages) => {
    const found = villageIn(text);
    expect(found ? [...found] : null).toEqual(villages);
  });
});
