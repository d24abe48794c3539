import { describeWorkbookContract } from "./contract";
import { createExcelJsHarness } from "./exceljsHarness";

describeWorkbookContract("ExcelJS (.xlsx round trip)", createExcelJsHarness);
