/** Runs the CLI on one field workbook, as an officer would: generate (and check) on the saved file. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/domain/findings";
import { cli, readJson, sha } from "../support/cli";
import { formSheetsOf, readForms, type Forms } from "./formsReader";
import type { FieldCase } from "./truth";

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** The --json file, or null when none was written. */
  json: Record<string, unknown> | null;
  findings: Finding[];
}

export interface CaseRun {
  dir: string;
  input: string;
  output: string;
  shaBefore: string;
  shaAfterGenerate: string;
  shaAfterCheck: string;
  generate: CliRun;
  check: CliRun;
  outputExists: boolean;
  /** The forms read back from the output, or the error reading them. */
  forms: Forms | null;
  formsError: string | null;
}

/**
 * The CLI in-process. What it writes to the process's stderr itself (console.error, e.g. a stack
 * on an unexpected failure) is what the officer sees in the terminal too: it is added to `err`.
 */
async function run(args: string[], json: string): Promise<CliRun> {
  let r: { code: number; out: string; err: string };
  const printed: string[] = [];
  const consoleError = console.error;
  console.error = (...xs: unknown[]) => printed.push(xs.map((x) => (x instanceof Error ? (x.stack ?? String(x)) : String(x))).join(" "));
  try {
    r = await cli(...args, "--json", json);
  } catch (e) {
    r = { code: -1, out: "", err: `(the CLI threw) ${e instanceof Error ? e.stack : String(e)}` };
  } finally {
    console.error = consoleError;
  }
  if (printed.length) r = { ...r, err: [r.err, ...printed].filter(Boolean).join("\n") };
  const parsed = existsSync(json) ? (readJson(json) as Record<string, unknown>) : null;
  const findings = Array.isArray(parsed?.findings) ? (parsed.findings as Finding[]) : [];
  return { ...r, json: parsed, findings };
}

export async function runCase(c: FieldCase, root: string): Promise<CaseRun> {
  const dir = join(root, c.id);
  mkdirSync(dir, { recursive: true });
  const input = join(dir, c.file);
  writeFileSync(input, await c.build());
  const output = join(dir, "out.xlsx");
  const shaBefore = sha(input);
  const generate = await run(["generate", input, "-o", output], join(dir, "generate.json"));
  const shaAfterGenerate = sha(input);
  const check = await run(["check", input], join(dir, "check.json"));
  const shaAfterCheck = sha(input);
  const outputExists = existsSync(output);
  let forms: Forms | null = null;
  let formsError: string | null = null;
  if (outputExists) {
    try {
      forms = await readForms(output, generate.json ? formSheetsOf(generate.json as Parameters<typeof formSheetsOf>[0]) : undefined);
    } catch (e) {
      formsError = e instanceof Error ? e.message : String(e);
    }
  }
  return { dir, input, output, shaBefore, shaAfterGenerate, shaAfterCheck, generate, check, outputExists, forms, formsError };
}
