export interface ScoredRun {
  condition: string
  failed: Set<string>
  annotated: Set<string>
}
export interface Quantiles {
  median: number
  p10: number
  p90: number
}
export const TARGET: number
export function annotatedInMost(runs: ScoredRun[], name: string): boolean
export function failRateTable(
  testNames: readonly string[],
  conditionNames: readonly string[],
  conditions: { failed: Set<string> }[][],
  widths?: [number, number]
): string
export function annotationScores(
  conditions: ScoredRun[][],
  testNames: readonly string[]
): {
  precision: number
  recall: number
  annotatedCount: number
  failedCount: number
  truePositive: number
  missed: string[]
  unfailed: string[]
}
export function resampledScores(
  conditions: ScoredRun[][],
  testNames: readonly string[],
  options?: { draws?: number; size?: number }
): { draws: number; precision: Quantiles; recall: Quantiles; met: number }
export function formatQuantiles(q: Quantiles): string
