/**
 * `npm run --silent via-office -- <opplan command and its arguments>`: the CLI itself (same
 * arguments, refusals, exit codes and messages), its commands run through the add-in's Office
 * adapter over the in-memory Excel model instead of ExcelJS. Its output file is what the add-in
 * would leave in the workbook, for LibreOffice and people to look at.
 */
import { startCli } from "../src/cli/process";
import { OFFICE_BACKEND } from "./viaOffice/backend";

startCli(OFFICE_BACKEND);
