import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/run";

/** The CLI in-process, with what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A file's content hash: "the input is unchanged" is this, before and after. */
export const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

export const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
