import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SHEET } from "../../src/core/sheetNames";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { ole2 } from "../support/bytes";
import { BUILT_CLI, cli, expectThaiOnly, readJson as json, sha, spawnCli } from "../support/cli";

const ROOT = resolve(__dirname, "../..");


describe("opplan CLI", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "opplan-cli-"));
  });

  it("template writes the input sheets and a JSON result", async () => {
    const r = await cli("template", join(dir, "t.xlsx"), "--fiscal-year", "2571", "--json", join(dir, "r.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("พ.ศ. 2571");
    const result = json(join(dir, "r.json"));
    expect(result).toMatchObject({ command: "template", exitCode: 0, fiscalYear: 2571, existing: [] });
    expect(result.added).toEqual([SHEET.projects, SHEET.strategies, SHEET.settings, SHEET.holidays, SHEET.bookText, SHEET.lists]);
    const wb = await ExcelJsWorkbook.fromFile(join(dir, "t.xlsx"));
    expect(await wb.listSheets()).toEqual(result.added);
  });

  it("template --from adds the missing sheets to a copy and never modifies the input", async () => {
    const input = join(dir, "mine.xlsx");
    const mine = new ExcelJsWorkbook();
    await mine.writeSheet({ name: SHEET.projects, cells: [["ลำดับ", "ชื่อโครงการ"], [1, "=ถนน"]] });
    await mine.saveAs(input);
    const before = sha(input);
    const r = await cli("template", join(dir, "out.xlsx"), "--from", input, "--json", join(dir, "r.json"));
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(json(join(dir, "r.json")).existing).toEqual([SHEET.projects]);
    const out = await ExcelJsWorkbook.fromFile(join(dir, "out.xlsx"));
    expect((await out.readSheet(SHEET.projects))!.values).toEqual([["ลำดับ", "ชื่อโครงการ"], [1, "=ถนน"]]);
    expect(await out.listSheets()).toHaveLength(6);
    expect((await out.readSheet(SHEET.bookText))!.values[3]).toEqual(["ส่วน", "หัวข้อ", "ข้อความ"]);
  });

  it("refuses to write over its input or an existing file (exit 2, Thai message)", async () => {
    const input = join(dir, "in.xlsx");
    await cli("template", input);
    const before = sha(input);
    const same = await cli("template", input, "--from", input, "--json", join(dir, "r.json"));
    expect(same.code).toBe(2);
    expect(same.err).toContain("ไม่แก้ไขไฟล์นำเข้า");
    expect(json(join(dir, "r.json")).error).toContain("ไฟล์นำเข้า");
    const exists = await cli("template", input);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain("--force");
    expect(sha(input)).toBe(before);
    expect((await cli("template", input, "--force")).code).toBe(0);
  });

  it("says why an input is unusable", async () => {
    expect((await cli("template", join(dir, "o.xlsx"), "--from", join(dir, "none.xlsx"))).err).toContain("ไม่พบไฟล์");
    const notXlsx = join(dir, "notes.xlsx");
    writeFileSync(notXlsx, "ไม่ใช่ไฟล์ Excel");
    const bad = await cli("template", join(dir, "o.xlsx"), "--from", notXlsx);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("เปิดไฟล์");
    expect((await cli("sample", join(dir, "s.xlsx"), "--projects", "abc")).code).toBe(2);
    expect((await cli("sample", join(dir, "s.csv"))).code).toBe(2);
    expect((await cli("frobnicate")).err).toContain("ไม่รู้จักคำสั่ง");
    expect((await cli()).code).toBe(2);
    expect((await cli("--help")).out).toContain("การใช้งาน");
  });

  it("sample is deterministic for a seed", async () => {
    const a = join(dir, "a.xlsx");
    const b = join(dir, "b.xlsx");
    expect((await cli("sample", a, "--projects", "40", "--seed", "7", "--json", join(dir, "a.json"))).code).toBe(0);
    expect((await cli("sample", b, "--projects", "40", "--seed", "7")).code).toBe(0);
    const [ra, rb] = await Promise.all([a, b].map(async (f) => (await ExcelJsWorkbook.fromFile(f)).readSheet(SHEET.projects)));
    expect(ra!.values).toEqual(rb!.values);
    const numbered = ra!.values.filter((r) => typeof r[0] === "number");
    expect(numbered).toHaveLength(40);
    expect(json(join(dir, "a.json"))).toMatchObject({ projects: 40, seed: 7, fiscalYear: 2570 });
  });

  it("runs exactly as documented: npm run --silent opplan -- …, relative paths from the user's folder", () => {
    // npm runs the script in the package root; INIT_CWD tells the folder the user typed it in.
    const r = spawnSync("npm", ["--prefix", ROOT, "run", "--silent", "opplan", "--", "sample", "npm.xlsx", "--projects", "12", "--seed", "3"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("สร้างแผนตัวอย่าง 12 โครงการ (seed 3) ปีงบประมาณ พ.ศ. 2570 ที่ npm.xlsx");
    expect(existsSync(join(dir, "npm.xlsx"))).toBe(true);
    expect(existsSync(join(ROOT, "npm.xlsx"))).toBe(false);
    const bad = spawnSync("npm", ["run", "--silent", "opplan", "--", "template"], { cwd: ROOT, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(execFileSync("node", ["-e", "1"]).toString()).toBe("");
  });

  it("as a process: the exit codes, the usage on stdout, a refusal alone on stderr in Thai", () => {
    const run = spawnCli;
    const help = run("generate", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("generate <ไฟล์.xlsx> -o <ไฟล์ผลลัพธ์.xlsx>");
    expect(help.stderr).toBe("");

    const old = join(dir, "old.xls");
    writeFileSync(old, ole2("Workbook"));
    const before = sha(old);
    const out = join(dir, "never.xlsx");
    const refused = run("generate", old, "-o", out);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("Excel รุ่นเก่า");
    expectThaiOnly(refused.stderr);
    expect(existsSync(out)).toBe(false);
    expect(sha(old)).toBe(before);
  });

  it("the package's bin is the built file: npx opplan runs it, and it finds the bundled sample from its own folder", () => {
    const pkg = json(join(ROOT, "package.json"));
    expect(join(ROOT, pkg.bin.opplan)).toBe(BUILT_CLI);
    expect(pkg.scripts.opplan).toBe(`node ${pkg.bin.opplan}`);
    // Built once here (spawnCli builds when stale), then checked as npm links a bin.
    expect(spawnCli("--help").status).toBe(0);
    expect(readFileSync(BUILT_CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BUILT_CLI).mode & 0o111).not.toBe(0);
    const npx = spawnSync("npx", ["--no-install", "opplan", "check", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(npx.status).toBe(0);
    expect(npx.stdout).toContain("check <ไฟล์.xlsx>");
    // The bundle sits at build/cli/ as the sources sit at src/cli/: the package root, where the
    // bundled sample lives, is two folders up from either.
    const out = join(dir, "demo.xlsx");
    const demo = spawnCli("demo", "-o", out);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("ไฟล์ตัวอย่าง: samples/sample-plan.xlsx");
    expect(existsSync(out)).toBe(true);
  });
});
