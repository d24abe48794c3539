/**
 * While a run waits for the user to leave the cell they are typing in, the pane says so and how
 * to go on; it goes away by itself when the run carries on.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isWaitingForCellEdit, subscribeCellEdit } from "../../host/cellEditBus";
import { useLang } from "../lang";

export function CellEditNotice() {
  const { tr } = useLang();
  const [waiting, setWaiting] = useState(isWaitingForCellEdit);
  useEffect(() => {
    setWaiting(isWaitingForCellEdit());
    return subscribeCellEdit(setWaiting);
  }, []);
  if (!waiting) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status" data-testid="cell-edit-waiting">
      <MessageBarBody>{tr("cellEditWaiting")}</MessageBarBody>
    </MessageBar>
  );
}
