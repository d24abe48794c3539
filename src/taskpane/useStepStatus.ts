/**
 * The step states, handed from the App to every StepCard below it (the steps' own components
 * do not pass them). Kept apart from usePaneStatus so a card needs neither the watcher nor the
 * workbook readers.
 */
import { createContext, useContext } from "react";
import type { StepStatus } from "./stepStatus";

/** Step states by step number; null outside the App. */
export const StepStatusContext = createContext<ReadonlyMap<number, StepStatus> | null>(null);

/** The status of step `step`, or undefined when no App provides them (a step rendered alone). */
export function useStepStatus(step: number): StepStatus | undefined {
  return useContext(StepStatusContext)?.get(step);
}
