// Pure: which annotations the step emits. GitHub keeps at most 10 errors, 10 warnings and
// 10 notices per step, so findings are ranked and the overflow is summarised in one annotation.
import { formatNumber, formatUs } from './format.js'
import { describeKind, outlierGroups } from './outliers.js'
import type {
  CheckResult,
  EndangeredTestHit,
  EndangeredTestsDetails,
  Report,
  Severity,
  TimerDetails
} from './types.js'

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
const WORST_SHOWN = 3

/** Lower comes first: what blocks `go test` outright before what makes it flaky. */
const CHECK_IMPORTANCE: Record<string, number> = {
  policy: 0,
  'go-install': 1,
  'temp-dirs': 2,
  defender: 3,
  timer: 4,
  'go-env': 5,
  'endangered-tests': 6
}

interface Candidate {
  annotation: Annotation
  importance: number
  /** Larger is worse, within one check. */
  impact: number
  order: number
}

export function selectAnnotations(report: Report): Annotation[] {
  const candidates: Candidate[] = []
  const add = (annotation: Annotation, checkId: string, impact: number) =>
    candidates.push({
      annotation,
      importance: CHECK_IMPORTANCE[checkId] ?? 7,
      impact,
      order: candidates.length
    })

  // The verdict's own annotation. When the step fails it is the failure message (an error,
  // even for fail-on: warning), so the step adds no other error line of its own.
  const { failStep, failureReasons } = report.decision
  const verdictAnnotated = report.verdict !== 'pass' || failStep
  if (verdictAnnotated) {
    const reasons = failStep ? failureReasons : report.reasons
    add(
      {
        level: failStep || report.verdict === 'fail' ? 'error' : 'warning',
        title: `Go test preflight: ${report.verdict} (${report.environment.class})${failStep ? ', step failed' : ''}`,
        message: reasons.length > 0 ? reasons.join('\n') : 'See the job summary.'
      },
      'policy',
      Number.MAX_SAFE_INTEGER
    )
  }
  for (const check of report.checks) {
    for (const finding of check.findings) {
      // A metric breach is already a line of the verdict's annotation.
      if (verdictAnnotated && finding.id.startsWith('policy.')) continue
      const annotation: Annotation = {
        level: finding.severity,
        title: finding.title,
        message: finding.remedy ? `${finding.message}\nRemedy: ${finding.remedy}` : finding.message
      }
      if (finding.file !== undefined) annotation.file = finding.file
      if (finding.line !== undefined) annotation.line = finding.line
      // The shorter an endangered wait, the likelier the flake: it ranks first.
      const hit = endangeredHit(check, finding.file, finding.line)
      if (hit) annotation.column = hit.column
      add(annotation, check.id, hit ? -hit.durationUs : 0)
    }
    if (check.id === 'timer' && check.details !== undefined) {
      for (const { annotation, worstUs } of outlierAnnotations(check)) {
        add(annotation, check.id, worstUs)
      }
    }
  }

  const selected: Annotation[] = []
  for (const level of LEVELS) {
    const ranked = candidates
      .filter(c => c.annotation.level === level)
      .sort((a, b) => a.importance - b.importance || b.impact - a.impact || a.order - b.order)
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

/** The endangered-tests hit a finding points at, for its column and its impact. */
function endangeredHit(
  check: CheckResult,
  file?: string,
  line?: number
): EndangeredTestHit | undefined {
  if (check.id !== 'endangered-tests' || file === undefined) return undefined
  const details = check.details as EndangeredTestsDetails | undefined
  return details?.hits?.find(hit => hit.file === file && hit.line === line)
}

/** One annotation per kind of outlier per backend: worst values, when in the run, which backend. */
function outlierAnnotations(check: CheckResult): { annotation: Annotation; worstUs: number }[] {
  const details = check.details as TimerDetails
  const level: Severity = check.status === 'warn' || check.status === 'fail' ? 'warning' : 'notice'
  const annotations: { annotation: Annotation; worstUs: number }[] = []
  for (const loop of details.loops ?? []) {
    for (const group of outlierGroups(loop)) {
      const worst = group.outliers
        .slice(0, WORST_SHOWN)
        .map(
          o =>
            `${formatUs(o.valueUs)} at ${formatNumber(o.offsetMs / 1000, 2)} s (trial ${o.trial})`
        )
      const count = group.outliers.length
      const annotation: Annotation = {
        level,
        title: `Timer jitter on ${group.backend}: ${count} ${group.kind === 'burst' ? 'outliers in bursts' : 'isolated spikes'}`,
        message:
          `${count} wake-ups on ${group.backend} (interval ${formatUs(loop.intervalUs)}) were ${describeKind(group.kind)}; ` +
          `p99 was ${loop.aggregate.p99 === null ? 'not measurable' : formatUs(loop.aggregate.p99)}. ` +
          `Worst: ${worst.join(', ')} into the timer stage. Rule: ${loop.outlierRule}.`
      }
      annotations.push({ annotation, worstUs: group.outliers[0].valueUs })
    }
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
