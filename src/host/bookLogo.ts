/**
 * The emblem (ตราสัญลักษณ์) the user chose in the pane for the book's ปก and ประกาศ: checked here
 * (a PNG or JPEG, at most LOGO_MAX_BYTES), kept for every later run, the pane's and the ribbon's
 * alike (they share this runtime), and handed to generateForms as its `logo`.
 *
 * Where it is kept: in the workbook's add-in settings (Office.context.document.settings), not in
 * the pane's localStorage. The emblem is the อปท.'s whose plan the workbook is: kept in the file it
 * goes with it (a colleague's PC, Excel on the web, next year's copy of the file), and one
 * officer preparing the plans of two อปท. never gets the one's emblem on the other's cover, which
 * localStorage (one per add-in origin, shared by every workbook) would do without a word.
 * The costs, from the documentation: "A maximum of 2MB is available for the settings of each
 * add-in" (Office.Settings.set, https://learn.microsoft.com/javascript/api/office/office.settings),
 * and saveAsync puts them into the document, which reaches the disk only when the workbook is
 * saved (Office.Settings.saveAsync, same page). An Excel user saw saveAsync fail from about 1 MB of
 * settings (https://github.com/OfficeDev/office-js/issues/3957), and base64 makes a file a third
 * larger: hence LOGO_MAX_BYTES of 500 KB (≈ 670 KB of text), plenty for an emblem printed a few
 * centimetres wide. Outside Office (no settings) the choice lasts until the pane is closed.
 */
import { imageInfo } from "../core/imageInfo";
import type { BookLogo } from "../reports/book/types";
import { fromBase64, toBase64 } from "./base64";

/** The largest picture taken, in bytes (see above for why). */
export const LOGO_MAX_BYTES = 500 * 1024;

/** The setting's name in the workbook. */
export const LOGO_SETTING = "OpPlan.bookLogo";

/** BookLogoResult.notSaved outside Office: there is no workbook to keep it in. */
export const NO_DOCUMENT = "NO_DOCUMENT";

export interface BookLogoChoice {
  readonly fileName: string;
  readonly logo: BookLogo;
  /** The file's size in bytes. */
  readonly bytes: number;
}

export type BookLogoRefusal = "NOT_IMAGE" | "TOO_LARGE";

export type BookLogoResult =
  | {
      readonly ok: true;
      readonly choice: BookLogoChoice;
      /**
       * Null when it was kept in the workbook; else why not (NO_DOCUMENT, or Office's message):
       * it is used until the pane closes.
       */
      readonly notSaved: string | null;
    }
  | { readonly ok: false; readonly reason: BookLogoRefusal };

type Listener = (choice: BookLogoChoice | undefined) => void;

let chosen: BookLogoChoice | undefined;
/** Whether the workbook's setting has been read (it can be only once Office is ready). */
let loaded = false;
const listeners = new Set<Listener>();

/** What the setting holds: the choice as JSON (settings keep JSON values). */
interface Stored {
  readonly fileName: string;
  readonly base64: string;
}

function documentSettings(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** The bytes as an emblem, or why not. */
function asChoice(fileName: string, bytes: Uint8Array): BookLogoChoice | BookLogoRefusal {
  if (bytes.length > LOGO_MAX_BYTES) return "TOO_LARGE";
  const info = imageInfo(bytes);
  if (!info) return "NOT_IMAGE";
  return { fileName, bytes: bytes.length, logo: { base64: toBase64(bytes), extension: info.extension, widthPx: info.widthPx, heightPx: info.heightPx } };
}

/**
 * The stored choice, read again as a file: a setting changed outside OpPlan (or by an older one)
 * that is no longer a picture is not printed on a cover.
 */
function fromSetting(value: unknown): BookLogoChoice | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { fileName, base64 } = value as Partial<Stored>;
  if (typeof fileName !== "string" || typeof base64 !== "string") return undefined;
  const bytes = fromBase64(base64);
  if (!bytes) return undefined;
  const choice = asChoice(fileName, bytes);
  return typeof choice === "string" ? undefined : choice;
}

function load(): void {
  if (loaded) return;
  const settings = documentSettings();
  if (!settings) return;
  loaded = true;
  try {
    chosen = fromSetting(settings.get(LOGO_SETTING));
  } catch {
    chosen = undefined;
  }
}

/** saveAsync as a promise: null when saved, else the reason. */
function saveSettings(settings: Office.Settings): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result) => {
        const failed = typeof Office !== "undefined" && Office.AsyncResultStatus ? result.status === Office.AsyncResultStatus.Failed : String(result.status) === "failed";
        resolve(failed ? (result.error?.message ?? "saveAsync failed") : null);
      });
    } catch (err) {
      resolve(err instanceof Error ? err.message : String(err));
    }
  });
}

/** Writes the choice into the workbook's settings (or takes it out): null when saved, else why not. */
async function persist(choice: BookLogoChoice | undefined): Promise<string | null> {
  const settings = documentSettings();
  if (!settings) return NO_DOCUMENT;
  try {
    if (choice) settings.set(LOGO_SETTING, { fileName: choice.fileName, base64: choice.logo.base64 } satisfies Stored);
    else settings.remove(LOGO_SETTING);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return saveSettings(settings);
}

/**
 * Takes the file as the book's emblem when it is a PNG or JPEG of at most LOGO_MAX_BYTES, and
 * keeps it in the workbook's settings; anything else is refused and the earlier choice stays.
 */
export async function chooseBookLogo(fileName: string, bytes: Uint8Array): Promise<BookLogoResult> {
  const choice = asChoice(fileName, bytes);
  if (typeof choice === "string") return { ok: false, reason: choice };
  load();
  loaded = true;
  setChoice(choice);
  return { ok: true, choice, notSaved: await persist(choice) };
}

/** The emblem chosen, read from the workbook's settings the first time it is asked for. */
export function currentBookLogo(): BookLogoChoice | undefined {
  load();
  return chosen;
}

/** The option generateForms takes: `{ logo }` while an emblem is chosen, else nothing. */
export function bookLogoInput(): { logo?: BookLogo } {
  const choice = currentBookLogo();
  return choice ? { logo: choice.logo } : {};
}

/** Forgets the emblem, in the workbook's settings too: null when that was saved, else why not. */
export async function clearBookLogo(): Promise<string | null> {
  load();
  loaded = true;
  setChoice(undefined);
  return persist(undefined);
}

/** Returns the unsubscribe function. */
export function subscribeBookLogo(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For tests: forgets the choice and that the settings were read. */
export function resetBookLogo(): void {
  chosen = undefined;
  loaded = false;
  listeners.clear();
}

function setChoice(next: BookLogoChoice | undefined): void {
  chosen = next;
  for (const l of listeners) {
    try {
      l(next);
    } catch {
      // One failing listener does not keep the others from hearing.
    }
  }
}
