/**
 * The plan at a glance, read through the ExcelJS adapter from a sample plan and from a bare
 * template: the figures agree with what สร้างบัญชี ผด. prints, the countdown with ประกาศ's dates.
 */
import { announcePlan, setPlanDates } from "../../src/commands/announcePlan";
import { createTemplate } from "../../src/commands/createTemplate";
import { generateForms } from "../../src/commands/generateForms";
import { editionText, planOverview } from "../../src/commands/planOverview";
import { appendSheets } from "../../src/commands/writeSheets";
import { parseEdition } from "../../src/domain/planModel";
import { buildSampleWorkbook, generateSamplePlan, type SamplePlan } from "../../src/sample/generatePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";

function sample(change: (plan: SamplePlan) => SamplePlan = (p) => p): SamplePlan {
  return change(generateSamplePlan({ projects: 12, seed: 3, fiscalYear: 2570 }));
}

async function portWith(plan: SamplePlan): Promise<ExcelJsWorkbook> {
  const port = new ExcelJsWorkbook();
  await appendSheets(port, buildSampleWorkbook(plan), 0);
  return port;
}

describe("planOverview", () => {
  it("sums up the sample plan as ผด.01 prints it, with the อปท.'s full name, the year and the edition", async () => {
    const plan = sample();
    const port = await portWith(plan);
    const o = await planOverview(port, "2026-10-01");
    const forms = await generateForms(port);

    expect(o.orgFullName).toMatch(new RegExp(`${plan.settings.orgName as string}$`));
    expect(o.orgFullName!.length).toBeGreaterThan(String(plan.settings.orgName).length);
    expect(o.fiscalYear).toBe(2570);
    expect(o.edition).toBe("ฉบับหลัก");
    expect(o.projects).toBe(forms.summary.projects);
    expect(o.budget).toBe(forms.summary.budget);
    expect(o.projects).toBeGreaterThan(5);
    expect(o.budget).toBeGreaterThan(0);
    expect(o.hasTemplate).toBe(true);
  });

  it("counts the days to dueBy from ประกาศ's own dates: ahead, on the day, past; announced stops nothing but is given", async () => {
    const port = await portWith(sample());
    await setPlanDates(port, { trigger: "2026-09-20", announced: null });
    const dates = (await announcePlan(port, { dryRun: true, today: "2026-10-16" })).dates;
    expect(dates.dueBy).toBe("2026-10-20");

    expect(await planOverview(port, "2026-10-16")).toMatchObject({ dueBy: "2026-10-20", daysLeft: 4, announced: null });
    expect((await planOverview(port, "2026-10-20")).daysLeft).toBe(0);
    expect((await planOverview(port, "2026-10-25")).daysLeft).toBe(-5);
    // Across a month and a year end the count is still in whole calendar days.
    expect((await planOverview(port, "2025-12-31")).daysLeft).toBe(293);

    await setPlanDates(port, { announced: "2026-10-12" });
    expect(await planOverview(port, "2026-10-16")).toMatchObject({ announced: "2026-10-12", daysLeft: 4 });
  });

  it("has no due date, so no countdown, while the trigger date is empty", async () => {
    const port = await portWith(sample());
    await setPlanDates(port, { trigger: null, announced: null });
    expect(await planOverview(port, "2026-10-16")).toMatchObject({ dueBy: null, daysLeft: null, announced: null });
  });

  it("gives a supplement's own edition text and counts only its rows", async () => {
    const port = await portWith(sample((p) => ({ ...p, settings: { ...p.settings, edition: "เพิ่มเติม ฉบับที่ 1" } })));
    const o = await planOverview(port, "2026-10-01");
    expect(o.edition).toBe("เพิ่มเติม ฉบับที่ 1");
    // The sample's rows belong to the main edition.
    expect(o.projects).toBe(0);
    expect(o.budget).toBe(0);
  });

  it("says null for a missing อปท. name rather than an empty string", async () => {
    const port = await portWith(sample((p) => ({ ...p, settings: { ...p.settings, orgName: null } })));
    expect((await planOverview(port, "2026-10-01")).orgFullName).toBeNull();
  });

  it("knows a bare template: template there, nothing counted, nothing due", async () => {
    const port = new ExcelJsWorkbook();
    await createTemplate(port, { fiscalYear: 2570 });
    expect(await planOverview(port, "2026-10-01")).toEqual({
      orgFullName: null,
      fiscalYear: 2570,
      edition: "ฉบับหลัก",
      projects: 0,
      budget: 0,
      dueBy: null,
      daysLeft: null,
      announced: null,
      hasTemplate: true,
      projectSheets: ["โครงการ"],
      today: "2026-10-01",
    });
  });

  it("has no template in a workbook without ตั้งค่า, nor in one without a project sheet", async () => {
    const blank = new ExcelJsWorkbook();
    await blank.writeSheet({ name: "Sheet1", cells: [[]] });
    expect(await planOverview(blank, "2026-10-01")).toMatchObject({ hasTemplate: false, fiscalYear: null, orgFullName: null, projects: 0 });

    const noSettings = await portWith(sample());
    await noSettings.deleteSheet("ตั้งค่า");
    expect((await planOverview(noSettings, "2026-10-01")).hasTemplate).toBe(false);

    const noProjects = await portWith(sample());
    await noProjects.deleteSheet("โครงการ");
    expect((await planOverview(noProjects, "2026-10-01")).hasTemplate).toBe(false);
  });

  it("counts an empty โครงการ sheet of the user's own as the template's once ตั้งค่า is there", async () => {
    const port = new ExcelJsWorkbook();
    await port.writeSheet({ name: "โครงการ", cells: [[]] });
    expect(await planOverview(port, "2026-10-01")).toMatchObject({ hasTemplate: false, projectSheets: [] });
    await createTemplate(port, { fiscalYear: 2570 });
    expect(await planOverview(port, "2026-10-01")).toMatchObject({ hasTemplate: true, projectSheets: [] });
  });

  it("names a project sheet of the user's own even when it bears a form's name", async () => {
    const port = new ExcelJsWorkbook();
    const specs = buildSampleWorkbook(sample()).map((s) => (s.name === "โครงการ" ? { ...s, name: "ผด.02" } : s));
    await appendSheets(port, specs, 0);
    expect(await planOverview(port, "2026-10-01")).toMatchObject({ hasTemplate: true, projectSheets: ["ผด.02"] });
  });
});

describe("editionText", () => {
  it("prints each edition as the settings would, without the title's brackets", () => {
    expect(editionText(parseEdition("ฉบับหลัก"))).toBe("ฉบับหลัก");
    expect(editionText(parseEdition(""))).toBe("ฉบับหลัก");
    expect(editionText(parseEdition("เพิ่มเติม ฉบับที่ 1"))).toBe("เพิ่มเติม ฉบับที่ 1");
    expect(editionText(parseEdition("เพิ่มเติม ครั้งที่ 2/2568"))).toBe("เพิ่มเติม ครั้งที่ 2/2568");
    expect(editionText(parseEdition("แก้ไข ครั้งที่ 1/2570"))).toBe("แก้ไข ครั้งที่ 1/2570");
  });
});
