// Turns measurements and check results into a verdict. A metric breaches only when a strict
// majority of its measured trials is over the limit: one extreme trial on a noisy runner never decides.
import { findCheck } from '../checks/catalogue.js'
import { milderSeverity, SEVERITY_RANK, worseSeverity } from '../checks/result.js'
import type { FailOn, Mode } from '../inputs.js'
import type {
  CheckResult,
  Decision,
  EnvironmentClass,
  MeasuredMetric,
  PolicyBreach,
  Severity,
  Verdict
} from '../report/types.js'
import {
  METRIC_IDS,
  METRIC_KIND,
  WEIGHED_CHECK_IDS,
  describeRow,
  formatBase,
  toBase,
  type BreachAction,
  type CheckWeight,
  type Limit,
  type MetricId,
  type ThresholdRow,
  type ThresholdTable,
  type WeighedCheckId
} from './table.js'

export interface DecideArgs {
  environment: EnvironmentClass
  table: ThresholdTable
  metrics: MeasuredMetric[]
  checks: CheckResult[]
  mode: Mode
  failOn: FailOn
}

/** Severity of a reason; `ok` lines explain a pass and sort last. */
type Level = Severity | 'ok'
const RANK: Record<Level, number> = { ...SEVERITY_RANK, ok: 3 }

interface Reason {
  level: Level
  text: string
}

const BREACH_SEVERITY: Record<BreachAction, Severity> = {
  annotate: 'notice',
  warn: 'warning',
  fail: 'error'
}

export interface MetricJudgement {
  breached: boolean
  over: number
  count: number
  /** Median of the trials, in the metric's base unit (`%` or microseconds). */
  medianBase: number
  rule: string
}

