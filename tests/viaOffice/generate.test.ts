import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sha, spawnCli } from "../support/cli";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples/sample-plan.xlsx");

/** `npm run --silent via-office -- …` as a user runs it: a child process on the script. */
const viaOffice = (...argv: string[]) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/viaOffice.ts", ...argv], { cwd: ROOT, encoding: "utf8", env: { ...process.env, OPPLAN_DEBUG: "" } });

describe("via-office as a command", () => {
  const dir = mkdtempSync(join(tmpdir(), "opplan-via-office-"));

  it("generates the forms of the sample through the Office adapter into a file that opens", async () => {
    const before = sha(SAMPLE);
    const out = join(dir, "forms.xlsx");
    const run = viaOffice("generate", SAMPLE, "-o", out);
    expect(run.status).toBeLessThan(2);
    expect(run.stdout).toContain("สร้างบัญชี");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    for (const s of ["โครงการ", "ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]) expect(names).toContain(s);
    expect(String(wb.getWorksheet("ผด.01")!.getCell("A2").value)).toContain("บัญชีสรุปจำนวนโครงการและงบประมาณ");
    expect(sha(SAMPLE)).toBe(before);
  }, 120_000);

  it("refuses like the CLI: the same exit code and message, and no output written", () => {
    const out = join(dir, "never.xlsx");
    const run = viaOffice("generate", join(dir, "missing.xlsx"), "-o", out);
    const cli = spawnCli("generate", join(dir, "missing.xlsx"), "-o", out);
    expect(run.status).toBe(2);
    expect(run.status).toBe(cli.status);
    expect(run.stderr).toBe(cli.stderr);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
