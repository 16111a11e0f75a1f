// Pure: how likely this runner is to break a test's timing need in one run. A wait of d checked
// against a bound fails when the wake-up is late by more than the margin m, so the risk is the
// chance of a lateness above m. Two estimates, the larger wins: the wake-up latencies the timer
// measured per trial, and where in a CFS period the wait ends under the quota the timer saw
// throttled (docs/endangered-tests.md has the model and the bench figures that chose the defaults).
import type { NeedRisk } from '../checks/endangered/types.js'
import type { CpuContext, LatencyStats } from '../timer/types.js'

/**
 * Likely broken: the chance that one run of the test breaks the need is at least this, a test
 * that fails one run in five. On bench/timing-corpus (86 runs each at 0.6 and 0.2 CPU) the needs
 * the model puts over it broke in at least 33% of the runs, those under it in at most 13%
 * (docs/endangered-tests.md has the table).
 */
export const LIKELY_CHANCE = 0.2

/** What the analyzer says a need races: its kind, the wait, the bound and the margin (us). */
export interface NeedTiming {
  kind: string
  waitUs: number
  boundUs: number
  marginUs: number
  /** The test's shortest repeating wait (ticker, janitor), 0 when it has none. */
  periodicUs: number
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
 * How often, in a throttled period, a wake-up of the test finds its CPU's share of the quota
 * spent and waits for the next period with the cgroup's busy threads. CFS hands a cgroup's quota
 * to each CPU in slices and lets a CPU keep about 1 ms of it when its threads go to sleep
 * (Documentation/scheduler/sched-bwc.rst): a test thread that sleeps whole periods wakes on that
 * slack and runs, one woken every few milliseconds draws it down. Chosen on bench/timing-corpus
 * (86 runs each at 0.2 and 0.6 CPU; docs/endangered-tests.md has the table).
 */
export const EXPOSURE = {
  /** The reader of a ticker that fires FREQUENT_WAKES times a period or more. */
  frequent: 0.7,
  /** A test with a repeating wait (a ticker read less often, a cache's janitor). */
  periodic: 0.25,
  /** A test whose only wake-ups are its own waits. */
  quiet: 0.03
}

/** Wake-ups per CFS period from which a ticker's reader counts as `frequent`. */
export const FREQUENT_WAKES = 10

type ExposureClass = keyof typeof EXPOSURE

/** What the wake-up that decides the need is, as the rule names it. */
const EXPOSURE_TEXT: Record<ExposureClass, string> = {
  frequent: `a ticker read ${FREQUENT_WAKES} times a period or more`,
  periodic: 'a test with a repeating wait',
  quiet: 'a test woken only by its own waits'
}

function exposureClass(need: NeedTiming, throttle: Throttle): ExposureClass {
  if (need.kind === 'ticker-count') {
    return need.waitUs * FREQUENT_WAKES <= throttle.periodUs ? 'frequent' : 'periodic'
  }
  return need.periodicUs > 0 && need.periodicUs < throttle.periodUs ? 'periodic' : 'quiet'
}

/** The exposure of the wake-up that decides the need (EXPOSURE). */
export function exposureOf(need: NeedTiming, throttle: Throttle): number {
  return EXPOSURE[exposureClass(need, throttle)]
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
 * A ticker of period p counted over a window W wants K ticks: it breaks when more than
 * floor(m / p) of the W / p due are lost (m = W - K p). A stop of S = P - Q the reader sits in
 * makes S / p ticks due and the channel keeps one: it loses the rest. Each stop of the window
 * (W / P of them) holds the reader with chance `exposed`; the chance is that the stops that did
 * lose more ticks than the margin holds.
 */
export function tickerChance(need: NeedTiming, throttle: Throttle, exposed: number): number {
  const stopUs = throttle.periodUs - throttle.quotaUs
  if (need.waitUs <= 0 || stopUs <= 0) return 0
  const due = stopUs / need.waitUs
  const lostPerStop = split(due).map(([ticks, p]) => [Math.max(0, ticks - 1), p] as const)
  const needed = Math.floor(need.marginUs / need.waitUs) + 1
  const windowUs = need.boundUs + need.marginUs
  // Every stop of the window held loses no more than this: nothing to add up.
  const mostLost = Math.ceil(windowUs / throttle.periodUs) * Math.max(...lostPerStop.map(l => l[0]))
  if (mostLost < needed) return 0
  let chance = 0
  for (const [stops, pStops] of split(windowUs / throttle.periodUs)) {
    // The distribution of ticks lost so far, capped at `needed`.
    let lost = new Array<number>(needed + 1).fill(0)
    lost[0] = 1
    for (let i = 0; i < stops; i++) {
      const next = new Array<number>(needed + 1).fill(0)
      lost.forEach((p, have) => {
        next[have] += p * (1 - exposed)
        for (const [ticks, pTicks] of lostPerStop) {
          next[Math.min(needed, have + ticks)] += p * exposed * pTicks
        }
      })
      lost = next
    }
    chance += pStops * lost[needed]
  }
  return chance
}

/** x as its two neighbouring whole numbers, each with its weight: 2.5 is 2 or 3, half each. */
function split(x: number): [number, number][] {
  const low = Math.floor(x)
  const frac = x - low
  return frac < 1e-9
    ? [[low, 1]]
    : [
        [low, 1 - frac],
        [low + 1, frac]
      ]
}

/**
 * The chance that CFS throttling breaks the need in one run: the share of periods throttled
 * times the exposure of the wake-up that decides it, times where its wait ends (phaseChance); for
 * a ticker count, the stops its window spans. The late wake of a janitor eviction is the
 * janitor's run due at the bound (TTL + interval).
 */
export function throttleChance(need: NeedTiming, throttle: Throttle): number {
  const exposed = (throttle.throttledPct / 100) * exposureOf(need, throttle)
  if (need.kind === 'ticker-count') return tickerChance(need, throttle, exposed)
  const waitUs = need.kind === 'ttl-eviction' ? need.boundUs : need.waitUs
  return exposed * phaseChance(waitUs, need.marginUs, throttle)
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
    const exposure = exposureClass(need, t)
    parts.push(
      `throttled in ${Number(t.throttledPct.toPrecision(3))}% of ${ms(t.periodUs)} periods with a ` +
        `${ms(t.quotaUs)} quota, ${percent(EXPOSURE[exposure])} of them reaching ${EXPOSURE_TEXT[exposure]}: ` +
        `${percent(throttled)} chance that the wait ends later than the margin`
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

/** A chance as runs: 0.2 is `1 run in 5`. */
export function oneRunIn(chance: number): string {
  return `1 run in ${Math.round(1 / chance)}`
}

export function percent(chance: number): string {
  return `${Number((100 * chance).toPrecision(2))}%`
}

/** Microseconds as milliseconds, three significant digits: `20 ms`, `0.155 ms`. */
export function ms(us: number): string {
  return `${Number((us / 1000).toPrecision(3))} ms`
}
