/**
 * The book's emblem (ตราสัญลักษณ์, optional), in the สร้างบัญชี ผด. step: choose a PNG or JPEG
 * (read here, checked and kept by the host: src/host/bookLogo.ts), see it as a thumbnail, or
 * remove it. The choice serves the pane's run and the ribbon's alike, and stays with the workbook.
 */
import { Body1Strong, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { chooseBookLogo, clearBookLogo, currentBookLogo, LOGO_MAX_BYTES, NO_DOCUMENT, subscribeBookLogo, type BookLogoChoice } from "../../host/bookLogo";
import { useLang, type Translate } from "../lang";
import { formatCount } from "../format";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px 10px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: "0 4px" },
  chosen: { display: "flex", alignItems: "center", gap: "10px", minWidth: 0 },
  thumb: {
    width: "56px",
    height: "56px",
    objectFit: "contain",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  details: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: "6px 10px", alignItems: "center" },
  // Kept in the page for its label and for tests; the button opens it (as the ผ.02 file's does).
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Under this many pixels across, an emblem printed a few centimetres wide looks blurred. */
const SMALL_PX = 150;

const kb = (bytes: number) => formatCount(Math.ceil(bytes / 1024));

type Notice = { readonly intent: "error" | "warning"; readonly text: string; readonly testId: string } | undefined;

function notSavedText(reason: string, tr: Translate): string {
  return reason === NO_DOCUMENT ? tr("logoNotSavedNoDocument") : tr("logoNotSaved", { reason });
}

export function BookLogoPicker() {
  const styles = useStyles();
  const { tr } = useLang();
  const [choice, setChoice] = useState<BookLogoChoice | undefined>(() => currentBookLogo());
  const [notice, setNotice] = useState<Notice>(undefined);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  useEffect(() => subscribeBookLogo(setChoice), []);

  const refuse = (text: string) => {
    const kept = currentBookLogo();
    setNotice({ intent: "error", text: kept ? `${text} ${tr("logoKeptEarlier", { file: kept.fileName })}` : text, testId: "logo-refused" });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(undefined);
    // Told before reading: a photo of many megabytes is not read into the pane for nothing.
    if (file.size > LOGO_MAX_BYTES) {
      refuse(tr("logoErrTooLarge", { file: file.name, size: kb(file.size), max: kb(LOGO_MAX_BYTES) }));
      if (input.current) input.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const result = await chooseBookLogo(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!result.ok)
        refuse(result.reason === "TOO_LARGE" ? tr("logoErrTooLarge", { file: file.name, size: kb(file.size), max: kb(LOGO_MAX_BYTES) }) : tr("logoErrNotImage", { file: file.name }));
      else if (result.notSaved) setNotice({ intent: "warning", text: notSavedText(result.notSaved, tr), testId: "logo-not-saved" });
    } catch {
      refuse(tr("logoErrRead", { file: file.name }));
    } finally {
      setBusy(false);
      // The same file chosen again (after fixing it) fires a change too.
      if (input.current) input.current.value = "";
    }
  };

  const onRemove = async () => {
    setNotice(undefined);
    // The remove button goes with the emblem: the focus goes to the choose button, not to the page.
    chooseButton.current?.focus();
    const notSaved = await clearBookLogo();
    if (notSaved && notSaved !== NO_DOCUMENT) setNotice({ intent: "warning", text: tr("logoRemovedNotSaved", { reason: notSaved }), testId: "logo-not-saved" });
  };

  const small = choice !== undefined && Math.max(choice.logo.widthPx, choice.logo.heightPx) < SMALL_PX;
  return (
    <fieldset className={styles.group} aria-describedby={hintId} data-testid="book-logo">
      <legend className={styles.legend}>
        <Body1Strong>{tr("logoTitle")}</Body1Strong>
      </legend>
      <Caption1 id={hintId}>{tr("logoHint", { max: kb(LOGO_MAX_BYTES) })}</Caption1>
      {choice ? (
        <div className={styles.chosen} data-testid="logo-chosen">
          <img
            className={styles.thumb}
            src={`data:image/${choice.logo.extension};base64,${choice.logo.base64}`}
            alt={tr("logoPreviewAlt", { file: choice.fileName })}
            data-testid="logo-preview"
          />
          <div className={styles.details}>
            <Caption1>{tr("logoChosen", { file: choice.fileName })}</Caption1>
            <Caption1>{tr("logoChosenSize", { width: choice.logo.widthPx, height: choice.logo.heightPx, size: kb(choice.bytes) })}</Caption1>
          </div>
        </div>
      ) : (
        <Caption1 data-testid="logo-none">{tr("logoNone")}</Caption1>
      )}
      {choice && small && (
        <Caption1 data-testid="logo-small">{tr("logoSmall", { width: choice.logo.widthPx, height: choice.logo.heightPx })}</Caption1>
      )}
      <div className={styles.actions}>
        <input
          ref={input}
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          className={styles.input}
          aria-label={tr("logoFileInput")}
          tabIndex={-1}
          data-testid="logo-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <Button ref={chooseButton} size="small" disabledFocusable={busy} onClick={() => input.current?.click()}>
          {tr(choice ? "logoChooseOther" : "logoChoose")}
        </Button>
        {choice && (
          <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => void onRemove()}>
            {tr("logoRemove")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid={notice.testId}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </fieldset>
  );
}
