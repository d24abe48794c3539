import { STANDARD_PLANS, type StandardPlan } from "../catalog";
import { matchPlan } from "../planNames";
import { planName } from "../devPlan/tree";
import type { DevPlanEntry } from "../devPlan/types";
import type { ProjectRecord } from "../project";
import type { StrategyNode } from "../read/strategySheet";
import { matchStrategy } from "../strategyNames";
import type { Alternative, Decision, Method } from "./decision";
import { PLAN_LEXICON, UNIT_HINTS, type PlanCode } from "./lexicon";
import { PhraseMatcher } from "./phraseMatcher";
import { compact, compactNormalized, words } from "./words";

const PLAN_BY_CODE = new Map(STANDARD_PLANS.map((p) => [p.code as PlanCode, p]));
const CODES = STANDARD_PLANS.map((p) => p.code as PlanCode);

export interface StrategyIndex {
  readonly strategies: readonly StrategyNode[];
  /** Standard plan code → strategies listing it. */
  readonly byPlan: ReadonlyMap<PlanCode, readonly StrategyNode[]>;
  /** Each strategy's distinctive words with their weight (rarer across strategies = heavier). */
  readonly vocab: PhraseMatcher<readonly (readonly [StrategyNode, number])[]>;
}

/** Prepares a strategy tree once for many projects. `useKeywords` false ignores the คำสำคัญ column. */
export function indexStrategies(strategies: readonly StrategyNode[], useKeywords = true): StrategyIndex {
  const byPlan = new Map<PlanCode, StrategyNode[]>();
  for (const s of strategies)
    for (const label of s.plans) {
      const m = matchPlan(label);
      if (!m) continue;
      const list = byPlan.get(m.plan.code as PlanCode) ?? [];
      if (!list.includes(s)) list.push(s);
      byPlan.set(m.plan.code as PlanCode, list);
    }
  const perStrategy = strategies.map((s) => {
    const ws = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const w of words(text)) ws.set(w, Math.max(ws.get(w) ?? 0, weight));
    };
    add(s.name, 1);
    for (const a of s.approaches) add(a, 1);
    if (useKeywords) for (const k of s.keywords) ws.set(compact(k), Math.max(ws.get(compact(k)) ?? 0, 2));
    return ws;
  });
  // Words that many strategies share say little about which one a project belongs to.
  const df = new Map<string, number>();
  for (const ws of perStrategy) for (const w of ws.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const byWord = new Map<string, [StrategyNode, number][]>();
  strategies.forEach((s, i) => {
    for (const [w, weight] of perStrategy[i]) {
      if (w.length < 2) continue;
      const list = byWord.get(w) ?? [];
      list.push([s, weight * Math.log(1 + strategies.length / df.get(w)!)]);
      byWord.set(w, list);
    }
  });
  return { strategies, byPlan, vocab: new PhraseMatcher(byWord) };
}

export interface Classification {
  readonly plan: Decision;
  readonly strategy: Decision;
  /** The label's แผนงาน when the project's words point strongly elsewhere (not looked at for a project the plan places). */
  readonly conflict: { readonly label: string; readonly suggested: string } | null;
  /** The user's labels that the linked entry of the development plan contradicts: what each says. */
  readonly planConflicts: readonly PlanConflict[];
}

export interface PlanConflict {
  readonly field: "strategy" | "plan";
  /** What the label resolves to. */
  readonly label: string;
  /** What the entry's group resolves to. */
  readonly planned: string;
  readonly entry: DevPlanEntry;
}

/** The development plan's entry whose groups a project takes, and how sure the link is. */
export interface PlanPlace {
  readonly entry: DevPlanEntry;
  /** 0–1 */
  readonly score: number;
}

const LEXICON = new PhraseMatcher<readonly [PlanCode, number, string]>(
  CODES.flatMap((code) => PLAN_LEXICON[code].map(([phrase, w]) => [phrase, [code, w, phrase] as const] as const)),
);

/** A project's name and detail as the matchers compare them, computed once per project. */
interface Texts {
  readonly name: string;
  readonly detail: string;
}

/** Scores of every standard แผนงาน for a project's words, unit and kind. */
export function planScores(
  p: Pick<ProjectRecord, "name" | "detail" | "unit" | "kind">,
  texts: Texts = { name: compact(p.name), detail: compact(p.detail) },
): Map<PlanCode, number> {
  const scores = new Map<PlanCode, number>(CODES.map((c) => [c, 0]));
  const inName = new Set<string>();
  for (const [code, w, phrase] of LEXICON.matches(texts.name)) {
    scores.set(code, scores.get(code)! + w);
    inName.add(phrase);
  }
  // The detail supports what the name says; it weighs less and counts a phrase only once.
  if (texts.detail) for (const [code, w, phrase] of LEXICON.matches(texts.detail)) if (!inName.has(phrase)) scores.set(code, scores.get(code)! + w * 0.4);
  // Equipment is bought for a unit's own work: the unit says more than the item's words.
  const unitWeight = p.kind === "equipment" ? 2.5 : 0.7;
  for (const [code, w] of unitHints(p.unit)) scores.set(code, scores.get(code)! + w * unitWeight);
  return scores;
}

