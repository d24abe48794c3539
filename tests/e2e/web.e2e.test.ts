/**
 * dist/web.html in real headless Chromium: OpPlan without Office. A workbook typed by hand (not by
 * src/sample) is chosen from disk; every step runs in the page; ดาวน์โหลด gives a new file, which
 * is opened and checked against the case's truth. The page asks for nothing but its own files,
 * opened from disk (file://) and from a static web server; axe finds nothing serious.
 */
import { createReadStream, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { BOOK_ORDER, TRACKING_REPORT_SHEET, TRACKING_SHEET } from "../../src/core/sheetNames";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { BOOK_CASES } from "../render/bookWorkbooks";
import { seriousViolations } from "./axe";
import { DIST, launchChromium, screenshot } from "./browser";

const CASE = BOOK_CASES[0];
const INPUT_SHEETS = ["โครงการ", "ยุทธศาสตร์", "ตั้งค่า"];

describe("dist/web.html in headless Chromium", () => {
  let browser: Browser;
  let input: string;
  const dir = mkdtempSync(join(tmpdir(), "opplan-web-"));

  beforeAll(async () => {
    browser = await launchChromium();
    input = join(dir, "แผน อบต.ห้วยยาง 2569.xlsx");
    await CASE.build().xlsx.writeFile(input);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records every URL it asks for. */
  async function openPage(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ acceptDownloads: true, locale: "th-TH" });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    await page.getByRole("heading", { name: "OpPlan · แผนการดำเนินงาน" }).waitFor();
    return { page, requests, errors };
  }

  async function choose(page: Page): Promise<void> {
    await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(input);
    await page.getByTestId("web-opened").waitFor();
  }

  it("runs every step on a workbook typed by hand, opened from disk, and downloads the result", async () => {
    const before = readFileSync(input);
    const { page, requests, errors } = await openPage(pathToFileURL(join(DIST, "web.html")).href);
    expect(await seriousViolations(page)).toEqual([]);
    await choose(page);
    expect(await page.getByTestId("web-opened").innerText()).toContain("ตั้งค่า");

    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("web-check-result").waitFor();
    expect(await page.getByTestId("web-check-result").innerText()).toContain(`${CASE.truth.projects + CASE.truth.equipmentItems} โครงการ`);

    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    await page.getByTestId("web-classify-result").waitFor();

    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.getByTestId("web-generate-result").waitFor();
    const book = await page.getByTestId("web-generate-result").innerText();
    for (const part of ["ส่วนที่ 1 บทนำ", "แบบ ผด.01", "แบบ ผด.02"]) expect(book).toContain(part);

    await page.getByRole("button", { name: "ประกาศ", exact: true }).click();
    await page.getByTestId("web-announce-result").waitFor();

    await page.getByRole("radio", { name: "6 เดือน (ต.ค.–มี.ค.)" }).check();
    await page.getByRole("button", { name: "ติดตามผล", exact: true }).click();
    await page.getByTestId("web-track-result").waitFor();
    expect(await page.getByTestId("web-track-result").innerText()).toContain("รวม");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "web-1-done.png");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /ดาวน์โหลด/ }).click()]);
    expect(download.suggestedFilename()).toBe("แผน อบต.ห้วยยาง 2569-OpPlan.xlsx");
    const saved = join(dir, "saved.xlsx");
    await download.saveAs(saved);

    // The result: the input sheets, the whole book, the tracking sheets; the figures of the truth.
    const wb = await ExcelJsWorkbook.fromFile(saved);
    const names = await wb.listSheets();
    for (const s of [...INPUT_SHEETS, ...BOOK_ORDER, TRACKING_SHEET, TRACKING_REPORT_SHEET]) expect([s, names.includes(s)]).toEqual([s, true]);
    const report = (await wb.readSheet(TRACKING_REPORT_SHEET))!;
    const total = report.values.find((r) => r[0] === "รวมทั้งสิ้น")!;
    expect([total[1], total[10]]).toEqual([CASE.truth.projects + CASE.truth.equipmentItems, CASE.truth.budget + CASE.truth.equipmentBudget]);
    const pd01 = (await wb.readSheet("ผด.01"))!.values.flat();
    expect(pd01).toContain(CASE.truth.budget);
    // The file chosen is as it was; the page asked only for its own files.
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(requests.filter((u) => !u.startsWith(pathToFileURL(DIST).href) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works from a static web server too, asking only that server", async () => {
    const server: Server = createServer((req, res) => {
      const file = join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0]));
      if (!file.startsWith(DIST) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        res.writeHead(404).end();
        return;
      }
      const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png" }[extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": type });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const { page, requests, errors } = await openPage(`${origin}/web.html`);
      await choose(page);
      await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
      await page.getByTestId("web-check-result").waitFor();
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it("says so in Thai when the file is not a workbook, and stays usable", async () => {
    const { page } = await openPage(pathToFileURL(join(DIST, "web.html")).href);
    const bad = join(dir, "not-a-workbook.xlsx");
    writeFileSync(bad, "ชื่อโครงการ,งบประมาณ\n");
    await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(bad);
    await page.getByTestId("web-error").waitFor();
    expect(await page.getByTestId("web-error").innerText()).toContain("ไม่ใช่สมุดงาน Excel");
    await choose(page);
    expect(await page.getByTestId("web-error").count()).toBe(0);
    await page.close();
  });

  it("loads in under 500 KB gzipped (web.html and its script)", () => {
    const files = ["web.html", ...readdirSync(DIST).filter((n) => /^web\..*\.js$/.test(n))];
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    expect(files.length).toBe(2);
    expect(gz).toBeLessThan(500 * 1024);
  });
});
