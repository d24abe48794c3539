/** The field corpus: workbooks built by hand the way offices keep them, each with its truth. */
import type { FieldCase } from "./truth";
import { headingCases } from "./workbooks/headings";

export const CORPUS: FieldCase[] = [...headingCases];
