/**
 * npm run --silent selftest -- [--json <file>]
 * Runs the self-test's probes against the Excel model, prints a table in Thai and, with --json,
 * writes { probes: [{ id, status, seen }] } to the file.
 */
import { writeFileSync } from "node:fs";
import { PROBES } from "../src/workbook/selfTest/probes";
import type { ProbeOutcome, ProbeStatus } from "../src/workbook/selfTest/types";
import { runOnModel } from "./selftestModel";

const STATUS_TH: Record<ProbeStatus, string> = { pass: "ผ่าน", fail: "ไม่ผ่าน", observed: "บันทึกไว้" };

function jsonPath(argv: readonly string[]): string | undefined {
  const i = argv.indexOf("--json");
  if (i < 0) return undefined;
  const path = argv[i + 1];
  if (!path || path.startsWith("--")) throw new Error("--json ต้องตามด้วยชื่อไฟล์ เช่น --json selftest.json");
  return path;
}

function table(outcomes: readonly ProbeOutcome[]): string {
  const title = new Map(PROBES.map((p) => [p.id, p.titleTh]));
  const lines = outcomes.map((o, i) => `${String(i + 1).padStart(2)}. [${STATUS_TH[o.status]}] ${o.id}: ${title.get(o.id) ?? ""}\n      สิ่งที่พบ: ${JSON.stringify(o.seen)}`);
  const count = (s: ProbeStatus) => outcomes.filter((o) => o.status === s).length;
  return [
    "ผลตรวจความเข้ากันได้กับ Excel (บนแบบจำลอง Excel ของโครงการ)",
    ...lines,
    `รวม ${outcomes.length} รายการ: ผ่าน ${count("pass")} · ไม่ผ่าน ${count("fail")} · บันทึกไว้ ${count("observed")}`,
  ].join("\n");
}

async function main(): Promise<void> {
  const out = jsonPath(process.argv.slice(2));
  const { probes } = await runOnModel();
  if (out) writeFileSync(out, `${JSON.stringify({ probes }, null, 2)}\n`);
  process.stdout.write(`${table(probes)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
