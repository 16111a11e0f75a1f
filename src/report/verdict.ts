// Pure: the verdict in one sentence, the cause that decided it and the fix, shared by the
// summary's first lines and the verdict annotation so both say the same thing.
import { formatNumber, formatUs } from './format.js'
import { checkName, entryOf, type CheckId } from '../checks/catalogue.js'
import { SEVERITY_RANK as RANK, milderSeverity } from '../checks/result.js'
import type { CheckResult, Finding, PolicyBreach, Report, Severity } from './types.js'

/** What blocks `go test` outright comes before what makes it flaky; a cause of no check last. */
export function importanceOf(checkId: CheckId | undefined): number {
  return checkId === undefined ? 9 : entryOf(checkId).importance
}

export interface Cause {
  /** The check it comes from; absent for a reason of the policy's own. */
  checkId?: CheckId
  level: Severity
  /** Plain words: what is wrong, where. */
  text: string
  remedy?: string
  remedyLanguage?: Finding['remedyLanguage']
  /** The finding behind it; absent for a check that could not run. */
  finding?: Finding
}

export interface VerdictStatement {
  /** `FAIL: Go tests will fail on this runner.` */
  sentence: string
  /** The worst cause, or undefined when nothing needs doing. */
  cause?: Cause
  /** Every cause at the verdict's level or worse, worst first. */
  causes: Cause[]
  /** On a pass: the first notice worth acting on (a test at risk, say), not a cause. */
  advice?: Cause
}

const SENTENCES = {
  pass: 'PASS: this runner can run Go tests reliably.',
  warn: 'WARN: Go tests may be flaky or slow on this runner.',
  fail: 'FAIL: Go tests will fail on this runner.'
} as const

/**
 * How far the threshold row lets a check's findings count (`ignore` drops them). Findings of
 * checks the row does not weigh keep their own level.
 */
export function weighedLevel(report: Report, checkId: CheckId, level: Severity): Severity | null {
  const weight = report.decision.thresholds[checkId]
  if (weight === 'ignore') return null
  if (weight === 'error' || weight === 'warning' || weight === 'notice')
    return milderSeverity(level, weight)
  return level
}

/** Every problem the run found, with the level the threshold row gives it, worst first. */
export function causesOf(report: Report): Cause[] {
  const causes: Cause[] = []
  for (const check of report.checks) {
    if (check.status === 'unknown') {
      causes.push({
        checkId: check.id,
        level: 'warning',
        text: `${checkName(check.id)} could not be checked: ${check.summary}`
      })
    }
    for (const finding of check.findings) {
      const breach = report.decision.breaches.find(b => `policy.${b.metric}` === finding.id)
      const level = breach ? breach.severity : weighedLevel(report, check.id, finding.severity)
      if (level === null) continue
      causes.push(
        breach ? breachCause(report, check, breach, finding) : findingCause(check, finding, level)
      )
    }
  }
  return causes
    .map((cause, order) => ({ cause, order }))
    .sort(
      (a, b) =>
        RANK[a.cause.level] - RANK[b.cause.level] ||
        importanceOf(a.cause.checkId) - importanceOf(b.cause.checkId) ||
        a.order - b.order
    )
    .map(({ cause }) => cause)
}

function findingCause(check: CheckResult, finding: Finding, level: Severity): Cause {
  return {
    checkId: check.id,
    level,
    text: `${checkName(check.id)}: ${finding.title}${finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''}.`,
    remedy: finding.remedy,
    remedyLanguage: finding.remedyLanguage,
    finding
  }
}

const BREACH_WORDS: Record<string, (value: string, limit: string) => string> = {
  'wake-p99': (value, limit) =>
    `timer wake-ups are late: 1 in 100 is ${value} or later, over the limit of ${limit}`,
  'sleep-deviation-pct': (value, limit) =>
    `a 100 ms sleep lasted ${value} longer than asked, over the limit of ${limit}`,
  'timer-resolution': (value, limit) =>
    `the system timer ticks every ${value}, coarser than the limit of ${limit}`,
  'cpu-throttled-pct': (value, limit) =>
    `the CPU quota paused the job in ${value} of its periods, over the limit of ${limit}`
}

export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)} %`
  if (unit === 'ms') return formatUs(value * 1000)
  if (unit === 's') return formatUs(value * 1_000_000)
  if (unit === 'us') return formatUs(value)
  return `${formatNumber(value)} ${unit}`
}

/** A limit to suggest when the user accepts this runner as it is: the measured value, rounded up. */
function acceptedLimit(breach: PolicyBreach): string {
  const value = breach.value * 1.5
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const rounded = Math.ceil(value / magnitude) * magnitude
  return `${Number(rounded.toPrecision(2))}${breach.unit}`
}

function breachCause(
  report: Report,
  check: CheckResult,
  breach: PolicyBreach,
  finding: Finding
): Cause {
  const value = formatValue(breach.value, breach.unit)
  const limit = formatValue(breach.limit, breach.unit)
  const words = BREACH_WORDS[breach.metric]
  const env = report.environment.class
  return {
    checkId: check.id,
    level: breach.severity,
    text: `${checkName(check.id)}: ${words ? words(value, limit) : `${breach.metric} is ${value}, over the limit of ${limit}`} (${env} runner).`,
    remedy:
      `# Run on a less loaded runner, or accept this one's figures:\n` +
      `thresholds: |\n  ${env}:\n    ${breach.metric}: ${acceptedLimit(breach)}`,
    remedyLanguage: 'yaml',
    finding
  }
}

export function verdictStatement(report: Report): VerdictStatement {
  const worst = report.verdict === 'fail' ? 'error' : report.verdict === 'warn' ? 'warning' : null
  const causes =
    worst === null ? [] : causesOf(report).filter(cause => RANK[cause.level] <= RANK[worst])
  // A reason no check or metric carries (a unit slip between the timer and the policy) still
  // decides the verdict: say it as the policy wrote it.
  if (worst !== null && causes.length === 0 && report.reasons.length > 0)
    causes.push({ level: worst, text: report.reasons[0] })
  const advice = worst === null ? causesOf(report)[0] : undefined
  return { sentence: SENTENCES[report.verdict], cause: causes[0], causes, advice }
}

/**
 * A remedy that opens with `# or set \`input: value\` on this action` has a shorter fix: that
 * input, as the user types it. The rest is the fix without this action's help.
 */
export function splitRemedy(remedy: string): { input?: string; rest: string } {
  const match = /^# or set `([^`\n]+)` on this action\n/.exec(remedy)
  return match ? { input: match[1], rest: remedy.slice(match[0].length) } : { rest: remedy }
}

/** The statement as plain lines: the verdict annotation's message and the log's last lines. */
export function verdictLines(statement: VerdictStatement): string[] {
  const { cause, causes } = statement
  if (!cause) return [statement.sentence]
  const more = causes.length > 1 ? ` (and ${causes.length - 1} more: see the job summary)` : ''
  const lines = [statement.sentence, `Cause: ${cause.text}${more}`]
  if (cause.remedy) {
    const { input, rest } = splitRemedy(cause.remedy)
    lines.push(input ? `Fix: set \`${input}\` on this step (under with:)` : `Fix: ${rest}`)
  }
  return lines
}
