// Pure: which annotations the step emits. GitHub keeps at most 10 errors, 10 warnings and
// 10 notices per step, so findings are ranked and the overflow is summarised in one annotation.
// Each annotation's level is the one the threshold row gives its check, and its text names
// nothing measured unless a measurement is the cause: the same code on the same runner gets
// the same annotations run after run.
import {
  checkName,
  checkOfMetric,
  entryOf,
  findCheck,
  type DetailsOf
} from '../checks/catalogue.js'
import type { CheckResult, Report, Severity } from './types.js'
import { causesOf, importanceOf, verdictLines, verdictStatement, weighedLevel } from './verdict.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  line?: number
  column?: number
}

export const ANNOTATIONS_PER_LEVEL = 10
const LEVELS: readonly Severity[] = ['error', 'warning', 'notice']

interface Candidate {
  annotation: Annotation
  importance: number
  /** Larger is worse, within one check. */
  impact: number
  order: number
}

export function selectAnnotations(report: Report): Annotation[] {
  const candidates: Candidate[] = []
  const add = (annotation: Annotation, importance: number, impact: number) =>
    candidates.push({ annotation, importance, impact, order: candidates.length })

  const findingAnnotations: {
    annotation: Annotation
    checkId: CheckResult['id']
    impact: number
  }[] = []
  for (const check of report.checks) {
    for (const finding of check.findings) {
      // A metric breach is said by the verdict annotation, or on its own below.
      if (finding.id.startsWith('policy.')) continue
      const level = weighedLevel(report, check.id, finding.severity)
      if (level === null) continue
      const annotation: Annotation = {
        level,
        title: `${checkName(check.id)}: ${finding.title}`,
        message: finding.remedy ? `${finding.message}\nFix: ${finding.remedy}` : finding.message
      }
      if (finding.file !== undefined) annotation.file = finding.file
      if (finding.line !== undefined) annotation.line = finding.line
      // The shorter a timing-sensitive wait, the likelier the flake: it ranks first.
      const hit = endangeredHit(check, finding.file, finding.line)
      if (hit) annotation.column = hit.column
      findingAnnotations.push({ annotation, checkId: check.id, impact: hit ? -hit.durationUs : 0 })
    }
  }

  // The verdict's own annotation carries the summary's first lines. When the step fails it is
  // the failure message (an error, even for fail-on: warning). It is left out when it would
  // only repeat the one finding that decided it, at the same level.
  const { failStep } = report.decision
  const statement = verdictStatement(report)
  let verdictAnnotated = false
  if (report.verdict !== 'pass' || failStep) {
    const level: Severity = failStep || report.verdict === 'fail' ? 'error' : 'warning'
    const only = statement.causes.length === 1 ? statement.causes[0].finding : undefined
    const repeats = findingAnnotations.some(
      f => only !== undefined && f.annotation.level === level && sameFinding(f.annotation, only)
    )
    verdictAnnotated = !repeats
    if (verdictAnnotated) {
      add(
        {
          level,
          title: `Go test preflight: ${report.verdict.toUpperCase()} (${report.environment.class} runner)${failStep ? ', step failed' : ''}`,
          message: verdictLines(statement).join('\n')
        },
        0,
        0
      )
    }
  }
  // A breach that did not make the verdict (on-breach: annotate) is annotated on its own.
  if (!verdictAnnotated) {
    for (const cause of causesOf(report)) {
      if (cause.checkId === undefined || !cause.finding?.id.startsWith('policy.')) continue
      add(
        {
          level: cause.level,
          title: `${checkName(cause.checkId)}: ${cause.finding.title}`,
          message: cause.text
        },
        importanceOf(cause.checkId),
        0
      )
    }
  }
  for (const { annotation, checkId, impact } of findingAnnotations)
    add(annotation, importanceOf(checkId), impact)
  for (const { annotation, checkId } of breachAnnotations(report))
    add(annotation, importanceOf(checkId), 0)

  const selected: Annotation[] = []
  // Within a level, what points at a line of code comes before what is about the runner.
  const located = (c: Candidate) => (c.annotation.file !== undefined ? 0 : 1)
  for (const level of LEVELS) {
    const ranked = candidates
      .filter(c => c.annotation.level === level)
      .sort(
        (a, b) =>
          located(a) - located(b) ||
          a.importance - b.importance ||
          b.impact - a.impact ||
          a.order - b.order
      )
    if (ranked.length <= ANNOTATIONS_PER_LEVEL) {
      selected.push(...ranked.map(c => c.annotation))
      continue
    }
    const shown = ranked.slice(0, ANNOTATIONS_PER_LEVEL - 1)
    const rest = ranked.slice(ANNOTATIONS_PER_LEVEL - 1)
    selected.push(
      ...shown.map(c => c.annotation),
      overflowAnnotation(
        level,
        rest.map(c => c.annotation)
      )
    )
  }
  return selected
}

function sameFinding(
  annotation: Annotation,
  finding: { file?: string; line?: number; message: string }
): boolean {
  return (
    annotation.file === finding.file &&
    annotation.line === finding.line &&
    annotation.message.startsWith(finding.message)
  )
}

/** The timing-sensitive-tests hit a finding points at, for its column and its impact. */
function endangeredHit(
  check: CheckResult,
  file?: string,
  line?: number
): DetailsOf<'endangered-tests'>['hits'][number] | undefined {
  if (check.id !== 'endangered-tests' || file === undefined) return undefined
  return check.details?.hits?.find(hit => hit.file === file && hit.line === line)
}

/**
 * A breach its check can explain from its details (when the timer's late wake-ups happened,
 * say). Nothing to act on without a breach, so no notice then.
 */
function breachAnnotations(
  report: Report
): { annotation: Annotation; checkId: CheckResult['id'] }[] {
  const annotations: { annotation: Annotation; checkId: CheckResult['id'] }[] = []
  for (const breach of report.decision.breaches) {
    const checkId = checkOfMetric(breach.metric)
    if (checkId === undefined) continue
    const explain = entryOf(checkId).explainBreach
    const details = findCheck(report.checks, checkId)?.details
    if (!explain || details === undefined) continue
    const level = weighedLevel(report, checkId, breach.severity)
    const explained = level === null ? undefined : explain(details, breach.metric)
    if (level === null || !explained) continue
    annotations.push({
      annotation: { level, title: explained.title, message: explained.lines.join('\n') },
      checkId
    })
  }
  return annotations
}

function overflowAnnotation(level: Severity, rest: Annotation[]): Annotation {
  const counts = new Map<string, number>()
  for (const annotation of rest)
    counts.set(annotation.title, (counts.get(annotation.title) ?? 0) + 1)
  const lines = [...counts].map(([title, count]) => (count > 1 ? `${title} (${count}×)` : title))
  const shown = lines.slice(0, 20)
  if (lines.length > shown.length) shown.push(`… and ${lines.length - shown.length} more kinds`)
  return {
    level,
    title: `${rest.length} more ${level === 'error' ? 'errors' : level === 'warning' ? 'warnings' : 'notices'} in the job summary`,
    message: `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per step; the rest are in the job summary and the JSON report:\n${shown.join('\n')}`
  }
}
