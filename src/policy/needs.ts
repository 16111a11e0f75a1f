// Pure: how likely this runner is to break a test's timing need in one run. A wait of d checked
// against a bound fails when the wake-up is late by more than the margin m, so the risk is the
// chance of a lateness above m. Two estimates, the larger wins: the wake-up latencies the timer
// measured per trial, and where in a CFS period the wait ends under the quota the timer saw
// throttled (docs/endangered-tests.md has the model and the bench figures that chose the defaults).
import type { NeedRisk } from '../checks/endangered/types.js'
import type { CpuContext, LatencyStats } from '../timer/types.js'

/**
 * Likely broken: the chance that one run of the test breaks the need is at least this. On
 * bench/timing-corpus at 0.6 and 0.2 CPU the needs the model puts over it broke in at least 21% of
 * the runs, those under it in at most 14% (docs/endangered-tests.md has the table).
 */
export const LIKELY_CHANCE = 0.35

/** What the analyzer says a need races: its kind, the wait, the bound and the margin (us). */
export interface NeedTiming {
  kind: string
  waitUs: number
  boundUs: number
  marginUs: number
}

export interface Throttle {
  quotaUs: number
  periodUs: number
  throttledPct: number
}

export interface Lateness {
  p50Us: number[]
  p90Us: number[]
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
    p50Us: used.map(t => t.median),
    p90Us: used.map(t => t.p90),
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
 * The share of one trial's wake-ups later than m, as far as its quantiles tell: at least half
 * when the median is over m, a tenth for p90, a hundredth for p99, a thousandth for p99.9.
 */
function shareLaterThan(marginUs: number, lateness: Lateness, trial: number): number {
  if (lateness.p50Us[trial] > marginUs) return 0.5
  if (lateness.p90Us[trial] > marginUs) return 0.1
  if (lateness.p99Us[trial] > marginUs) return 0.01
  const p999 = lateness.p999Us[trial]
  return p999 !== null && p999 > marginUs ? 0.001 : 0
}

/**
 * Measured lateness: the timer loop wakes at random phases of the runner's scheduling, so the
 * share of its wake-ups later than m is the chance for one wait; the median trial decides.
 */
export function measuredChance(marginUs: number, lateness: Lateness): number {
  const shares = lateness.p99Us.map((_, i) => shareLaterThan(marginUs, lateness, i))
  return median(shares)
}

/**
 * Where a wait ends in a throttled CFS period. A throttled cgroup runs for its quota Q at the
 * start of each period P, then stops until the next one: a thread woken in the stop runs at the
 * period's end, late by the rest of it. A test thread runs, hence starts its wait, in the running
 * part, at a phase uniform over [0, Q); a wait of d then ends at (phase + d) mod P. The share of
 * phases for which it ends in the stop more than m before the period's end is the chance.
 */
export function phaseChance(waitUs: number, marginUs: number, throttle: Throttle): number {
  const { quotaUs: q, periodUs: p } = throttle
  if (p - q <= marginUs || q <= 0) return 0
  // End phases [end, end + q): the part past p is the next period's running part.
  const end = waitUs % p
  const late = Math.max(0, Math.min(end + q, p - marginUs) - Math.max(end, q))
  return late / q
}

/**
 * A ticker counted over a window W loses the ticks of each stop it is stopped in but one (the
 * channel holds one): P - Q - period of its time. The count breaks when the stops in the window
 * lose more than the margin; each of the floor(W / P) stops is one the test is stopped in with
 * the throttled share as chance.
 */
function tickerChance(need: NeedTiming, throttle: Throttle): number {
  const lostUs = throttle.periodUs - throttle.quotaUs - need.waitUs
  if (lostUs <= 0) return 0
  const stops = Math.max(1, Math.floor((need.boundUs + need.marginUs) / throttle.periodUs))
  const needed = Math.floor(need.marginUs / lostUs) + 1
  return atLeast(needed, stops, throttle.throttledPct / 100)
}

/** The chance of at least k successes in n independent tries of chance s. */
function atLeast(k: number, n: number, s: number): number {
  let total = 0
  for (let i = k; i <= n; i++) total += binomial(n, i) * s ** i * (1 - s) ** (n - i)
  return total
}

function binomial(n: number, k: number): number {
  let c = 1
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1)
  return c
}

/**
 * The chance that CFS throttling breaks the need in one run: the share of periods throttled
 * times where its wait ends (phaseChance), or for a ticker count the stops its window spans. The
 * late wake of a janitor eviction is the janitor's run due at the bound (TTL + interval).
 */
export function throttleChance(need: NeedTiming, throttle: Throttle): number {
  if (need.kind === 'ticker-count') return tickerChance(need, throttle)
  const waitUs = need.kind === 'ttl-eviction' ? need.boundUs : need.waitUs
  return (throttle.throttledPct / 100) * phaseChance(waitUs, need.marginUs, throttle)
}

export function judgeNeed(
  need: NeedTiming,
  lateness: Lateness
): { risk: NeedRisk; chance: number; rule: string } {
  const marginUs = need.marginUs
  const n = lateness.p99Us.length
  const overP99 = lateness.p99Us.filter(p => p > marginUs).length
  const overMax = lateness.maxUs.filter(m => m > marginUs).length
  const parts = [
    `p99 over the margin in ${overP99} of ${n} trials measured (median p99 ${ms(median(lateness.p99Us))}), max ${ms(Math.max(...lateness.maxUs))}`
  ]
  const measured = measuredChance(marginUs, lateness)
  const throttled = lateness.throttle ? throttleChance(need, lateness.throttle) : 0
  if (lateness.throttle) {
    const t = lateness.throttle
    parts.push(
      `throttled in ${Number(t.throttledPct.toPrecision(3))}% of ${ms(t.periodUs)} periods with a ` +
        `${ms(t.quotaUs)} quota: ${percent(throttled)} chance that the wait ends later than the margin`
    )
  }
  const chance = Math.max(measured, throttled)
  const numbers = `${percent(chance)} chance per run: ${parts.join('; ')}`
  if (chance >= LIKELY_CHANCE) return { risk: 'likely', chance, rule: `likely broken, ${numbers}` }
  if (chance > 0 || overMax > 0) {
    return { risk: 'possible', chance, rule: `possibly broken, ${numbers}` }
  }
  return { risk: 'unlikely', chance, rule: `within this runner's lateness, ${numbers}` }
}

/**
 * The chance that some test breaks in one run: each test breaks with the chance of its likeliest
 * need, tests independently. What the verdict predicts ("a test fails in this run"): several
 * needs each under LIKELY_CHANCE can make a run likely to fail together.
 */
export function runChance(
  needs: readonly { test: string; file: string; chance: number }[]
): number {
  const byTest = new Map<string, number>()
  for (const need of needs) {
    const key = `${need.file}:${need.test}`
    byTest.set(key, Math.max(byTest.get(key) ?? 0, need.chance))
  }
  return 1 - [...byTest.values()].reduce((passes, chance) => passes * (1 - chance), 1)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function percent(chance: number): string {
  return `${Number((100 * chance).toPrecision(2))}%`
}

/** Microseconds as milliseconds, three significant digits: `20 ms`, `0.155 ms`. */
export function ms(us: number): string {
  return `${Number((us / 1000).toPrecision(3))} ms`
}
