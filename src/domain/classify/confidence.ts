/**
 * The least confidence at which a classification decision counts as sure: what the ribbon's
 * จัดหมวดหมู่ and the CLI write unasked, what the pane's "ยอมรับทั้งหมดที่มั่นใจ" accepts, and
 * what the plan model takes from a suggestion. In a file of its own so that the pane and the
 * ribbon can know it without loading the classifier and its lexicon.
 */
export const CONFIDENT = 0.75;
