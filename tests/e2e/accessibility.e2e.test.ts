import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, usePane } from "./browser";
import "./pageGlobals";
import { samplePlanSeed } from "./seeds";

/** A sample plan with every third project not yet classified, so that every step has something to show. */
const SEED = samplePlanSeed({ unclassifiedEvery: 3 });
const AXE = require.resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe-core over the whole page; prints the moderate and minor violations, returns the serious and critical ones. */
async function scan(page: Page, state: string): Promise<Violation[]> {
  // let Fluent's enter transitions finish, so colours are measured at rest
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ARTIFACTS, `a11y-${state}.png`), fullPage: true });
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    // Tabster's focus sentinels (Fluent's focus management) are aria-hidden yet focusable by design:
    // they hand focus on at once and are never announced, so axe's aria-hidden-focus on them is a false positive.
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[]).map(
      (v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), html: n.html.slice(0, 200), summary: n.failureSummary ?? "" })),
      }),
    );
  });
  const lesser = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  if (lesser.length > 0)
    console.log(`${state}: ${lesser.map((v) => `${v.impact} ${v.id} (${v.help}) × ${v.nodes.length}: ${v.nodes.map((n) => n.target).join(", ")}`).join("\n")}`);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The focused element's role and accessible name, as Playwright's accessibility snapshot gives them. */
async function focused(page: Page): Promise<{ role: string; name: string }> {
  const handle = page.locator("*:focus");
  if ((await handle.count()) === 0) return { role: "", name: "" };
  // "- button \"name\"", or YAML-quoted when the name holds ": " ("- 'button \"a: b\"'")
  const first = (await handle.first().ariaSnapshot()).split("\n")[0].replace(/^- /, "");
  const line = first.startsWith("'") ? first.slice(1, first.lastIndexOf("'")).replace(/''/g, "'") : first;
  const m = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  return { role: m?.[1] ?? "", name: m?.[2] ? (JSON.parse(`"${m[2]}"`) as string) : "" };
}

/** Presses Tab until the focused element's accessible name matches `name`; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 200): Promise<{ role: string; name: string }> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (name.test(f.name)) return f;
    seen.push(`${f.role} "${f.name}"`);
  }
  throw new Error(`no element named ${String(name)} within ${max} presses of Tab; focused in turn:\n${[...new Set(seen)].join("\n")}`);
}

const sheets = (page: Page) => page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => s.name));

/** Counts the filled ยุทธศาสตร์ and แผนงาน cells of the project sheet. */
const classified = (page: Page) =>
  page.evaluate(() => {
    const s = window.__opplan.fake.workbook.find("โครงการ")!;
    const used = s.usedRect(true)!;
    let header = -1;
    let cols: number[] = [];
    for (let r = 0; r < used.rows && header < 0; r++) {
      const line = Array.from({ length: used.cols }, (_, c) => s.cell(r, c)?.value);
      if (line.includes("ยุทธศาสตร์") && line.includes("แผนงาน")) {
        header = r;
        cols = [line.indexOf("ยุทธศาสตร์"), line.indexOf("แผนงาน")];
      }
    }
    let n = 0;
    for (let r = header + 1; r < used.rows; r++) for (const c of cols) if ((s.cell(r, c)?.value ?? "") !== "") n++;
    return n;
  });

/** Every step of the pane under axe-core, and the main flow with the keyboard alone, in headless Chromium. */
describe("accessibility in headless Chromium", () => {
  const pane = usePane();
  const open = () => pane.open({ seed: SEED, ready: /^สร้างบัญชี ผด\.$/, height: 1000 });

  it("has no serious or critical axe-core violation at any step", async () => {
    const { page, errors } = await open();
    const found: Record<string, Violation[]> = {};
    found.initial = await scan(page, "1-initial");

    await page.getByRole("button", { name: "สร้างแม่แบบ", exact: true }).click();
    await page.getByTestId("sheets-existing").waitFor();
    found.template = await scan(page, "2-template");

    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    expect(await page.getByTestId("finding-group").count()).toBeGreaterThan(0);
    found.check = await scan(page, "3-check");

    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    await page.getByTestId("classify-result").waitFor();
    expect(await page.getByTestId("classification").count()).toBeGreaterThan(0);
    expect(await page.getByRole("combobox").count()).toBeGreaterThan(0);
    found.classify = await scan(page, "4-classify");

    const dropdown = page.getByRole("combobox").first();
    await dropdown.click();
    await page.getByRole("listbox").waitFor();
    found.dropdown = await scan(page, "5-dropdown-open");
    await page.keyboard.press("Escape");
    await page.getByRole("listbox").waitFor({ state: "detached" });

    await page.getByRole("button", { name: "ยอมรับทั้งหมดที่มั่นใจ" }).click();
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    found.classifyApplied = await scan(page, "6-classify-applied");

    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.getByTestId("generate-outcome").getByText(/สร้างบัญชีแล้ว/).waitFor();
    found.generate = await scan(page, "7-generate");

    await page.getByRole("button", { name: "ดูกำหนดเวลา", exact: true }).click();
    await page.getByTestId("announce-timetable").waitFor();
    found.announceDates = await scan(page, "8-announce-dates");

    await page.getByRole("button", { name: "ประกาศ", exact: true }).click();
    await page.getByTestId("announce-done").waitFor();
    found.announce = await scan(page, "9-announce");

    for (const [state, list] of Object.entries(found))
      if (list.length > 0) console.log(`${state}:\n${JSON.stringify(list, null, 2)}`);
    expect(Object.fromEntries(Object.entries(found).map(([state, list]) => [state, list.map((v) => `${v.impact} ${v.id}`)]))).toEqual(
      Object.fromEntries(Object.keys(found).map((state) => [state, []])),
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("runs the main flow with the keyboard alone", async () => {
    const { page, errors } = await open();
    const before = { sheets: await sheets(page), classified: await classified(page) };

    // ตรวจสอบ, then go to a finding's cell
    await tabTo(page, /^ตรวจสอบ$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("check-result").waitFor();
    const selection = () => page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => `${s.name}!${s.selection ?? ""}`).join(","));
    const selectedBefore = await selection();
    const finding = await tabTo(page, /เซลล์ [A-Z]+\d+:/);
    expect(finding.role).toBe("button");
    await page.keyboard.press("Enter");
    await page.waitForFunction((was) => window.__opplan.fake.workbook.sheets.map((s) => `${s.name}!${s.selection ?? ""}`).join(",") !== was, selectedBefore);
    const cell = /เซลล์ ([A-Z]+\d+):/.exec(finding.name)![1];
    expect(await selection()).toContain(`!${cell}`);
    expect(await page.locator("*:focus").getAttribute("aria-current")).toBe("true");

    // จัดหมวดหมู่, then accept the confident decisions (with Space, the other key of a button)
    await tabTo(page, /^จัดหมวดหมู่$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("classify-result").waitFor();
    await tabTo(page, /^ยอมรับทั้งหมดที่มั่นใจ$/);
    await page.keyboard.press("Space");
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    expect(await classified(page)).toBeGreaterThan(before.classified);

    // สร้างบัญชี ผด.
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("generate-outcome").getByText(/สร้างบัญชีแล้ว/).waitFor();
    expect((await sheets(page)).slice(before.sheets.length)).toEqual(["ผด.01", "ผด.02", "ผด.02-1"]);
    await page.screenshot({ path: join(ARTIFACTS, "a11y-keyboard-done.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
