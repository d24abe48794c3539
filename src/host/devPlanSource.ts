/**
 * The development plan file the user chose in the pane (แผนพัฒนาท้องถิ่น, ผ.02): read once in the
 * pane, kept here for every later run (pane and ribbon share this runtime), and handed to the
 * commands as their `devPlan` sheets. Nothing is kept across a reload: the file is the user's,
 * and the pane can import its sheets into the workbook so it is found without the file.
 */
import type { SheetData } from "../core/sheetData";
import type { DevPlan } from "../domain/devPlan/types";

export interface DevPlanChoice {
  readonly fileName: string;
  /** The file as chosen, for importing its sheets into the workbook. */
  readonly bytes: Uint8Array;
  /** The plan as read; null when no sheet of the file is a plan form. */
  readonly plan: DevPlan | null;
  /** The file's sheets that are plan forms (what the commands get), in the file's order. */
  readonly sheets: readonly SheetData[];
  /** Every sheet name of the file, for the pane to say what it looked at. */
  readonly allSheets: readonly string[];
}

type Listener = (choice: DevPlanChoice | undefined) => void;

let chosen: DevPlanChoice | undefined;
const listeners = new Set<Listener>();

/**
 * Reads the file in the pane (the .xlsx and plan readers are a chunk of their own, loaded on the
 * first choice: the pane's first paint needs neither) and
 * keeps it when it holds a plan form; a file without one is told back and not kept, the
 * earlier choice stays. Rejects with XlsxFileError for what is no readable .xlsx.
 */
export async function chooseDevPlanFile(fileName: string, bytes: Uint8Array): Promise<DevPlanChoice> {
  const [{ readXlsxSheets }, { readDevPlan }] = await Promise.all([
    import(/* webpackChunkName: "devplan" */ "../workbook/xlsxRead"),
    import(/* webpackChunkName: "devplan" */ "../domain/devPlan/readDevPlan"),
  ]);
  const all = await readXlsxSheets(bytes);
  const plan = readDevPlan(all, "file");
  const names = new Set(plan?.sheets.map((s) => s.name) ?? []);
  const choice: DevPlanChoice = { fileName, bytes, plan, sheets: all.filter((s) => names.has(s.name)), allSheets: all.map((s) => s.name) };
  if (plan) setChoice(choice);
  return choice;
}

export function currentDevPlan(): DevPlanChoice | undefined {
  return chosen;
}

/** The option the commands take: `{ devPlan }` while a plan file is chosen, else nothing. */
export function devPlanInput(): { devPlan?: readonly SheetData[] } {
  return chosen ? { devPlan: chosen.sheets } : {};
}

/** Forgets the chosen file (the pane's เลิกใช้ไฟล์นี้, or after its sheets were imported). */
export function clearDevPlan(): void {
  setChoice(undefined);
}

/** Returns the unsubscribe function. */
export function subscribeDevPlan(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function setChoice(next: DevPlanChoice | undefined): void {
  chosen = next;
  for (const l of listeners) {
    try {
      l(next);
    } catch {
      // One failing listener does not keep the others from hearing.
    }
  }
}
