/** Probes of sheets: name clashes on add and rename, and a rehearsal of the adapter's sheet swap. */
import { codeOfFailure, type Probe } from "../types";

/** The same name in another case ("OpPlanTest_x_1" → "OPPLANTEST_X_1"). */
const otherCase = (name: string) => (name.toUpperCase() !== name ? name.toUpperCase() : name.toLowerCase());

export const nameClash: Probe = {
  id: "nameClash",
  titleTh: "เพิ่มชีตหรือเปลี่ยนชื่อชีตเป็นชื่อที่มีอยู่แล้ว (ต่างกันแค่ตัวพิมพ์เล็ก-ใหญ่): รหัสข้อผิดพลาด",
  titleEn: "Adding or renaming a sheet to a name taken (differing only in case): the error code",
  // ItemAlreadyExists: "The resource being created already exists"
  // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
  // Excel's sheet names do not tell case apart. Pass: both are refused and the add with
  // ItemAlreadyExists. The rename's code is not documented: it is recorded (the adapter takes
  // InvalidArgument as a clash too).
  run: async ({ run, scratch }) => {
    const taken = await run(async (context) => {
      const ws = scratch.add(context, "clash");
      const other = scratch.add(context, "other");
      ws.load("name");
      other.load("name");
      await context.sync();
      return { name: ws.name, other: other.name };
    });
    const clash = otherCase(taken.name);
    const addCode = await codeOfFailure(() =>
      run(async (context) => {
        context.workbook.worksheets.add(clash);
        await context.sync();
      }),
    );
    const renameCode = await codeOfFailure(() =>
      run(async (context) => {
        context.workbook.worksheets.getItem(taken.other).name = clash;
        await context.sync();
      }),
    );
    const seen = { add: addCode || "accepted", rename: renameCode || "accepted" };
    return { status: addCode === "ItemAlreadyExists" && renameCode !== "" ? "pass" : "fail", seen };
  },
};

export const sheetSwap: Probe = {
  id: "sheetSwap",
  titleTh: "ซ้อมสลับชีต: ชีตเดิมเปลี่ยนเป็นชื่อสำรอง ชีตใหม่ได้ชื่อจริงและตำแหน่งเดิม แล้วลบชีตสำรอง",
  titleEn: "Sheet swap rehearsal: old sheet to a backup name, new one to the real name and place, backup deleted",
  // Worksheet.name, position ("zero-based position of the worksheet within the workbook") and
  // delete(): https://learn.microsoft.com/javascript/api/excel/excel.worksheet. Pass: in one
  // request, the new sheet ends under the old one's name and position holding its own content,
  // and the backup is gone.
  run: async ({ run, scratch }) => {
    const names = { old: scratch.name("form"), backup: scratch.name("backup"), temp: scratch.name("new"), after: scratch.name("after") };
    const before = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const old = sheets.add(names.old);
      old.getRange("A1").values = [["เดิม"]];
      sheets.add(names.after);
      const temp = sheets.add(names.temp);
      temp.getRange("A1").values = [["ใหม่"]];
      old.load("position");
      await context.sync();
      return old.position;
    });
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const old = sheets.getItem(names.old);
      const temp = sheets.getItem(names.temp);
      old.name = names.backup;
      temp.name = names.old;
      temp.position = before;
      old.delete();
      await context.sync();
    });
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      const final = sheets.getItem(names.old);
      final.load("position");
      const a1 = final.getRange("A1");
      a1.load("values");
      // Loaded, though Office loads isNullObject with any sync: the model needs a load to set it.
      const backup = sheets.getItemOrNullObject(names.backup).load("name");
      const temp = sheets.getItemOrNullObject(names.temp).load("name");
      await context.sync();
      const seen = {
        oldPosition: before,
        newPosition: final.position,
        content: a1.values[0][0],
        backupLeft: !backup.isNullObject,
        tempLeft: !temp.isNullObject,
      };
      const ok = seen.newPosition === before && seen.content === "ใหม่" && !seen.backupLeft && !seen.tempLeft;
      return { status: ok ? "pass" : "fail", seen };
    });
  },
};
