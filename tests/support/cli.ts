import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCli, type CliContext } from "../../src/cli/run";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The CLI in-process, with what it printed, in a given folder and environment (INIT_CWD, OPPLAN_DEBUG). */
export async function cliIn(context: CliContext, ...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, context);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * The CLI in-process, with what it printed. The environment is kept out (no INIT_CWD from the
 * npm that started jest, no OPPLAN_DEBUG): relative paths count from the process's folder.
 */
export const cli = (...argv: string[]): Promise<CliRun> => cliIn({ env: {} }, ...argv);

const ROOT = resolve(__dirname, "../..");
/** The package's bin, as `npx opplan` and `npm run opplan` run it. */
export const BUILT_CLI = join(ROOT, "build/cli/opplan.js");
let built = false;

/**
 * The built CLI as a process in the package root (OPPLAN_DEBUG off). Built first when a source is
 * newer than it, as `npm run opplan` does: a test never runs yesterday's bundle.
 */
export function spawnCli(...argv: string[]): SpawnSyncReturns<string> {
  if (!built) execFileSync(process.execPath, [join(ROOT, "scripts/buildCli.mjs"), "--if-stale"], { cwd: ROOT });
  built = true;
  return spawnSync(process.execPath, [BUILT_CLI, ...argv], { cwd: ROOT, encoding: "utf8", env: { ...process.env, OPPLAN_DEBUG: "" } });
}

/** A file's content hash: "the input is unchanged" is this, before and after. */
export const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

export const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

/**
 * What a refusal must look like: Thai, and no library text or stack trace ("Error: …",
 * "    at …") on the user's screen.
 */
export function expectThaiOnly(text: string): void {
  expect(text).toMatch(/[\u0E01-\u0E5B]/);
  expect(text).not.toMatch(/^\s*at /m);
  expect(text).not.toMatch(/Error:/);
}
