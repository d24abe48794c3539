/**
 * How a step's run stands, the same in every step: the progress of a run under way with its
 * ยกเลิก, the note that a run was cancelled, and a failure in the user's words.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles } from "@fluentui/react-components";
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
        <Button onClick={onCancel} disabled={cancelling}>
          {cancelling ? tr("cancellingRun") : tr("cancelRun")}
        </Button>
      )}
    </div>
  );
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

/** A failed run: the message is already in the user's language (errorMessage). */
export function RunFailed({ message }: { readonly message: string }) {
  const { tr } = useLang();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{tr("errorTitle")}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
