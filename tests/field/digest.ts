/**
 * The digest for the reader's engineer: `npx tsx tests/field/digest.ts [id…]` runs every field
 * workbook (or those named) and prints, for each, PASS or the first check that fails with its
 * first problem, in one line.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstProblem } from "./checks";
import { CORPUS } from "./corpus";
import { runCase } from "./runCase";

async function main() {
  const only = process.argv.slice(2);
  const root = mkdtempSync(join(tmpdir(), "opplan-field-digest-"));
  let pass = 0;
  const cases = CORPUS.filter((c) => only.length === 0 || only.includes(c.id));
  for (const c of cases) {
    const r = await runCase(c, root);
    const f = firstProblem(c, r);
    if (!f) pass++;
    console.log(`${c.id.padEnd(5)} exit ${c.truth.exit} ${f ? `FAIL [${f.check}] ${f.problem}` : "PASS"}`);
  }
  console.log(`${pass}/${cases.length} pass`);
}

void main();
