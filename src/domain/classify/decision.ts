/** How a strategy or แผนงาน was decided for a project. */
export type Method =
  /** the user's own label in the row (resolved through spelling variants) */
  | "label"
  /** a heading row above it (ผด.02 layout) */
  | "heading"
  /** a แผนงาน that sits under exactly one strategy gives that strategy */
  | "inferred"
  /** the group of the development plan's (ผ.02) entry the project is linked to */
  | "devPlan"
  /** guessed from the project's words */
  | "suggested"
  | "unresolved";

export interface Alternative {
  readonly name: string;
  /** 0–1 */
  readonly score: number;
}

export interface Decision {
  /** Standard แผนงาน name, or the strategy's name as in the strategy sheet; null when unresolved. */
  readonly name: string | null;
  readonly method: Method;
  /** 0–1; labels are near 1, the development plan's groups the link's score, suggestions by how clearly the best beats the runner-up. */
  readonly confidence: number;
  /** Best first, the decision itself included, at most five. */
  readonly alternatives: readonly Alternative[];
}
