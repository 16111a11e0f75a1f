// Pure: the plain lines each stage prints inside its log group, so the log alone tells what was
// found or measured against what limit. One to three lines per stage.
import { formatUs } from './format.js'
import { checkName } from '../checks/catalogue.js'
import { METRIC_MEANINGS } from './names.js'
import type { CheckResult, EnvironmentInfo, MeasuredMetric } from './types.js'
import { formatValue } from './verdict.js'

const SHOWN_FINDINGS = 2

/** `Temp directories: fail: …` then the first findings, one line each. */
export function checkLog(check: CheckResult): string[] {
  const lines = [`${checkName(check.id)}: ${check.status}: ${check.summary}`]
  const findings = check.findings.filter(finding => !finding.id.startsWith('policy.'))
  for (const finding of findings.slice(0, SHOWN_FINDINGS)) {
    const where = finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''
    lines.push(`  ${finding.severity}: ${finding.title}${where}`)
  }
  if (findings.length > SHOWN_FINDINGS)
    lines[lines.length - 1] += ` … and ${findings.length - SHOWN_FINDINGS} more in the summary`
  return lines
}

export function environmentLog(env: EnvironmentInfo): string[] {
  const rule = env.evidence.find(e => e.signal === 'detection rule')?.value
  return [
    `Environment: ${env.class}` +
      (env.overridden ? ` (input environment; detected ${env.detected})` : ' (detected)') +
      (rule ? `: ${rule}` : '') +
      `; runner ${env.runner.os}/${env.runner.arch}, ${env.runner.environment}`
  ]
}

/** The timer check's line, then each judged metric against the row's limit. */
export function timerLog(
  check: CheckResult,
  metrics: readonly MeasuredMetric[],
  limits: Record<string, { text: string } | null>
): string[] {
  const judged = metrics
    .filter(metric => limits[metric.id])
    .map(
      metric =>
        `${metric.id} ${formatValue(metric.value, metric.unit)} (${metric.aggregation}), limit ${limits[metric.id]!.text}: ${METRIC_MEANINGS[metric.id] ?? ''}`
    )
  const head = checkLog(check)[0]
  return [head, ...judged.slice(0, 1), ...(judged.length > 1 ? [judged.slice(1).join('; ')] : [])]
}

/** The step's last lines: the verdict and where the report is. */
export function verdictLog(lines: readonly string[], reportFile: string, tookMs: number): string[] {
  return [...lines, `Report: ${reportFile} (the run took ${formatUs(tookMs * 1000)})`]
}
