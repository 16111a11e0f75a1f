// Runs the embedded Go probe with the toolchain the tests will use, so the report shows how
// timers behave inside the Go runtime next to the native figures.
import { UserError, errorMessage } from '../errors.js'
import { runProcess } from '../process.js'
import type { RunContext } from '../context.js'
import {
  describeProcessFailure,
  helperBuildEnv,
  runEmbeddedGoProgram,
  type EmbeddedGoProgram
} from '../go-programs/embedded-program.js'
import type { GoToolchain } from '../go/types.js'
import type { GoProbeResult, TimerDetails } from './types.js'
import GO_PROBE_GO_MOD from './go-probe/go.mod'
import GO_PROBE_SOURCE from './go-probe/main.go'
import { latencyStats } from './stats.js'

export type GoProbeOutcome = TimerDetails['goProbe']

const GO_ENV_TIMEOUT_MS = 30_000
const GO_PROBE: EmbeddedGoProgram = {
  name: 'timer probe',
  source: GO_PROBE_SOURCE,
  goMod: GO_PROBE_GO_MOD,
  /** A cold build cache on Go 1.20+ compiles the runtime first. */
  buildTimeoutMs: 180_000,
  runTimeoutMs: 30_000
}
const VARIANTS: readonly GoProbeResult['variant'][] = ['default', 'gomaxprocs1', 'lockosthread']

/** The probe's stdout as results (latencies in us); garbage throws a UserError saying what was wrong. */
export function parseGoProbeOutput(stdout: string): {
  goVersion: string
  results: GoProbeResult[]
} {
  const fail = (what: string): never => {
    throw new UserError(`The Go timer probe printed ${what}: expected its JSON object.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    fail(
      stdout.trim() === '' ? 'nothing' : `unparsable output ${JSON.stringify(stdout.slice(0, 80))}`
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail('a non-object')
  const { goVersion, results } = parsed as { goVersion?: unknown; results?: unknown }
  if (typeof goVersion !== 'string') return fail('no goVersion string')
  if (!Array.isArray(results) || results.length === 0) return fail('no results')
  return {
    goVersion,
    results: results.map((entry: unknown, i): GoProbeResult => {
      const r = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
        string,
        unknown
      >
      const variant = VARIANTS.find(v => v === r.variant)
      const latencyNs = r.latencyNs
      if (
        typeof r.name !== 'string' ||
        variant === undefined ||
        typeof r.requestedUs !== 'number' ||
        !Number.isFinite(r.requestedUs) ||
        !Array.isArray(latencyNs) ||
        latencyNs.length === 0 ||
        !latencyNs.every(v => typeof v === 'number' && Number.isFinite(v))
      ) {
        return fail(
          `a malformed result #${i + 1} (needs name, variant, requestedUs, non-empty latencyNs)`
        )
      }
      return {
        name: r.name,
        variant,
        requestedUs: r.requestedUs,
        stats: latencyStats((latencyNs as number[]).map(ns => ns / 1000))
      }
    })
  }
}

export async function runGoProbe(
  go: GoToolchain | undefined,
  enabled: boolean,
  ctx: RunContext
): Promise<GoProbeOutcome> {
  if (!enabled) return { status: 'skipped', reason: 'go-probe is false', results: [] }
  if (!go) return { status: 'skipped', reason: 'no Go toolchain is available', results: [] }
  const version = await runProcess(go.goBinary, ['env', 'GOVERSION'], {
    timeoutMs: GO_ENV_TIMEOUT_MS,
    env: helperBuildEnv(ctx.env)
  })
  const versionFailure = describeProcessFailure('go env GOVERSION', version, GO_ENV_TIMEOUT_MS)
  if (versionFailure) return { status: 'failed', reason: versionFailure, results: [] }
  const goVersion = version.stdout.trim() || go.version
  try {
    const stdout = await runEmbeddedGoProgram(go, GO_PROBE, ctx)
    return { status: 'ok', goVersion, results: parseGoProbeOutput(stdout).results }
  } catch (error) {
    return { status: 'failed', reason: errorMessage(error), goVersion, results: [] }
  }
}
