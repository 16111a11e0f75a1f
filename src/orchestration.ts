// Pure glue between capabilities: which paths Defender must cover, how a policy breach shows on
// the check it came from.
import { posix, win32 } from 'node:path'
import type { RunContext } from './context.js'
import type { GoSetup } from './go/index.js'
import { pathKey } from './paths.js'
import { checkOfMetric } from './checks/catalogue.js'
import { SEVERITY_STATUS, worseStatus } from './checks/result.js'
import type { CheckResult, Decision } from './report/types.js'
import type { TempDetails } from './checks/temp/types.js'

/** Each breach becomes a finding on the check that measured it, and worsens its status. */
export function applyDecision(checks: CheckResult[], decision: Decision): CheckResult[] {
  return checks.map(check => {
    const breaches = decision.breaches.filter(breach => checkOfMetric(breach.metric) === check.id)
    if (breaches.length === 0) return check
    return {
      ...check,
      status: breaches.reduce(
        (status, breach) => worseStatus(status, SEVERITY_STATUS[breach.severity]),
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
    const key = pathKey(path, ctx.platform)
    if (seen.has(key)) continue
    seen.add(key)
    paths.push({ label, path })
  }
  return paths
}
