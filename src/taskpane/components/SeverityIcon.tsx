/** The picture and colour of a severity: red circle (error), orange triangle (warning), blue circle (info). */
import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/findings";

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorBrandForeground1,
};

export interface SeverityIconProps {
  readonly severity: Severity;
  readonly size?: number;
  /** Text for screen readers; without it the icon is decoration (the text next to it says the same). */
  readonly label?: string;
}

export function SeverityIcon({ severity, size = 16, label }: SeverityIconProps) {
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" focusable="false" style={{ flex: "none", color: SEVERITY_COLOR[severity] }} {...a11y}>
      {severity === "warning" ? (
        <>
          <path d="M8 1.2c.4 0 .8.2 1 .6l6.3 11.6c.4.8-.2 1.6-1 1.6H1.7c-.8 0-1.4-.8-1-1.6L7 1.8c.2-.4.6-.6 1-.6z" fill="currentColor" />
          <rect x="7.1" y="5" width="1.8" height="5" rx=".9" fill="#fff" />
          <circle cx="8" cy="12.2" r="1" fill="#fff" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="7.2" fill="currentColor" />
          {severity === "error" ? (
            <>
              <rect x="7.1" y="3.6" width="1.8" height="5.6" rx=".9" fill="#fff" />
              <circle cx="8" cy="11.6" r="1.05" fill="#fff" />
            </>
          ) : (
            <>
              <circle cx="8" cy="4.6" r="1.05" fill="#fff" />
              <rect x="7.1" y="6.6" width="1.8" height="5.6" rx=".9" fill="#fff" />
            </>
          )}
        </>
      )}
    </svg>
  );
}
