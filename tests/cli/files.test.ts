/**
 * The file system side of the CLI on its own: one file reached by several paths, the user's
 * folder under npm, writability told before the work, and writes that are whole or absent.
 */
// The module object itself (a namespace import would be a frozen copy): spies reach files.ts.
import fsp from "node:fs/promises";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../src/cli/errors";
import { baseDir, checkWritable, sameFile, userPath, writeFileAtomically } from "../../src/cli/files";

describe("sameFile", () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "opplan-files-"));
    input = join(dir, "plan.xlsx");
    writeFileSync(input, "plan");
  });

  it("sees one file through a symlink, a symlinked folder and ./a/../ paths", async () => {
    symlinkSync(input, join(dir, "link.xlsx"));
    mkdirSync(join(dir, "a"));
    symlinkSync(dir, join(dir, "again"));
    expect(await sameFile(input, join(dir, "link.xlsx"))).toBe(true);
    expect(await sameFile(input, join(dir, "again", "plan.xlsx"))).toBe(true);
    expect(await sameFile(input, `${dir}/./a/../plan.xlsx`)).toBe(true);
  });

  it("sees one file through a hard link, whose real path differs (the case of Plan.xlsx on a case-insensitive disk)", async () => {
    linkSync(input, join(dir, "Plan-copy.xlsx"));
    expect(await sameFile(input, join(dir, "Plan-copy.xlsx"))).toBe(true);
  });

  it("tells different files apart, existing or not", async () => {
    writeFileSync(join(dir, "other.xlsx"), "plan");
    expect(await sameFile(input, join(dir, "other.xlsx"))).toBe(false);
    expect(await sameFile(input, join(dir, "new.xlsx"))).toBe(false);
    expect(await sameFile(input, join(dir, "no", "such", "plan.xlsx"))).toBe(false);
  });
});

describe("baseDir", () => {
  it("is INIT_CWD (the folder npm was run in) when that is a folder, else the process's folder", () => {
    const user = mkdtempSync(join(tmpdir(), "opplan-user-"));
    expect(baseDir("/package", { INIT_CWD: user })).toBe(user);
    expect(baseDir("/package", {})).toBe("/package");
    expect(baseDir("/package", { INIT_CWD: join(user, "gone") })).toBe("/package");
    writeFileSync(join(user, "f"), "");
    expect(baseDir("/package", { INIT_CWD: join(user, "f") })).toBe("/package");
    expect(baseDir("/package", { INIT_CWD: "relative" })).toBe("/package");
  });

  it("paths keep what the user typed for messages", () => {
    expect(userPath("../แผน/plan.xlsx", "/home/อบต/งาน")).toEqual({ typed: "../แผน/plan.xlsx", abs: "/home/อบต/แผน/plan.xlsx" });
  });
});

describe("checkWritable", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "opplan-writable-"));
  });
  const check = (p: string) => checkWritable(userPath(p, dir), "ไฟล์ JSON", "ผลลัพธ์.json");

  it("passes a new file in a folder still to be made, and leaves nothing behind", async () => {
    await check("new/sub/r.json");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a folder, a path through a file, and a place where no file can be made, in Thai", async () => {
    mkdirSync(join(dir, "results"));
    await expect(check("results")).rejects.toThrow(/results เป็นโฟลเดอร์ — ระบุชื่อไฟล์ เช่น results\/ผลลัพธ์\.json/);
    writeFileSync(join(dir, "notes.txt"), "");
    await expect(check("notes.txt/sub/r.json")).rejects.toThrow(/notes\.txt เป็นไฟล์ ไม่ใช่โฟลเดอร์/);
    // /proc takes no new files, even from root (permission bits would not tell).
    await expect(checkWritable(userPath("/proc/opplan/r.json", dir), "ไฟล์ JSON", "ผลลัพธ์.json")).rejects.toThrow(InputError);
    await expect(checkWritable(userPath("/proc/opplan/r.json", dir), "ไฟล์ JSON", "ผลลัพธ์.json")).rejects.toThrow(/^เขียนไฟล์ JSON \/proc\/opplan\/r\.json ไม่ได้: สร้างไฟล์ในโฟลเดอร์ \/proc ไม่ได้ \(/);
  });
});

describe("writeFileAtomically", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "opplan-write-"));
  });
  afterEach(() => jest.restoreAllMocks());

  it("makes the missing folders and writes the file whole", async () => {
    await writeFileAtomically(join(dir, "a", "b", "out.xlsx"), "ข้อมูล", false);
    expect(readFileSync(join(dir, "a", "b", "out.xlsx"), "utf8")).toBe("ข้อมูล");
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["out.xlsx"]);
  });

  it("without overwrite never replaces a file, even one that appeared after the checks", async () => {
    writeFileSync(join(dir, "out.xlsx"), "เดิม");
    await expect(writeFileAtomically(join(dir, "out.xlsx"), "ใหม่", false)).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("เดิม");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("without hard links (FAT USB sticks) it still refuses an existing file and writes a new one", async () => {
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error("no links"), { code: "EPERM" }));
    writeFileSync(join(dir, "out.xlsx"), "เดิม");
    await expect(writeFileAtomically(join(dir, "out.xlsx"), "ใหม่", false)).rejects.toMatchObject({ code: "EEXIST" });
    await writeFileAtomically(join(dir, "new.xlsx"), "ใหม่", false);
    expect(readFileSync(join(dir, "new.xlsx"), "utf8")).toBe("ใหม่");
    expect(readdirSync(dir).sort()).toEqual(["new.xlsx", "out.xlsx"]);
  });

  it("a failure at the end leaves no file, no temporary file, no folder it made, and the old file as it was", async () => {
    jest.spyOn(fsp, "rename").mockRejectedValue(Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    writeFileSync(join(dir, "out.xlsx"), "เดิม");
    await expect(writeFileAtomically(join(dir, "out.xlsx"), "ใหม่", true)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("เดิม");
    await expect(writeFileAtomically(join(dir, "new", "deeper", "out.xlsx"), "ใหม่", true)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("writes through a symlink to the file it names, keeping the link", async () => {
    writeFileSync(join(dir, "real.xlsx"), "เดิม");
    symlinkSync(join(dir, "real.xlsx"), join(dir, "link.xlsx"));
    await writeFileAtomically(join(dir, "link.xlsx"), "ใหม่", true);
    expect(readFileSync(join(dir, "real.xlsx"), "utf8")).toBe("ใหม่");
    expect((await fsp.lstat(join(dir, "link.xlsx"))).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, "link.xlsx"))).toBe(true);
  });
});
