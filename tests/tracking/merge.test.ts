import fc from "fast-check";
import { mergeTracking, projectKeys } from "../../src/domain/tracking/merge";
import type { MergeResult, TrackingEntry } from "../../src/domain/tracking/types";
import { entry, P_EDU, P_WORKS, project, reading } from "./helpers";

const road = project({ name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3", plan: P_WORKS });
const lunch = project({ name: "โครงการอาหารกลางวัน", plan: P_EDU });
const drain = project({ name: "โครงการขุดลอกลำห้วย", plan: P_WORKS });

/** Every entry of the sheet is in exactly one row. */
function expectNothingLost(entries: readonly TrackingEntry[], m: MergeResult) {
  const placed = m.rows.map((r) => r.entry).filter((e) => e !== null);
  expect(placed).toHaveLength(entries.length);
  for (const e of entries) expect(placed.filter((p) => p === e)).toHaveLength(1);
}

describe("projectKeys", () => {
  it("is the normalised name with the แผนงาน, numbered among duplicates", () => {
    const keys = projectKeys([
      road,
      project({ name: "  โครงการก่อสร้างถนน  คสล.\nหมู่ที่ ๓ ", plan: P_WORKS }),
      project({ name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3", plan: P_EDU }),
      project({ name: "โครงการอบรม", plan: null }),
    ]);
    expect(keys).toEqual([
      "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 | แผนงานเคหะและชุมชน",
      // the same name typed with extra spaces, a newline and a Thai digit: the same project twice
      "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 | แผนงานเคหะและชุมชน#2",
      "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 | แผนงานการศึกษา",
      "โครงการอบรม | ยังไม่ระบุแผนงาน",
    ]);
  });

  it("does not change when the plan's rows are reordered (except among duplicates) or budgets revised", () => {
    const a = projectKeys([road, lunch, drain]);
    const b = projectKeys([drain, project({ ...road, budget: 5, row: 99, sheet: "อื่น" }), lunch]);
    expect(new Set(b)).toEqual(new Set(a));
    expect(projectKeys([road, lunch, drain])).toEqual(a);
  });
});

describe("mergeTracking", () => {
  it("with no sheet yet: every project new, in the plan's order", () => {
    const m = mergeTracking([road, lunch], null);
    expect(m.rows.map((r) => [r.project, r.entry])).toEqual([
      [0, null],
      [1, null],
    ]);
    expect(m).toMatchObject({ byKey: 0, byName: 0, added: 2, dropped: 0 });
  });

  it("finds entries by key after the officer re-sorted the rows and edited the names shown", () => {
    const [kRoad, kLunch] = projectKeys([road, lunch]);
    const eLunch = entry(5, "อาหารกลางวัน (แก้ชื่อ)", kLunch, { status: "เสร็จแล้ว" });
    const eRoad = entry(6, "ถนน", kRoad, { status: "กำลังดำเนินการ", disbursed: "50,000" });
    const m = mergeTracking([road, lunch], reading([eLunch, eRoad]));
    expect(m.rows).toEqual([
      { key: kRoad, project: 0, entry: eRoad },
      { key: kLunch, project: 1, entry: eLunch },
    ]);
    expect(m).toMatchObject({ byKey: 2, byName: 0, added: 0, dropped: 0 });
  });

  it("falls back on a unique name: a sheet made by hand, a แผนงาน reclassified", () => {
    const eRoad = entry(5, " โครงการก่อสร้างถนน  คสล. หมู่ที่ 3", null, { status: "เสร็จ" });
    // lunch was under แผนงานการศึกษา when the sheet was written; now under another แผนงาน
    const eLunch = entry(6, "โครงการอาหารกลางวัน", "โครงการอาหารกลางวัน | แผนงานการศึกษา", { status: "ยกเลิก" });
    const moved = { ...lunch, plan: "แผนงานสร้างความเข้มแข็งของชุมชน" };
    const m = mergeTracking([road, moved, drain], reading([eRoad, eLunch]));
    expect(m.rows.map((r) => [r.project, r.entry?.row ?? null])).toEqual([
      [0, 5],
      [1, 6],
      [2, null],
    ]);
    expect(m).toMatchObject({ byKey: 0, byName: 2, added: 1, dropped: 0 });
  });

  it("never guesses between two projects of one name: both new, the entry kept as no longer in the plan", () => {
    const twinA = project({ name: "โครงการซ่อมแซมถนน", plan: P_WORKS });
    const twinB = project({ name: "โครงการซ่อมแซมถนน", plan: "แผนงานอุตสาหกรรมและการโยธา" });
    const e = entry(5, "โครงการซ่อมแซมถนน", null, { status: "เสร็จ" });
    const m = mergeTracking([twinA, twinB], reading([e]));
    expect(m.rows.map((r) => [r.project, r.entry])).toEqual([
      [0, null],
      [1, null],
      [null, e],
    ]);
    expect(m).toMatchObject({ byName: 0, added: 2, dropped: 1 });
  });

  it("keeps dropped projects, nameless rows and copied rows after the plan's rows, in sheet order", () => {
    const [kRoad] = projectKeys([road]);
    const gone = entry(5, "โครงการที่ตัดออกจากแผน", "โครงการที่ตัดออกจากแผน | แผนงานการศึกษา", { status: "ยกเลิก" });
    const nameless = entry(6, "", null, { disbursed: "12,000" });
    const eRoad = entry(7, "ถนน", kRoad, { status: "เสร็จ" });
    const copy = entry(8, "ถนน (สำเนา)", kRoad, { note: "แถวที่คัดลอก" });
    const entries = [gone, nameless, eRoad, copy];
    const m = mergeTracking([road], reading(entries));
    expect(m.rows).toEqual([
      { key: kRoad, project: 0, entry: eRoad },
      { key: gone.key, project: null, entry: gone },
      { key: "", project: null, entry: nameless },
      // the copy loses the key the project carries, so that it cannot take the project's row later
      { key: "", project: null, entry: copy },
    ]);
    expect(m).toMatchObject({ byKey: 1, dropped: 3, added: 0 });
    expectNothingLost(entries, m);
  });

  it("a project dropped then back in a later edition finds its kept row again", () => {
    const [kDrain] = projectKeys([drain]);
    const first = mergeTracking([road], reading([entry(5, drain.name, kDrain, { status: "อยู่ระหว่างดำเนินการ" })]));
    expect(first.rows[1]).toMatchObject({ project: null, key: kDrain });
    const kept = entry(6, drain.name, first.rows[1].key, { status: "อยู่ระหว่างดำเนินการ" });
    const again = mergeTracking([road, drain], reading([entry(5, road.name, projectKeys([road])[0]), kept]));
    expect(again.rows[1]).toEqual({ key: kDrain, project: 1, entry: kept });
    expect(again.dropped).toBe(0);
  });

  it("loses no entry whatever the sheet holds (property)", () => {
    const names = ["โครงการ ก", "โครงการ ข", "โครงการ ค", "", "โครงการ ก "];
    const plans = [P_WORKS, P_EDU, null];
    const arbProject = fc.record({ name: fc.constantFrom(...names.filter((n) => n !== "")), plan: fc.constantFrom(...plans) });
    const arbEntry = fc.record({
      name: fc.constantFrom(...names),
      key: fc.option(fc.constantFrom(...names.flatMap((n) => plans.map((p) => `${n.trim()} | ${p ?? "ยังไม่ระบุแผนงาน"}`)), "x", "โครงการ ก | แผนงานการศึกษา#2")),
    });
    fc.assert(
      fc.property(fc.array(arbProject, { maxLength: 8 }), fc.array(arbEntry, { maxLength: 10 }), (ps, es) => {
        const projects = ps.map((p) => project(p));
        const entries = es.map((e, i) => entry(5 + i, e.name, e.key));
        const m = mergeTracking(projects, reading(entries));
        const placed = m.rows.map((r) => r.entry).filter((e) => e !== null);
        // each entry once; each project once, in order; counts add up
        expect(placed.length).toBe(entries.length);
        expect(new Set(placed).size).toBe(entries.length);
        expect(m.rows.slice(0, projects.length).map((r) => r.project)).toEqual(projects.map((_, i) => i));
        expect(m.rows.slice(projects.length).every((r) => r.project === null && r.entry !== null)).toBe(true);
        expect(m.byKey + m.byName + m.added).toBe(projects.length);
        expect(m.dropped).toBe(m.rows.length - projects.length);
        // the dropped rows keep the sheet's order
        const droppedRows = m.rows.slice(projects.length).map((r) => r.entry!.row);
        expect(droppedRows).toEqual([...droppedRows].sort((a, b) => a - b));
      }),
    );
  });
});
