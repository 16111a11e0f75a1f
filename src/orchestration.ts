// Pure glue between capabilities: which paths Defender must cover, how a policy breach shows on
// the check it came from, and what a check that crashed reports.
import { posix, win32 } from 'node:path'
import type { RunContext } from './context.js'
import { errorMessage } from './errors.js'
import type { GoSetup } from './go/index.js'
import type { CheckResult, CheckStatus, Decision, Severity, TempDetails } from './report/types.js'

/** Metrics the timer check measured: a breach of one of them changes that check's status. */
const METRIC_CHECK: Record<string, string> = {
  'sleep-deviation-pct': 'timer',
  'wake-p99': 'timer',
  'timer-resolution': 'timer',
  'cpu-throttled-pct': 'timer'
}

const STATUS_RANK: Record<CheckStatus, number> = {
  skipped: 0,
  pass: 1,
  unknown: 2,
  warn: 3,
  fail: 4
}
const BREACH_STATUS: Record<Severity, CheckStatus> = {
  error: 'fail',
  warning: 'warn',
  notice: 'pass'
}

export function worseStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b
}

/** Each breach becomes a finding on the check that measured it, and worsens its status. */
export function applyDecision(checks: CheckResult[], decision: Decision): CheckResult[] {
  return checks.map(check => {
    const breaches = decision.breaches.filter(breach => METRIC_CHECK[breach.metric] === check.id)
    if (breaches.length === 0) return check
    return {
      ...check,
      status: breaches.reduce(
        (status, breach) => worseStatus(status, BREACH_STATUS[breach.severity]),
        check.status
      ),
      findings: [
        ...breaches.map(breach => ({
          id: `policy.${breach.metric}`,
          severity: breach.severity,
          title: `${breach.metric} ${Number(breach.value.toPrecision(4))}${breach.unit} over the limit of ${breach.limit}${breach.unit}`,
          message: breach.rule
        })),
        ...check.findings
      ]
    }
  })
}

export function checkFailure<Details>(
  id: string,
  title: string,
  error: unknown
): CheckResult<Details> {
  return {
    id,
    title,
    status: 'unknown',
    summary: `The check could not run: ${errorMessage(error)}`,
    findings: []
  }
}

/** Every path Go reads or writes during `go test`, labelled, each once. */
export function goPathsForDefender(
  go: GoSetup,
  temp: TempDetails | undefined,
  workingDirectory: string,
  ctx: RunContext
): { label: string; path: string }[] {
  const candidates: { label: string; path: string | undefined }[] = [
    { label: 'GOROOT', path: go.toolchain?.goRoot },
    { label: 'GOCACHE', path: go.goEnv?.GOCACHE },
    { label: 'GOMODCACHE', path: go.goEnv?.GOMODCACHE },
    ...(temp?.directories ?? []).map(dir => ({ label: dir.names.join(', '), path: dir.path })),
    { label: 'RUNNER_TEMP', path: ctx.env.RUNNER_TEMP },
    { label: 'workspace', path: workingDirectory }
  ]
  const isAbsolute = ctx.platform === 'win32' ? win32.isAbsolute : posix.isAbsolute
  const seen = new Set<string>()
  const paths: { label: string; path: string }[] = []
  for (const { label, path } of candidates) {
    if (!path || !isAbsolute(path)) continue
    const key =
      ctx.platform === 'win32'
        ? path.toLowerCase().replace(/[\\/]+$/, '')
        : path.replace(/\/+$/, '')
    if (seen.has(key)) continue
    seen.add(key)
    paths.push({ label, path })
  }
  return paths
}