// A plan names a few units many times over: their hints are worked out once each.
const unitHintCache = new Map<string, [PlanCode, number][]>();
function unitHints(unit: string): [PlanCode, number][] {
  let hints = unitHintCache.get(unit);
  if (!hints) {
    hints = [];
    for (const [re, h] of UNIT_HINTS) if (re.test(unit)) hints.push(...(Object.entries(h) as [PlanCode, number][]));
    if (unitHintCache.size < 10_000) unitHintCache.set(unit, hints);
  }
  return hints;
}

function ranked(scores: Map<string, number>, nameOf: (k: string) => string): Alternative[] {
  const entries = [...scores].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((t, [, s]) => t + s, 0);
  return entries.slice(0, 5).map(([k, s]) => ({ name: nameOf(k), score: Math.round((s / total) * 1000) / 1000 }));
}

/** How clearly the best beats the runner-up, and how much evidence there is at all. */
function confidenceOf(best: number, second: number, strong: number): number {
  if (best <= 0) return 0;
  const margin = (best - second) / best;
  return Math.round(Math.min(0.95, margin * Math.min(1, best / strong)) * 100) / 100;
}

const unresolved = (alternatives: Alternative[] = []): Decision => ({ name: null, method: "unresolved", confidence: 0, alternatives });

/**
 * Decides a project's แผนงาน and strategy: its own label first (never overridden), then what
 * the strategy tree implies, then its words; says plainly when nothing decides it.
 */
export function classifyProject(p: ProjectRecord, index: StrategyIndex, place: PlanPlace | null = null): Classification {
  // The reader has normalised every field already; only the squeeze is left to do.
  const texts = { name: compactNormalized(p.name), detail: compactNormalized(p.detail) };
  const scores = planScores(p, texts);
  const planAlternatives = ranked(scores as Map<string, number>, (c) => PLAN_BY_CODE.get(c as PlanCode)!.name);

  // The strategy label first: a plan can be inferred from a strategy holding only one.
  const strategyMatch = p.strategy ? matchStrategy(p.strategy.text, index.strategies) : null;
  const labelledStrategy = strategyMatch?.strategy ?? null;
  // What the development plan's entry says, as the tree and the standard แผนงาน name it.
  const plannedStrategy = place?.entry.strategy ? (matchStrategy(place.entry.strategy.text, index.strategies)?.strategy ?? null) : null;
  const plannedPlan = place?.entry.plan ? matchPlan(planName(place.entry.plan.text)) : null;
  const byPlan = (name: string): Decision => ({ name, method: "devPlan", confidence: Math.round(place!.score * 100) / 100, alternatives: [] });
  const planConflicts: PlanConflict[] = [];

  let plan: Decision;
  let planCode: PlanCode | null = null;
  let conflict: Classification["conflict"] = null;
  const planMatch = p.plan ? matchPlan(p.plan.text) : null;
  if (planMatch) {
    planCode = planMatch.plan.code as PlanCode;
    const method: Method = p.plan!.from === "heading" ? "heading" : "label";
    plan = { name: planMatch.plan.name, method, confidence: planMatch.how === "fuzzy" ? 0.85 : 1, alternatives: planAlternatives };
    const top = [...scores].sort((a, b) => b[1] - a[1])[0];
    if (plannedPlan) {
      // The plan the officer approved says more than the project's words.
      if (plannedPlan.plan.code !== planCode) planConflicts.push({ field: "plan", label: planMatch.plan.name, planned: plannedPlan.plan.name, entry: place!.entry });
    } else if (top[0] !== planCode && top[1] >= 8 && scores.get(planCode)! === 0) conflict = { label: planMatch.plan.name, suggested: PLAN_BY_CODE.get(top[0])!.name };
  } else if (plannedPlan) {
    planCode = plannedPlan.plan.code as PlanCode;
    plan = { ...byPlan(plannedPlan.plan.name), alternatives: planAlternatives };
  } else {
    // Plans under the labelled strategy (or the plan's) are the likely ones.
    const under = labelledStrategy ?? plannedStrategy;
    const allowed = under ? planCodesOf(under) : null;
    if (allowed && allowed.length === 1) {
      planCode = allowed[0];
      plan = { name: PLAN_BY_CODE.get(planCode)!.name, method: "inferred", confidence: 0.9, alternatives: planAlternatives };
    } else {
      const pool = new Map([...scores].filter(([c]) => !allowed || allowed.includes(c)));
      const sorted = [...pool].sort((a, b) => b[1] - a[1]);
      if (!sorted.length || sorted[0][1] <= 0) plan = unresolved(planAlternatives);
      else {
        planCode = sorted[0][0];
        plan = {
          name: PLAN_BY_CODE.get(planCode)!.name,
          method: "suggested",
          confidence: confidenceOf(sorted[0][1], sorted[1]?.[1] ?? 0, 4),
          alternatives: ranked(pool as Map<string, number>, (c) => PLAN_BY_CODE.get(c as PlanCode)!.name),
        };
      }
    }
  }

  let strategy = decideStrategy(p, texts, index, labelledStrategy, strategyMatch?.how ?? null, planCode, plan.confidence);
  if (plannedStrategy) {
    if (!labelledStrategy) strategy = { ...byPlan(plannedStrategy.name), alternatives: strategy.alternatives };
    else if (labelledStrategy !== plannedStrategy) planConflicts.push({ field: "strategy", label: labelledStrategy.name, planned: plannedStrategy.name, entry: place!.entry });
  }
  return { plan: withDecisionFirst(tooWeak(plan)), strategy: withDecisionFirst(tooWeak(strategy)), conflict, planConflicts };
}

