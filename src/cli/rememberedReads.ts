import type { SheetSpec } from "../core/sheetSpec";
import type { CellWrite, ReadOptions, ReadProgress, ReplaceOptions, WriteOptions, WriteProgress } from "../workbook/port";
import type { SheetData } from "../core/sheetData";
import type { CliWorkbook } from "./backend";

/**
 * An ExcelJS workbook that answers a read it has answered before from memory, until a write
 * touches that sheet. `generate` runs check, classify, the forms and the ประกาศ one after the
 * other, and each reads the plan's sheets itself: on 2,000 projects that was the same sheets
 * read four times. Safe only for an in-memory workbook whose sheets change through these
 * methods alone (ExcelJS computes no formulas, so a write to one sheet changes no other's
 * reading); the Office adapter, whose user may edit while a command runs, must not have it.
 */
export function rememberReads(wb: CliWorkbook): CliWorkbook {
  return new RememberedReads(wb);
}

class RememberedReads implements CliWorkbook {
  /** Sheet name (lower case, as Excel compares them) → options key → what the read gave. */
  private readonly reads = new Map<string, Map<string, SheetData | null>>();
  private readonly functionIds = new Map<unknown, number>();

  constructor(private readonly wb: CliWorkbook) {}

  listSheets(): Promise<string[]> {
    return this.wb.listSheets();
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetData | null> {
    // A fired signal is the adapter's to refuse.
    if (options.signal?.aborted) return this.wb.readSheet(name, options);
    const key = this.keyOf(options);
    const sheet = this.reads.get(name.toLowerCase()) ?? new Map<string, SheetData | null>();
    this.reads.set(name.toLowerCase(), sheet);
    if (!sheet.has(key)) sheet.set(key, await this.wb.readSheet(name, options));
    return sheet.get(key)!;
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}, onProgress?: (p: ReadProgress) => void): Promise<(SheetData | null)[]> {
    const out: (SheetData | null)[] = [];
    for (const name of names) out.push(await this.readSheet(name, options));
    // As the ExcelJS adapter reports it: everything at once, at the end.
    const rows = out.reduce((n, d) => n + (d?.values.length ?? 0), 0);
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    return out;
  }

  writeSheet(spec: SheetSpec, options?: WriteOptions, onProgress?: (p: WriteProgress) => void): Promise<void> {
    this.forget(spec.name);
    return this.wb.writeSheet(spec, options, onProgress);
  }

  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    this.forget(sheet);
    return this.wb.writeCells(sheet, cells);
  }

  replaceSheets(specs: readonly SheetSpec[], onProgress?: (p: WriteProgress) => void, options?: ReplaceOptions): Promise<void> {
    for (const s of specs) this.forget(s.name);
    return this.wb.replaceSheets(specs, onProgress, options);
  }

  addSheet(name: string): Promise<void> {
    this.forget(name);
    return this.wb.addSheet(name);
  }

  renameSheet(from: string, to: string): Promise<void> {
    this.forget(from);
    this.forget(to);
    return this.wb.renameSheet(from, to);
  }

  deleteSheet(name: string): Promise<void> {
    this.forget(name);
    return this.wb.deleteSheet(name);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    // Views only, nothing a read returns; forgotten all the same, as it is rare and cheap.
    this.forget(sheet);
    return this.wb.selectCell(sheet, address);
  }

  toBuffer(): Promise<Uint8Array> {
    return this.wb.toBuffer();
  }

  private forget(name: string): void {
    this.reads.delete(name.toLowerCase());
  }

  /** What a read asks for; a function option (fillsWhere, numberFormats) by its identity. */
  private keyOf(options: ReadOptions): string {
    const id = (f: unknown) => {
      if (typeof f !== "function") return JSON.stringify(f ?? null);
      if (!this.functionIds.has(f)) this.functionIds.set(f, this.functionIds.size);
      return `fn${this.functionIds.get(f)}`;
    };
    return [id(options.fills), id(options.fillsWhere), id(options.numberFormats), id(options.hidden)].join("|");
  }
}
