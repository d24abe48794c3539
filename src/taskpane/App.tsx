/** The task pane: header, the "not in Excel" note, then the steps of the work in order. */
import { FluentProvider, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { isInExcel } from "../host/actions";
import { AnnounceStep } from "./components/AnnounceStep";
import { CheckStep } from "./components/CheckStep";
import { ClassifyStep } from "./components/ClassifyStep";
import { GenerateStep } from "./components/GenerateStep";
import { TemplateStep } from "./components/TemplateStep";
import { detectLanguage, t, type Lang } from "./i18n";
import { LangContext } from "./lang";
import { THAI_FONT_STACK, officeIsDark, paneTheme } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    fontFamily: THAI_FONT_STACK,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: "10px",
  },
  title: {
    margin: 0,
    lineHeight: "1.4",
  },
  steps: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
  },
});

export interface AppProps {
  /** Defaults to Office's display language (Thai outside Office). */
  readonly lang?: Lang;
  /** Defaults to Office's theme. */
  readonly dark?: boolean;
}

export function App(props: AppProps) {
  const [lang] = useState<Lang>(() => props.lang ?? detectLanguage());
  const [dark] = useState<boolean>(() => props.dark ?? officeIsDark());
  const [inExcel] = useState<boolean>(() => isInExcel());
  const styles = useStyles();

  return (
    <LangContext.Provider value={lang}>
      {/* The layout lives on a div inside: a FluentProvider's className also goes onto the
          portal nodes (dropdown lists), which would cover the pane with a second full-height page. */}
      <FluentProvider theme={paneTheme(dark)} lang={lang}>
        <div className={styles.root}>
          <header className={styles.header}>
            <img src="assets/icon-32.png" alt="" width={32} height={32} />
            <Subtitle1 as="h1" className={styles.title}>
              {t("appTitle", lang)}
            </Subtitle1>
          </header>
          {!inExcel && (
            <MessageBar intent="info">
              <MessageBarBody>{t("notInExcel", lang)}</MessageBarBody>
            </MessageBar>
          )}
          <main className={styles.steps}>
            <TemplateStep />
            <CheckStep />
            <ClassifyStep />
            <GenerateStep />
            <AnnounceStep />
          </main>
        </div>
      </FluentProvider>
    </LangContext.Provider>
  );
}
