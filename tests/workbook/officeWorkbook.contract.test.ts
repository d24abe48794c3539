import { describeWorkbookContract } from "./contract";
import { createOfficeHarness } from "./officeHarness";

describeWorkbookContract("Office.js (fake Excel)", () => createOfficeHarness());
