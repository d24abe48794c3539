/**
 * Asks before สร้างบัญชี ผด. replaces generated sheets that were edited by hand: แทนที่ goes on,
 * ยกเลิก (or Esc) stops the run before anything is written. Focus opens on ยกเลิก, the choice
 * that loses nothing, so that an Enter pressed out of habit does not throw the edits away.
 */
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { ConfirmRequest } from "../../host/actionEvents";
import { useLang } from "../lang";

const useStyles = makeStyles({
  text: {
    display: "block",
    margin: "0 0 8px 0",
    lineHeight: "1.6",
  },
});

export interface ConfirmReplaceDialogProps {
  /** The question to show; the dialog is closed without one. */
  readonly request: ConfirmRequest | undefined;
  readonly onAnswer: (replace: boolean) => void;
}

export function ConfirmReplaceDialog({ request, onAnswer }: ConfirmReplaceDialogProps) {
  const styles = useStyles();
  const { tr } = useLang();
  // The last question stays on the surface while it fades out after an answer.
  const [shown, setShown] = useState(request);
  if (request && request !== shown) setShown(request);
  const sheets = (shown?.sheets ?? []).map((s) => `“${s}”`).join(", ");
  return (
    <Dialog
      open={request !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface data-testid="confirm-replace">
        <DialogBody>
          <DialogTitle>{tr("confirmReplaceTitle")}</DialogTitle>
          <DialogContent>
            <Body1 as="p" className={styles.text}>
              {tr("confirmReplaceBody", { sheets })}
            </Body1>
            <Body1 as="p" className={styles.text}>
              {tr("confirmReplaceNote")}
            </Body1>
          </DialogContent>
          {/* ยกเลิก first: the dialog focuses its first button when it opens */}
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {tr("confirmCancel")}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {tr("confirmReplace")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
