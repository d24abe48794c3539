import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { PROBE_STATUSES } from "../../src/workbook/selfTest/types";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

describe("npm run selftest", () => {
  it("writes { probes: [{ id, status, seen }] } with at least ten probes and prints a Thai table", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "opplan-selftest-")), "selftest.json");
    const { stdout } = await promisify(execFile)(TSX, ["scripts/selftest.ts", "--json", file], { cwd: ROOT });
    const json = JSON.parse(readFileSync(file, "utf8")) as { probes: { id: string; status: string; seen: unknown }[] };
    expect(Object.keys(json)).toEqual(["probes"]);
    expect(json.probes.length).toBeGreaterThanOrEqual(10);
    for (const p of json.probes) {
      expect(Object.keys(p)).toEqual(["id", "status", "seen"]);
      expect(PROBE_STATUSES).toContain(p.status);
      expect(p.seen).toBeDefined();
    }
    expect(stdout).toContain("ผลตรวจความเข้ากันได้กับ Excel");
    for (const p of json.probes) expect(stdout).toContain(p.id);
    expect(stdout).toMatch(/รวม \d+ รายการ: ผ่าน \d+ · ไม่ผ่าน \d+ · บันทึกไว้ \d+/);
  });

  it("refuses --json without a file name, in Thai", async () => {
    await expect(promisify(execFile)(TSX, ["scripts/selftest.ts", "--json"], { cwd: ROOT })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--json ต้องตามด้วยชื่อไฟล์/),
    });
  });
});
