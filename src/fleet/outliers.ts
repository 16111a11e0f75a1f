// Pure: which runners stand out from the fleet. A figure stands out when it lies more than
// OUTLIER_DISTANCE scaled MADs above the fleet median (the modified z-score of Iglewicz and
// Hoaglin; a fixed limit would not fit a fleet that is slow or fast as a whole). A check stands
// out when it fails on a runner and passes on most of the others.
import { formatNumber, formatUs } from '../report/format.js'
import type { FleetRunner, OutlierMetric, StandOut } from './types.js'

export const OUTLIER_DISTANCE = 3.5
/** Below this many runners with a figure, a fleet median says nothing about one of them. */
export const MIN_RUNNERS_FOR_MEDIAN = 3
/**
 * A single trial's p99 carries no spread of its own. On one idle VM single-trial p99s varied
 * 34 % between trials (field notes §4): with no runner reporting two trials, that is the noise.
 */
export const SINGLE_TRIAL_P99_NOISE = 0.35
const MAD_TO_SIGMA = 1.4826

interface MetricSpec {
  metric: OutlierMetric
  label: string
  format: (value: number) => string
  /** The smallest scale that is not run-to-run noise, given the fleet's median and rows. */
  noiseFloor: (median: number, runners: readonly FleetRunner[]) => number
}

const pct = (value: number): string => `${formatNumber(value)} %`

const SPECS: readonly MetricSpec[] = [
  {
    metric: 'wakeP99Us',
    label: 'wake-up p99',
    format: formatUs,
    noiseFloor: (median, runners) => median * relativeP99Noise(runners)
  },
  {
    metric: 'wakeP50Us',
    label: 'wake-up p50',
    format: formatUs,
    // Trials agree on the median far better than on the tail (14 % vs 34 %, field notes §4).
    noiseFloor: median => median * 0.14
  },
  // Percentages: one percentage point is below anything a person would act on.
  {
    metric: 'sleepDeviationPct',
    label: '100 ms sleep deviation',
    format: pct,
    noiseFloor: () => 1
  },
  { metric: 'throttledPct', label: 'CPU throttling', format: pct, noiseFloor: () => 1 }
]

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * The fleet's run-to-run p99 noise, relative: the median over runners with two trials or more
 * of half their trials' p99 range divided by their p99; SINGLE_TRIAL_P99_NOISE when none has.
 */
export function relativeP99Noise(runners: readonly FleetRunner[]): number {
  const spreads = runners
    .filter(r => r.wakeP99TrialsUs.length >= 2 && r.wakeP99Us !== undefined && r.wakeP99Us > 0)
    .map(r => halfRange(r.wakeP99TrialsUs) / (r.wakeP99Us as number))
  return spreads.length === 0 ? SINGLE_TRIAL_P99_NOISE : median(spreads)
}

export function halfRange(values: readonly number[]): number {
  return values.length < 2 ? 0 : (Math.max(...values) - Math.min(...values)) / 2
}

export interface OutlierResult {
  standOut: StandOut[]
  notes: string[]
}

export function findStandOuts(runners: readonly FleetRunner[]): OutlierResult {
  const standOut: StandOut[] = []
  const notes: string[] = [
    `A figure stands out when it is more than ${OUTLIER_DISTANCE} scaled MADs (median absolute ` +
      `deviation × ${MAD_TO_SIGMA}) above the fleet median; the scale is never below the ` +
      'run-to-run noise, so a MAD of 0 (most runners alike) does not make every small difference count.'
  ]
  for (const spec of SPECS) {
    const measured = runners.filter(r => r[spec.metric] !== undefined)
    if (measured.length === 0) continue
    if (measured.length < MIN_RUNNERS_FOR_MEDIAN) {
      notes.push(
        `${spec.label}: ${measured.length} runner(s) report it, too few for a fleet median ` +
          `(${MIN_RUNNERS_FOR_MEDIAN} needed): no runner is compared on it.`
      )
      continue
    }
    const values = measured.map(r => r[spec.metric] as number)
    const center = median(values)
    const mad = median(values.map(v => Math.abs(v - center))) * MAD_TO_SIGMA
    const floor = spec.noiseFloor(center, runners)
    const scale = Math.max(mad, floor)
    if (mad < floor)
      notes.push(
        `${spec.label}: fleet median ${spec.format(center)}, scaled MAD ${spec.format(mad)} is ` +
          `below the run-to-run noise ${spec.format(floor)}, which is used as the scale instead.`
      )
    if (scale <= 0) continue
    for (const runner of measured) {
      const value = runner[spec.metric] as number
      const distance = (value - center) / scale
      if (distance <= OUTLIER_DISTANCE) continue
      standOut.push({
        key: runner.key,
        name: runner.name,
        what: spec.metric,
        value,
        fleetMedian: center,
        distance,
        message:
          `${spec.label} ${spec.format(value)} is ${formatNumber(distance)} MADs above the ` +
          `fleet median ${spec.format(center)}`
      })
    }
  }
  standOut.push(...checkStandOuts(runners))
  standOut.sort((a, b) => severityOf(b) - severityOf(a))
  return { standOut, notes }
}

/** A check failing here while it passes on more than half of the runners where it ran. */
function checkStandOuts(runners: readonly FleetRunner[]): StandOut[] {
  const result: StandOut[] = []
  const failing = new Set(
    runners.flatMap(r => Object.keys(r.checks).filter(id => r.checks[id] === 'fail'))
  )
  for (const id of failing) {
    const ran = runners.filter(r => r.checks[id] === 'fail' || r.checks[id] === 'pass')
    const passing = ran.filter(r => r.checks[id] === 'pass').length
    if (ran.length < 2 || passing * 2 <= ran.length) continue
    for (const runner of ran.filter(r => r.checks[id] === 'fail'))
      result.push({
        key: runner.key,
        name: runner.name,
        what: `check:${id}`,
        message: `${id} fails here and passes on ${passing} of ${ran.length} runners`
      })
  }
  return result
}

/** Failed checks before figures; figures by distance. */
function severityOf(standOut: StandOut): number {
  return standOut.what.startsWith('check:') ? Number.MAX_SAFE_INTEGER : (standOut.distance ?? 0)
}
