// Pure: how likely this runner is to break a test's timing need. A wait of d checked against a
// bound b fails when the wake-up is late by more than the margin m = b - d, so the risk is the
// chance of a lateness above m, read off the wake-up latencies the timer measured per trial
// (docs/endangered-tests.md has the model and the bench figures that chose the defaults).
import type { LatencyStats, NeedRisk } from '../report/types.js'

/** What counts as "likely" and "possible" (bench/timing-corpus figures in docs/thresholds.md). */
export const NEED_RULE = {
  /** Likely broken: in more than half of the trials measured, over 1% of wake-ups are later than the margin (the trial p99 exceeds it). */
  likely: 'p99',
  /** Possibly broken: in some trial, a wake-up was later than the margin (the trial max exceeds it). */
  possible: 'max'
} as const

export interface Lateness {
  p99Us: number[]
  p999Us: (number | null)[]
  maxUs: number[]
}

/**
 * The lateness of the trials that measured a p99 (a trial that ended short does not count). When
 * none did (a throttled runner stops every trial at its budget), the pooled samples stand as one
 * trial, if they are enough for a p99.
 */
export function latenessOf(
  trials: readonly LatencyStats[],
  pooled?: LatencyStats
): Lateness | undefined {
  const measured = trials.filter(t => t.p99 !== null)
  const used = measured.length > 0 ? measured : pooled?.p99 != null ? [pooled] : []
  if (used.length === 0) return undefined
  return {
    p99Us: used.map(t => t.p99 as number),
    p999Us: used.map(t => t.p999),
    maxUs: used.map(t => t.max)
  }
}

export function judgeNeed(marginUs: number, lateness: Lateness): { risk: NeedRisk; rule: string } {
  const n = lateness.p99Us.length
  const overP99 = lateness.p99Us.filter(p => p > marginUs).length
  const overMax = lateness.maxUs.filter(m => m > marginUs).length
  const p99 = median(lateness.p99Us)
  const max = Math.max(...lateness.maxUs)
  const numbers = `p99 over the margin in ${overP99} of ${n} trials measured (median p99 ${ms(p99)}), max ${ms(max)}`
  if (overP99 * 2 > n) {
    return { risk: 'likely', rule: `likely broken: ${numbers}` }
  }
  if (overMax > 0) return { risk: 'possible', rule: `possibly broken: ${numbers}` }
  return { risk: 'unlikely', rule: `within this runner's lateness: ${numbers}` }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Microseconds as milliseconds, three significant digits: `20 ms`, `0.155 ms`. */
export function ms(us: number): string {
  return `${Number((us / 1000).toPrecision(3))} ms`
}
