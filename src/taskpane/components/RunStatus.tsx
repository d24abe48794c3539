/**
 * How a step's run stands, the same in every step: the progress of a run under way with its
 * ยกเลิก, the note that a run was cancelled, and a failure in the user's words; and where the
 * keyboard focus goes when the run ends.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles } from "@fluentui/react-components";
import { useLayoutEffect, useRef, type RefObject } from "react";
import { useLang } from "../lang";

const useStyles = makeStyles({
  running: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "8px",
  },
  bar: {
    alignSelf: "stretch",
  },
});

export interface RunProgressProps {
  /** Names the progress bar (the step's title). */
  readonly label: string;
  /** What is happening, with the percentage once known. */
  readonly text: string;
  /** 0..1; undefined until the first report says how much there is to do (the bar is then indeterminate). */
  readonly fraction: number | undefined;
  /** Only a run the pane started can be cancelled from it; undefined hides ยกเลิก. */
  readonly onCancel?: () => void;
  readonly cancelling: boolean;
}

export function RunProgress({ label, text, fraction, onCancel, cancelling }: RunProgressProps) {
  const styles = useStyles();
  const { tr } = useLang();
  return (
    <div className={styles.running}>
      <Field className={styles.bar} validationMessage={text} validationState="none">
        <ProgressBar value={fraction} max={1} thickness="large" aria-label={label} aria-valuetext={text} />
      </Field>
      {onCancel && (
        // Focusable while cancelling (aria-disabled): pressing it must not drop the focus to the page.
        <Button onClick={onCancel} disabledFocusable={cancelling}>
          {cancelling ? tr("cancellingRun") : tr("cancelRun")}
        </Button>
      )}
    </div>
  );
}

/**
 * When a run the pane started ends with the focus on nothing (ยกเลิก, which had it, is gone), puts
 * the focus back on the step's run button, so that a keyboard user goes on from where they were.
 * `paneRun` is true while such a run is under way; the focus anywhere else is left alone (a ribbon
 * run's user is in the workbook). A layout effect: the focus moves in the commit that removes ยกเลิก.
 */
export function useFocusAfterRun(paneRun: boolean, runButton: RefObject<HTMLElement | null>): void {
  const was = useRef(paneRun);
  useLayoutEffect(() => {
    if (was.current && !paneRun) {
      const active = document.activeElement;
      if (!active || active === document.body) runButton.current?.focus();
    }
    was.current = paneRun;
  }, [paneRun, runButton]);
}

/** A run stopped by ยกเลิก: nothing was changed (the adapters guarantee it up to the swap). */
export function RunCancelled({ testId }: { readonly testId: string }) {
  const { tr } = useLang();
  return (
    <MessageBar intent="info" data-testid={testId}>
      <MessageBarBody>{tr("runCancelled")}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A failure: the message is already in the user's language (errorMessage); the title says what
 * failed ("ทำไม่สำเร็จ" by default).
 */
export function RunFailed({ message, title, testId }: { readonly message: string; readonly title?: string; readonly testId?: string }) {
  const { tr } = useLang();
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title ?? tr("errorTitle")}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
