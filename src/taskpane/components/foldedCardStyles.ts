/** The look of the pane's folded cards (ตั้งค่า, ความเข้ากันได้กับ Excel): one place, so they stay alike. */
import type { GriffelStyle } from "@fluentui/react-components";

export const FOLDED_CARD_STYLES = {
  card: { gap: "8px" },
  header: { fontWeight: 600 },
  panel: { display: "flex", flexDirection: "column", gap: "12px", paddingBottom: "8px" },
  body: { margin: 0, lineHeight: "1.6" },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
} satisfies Record<string, GriffelStyle>;
