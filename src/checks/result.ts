// The ground floor of every check: the shape of a result and the rules every capability shares
// (how severities and statuses rank, the status findings give, a check that could not run).
import { errorMessage } from '../errors.js'

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped'
export type Severity = 'error' | 'warning' | 'notice'

/** Something a person should act on. `remedy` is text they can paste. */
export interface Finding {
  /** Stable identifier, `<check>.<what>`, e.g. `temp.noexec`. */
  id: string
  severity: Severity
  title: string
  message: string
  remedy?: string
  remedyLanguage?: 'yaml' | 'powershell' | 'shell'
  /** Repository-relative location, for annotations on the PR diff. */
  file?: string
  line?: number
}

/** One check's result; `CheckResult` in the catalogue is the union of these over every check. */
export interface CheckResultOf<Id extends string, Details> {
  id: Id
  title: string
  status: CheckStatus
  /** One line a person reads first. For `unknown` and `skipped` it says why. */
  summary: string
  findings: Finding[]
  details?: Details
  durationMs?: number
}

/** Worst first: a smaller rank is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 }

export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b
}

/** The milder of the two: `severity` lowered to at most `cap`. */
export function milderSeverity(severity: Severity, cap: Severity): Severity {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[cap] ? severity : cap
}

/** Findings worst first; findings of one severity keep their order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}

/** Best first: a larger rank is a worse status. */
export const STATUS_RANK: Readonly<Record<CheckStatus, number>> = {
  skipped: 0,
  pass: 1,
  unknown: 2,
  warn: 3,
  fail: 4
}

export function worseStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b
}

/** The status a breach or finding of this severity gives its check. */
export const SEVERITY_STATUS: Readonly<Record<Severity, CheckStatus>> = {
  error: 'fail',
  warning: 'warn',
  notice: 'pass'
}

/**
 * An error finding fails the check, a warning warns; with neither, the check has `otherwise`
 * (`pass`, or `unknown` when part of it could not be looked at).
 */
export function statusFromFindings(
  findings: readonly Finding[],
  otherwise: CheckStatus = 'pass'
): CheckStatus {
  if (findings.some(finding => finding.severity === 'error')) return 'fail'
  if (findings.some(finding => finding.severity === 'warning')) return 'warn'
  return otherwise
}

/**
 * Builds a check's result with its id, title and the time since `started`: a check fills in
 * only what it found.
 */
export function resultBuilder<Id extends string, Details>(
  id: Id,
  title: string,
  started = performance.now()
): (
  found: Omit<CheckResultOf<Id, Details>, 'id' | 'title' | 'durationMs'>
) => CheckResultOf<Id, Details> {
  return found => ({
    id,
    title,
    ...found,
    durationMs: Math.round(performance.now() - started)
  })
}

/** A check that threw did not run: `unknown` with the reason, never a pass. */
export function couldNotRun<Id extends string, Details>(
  id: Id,
  title: string,
  error: unknown
): CheckResultOf<Id, Details> {
  return {
    id,
    title,
    status: 'unknown',
    summary: `The check could not run: ${errorMessage(error)}`,
    findings: []
  }
}
