import { randomBytes } from "node:crypto";
import { constants, statSync } from "node:fs";
import { access, link, mkdir, open, realpath, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { errorCode, fsReason, InputError } from "./errors";

/** A path as the user typed it (for messages) and where it points (for the file system). */
export interface UserPath {
  readonly typed: string;
  readonly abs: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder relative paths count from. `npm run opplan -- …` runs in the package root, not
 * where the user typed it; npm tells that folder in INIT_CWD.
 */
export function baseDir(cwd: string, env: Env): string {
  const init = env.INIT_CWD;
  if (init && isAbsolute(init)) {
    try {
      if (statSync(init).isDirectory()) return init;
    } catch {
      // A stale INIT_CWD (the folder is gone): the process's own folder is the best guess.
    }
  }
  return cwd;
}

export const userPath = (typed: string, base: string): UserPath => ({ typed, abs: resolve(base, typed) });

async function canonical(abs: string): Promise<string | null> {
  try {
    return await realpath(abs);
  } catch {
    // Not there yet: it is the same file as another only if its folder is that file's folder.
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return null;
    }
  }
}

/**
 * Whether two paths reach one file: through symlinks or "./a/../in.xlsx" (real paths), and
 * through hard links or a case-insensitive disk (macOS, Windows), where "Plan.xlsx" and
 * "plan.xlsx" are one file but their real paths may differ: there only the device and inode
 * tell. A path that reaches an existing file exists itself, so comparing inodes whenever both
 * exist covers every way. (bigint: NTFS file ids do not fit in a double.)
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([canonical(a), canonical(b)]);
  if (ra !== null && ra === rb) return true;
  const [sa, sb] = await Promise.all([stat(a, { bigint: true }).catch(() => null), stat(b, { bigint: true }).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Temporary files on disk right now: what an interrupted run (Ctrl+C) removes on its way out (main.ts). */
export const temporaryFiles = new Set<string>();

const tempName = (dir: string, target: string) => join(dir, `.${basename(target).slice(0, 60)}.${randomBytes(6).toString("hex")}.tmp`);

/**
 * Before any work: that `p` can be written, so a long run does not end in "cannot write".
 * Its folder need not exist yet (it is made when writing), but the nearest folder that does
 * must take a new file; a real file is created there and removed, because permission bits
 * do not tell for root, network shares or read-only mounts.
 */
export async function checkWritable(p: UserPath, what: string, example: string): Promise<void> {
  const s = await stat(p.abs).catch(() => null);
  if (s?.isDirectory()) throw new InputError(`${what} ${p.typed} เป็นโฟลเดอร์ — ระบุชื่อไฟล์ เช่น ${join(p.typed, example)}`);
  if (s && !s.isFile()) throw new InputError(`${what} ${p.typed} ไม่ใช่ไฟล์ธรรมดา — ระบุชื่อไฟล์อื่น`);
  if (s) {
    try {
      await access(p.abs, constants.W_OK);
    } catch (e) {
      throw new InputError(`เขียน${what} ${p.typed} ไม่ได้: ${fsReason(e)}`);
    }
  }
  let dir = dirname(p.abs);
  for (;;) {
    let isDir: boolean;
    try {
      isDir = (await stat(dir)).isDirectory();
    } catch (e) {
      // ENOTDIR: a file stands somewhere above; going up finds it.
      if (errorCode(e) !== "ENOENT" && errorCode(e) !== "ENOTDIR") throw new InputError(`เขียน${what} ${p.typed} ไม่ได้: ${fsReason(e)} (${dir})`);
      const up = dirname(dir);
      if (up === dir) throw new InputError(`เขียน${what} ${p.typed} ไม่ได้: ไม่พบโฟลเดอร์ ${dir}`);
      dir = up;
      continue;
    }
    if (!isDir) throw new InputError(`เขียน${what} ${p.typed} ไม่ได้: ${dir} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงสร้างโฟลเดอร์ข้างในไม่ได้`);
    break;
  }
  const probe = tempName(dir, p.abs);
  temporaryFiles.add(probe);
  try {
    await (await open(probe, "wx")).close();
  } catch (e) {
    throw new InputError(`เขียน${what} ${p.typed} ไม่ได้: สร้างไฟล์ในโฟลเดอร์ ${dir} ไม่ได้ (${fsReason(e)})`);
  } finally {
    await unlink(probe).catch(() => undefined);
    temporaryFiles.delete(probe);
  }
}

/**
 * The missing folders above `dir`, made one level at a time (Node's recursive mkdir spins on
 * some pseudo file systems such as /proc); returns the ones made, deepest last.
 */
async function makeDirs(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      await stat(d);
      break;
    } catch (e) {
      if (errorCode(e) !== "ENOENT" || dirname(d) === d) throw e;
      missing.unshift(d);
    }
  }
  for (const d of missing)
    await mkdir(d).catch((e: unknown) => {
      if (errorCode(e) !== "EEXIST") throw e;
    });
  return missing;
}

/**
 * Writes through a temporary file beside the target, renamed into place: a failure (a full
 * disk, a crash, Ctrl+C) leaves no half-written file and the existing one untouched. Without
 * `overwrite` the file is put in place by a hard link, which fails if the target appeared in
 * the meantime, so nothing is overwritten without --force even then. A symlinked target gets
 * its linked file written, not the link replaced by a file.
 */
export async function writeFileAtomically(abs: string, data: Uint8Array | string, overwrite: boolean): Promise<void> {
  const target = await realpath(abs).catch(() => abs);
  const dir = dirname(target);
  const made = await makeDirs(dir);
  const tmp = tempName(dir, target);
  temporaryFiles.add(tmp);
  try {
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(data);
      // On disk before the rename: otherwise a power cut can leave the renamed file empty.
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (overwrite) await rename(tmp, target);
    else await placeNew(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    for (const d of made.reverse()) await rmdir(d).catch(() => undefined);
    throw e;
  } finally {
    temporaryFiles.delete(tmp);
  }
}

async function placeNew(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target);
  } catch (e) {
    if (errorCode(e) === "EEXIST") throw e;
    // FAT and exFAT USB sticks and some network shares have no hard links: look, then rename.
    if (await stat(target).then(
      () => true,
      () => false,
    ))
      throw Object.assign(new Error(`exists: ${target}`), { code: "EEXIST" });
    await rename(tmp, target);
    return;
  }
  await unlink(tmp);
}