/** The robust rule: breach when more than half of the trials measured are over the limit. */
export function judgeMetric(metric: MeasuredMetric, limit: Limit): MetricJudgement | undefined {
  const kind = METRIC_KIND[metric.id as MetricId]
  const raw = metric.trials.length > 0 ? metric.trials : [metric.value]
  const values = raw.filter(Number.isFinite).map(value => toBase(value, metric.unit))
  if (values.length === 0) return undefined
  const over = values.filter(value => value > limit.base).length
  const medianBase = median(values)
  const shown = values.map(value => formatBase(value, kind)).join(', ')
  // `trials` holds only trials that measured the metric (the timer leaves out a trial that ended
  // too short for it), so the count below is of trials really measured.
  const rule =
    values.length === 1
      ? `breach when the single measurement exceeds ${limit.text}: ` +
        `${over === 1 ? 'over' : 'within'} (${shown})`
      : `breach when more than half of the ${values.length} trials measured exceed ${limit.text}: ` +
        `${over} of ${values.length} over (median ${formatBase(medianBase, kind)}; values ${shown})`
  return { breached: over * 2 > values.length, over, count: values.length, medianBase, rule }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function unitCompatible(metric: MeasuredMetric, id: MetricId): boolean {
  return (metric.unit === '%') === (METRIC_KIND[id] === 'percent')
}

/**
 * Runner metrics whose only harm is to tests' timing: once the repository's test needs were
 * judged against the measured lateness (endangered-tests), those needs decide, and a breach of
 * these rows only informs.
 */
export const LATENESS_METRICS: readonly MetricId[] = [
  'wake-p99',
  'sleep-deviation-pct',
  'cpu-throttled-pct'
]

/** The endangered-tests check judged this repository's test needs against measured lateness. */
export function needsJudged(checks: readonly CheckResult[]): boolean {
  const scan = findCheck(checks, 'endangered-tests')
  if (scan === undefined || scan.status === 'unknown' || scan.status === 'skipped') return false
  return scan.details?.needs !== undefined
}

function judgeMetrics(
  environment: EnvironmentClass,
  row: ThresholdRow,
  metrics: MeasuredMetric[],
  byNeeds: boolean
): { reasons: Reason[]; breaches: PolicyBreach[] } {
  const reasons: Reason[] = []
  const breaches: PolicyBreach[] = []
  for (const id of METRIC_IDS) {
    const limit = row.limits[id]
    if (limit === null) continue
    const metric = metrics.find(candidate => candidate.id === id)
    if (metric === undefined) {
      reasons.push({
        level: 'notice',
        text: `${id} was not measured: its limit ${limit.text} was not applied.`
      })
      continue
    }
    if (!unitCompatible(metric, id)) {
      // A contract slip between the timer check and the policy: say so, never compare blindly.
      reasons.push({
        level: 'warning',
        text: `${id} was reported in ${metric.unit}, which cannot be compared with its limit ${limit.text}.`
      })
      continue
    }
    const judgement = judgeMetric(metric, limit)
    if (judgement === undefined) {
      reasons.push({
        level: 'notice',
        text: `${id} has no finite values: its limit ${limit.text} was not applied.`
      })
      continue
    }
    if (!judgement.breached) {
      const shown = formatBase(judgement.medianBase, METRIC_KIND[id])
      reasons.push({
        level: 'ok',
        text:
          judgement.count === 1
            ? `${id} within ${limit.text}: the single measurement is ${shown}.`
            : `${id} within ${limit.text}: ${judgement.over} of the ${judgement.count} trials measured over (median ${shown}).`
      })
      continue
    }
    const perUnit = toBase(1, metric.unit)
    const decidedByNeeds = byNeeds && LATENESS_METRICS.includes(id)
    const severity = decidedByNeeds ? 'notice' : BREACH_SEVERITY[row.onBreach]
    breaches.push({
      metric: id,
      unit: metric.unit,
      value: judgement.medianBase / perUnit,
      limit: limit.base / perUnit,
      severity,
      rule: judgement.rule
    })
    reasons.push({
      level: severity,
      text: decidedByNeeds
        ? `${id} over the ${environment} limit, which only informs: this repository's test needs decide (endangered-tests): ${judgement.rule}.`
        : `${id} over the ${environment} limit (on-breach: ${row.onBreach}): ${judgement.rule}.`
    })
  }
  return { reasons, breaches }
}

function checkWeight(row: ThresholdRow, id: string): CheckWeight {
  return (WEIGHED_CHECK_IDS as readonly string[]).includes(id)
    ? row.checks[id as WeighedCheckId]
    : 'error'
}

function judgeChecks(
  environment: EnvironmentClass,
  row: ThresholdRow,
  checks: CheckResult[]
): Reason[] {
  const reasons: Reason[] = []
  for (const check of checks) {
    const weight = checkWeight(row, check.id)
    if (weight === 'ignore') continue
    if (check.status === 'unknown') {
      // Not knowing is not passing: the run is at least a warning, whatever the row's weight.
      reasons.push({
        level: 'warning',
        text: `${check.id} could not be checked, so it does not count as pass: ${check.summary}`
      })
      continue
    }
    if (check.status !== 'fail' && check.status !== 'warn') continue
    const floor: Severity = check.status === 'fail' ? 'error' : 'warning'
    const found = check.findings.reduce<Severity>(
      (worst, finding) => worseSeverity(worst, finding.severity),
      floor
    )
    const level = milderSeverity(found, weight)
    const weighed = level === found ? '' : ` (counts as ${level} in the ${environment} row)`
    reasons.push({
      level,
      text: `${check.id} ${check.status === 'fail' ? 'failed' : 'warned'}: ${check.summary}${weighed}`
    })
  }
  return reasons
}

function verdictOf(reasons: Reason[]): Verdict {
  if (reasons.some(reason => reason.level === 'error')) return 'fail'
  if (reasons.some(reason => reason.level === 'warning')) return 'warn'
  return 'pass'
}

export function shouldFailStep(verdict: Verdict, mode: Mode, failOn: FailOn): boolean {
  if (mode === 'report' || failOn === 'never') return false
  return failOn === 'error' ? verdict === 'fail' : verdict !== 'pass'
}

export function decide(args: DecideArgs): Decision {
  const row = args.table[args.environment]
  const metricPart = judgeMetrics(args.environment, row, args.metrics, needsJudged(args.checks))
  const reasons = [...metricPart.reasons, ...judgeChecks(args.environment, row, args.checks)]
  // Stable sort: within a level, metrics come before checks, in table order.
  reasons.sort((a, b) => RANK[a.level] - RANK[b.level])
  const verdict = verdictOf(reasons)
  const failStep = shouldFailStep(verdict, args.mode, args.failOn)
  const failingLevel = args.failOn === 'warning' ? RANK.warning : RANK.error
  return {
    verdict,
    suspicious: row.suspicious && metricPart.breaches.length > 0,
    reasons: reasons.filter(reason => reason.level !== 'ok').map(reason => reason.text),
    withinLimits: reasons.filter(reason => reason.level === 'ok').map(reason => reason.text),
    breaches: metricPart.breaches,
    thresholds: describeRow(row),
    failStep,
    failureReasons: failStep
      ? reasons.filter(reason => RANK[reason.level] <= failingLevel).map(reason => reason.text)
      : []
  }
}
