// The yardstick for `opplan generate`: ExcelJS alone reading an .xlsx and writing it back out,
// nothing of OpPlan's. `node bench/exceljsReadWrite.cjs in.xlsx out.xlsx`
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
