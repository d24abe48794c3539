/** The development-plan corpus: hand-built annual plans and the ผ.02 they come from, with their truth. */
import { exemptionsCase } from "./exemptions";
import { nextPeriodCase } from "./nextPeriod";
import { sameWorkbookCase } from "./sameWorkbook";
import { separateFileCase } from "./separateFile";
import type { DevPlanCase, EntryRef, ExpectedProject } from "./truth";
import { twinsCase } from "./twins";

export const DEV_PLAN_CORPUS: readonly DevPlanCase[] = [separateFileCase, sameWorkbookCase, twinsCase, exemptionsCase, nextPeriodCase];

export interface LinkPair {
  readonly caseId: string;
  readonly project: Pick<ExpectedProject, "sheet" | "row" | "name">;
  /** The entry the project is; null when the plan has none or it cannot be told which. */
  readonly expected: Pick<EntryRef, "sheet" | "row"> | null;
}

/** Every (project, expected entry) pair of the corpus, for precision and recall of a linker. */
export function linkPairs(corpus: readonly DevPlanCase[] = DEV_PLAN_CORPUS): LinkPair[] {
  return corpus.flatMap((c) =>
    c.projects.map((p) => ({
      caseId: c.id,
      project: { sheet: p.sheet, row: p.row, name: p.name },
      expected: p.entry ? { sheet: p.entry.sheet, row: p.entry.row } : null,
    })),
  );
}
