// Runs the embedded Go probe with the toolchain the tests will use, so the report shows how
// timers behave inside the Go runtime next to the native figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError, errorMessage } from '../errors.js'
import { runProcess, type ProcessResult } from '../process.js'
import type { RunContext } from '../context.js'
import type { GoToolchain } from '../go/types.js'
import type { GoProbeResult, TimerDetails } from '../report/types.js'
import { GO_PROBE_GO_MOD, GO_PROBE_SOURCE } from './go-probe-source.js'
import { latencyStats } from './stats.js'

export type GoProbeOutcome = TimerDetails['goProbe']

const GO_ENV_TIMEOUT_MS = 30_000
/** A cold build cache on Go 1.20+ compiles the runtime first. */
const GO_BUILD_TIMEOUT_MS = 180_000
const PROBE_RUN_TIMEOUT_MS = 30_000
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

function describeFailure(
  step: string,
  result: ProcessResult,
  timeoutMs: number
): string | undefined {
  if (result.spawnError) return `${step} could not start: ${result.spawnError.message}`
  if (result.timedOut) return `${step} did not finish within ${timeoutMs / 1000} s`
  if (result.exitCode !== 0) {
    const detail = (result.stderr.trim() || result.stdout.trim())
      .split(/\r?\n/)
      .slice(0, 3)
      .join(' | ')
    return `${step} exited with ${result.exitCode ?? result.signal}: ${detail.slice(0, 300)}`
  }
  return undefined
}

export async function runGoProbe(
  go: GoToolchain | undefined,
  enabled: boolean,
  ctx: RunContext
): Promise<GoProbeOutcome> {
  if (!enabled) return { status: 'skipped', reason: 'go-probe is false', results: [] }
  if (!go) return { status: 'skipped', reason: 'no Go toolchain is available', results: [] }
  const env: NodeJS.ProcessEnv = {
    ...ctx.env,
    // Build exactly this toolchain, in module mode, ignoring the user's flags and workspace.
    GOTOOLCHAIN: 'local',
    GO111MODULE: 'on',
    GOFLAGS: '',
    GOWORK: 'off',
    CGO_ENABLED: '0'
  }
  const version = await runProcess(go.goBinary, ['env', 'GOVERSION'], {
    timeoutMs: GO_ENV_TIMEOUT_MS,
    env
  })
  const versionFailure = describeFailure('go env GOVERSION', version, GO_ENV_TIMEOUT_MS)
  if (versionFailure) return { status: 'failed', reason: versionFailure, results: [] }
  const goVersion = version.stdout.trim() || go.version

  const dir = mkdtempSync(join(ctx.runnerTemp, 'gwp-timer-probe-'))
  try {
    writeFileSync(join(dir, 'go.mod'), GO_PROBE_GO_MOD)
    writeFileSync(join(dir, 'probe.go'), GO_PROBE_SOURCE)
    const binary = join(dir, ctx.platform === 'win32' ? 'probe.exe' : 'probe')
    const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
      cwd: dir,
      env,
      timeoutMs: GO_BUILD_TIMEOUT_MS
    })
    const buildFailure = describeFailure('go build of the timer probe', build, GO_BUILD_TIMEOUT_MS)
    if (buildFailure) return { status: 'failed', reason: buildFailure, goVersion, results: [] }
    const run = await runProcess(binary, [], { cwd: dir, env, timeoutMs: PROBE_RUN_TIMEOUT_MS })
    const runFailure = describeFailure('the timer probe', run, PROBE_RUN_TIMEOUT_MS)
    if (runFailure) return { status: 'failed', reason: runFailure, goVersion, results: [] }
    try {
      return { status: 'ok', goVersion, results: parseGoProbeOutput(run.stdout).results }
    } catch (error) {
      return { status: 'failed', reason: errorMessage(error), goVersion, results: [] }
    }
  } finally {
    try {
      // A scanner may still hold the fresh executable on Windows: retry briefly.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
    } catch {
      // Left in RUNNER_TEMP, which the runner empties after the job.
    }
  }
}
