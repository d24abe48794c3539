/**
 * Paths through the CLI: the input is never written whatever path reaches it, relative paths
 * count from the user's folder under npm, the --json file and the output are checked before
 * the work and written whole, and a failure is one Thai sentence.
 */
import fsp from "node:fs/promises";
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, cliIn, expectThaiOnly, readJson, sha } from "../support/cli";

describe("opplan's paths", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-paths-"));
    input = join(dir, "plan.xlsx");
    expect((await cli("sample", input, "--projects", "6", "--seed", "9")).code).toBe(0);
  });
  afterEach(() => jest.restoreAllMocks());

  const fresh = () => mkdtempSync(join(dir, "run-"));

  describe("the input is never overwritten", () => {
    async function expectInputKept(...argv: string[]) {
      const before = sha(input);
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain("OpPlan ไม่แก้ไขไฟล์นำเข้า");
      expectThaiOnly(r.err);
      expect(sha(input)).toBe(before);
      return r;
    }

    it("not through a symlink, even with --force (the link is left as it was)", async () => {
      const link = join(fresh(), "link.xlsx");
      symlinkSync(input, link);
      await expectInputKept("generate", input, "-o", link, "--force");
      await expectInputKept("announce", link, "-o", input, "--force");
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    });

    it("not through a hard link (what a case-insensitive disk's Plan.xlsx for plan.xlsx comes to)", async () => {
      const hard = join(fresh(), "Plan.xlsx");
      linkSync(input, hard);
      await expectInputKept("classify", input, "-o", hard, "--force");
      await expectInputKept("template", hard, "--from", input, "--force");
    });

    it("not through ./a/../ paths or a symlinked folder, relative to the user's folder", async () => {
      mkdirSync(join(dir, "a"), { recursive: true });
      const r = await cliIn({ cwd: "/", env: { INIT_CWD: dir } }, "generate", "plan.xlsx", "-o", "./a/../plan.xlsx", "--force");
      expect(r.code).toBe(2);
      expect(r.err).toBe("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์นำเข้า (./a/../plan.xlsx) — OpPlan ไม่แก้ไขไฟล์นำเข้า");
      const linked = join(fresh(), "same-folder");
      symlinkSync(dir, linked);
      await expectInputKept("generate", input, "-o", join(linked, "plan.xlsx"), "--force");
    });

    it("not by the --json file, through any path; nor is the output the --json file", async () => {
      const link = join(fresh(), "result.json");
      symlinkSync(input, link);
      const before = sha(input);
      const r = await cli("check", input, "--json", link);
      expect(r.code).toBe(2);
      expect(r.err).toContain("ไฟล์ JSON ต้องไม่ใช่ไฟล์นำเข้า");
      expect(sha(input)).toBe(before);
      const run = fresh();
      const same = await cli("generate", input, "-o", join(run, "out.xlsx"), "--json", join(run, "out.xlsx"));
      expect(same.code).toBe(2);
      expect(same.err).toContain("ไฟล์ JSON กับไฟล์ผลลัพธ์ต้องเป็นคนละไฟล์");
      expect(readdirSync(run)).toEqual([]);
    });
  });

  describe("the user's folder", () => {
    it("relative input, -o, --json and --from count from INIT_CWD (npm's user folder); messages quote them as typed", async () => {
      const user = fresh();
      writeFileSync(join(user, "แผน.xlsx"), readFileSync(input));
      const elsewhere = fresh();
      const r = await cliIn({ cwd: elsewhere, env: { INIT_CWD: user } }, "generate", "แผน.xlsx", "-o", "ผลลัพธ์/บัญชี.xlsx", "--json", "ผลลัพธ์/r.json");
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("→ ผลลัพธ์/บัญชี.xlsx");
      expect(readJson(join(user, "ผลลัพธ์", "r.json"))).toMatchObject({ input: "แผน.xlsx", output: "ผลลัพธ์/บัญชี.xlsx" });
      expect(existsSync(join(user, "ผลลัพธ์", "บัญชี.xlsx"))).toBe(true);
      expect(readdirSync(elsewhere)).toEqual([]);

      const t = await cliIn({ cwd: elsewhere, env: { INIT_CWD: user } }, "template", "แม่แบบ.xlsx", "--from", "แผน.xlsx", "--fiscal-year", "2570");
      expect(t.code).toBe(0);
      expect(existsSync(join(user, "แม่แบบ.xlsx"))).toBe(true);
      const missing = await cliIn({ cwd: elsewhere, env: { INIT_CWD: user } }, "check", "ไม่มี.xlsx");
      expect(missing.err).toBe("ไม่พบไฟล์ ไม่มี.xlsx");
    });

    it("without INIT_CWD, or with one that is not a folder, paths count from the process's folder", async () => {
      const here = fresh();
      writeFileSync(join(here, "in.xlsx"), readFileSync(input));
      expect((await cliIn({ cwd: here, env: {} }, "check", "in.xlsx")).code).toBe(0);
      expect((await cliIn({ cwd: here, env: { INIT_CWD: join(here, "gone") } }, "check", "in.xlsx")).code).toBe(0);
    });

    it("demo's bundled sample and default output stay in the package, wherever the user is", async () => {
      const user = fresh();
      const r = await cliIn({ cwd: user, env: { INIT_CWD: user } }, "demo", "-o", "demo.xlsx");
      expect(r.code).toBe(0);
      expect(r.out).toContain("ไฟล์ตัวอย่าง: samples/sample-plan.xlsx");
      expect(existsSync(join(user, "demo.xlsx"))).toBe(true);
    });
  });

  describe("outputs checked before the work", () => {
    /** Refused before any work: nothing printed but the sentence, no output, no JSON. */
    async function expectRefusedUpFront(phrase: string, ...argv: string[]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(phrase);
      expect(r.err.split("\n")).toHaveLength(1);
      expectThaiOnly(r.err);
      return r;
    }

    it("a --json that is a folder, lies through a file, or where nothing can be written", async () => {
      const run = fresh();
      const out = join(run, "out.xlsx");
      mkdirSync(join(run, "results"));
      await expectRefusedUpFront("เป็นโฟลเดอร์ — ระบุชื่อไฟล์ เช่น", "generate", input, "-o", out, "--json", join(run, "results"));
      writeFileSync(join(run, "notes.txt"), "");
      await expectRefusedUpFront("notes.txt เป็นไฟล์ ไม่ใช่โฟลเดอร์", "generate", input, "-o", out, "--json", join(run, "notes.txt", "r.json"));
      await expectRefusedUpFront("เขียนไฟล์ JSON /proc/opplan/r.json ไม่ได้", "generate", input, "-o", out, "--json", "/proc/opplan/r.json");
      expect(readdirSync(run).sort()).toEqual(["notes.txt", "results"]);
      expect(readdirSync(join(run, "results"))).toEqual([]);
    });

    it("an -o that is a folder, lies through a file, exists without --force, or is not .xlsx", async () => {
      const run = fresh();
      mkdirSync(join(run, "forms.xlsx"));
      await expectRefusedUpFront("เป็นโฟลเดอร์", "generate", input, "-o", join(run, "forms.xlsx"), "--force");
      writeFileSync(join(run, "file"), "");
      await expectRefusedUpFront("เป็นไฟล์ ไม่ใช่โฟลเดอร์", "announce", input, "-o", join(run, "file", "out.xlsx"));
      writeFileSync(join(run, "old.xlsx"), "เดิม");
      await expectRefusedUpFront("ใช้ --force เพื่อเขียนทับ", "classify", input, "-o", join(run, "old.xlsx"));
      expect(readFileSync(join(run, "old.xlsx"), "utf8")).toBe("เดิม");
      expect((await cli("generate", input, "-o", join(run, "forms.csv"))).err).toContain("ไฟล์ผลลัพธ์ต้องเป็น .xlsx");
    });
  });

  describe("writes at the end", () => {
    it("a failing output write leaves no file and the old one as it was; the sentence is Thai", async () => {
      const run = fresh();
      const out = join(run, "out.xlsx");
      writeFileSync(out, "เดิม");
      jest.spyOn(fsp, "rename").mockRejectedValue(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
      const json = join(run, "r.json");
      const r = await cli("generate", input, "-o", out, "--force", "--json", json);
      expect(r.code).toBe(2);
      // The JSON's own rename fails too: it is not there either, and that is said.
      expect(r.err.split("\n")).toEqual([
        `เขียนไฟล์ผลลัพธ์ ${out} ไม่สำเร็จ: พื้นที่ดิสก์เต็ม — ไม่ได้เขียนไฟล์ผลลัพธ์ และไฟล์เดิม (ถ้ามี) ไม่ถูกแตะต้อง`,
        `เขียนไฟล์ JSON ${json} ไม่สำเร็จ: พื้นที่ดิสก์เต็ม`,
      ]);
      expect(readFileSync(out, "utf8")).toBe("เดิม");
      expect(existsSync(json)).toBe(false);
      expect(readdirSync(run)).toEqual(["out.xlsx"]);
    });

    it("a --json write failing at the end: Thai, exit 2, saying the output was written", async () => {
      const run = fresh();
      const out = join(run, "out.xlsx");
      const realRename = fsp.rename;
      jest.spyOn(fsp, "rename").mockImplementation(async (from, to) => {
        if (String(to).endsWith(".json")) throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
        return realRename(from, to);
      });
      const r = await cli("generate", input, "-o", out, "--json", join(run, "r.json"));
      expect(r.code).toBe(2);
      expect(r.err).toBe(`เขียนไฟล์ JSON ${join(run, "r.json")} ไม่สำเร็จ: อ่านหรือเขียนดิสก์ไม่สำเร็จ (ไฟล์ผลลัพธ์ ${out} เขียนเสร็จแล้ว)`);
      expect(existsSync(out)).toBe(true);
      expect(readdirSync(run)).toEqual(["out.xlsx"]);
    });

    it("an unexpected error: one Thai sentence; the details only in the JSON's detail or with OPPLAN_DEBUG=1", async () => {
      const run = fresh();
      jest.spyOn(ExcelJsWorkbook.prototype, "toBuffer").mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'model')"));
      const json = join(run, "r.json");
      const r = await cli("generate", input, "-o", join(run, "out.xlsx"), "--json", json);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        "เกิดข้อผิดพลาดที่ไม่คาดคิดใน OpPlan จึงทำงานไม่เสร็จ และไม่ได้เขียนไฟล์ผลลัพธ์ — ดูรายละเอียดด้วย OPPLAN_DEBUG=1 หรือช่อง detail ในไฟล์ --json แล้วแจ้งผู้ดูแล OpPlan",
      );
      expectThaiOnly(r.err);
      expect(readJson(json).detail).toMatch(/^TypeError: Cannot read properties of undefined[\s\S]*\n\s+at /);
      expect(existsSync(join(run, "out.xlsx"))).toBe(false);

      const debug = await cliIn({ env: { OPPLAN_DEBUG: "1" } }, "generate", input, "-o", join(run, "out.xlsx"));
      expect(debug.code).toBe(2);
      expect(debug.err).toContain("TypeError: Cannot read properties of undefined");
      expect(debug.err).toMatch(/\n\s+at /);
    });

    it("--force replaces an output whole, through a symlink to another file, leaving the link", async () => {
      const run = fresh();
      writeFileSync(join(run, "real.xlsx"), "เดิม");
      symlinkSync(join(run, "real.xlsx"), join(run, "link.xlsx"));
      const r = await cli("generate", input, "-o", join(run, "link.xlsx"), "--force");
      expect([0, 1]).toContain(r.code);
      expect(lstatSync(join(run, "link.xlsx")).isSymbolicLink()).toBe(true);
      expect(await (await ExcelJsWorkbook.fromFile(join(run, "real.xlsx"))).listSheets()).toContain("ผด.01");
      expect(readdirSync(run).sort()).toEqual(["link.xlsx", "real.xlsx"]);
    });
  });
});
