/**
 * Prints the Excel model's register of rules: counts by evidence, then one line per rule with
 * its source or, for an unverified one, the self-test probe that decides it in a real Excel.
 * `npm run --silent model:register [-- --json]`
 */
import { RULES, evidenceCounts, type ModelRule } from "../tests/excelModel/register";

const rules: readonly ModelRule[] = RULES;
const counts = evidenceCounts();

if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ counts, rules }, null, 2)}\n`);
} else {
  const lines = [
    `กฎของ Excel ในแบบจำลอง: ${rules.length} ข้อ — มีเอกสาร ${counts.documented}, มีกระทู้ปัญหา ${counts.issue}, ยังไม่ยืนยัน ${counts.unverified}`,
    ...rules.map((r) => {
      const source = r.evidence.kind === "unverified" ? `ยังไม่ยืนยัน (${r.evidence.why})` : `${r.evidence.kind}: ${r.evidence.url}`;
      return `- ${r.id}: ${source}${r.probe ? ` · probe ${r.probe}` : ""}`;
    }),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
