/** The field corpus: workbooks built by hand the way offices keep them, each with its truth. */
import type { FieldCase } from "./truth";
import { columnCases } from "./workbooks/columns";
import { csvCases } from "./workbooks/csv";
import { editionCases } from "./workbooks/editions";
import { equipmentCases } from "./workbooks/equipment";
import { fiscalYearCases } from "./workbooks/fiscalYear";
import { headingCases } from "./workbooks/headings";
import { labelCases } from "./workbooks/labels";
import { onlyShownCases } from "./workbooks/onlyShown";
import { periodCases } from "./workbooks/periods";
import { settingsCases } from "./workbooks/settings";
import { sheetPerGroupCases } from "./workbooks/sheetPerGroup";
import { tableEndCases } from "./workbooks/tableEnds";
import { totalCases } from "./workbooks/totals";
import { unusableCases } from "./workbooks/unusable";

export const CORPUS: FieldCase[] = [
  ...headingCases,
  ...sheetPerGroupCases,
  ...labelCases,
  ...onlyShownCases,
  ...tableEndCases,
  ...periodCases,
  ...fiscalYearCases,
  ...columnCases,
  ...equipmentCases,
  ...totalCases,
  ...editionCases,
  ...unusableCases,
  ...csvCases,
  ...settingsCases,
];
