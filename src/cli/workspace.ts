import { stat } from "node:fs/promises";
import { UsageError } from "./args";
import { EXCELJS_BACKEND, type CliWorkbook, type WorkbookBackend } from "./backend";
import { errorCode, errorDetail, fsReason, InputError } from "./errors";
import { checkWritable, sameFile, userPath, writeFileAtomically, type UserPath } from "./files";
import { checkInputPath, openInputFile } from "./inputFile";

export interface OutputPath extends UserPath {
  /** Whether an existing file may be replaced (--force). */
  readonly overwrite: boolean;
}

/**
 * The files one run touches: paths taken from the user's folder, inputs that must never be
 * written, outputs and the --json file checked before any work so that a run does not end
 * in "cannot write" after minutes of work, and written only whole.
 */
export class Workspace {
  private readonly inputs: UserPath[] = [];
  /** Every output asked for, refused or not: the --json file must not land on one either. */
  private readonly outputs: UserPath[] = [];
  private json: UserPath | undefined;
  /** Outputs in place, to say so when something fails after them. */
  readonly written: UserPath[] = [];

  constructor(
    readonly base: string,
    private readonly note: (line: string) => void,
    private readonly backend: WorkbookBackend = EXCELJS_BACKEND,
  ) {}

  path(typed: string): UserPath {
    if (typed.trim() === "") throw new UsageError("ชื่อไฟล์ว่าง — ระบุชื่อไฟล์");
    return userPath(typed, this.base);
  }

  async jsonFile(typed: string): Promise<UserPath> {
    const p = this.path(typed);
    await checkWritable(p, "ไฟล์ JSON", "ผลลัพธ์.json");
    this.json = p;
    return p;
  }

  /** An input: a file that exists, and the --json file is not it. */
  async input(typedOrPath: string | UserPath): Promise<UserPath> {
    const p = typeof typedOrPath === "string" ? this.path(typedOrPath) : typedOrPath;
    await checkInputPath(p);
    this.inputs.push(p);
    if (this.json && (await sameFile(p.abs, this.json.abs)))
      throw new InputError(`ไฟล์ JSON ต้องไม่ใช่ไฟล์นำเข้า (${this.json.typed}) — OpPlan ไม่แก้ไขไฟล์นำเข้า`);
    return p;
  }

  /** An output .xlsx: not an input by any path, not the --json file, there only with --force, writable. */
  async output(typedOrPath: string | UserPath, overwrite: boolean): Promise<OutputPath> {
    const p = typeof typedOrPath === "string" ? this.path(typedOrPath) : typedOrPath;
    this.outputs.push(p);
    if (!/\.xlsx$/i.test(p.typed)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องเป็น .xlsx: ${p.typed}`);
    for (const input of this.inputs)
      if (await sameFile(input.abs, p.abs)) throw new InputError(`ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์นำเข้า (${p.typed}) — OpPlan ไม่แก้ไขไฟล์นำเข้า`);
    if (this.json && (await sameFile(this.json.abs, p.abs)))
      throw new InputError(`ไฟล์ JSON กับไฟล์ผลลัพธ์ต้องเป็นคนละไฟล์ (${p.typed})`);
    await checkWritable(p, "ไฟล์ผลลัพธ์", "ผลลัพธ์.xlsx");
    if (!overwrite && (await exists(p.abs))) throw new InputError(`มีไฟล์ ${p.typed} อยู่แล้ว — ใช้ --force เพื่อเขียนทับ`);
    return { ...p, overwrite };
  }

  async open(p: UserPath): Promise<CliWorkbook> {
    const opened = await openInputFile(p);
    if (opened.note) this.note(opened.note);
    return this.backend.open(opened.workbook);
  }

  /** An empty workbook of the run's backend. */
  create(): Promise<CliWorkbook> {
    return this.backend.create();
  }

  async save(wb: CliWorkbook, p: OutputPath): Promise<void> {
    const data = await wb.toBuffer();
    try {
      await writeFileAtomically(p.abs, data, p.overwrite);
    } catch (e) {
      if (errorCode(e) === "EEXIST") throw new InputError(`มีไฟล์ ${p.typed} อยู่แล้ว — ใช้ --force เพื่อเขียนทับ`);
      throw new InputError(`เขียนไฟล์ผลลัพธ์ ${p.typed} ไม่สำเร็จ: ${fsReason(e)} — ไม่ได้เขียนไฟล์ผลลัพธ์ และไฟล์เดิม (ถ้ามี) ไม่ถูกแตะต้อง`, errorDetail(e));
    }
    this.written.push(p);
  }

  /**
   * The result at the end, even of a refused run, except onto an input or an output: the
   * refusal that said so may have come after the --json file was taken.
   */
  async writeJson(p: UserPath, text: string): Promise<boolean> {
    for (const other of [...this.inputs, ...this.outputs]) if (await sameFile(other.abs, p.abs)) return false;
    await writeFileAtomically(p.abs, text, true);
    return true;
  }
}

const exists = (abs: string) =>
  stat(abs).then(
    () => true,
    () => false,
  );
