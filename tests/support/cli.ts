import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
