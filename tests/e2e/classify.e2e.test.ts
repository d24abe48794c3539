import type { Page } from "playwright-core";
import { screenshot, usePane } from "./browser";
import type { OpPlanSeed } from "./pageGlobals";

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const INFRA = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน";
const PEOPLE = "ยุทธศาสตร์การพัฒนาคนและสังคม";

/** A project sheet with neither a ยุทธศาสตร์ nor a แผนงาน column, and the plan's strategy table. */
const SEED: OpPlanSeed = {
  sheets: [
    {
      name: "โครงการ",
      rows: [
        ["ที่", "โครงการ", "งบประมาณ", "หน่วยงานรับผิดชอบหลัก", ...MONTHS],
        [1, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", 450000, "กองช่าง", null, null, "✓", "✓"],
        [2, "เบี้ยยังชีพผู้สูงอายุ", 3600000, "สำนักปลัด", ...MONTHS.map(() => "✓")],
        [3, "โครงการอาหารกลางวันเด็กนักเรียน", 800000, "กองการศึกษา", null, "✓", "✓", "✓"],
        [4, "โครงการพิเศษประจำปี", 20000, "สำนักปลัด", null, null, null, "✓"],
      ],
    },
    {
      name: "ยุทธศาสตร์",
      rows: [
        ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"],
        [`1. ${INFRA}`, "ก่อสร้างและปรับปรุงถนน", "แผนงานอุตสาหกรรมและการโยธา", "ถนน, คอนกรีต"],
        [`2. ${PEOPLE}`, "ส่งเสริมการศึกษา", "แผนงานการศึกษา", "นักเรียน, อาหารกลางวัน"],
        [null, "สวัสดิการสังคม", "แผนงานสร้างความเข้มแข็งของชุมชน", "ผู้สูงอายุ, เบี้ยยังชีพ"],
      ],
    },
  ],
};

/** Columns Q and R of the project sheet (where ยุทธศาสตร์ and แผนงาน go), rows 1–5, as the fake holds them. */
async function newColumns(page: Page): Promise<{ values: (string | number | boolean)[][]; formats: string[][] }> {
  return page.evaluate(() => {
    const s = window.__opplan.fake.workbook.find("โครงการ")!;
    const rows = [0, 1, 2, 3, 4];
    return {
      values: rows.map((r) => [16, 17].map((c) => s.cell(r, c)?.value ?? "")),
      formats: rows.map((r) => [16, 17].map((c) => s.cell(r, c)?.numberFormat ?? "General")),
    };
  });
}

/** The จัดหมวดหมู่ step in the built pane, in Chromium, over the fake Excel preloaded with SEED. */
describe("classify step in headless Chromium", () => {
  const pane = usePane();

  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^(จัดหมวดหมู่|Classify)$/, height: 900 });

  it("reviews, writes the confident decisions and a pick into new columns, and undoes them", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    const result = page.getByTestId("classify-result");
    await result.waitFor();
    // reading only so far
    expect(await newColumns(page)).toEqual({ values: Array(5).fill(["", ""]), formats: Array(5).fill(["General", "General"]) });

    const rows = page.getByTestId("classification");
    expect(await rows.count()).toBe(4);
    // the undecided project comes first
    expect(await rows.first().getAttribute("data-key")).toBe("โครงการ!5");
    expect(await rows.first().innerText()).toContain("ยังตัดสินไม่ได้");
    await screenshot(page, "classify-1-review.png");

    // pick its strategy from the dropdown, with the keyboard reachable control
    const strategy = page.getByRole("combobox", { name: "ยุทธศาสตร์ของ “โครงการพิเศษประจำปี”" });
    await strategy.click();
    await page.getByRole("option", { name: PEOPLE }).click();
    expect(await strategy.innerText()).toContain(PEOPLE);
    expect(await rows.first().innerText()).toContain("คุณเลือกเอง");

    await page.getByRole("button", { name: "ยอมรับทั้งหมดที่มั่นใจ" }).click();
    const outcome = page.getByTestId("classify-outcome");
    await outcome.getByText(/บันทึกแล้ว/).waitFor();
    const written = await newColumns(page);
    expect(written.values[0]).toEqual(["ยุทธศาสตร์", "แผนงาน"]);
    expect(written.values[1]).toEqual([INFRA, "แผนงานอุตสาหกรรมและการโยธา"]);
    expect(written.values[3]).toEqual([PEOPLE, "แผนงานการศึกษา"]);
    // the pick is written; the weak guess for its แผนงาน is not
    expect(written.values[4]).toEqual([PEOPLE, ""]);
    for (const [r, line] of written.values.entries()) {
      line.forEach((v, c) => {
        if (v !== "") expect({ r, c, format: written.formats[r][c] }).toEqual({ r, c, format: "@" });
      });
    }
    const count = written.values.slice(1).flat().filter((v) => v !== "").length;
    expect(await outcome.innerText()).toContain(`บันทึกแล้ว ${count} เซลล์`);
    expect(await outcome.innerText()).toContain("เพิ่มหัวคอลัมน์ 2 คอลัมน์");
    expect(await rows.first().innerText()).toContain("บันทึกแล้วที่ Q5");
    await screenshot(page, "classify-2-applied.png");

    await outcome.getByRole("button", { name: "ย้อนกลับ" }).click();
    await outcome.getByText(/ย้อนกลับแล้ว/).waitFor();
    expect(await outcome.innerText()).toContain(`ย้อนกลับแล้ว ลบ ${count} เซลล์`);
    expect((await newColumns(page)).values).toEqual(Array(5).fill(["", ""]));
    const state = await page.evaluate(() => ({
      used: window.__opplan.fake.workbook.find("โครงการ")!.usedRect(true),
      sheets: window.__opplan.fake.workbook.sheets.map((s) => s.name),
      maxRequestBytes: window.__opplan.fake.stats.maxRequestBytes,
    }));
    expect(state.used).toEqual({ row: 0, col: 0, rows: 5, cols: 16 });
    expect(state.sheets).toEqual(["โครงการ", "ยุทธศาสตร์"]);
    expect(state.maxRequestBytes).toBeLessThan(4_000_000);
    await screenshot(page, "classify-3-undone.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("classifies from the ribbon, writing only the confident decisions, and shows it in the pane in English", async () => {
    const { page, errors } = await open("?lang=en-US");
    const completed = await page.evaluate(async () => {
      let done = false;
      await window.__opplan.handlers.classifyProjects({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    const outcome = page.getByTestId("classify-outcome");
    await outcome.waitFor();
    expect(await page.getByTestId("classify-result").innerText()).toContain("Result of the “Classify” ribbon button");
    const written = await newColumns(page);
    expect(written.values[0]).toEqual(["ยุทธศาสตร์", "แผนงาน"]);
    expect(written.values[1]).toEqual([INFRA, "แผนงานอุตสาหกรรมและการโยธา"]);
    // nothing chosen for the undecided one
    expect(written.values[4]).toEqual(["", ""]);
    expect(await outcome.getByRole("button", { name: "Undo" }).isVisible()).toBe(true);
    await screenshot(page, "classify-4-ribbon-en.png");
    expect(errors).toEqual([]);
    await page.close();
  });
});
