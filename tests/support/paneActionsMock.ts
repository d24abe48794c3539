/**
 * The host actions as the pane's jsdom tests replace them: every action a jest.fn() the test
 * sets up, Excel present, the fiscal year fixed. Used as
 * jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock()).
 */
export function paneActionsMock() {
  return {
    runCreateTemplate: jest.fn(),
    runCheck: jest.fn(),
    runClassify: jest.fn(),
    applyClassificationChoices: jest.fn(),
    undoLastClassification: jest.fn(),
    runGenerate: jest.fn(),
    runAnnounce: jest.fn(),
    runTrack: jest.fn(),
    setAnnouncementDates: jest.fn(),
    selectCell: jest.fn(),
    defaultFiscalYear: jest.fn(() => 2569),
    isInExcel: jest.fn(() => true),
  };
}
