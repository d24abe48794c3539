/**
 * The task pane: header, the "not in Excel" or "Excel too old" note, the plan at a glance, its
 * settings, then the steps of the work in order, each with its state, and last the check of this
 * Excel (ตรวจความเข้ากันได้กับ Excel).
 */
import { FluentProvider, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { isInExcel } from "../host/actions";
import { AnnounceStep } from "./components/AnnounceStep";
import { CheckStep } from "./components/CheckStep";
import { DevPlanCard } from "./components/DevPlanCard";
import { ClassifyStep } from "./components/ClassifyStep";
import { GenerateStep } from "./components/GenerateStep";
import { CellEditNotice } from "./components/CellEditNotice";
import { PlanGlance } from "./components/PlanGlance";
import { SelfTestPanel } from "./components/SelfTestPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { TemplateStep } from "./components/TemplateStep";
import { TrackStep } from "./components/TrackStep";
import { detectLanguage, type Lang } from "../host/language";
import { t } from "./i18n";
import { LangContext } from "./lang";
import { THAI_FONT_STACK, officeIsDark, paneTheme } from "./theme";
import { usePaneStatus } from "./usePaneStatus";
import { StepStatusContext } from "./useStepStatus";

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

/**
 * Excel says it lacks ExcelApi 1.9 (Excel 2016 and older): every action would fail with
 * OLD_EXCEL, so the pane says so up front. The same test as the actions' assertExcel.
 */
export function isOldExcel(): boolean {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return !!requirements && typeof requirements.isSetSupported === "function" && !requirements.isSetSupported("ExcelApi", "1.9");
  } catch {
    return false;
  }
}

export function App(props: AppProps) {
  const [lang] = useState<Lang>(() => props.lang ?? detectLanguage());
  const [dark] = useState<boolean>(() => props.dark ?? officeIsDark());
  const [inExcel] = useState<boolean>(() => isInExcel());
  const [oldExcel] = useState<boolean>(() => inExcel && isOldExcel());
  // Outside Excel, or in one too old, there is no workbook to read or watch.
  const workbook = inExcel && !oldExcel;
  const { overview, refresh, statuses } = usePaneStatus(workbook, lang);
  // ประกาศ shows ตั้งค่า's dates too: a save in the settings form makes it read them again.
  const [settingsVersion, setSettingsVersion] = useState(0);
  const onSettingsSaved = useCallback(() => {
    refresh();
    setSettingsVersion((v) => v + 1);
  }, [refresh]);
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
          {/* The notes on where the pane runs are part of the main content (a landmark, as all content must be). */}
          <main className={styles.steps}>
            {oldExcel && (
              <MessageBar intent="warning" layout="multiline" data-testid="old-excel">
                <MessageBarBody>{t("errOldExcel", lang)}</MessageBarBody>
              </MessageBar>
            )}
            {!inExcel && (
              <MessageBar intent="info">
                <MessageBarBody>{t("notInExcel", lang)}</MessageBarBody>
              </MessageBar>
            )}
            <CellEditNotice />
            {workbook && <PlanGlance view={overview} onRefresh={refresh} />}
            <SettingsPanel onSaved={onSettingsSaved} />
            <StepStatusContext.Provider value={statuses}>
              <TemplateStep />
              <CheckStep />
              <DevPlanCard />
              <ClassifyStep />
              <GenerateStep />
              <AnnounceStep settingsVersion={settingsVersion} />
              <TrackStep settingsVersion={settingsVersion} />
            </StepStatusContext.Provider>
            {/* Last: a check of this Excel, for the first users and whoever supports them. */}
            <SelfTestPanel />
          </main>
        </div>
      </FluentProvider>
    </LangContext.Provider>
  );
}