/** Below this a suggestion is a guess: offered among the alternatives, not as the answer. */
const GUESS = 0.05;

function tooWeak(d: Decision): Decision {
  return d.method === "suggested" && d.confidence < GUESS ? unresolved([...d.alternatives]) : d;
}

/** The pane offers the alternatives as choices: the decision itself leads them. */
function withDecisionFirst(d: Decision): Decision {
  if (d.name === null || d.alternatives[0]?.name === d.name) return d;
  const own = d.alternatives.find((a) => a.name === d.name) ?? { name: d.name, score: d.confidence };
  return { ...d, alternatives: [own, ...d.alternatives.filter((a) => a !== own)].slice(0, 5) };
}

function planCodesOf(s: StrategyNode): PlanCode[] {
  const out: PlanCode[] = [];
  for (const label of s.plans) {
    const m = matchPlan(label);
    if (m && !out.includes(m.plan.code as PlanCode)) out.push(m.plan.code as PlanCode);
  }
  return out;
}

function decideStrategy(
  p: ProjectRecord,
  texts: Texts,
  index: StrategyIndex,
  labelled: StrategyNode | null,
  how: "exact" | "number" | "fuzzy" | null,
  planCode: PlanCode | null,
  planConfidence: number,
): Decision {
  const scores = new Map<StrategyNode, number>(index.strategies.map((s) => [s, 0]));
  const hitsOf = [...index.vocab.matches(texts.name), ...(texts.detail ? index.vocab.matches(texts.detail) : [])];
  for (const hits of new Set(hitsOf)) for (const [s, w] of hits) scores.set(s, scores.get(s)! + w);
  const holders = planCode ? (index.byPlan.get(planCode) ?? []) : [];
  for (const s of holders) scores.set(s, scores.get(s)! + 1.5);
  const alternatives = ranked(new Map([...scores].map(([s, v]) => [s.name, v])), (n) => n);

  if (labelled) {
    const method: Method = p.strategy!.from === "heading" ? "heading" : "label";
    return { name: labelled.name, method, confidence: how === "fuzzy" ? 0.85 : 1, alternatives };
  }
  if (!index.strategies.length) return unresolved();
  if (holders.length === 1) return { name: holders[0].name, method: "inferred", confidence: Math.round(Math.min(0.95, planConfidence) * 100) / 100, alternatives };
  // Several strategies hold the plan: the words decide among them; none: among all.
  const pool = holders.length > 1 ? holders : index.strategies;
  const sorted = pool.map((s) => [s, scores.get(s)!] as const).sort((a, b) => b[1] - a[1]);
  if (sorted[0][1] <= 0) return unresolved(alternatives);
  const confidence = confidenceOf(sorted[0][1], sorted[1]?.[1] ?? 0, 3) * (holders.length > 1 ? Math.max(0.5, planConfidence) : 0.8);
  return { name: sorted[0][0].name, method: "suggested", confidence: Math.round(confidence * 100) / 100, alternatives };
}

export function standardPlan(name: string): StandardPlan | undefined {
  return STANDARD_PLANS.find((p) => p.name === name);
}
