import type { DevPlanProfile } from "./types";

/**
 * The plan periods whose forms OpPlan knows, as data an office (or the next release) can edit:
 * the 2571–2575 forms are known from one description only (domain.md §8).
 */
export const DEV_PLAN_PROFILES: readonly DevPlanProfile[] = [
  {
    id: "2566-2570",
    years: [2566, 2567, 2568, 2569, 2570],
    confirmed: true,
    strategyWords: ["ยุทธศาสตร์"],
    approachWords: ["กลยุทธ์", "แนวทางการพัฒนา", "แนวทาง"],
    planWords: ["แผนงาน"],
  },
  {
    id: "2571-2575",
    years: [2571, 2572, 2573, 2574, 2575],
    confirmed: false,
    strategyWords: ["ประเด็นการพัฒนา", "ยุทธศาสตร์"],
    approachWords: ["กลยุทธ์", "แนวทางการพัฒนา", "แนวทาง"],
    planWords: ["แผนงาน"],
  },
];

/**
 * The profile whose period holds these year columns (at least three of them, none outside it):
 * a sheet showing only part of its period, or a period of its own, still reads; it just has none.
 */
export function profileForYears(years: readonly number[], profiles: readonly DevPlanProfile[] = DEV_PLAN_PROFILES): DevPlanProfile | null {
  if (years.length < 3) return null;
  return profiles.find((p) => years.every((y) => p.years.includes(y))) ?? null;
}

/** Every profile's words for one level, longest first so "แนวทางการพัฒนา" wins over "แนวทาง". */
export function wordsOf(level: "strategyWords" | "approachWords" | "planWords", profiles: readonly DevPlanProfile[] = DEV_PLAN_PROFILES): string[] {
  return [...new Set(profiles.flatMap((p) => p[level]))].sort((a, b) => b.length - a.length);
}
