// Pure: how likely this runner is to break a test's timing need. A wait of d checked against a
// bound b fails when the wake-up is late by more than the margin m = b - d, so the risk is the
// chance of a lateness above m. Two estimates, the larger wins: the wake-up latencies the timer
// measured per trial, and the CFS bandwidth throttling it saw (docs/endangered-tests.md has the
// model, docs/thresholds.md the bench figures that chose the defaults).
import type { NeedRisk } from '../checks/endangered/types.js'
import type { CpuContext, LatencyStats } from '../timer/types.js'

/**
 * Likely broken: the chance that one wait is later than its margin is at least this (1%): the
 * p99 of more than half of the trials measured exceeds the margin, or the throttling model gives
 * at least this chance. Possibly broken: a trial max exceeds the margin, or throttling gives any
 * chance at all.
 */
export const LIKELY_CHANCE = 0.01

export interface Throttle {
  quotaUs: number
  periodUs: number
  throttledPct: number
}

export interface Lateness {
  p99Us: number[]
  p999Us: (number | null)[]
  maxUs: number[]
  throttle?: Throttle
}

/**
 * The lateness of the trials that measured a p99 (a trial that ended short does not count). When
 * none did (a throttled runner stops every trial at its budget), the pooled samples stand as one
 * trial, if they are enough for a p99. The CPU context adds the throttling of a CFS quota.
 */
export function latenessOf(
  trials: readonly LatencyStats[],
  pooled?: LatencyStats,
  cpu?: CpuContext
): Lateness | undefined {
  const measured = trials.filter(t => t.p99 !== null)
  const used = measured.length > 0 ? measured : pooled?.p99 != null ? [pooled] : []
  if (used.length === 0) return undefined
  const lateness: Lateness = {
    p99Us: used.map(t => t.p99 as number),
    p999Us: used.map(t => t.p999),
    maxUs: used.map(t => t.max)
  }
  if (cpu?.quotaUs !== undefined && cpu.periodUs !== undefined && cpu.throttledPct !== undefined) {
    lateness.throttle = {
      quotaUs: cpu.quotaUs,
      periodUs: cpu.periodUs,
      throttledPct: cpu.throttledPct
    }
  }
  return lateness
}

/**
 * CFS bandwidth control runs a throttled cgroup for its quota Q at the start of each period P,
 * then stops it for P - Q. A wait that ends at a random moment of a throttled period is late by
 * the rest of the stop: more than m with chance (P - Q - m) / P. Times the share of periods
 * throttled, that is the chance for one wait.
 */
export function throttleChance(marginUs: number, throttle: Throttle): number {
  const stopUs = throttle.periodUs - throttle.quotaUs
  if (stopUs <= marginUs) return 0
  return ((throttle.throttledPct / 100) * (stopUs - marginUs)) / throttle.periodUs
}

export function judgeNeed(marginUs: number, lateness: Lateness): { risk: NeedRisk; rule: string } {
  const n = lateness.p99Us.length
  const overP99 = lateness.p99Us.filter(p => p > marginUs).length
  const overMax = lateness.maxUs.filter(m => m > marginUs).length
  const p99 = median(lateness.p99Us)
  const max = Math.max(...lateness.maxUs)
  const parts = [
    `p99 over the margin in ${overP99} of ${n} trials measured (median p99 ${ms(p99)}), max ${ms(max)}`
  ]
  const chance = lateness.throttle ? throttleChance(marginUs, lateness.throttle) : 0
  if (lateness.throttle) {
    const t = lateness.throttle
    parts.push(
      `throttled in ${Number(t.throttledPct.toPrecision(3))}% of ${ms(t.periodUs)} periods with a ` +
        `${ms(t.quotaUs)} quota: ${Number((100 * chance).toPrecision(2))}% chance of a wait later than the margin`
    )
  }
  const numbers = parts.join('; ')
  if (overP99 * 2 > n || chance >= LIKELY_CHANCE) {
    return { risk: 'likely', rule: `likely broken: ${numbers}` }
  }
  if (overMax > 0 || chance > 0) return { risk: 'possible', rule: `possibly broken: ${numbers}` }
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
