/** The hand-built development-plan workbooks with their truth, for the reader's tests and anyone linking against them. */
import { headerOnTop } from "./headerOnTop";
import { nextPeriod } from "./nextPeriod";
import { printedBlocks } from "./printedBlocks";
import type { DevPlanCase } from "./truth";

export { headerOnTop, nextPeriod, printedBlocks };
export type { DevPlanCase, DevPlanTruth, EntryTruth, SheetTruth, StrategyTruth } from "./truth";

export const DEV_PLAN_CASES: readonly DevPlanCase[] = [headerOnTop, printedBlocks, nextPeriod];
