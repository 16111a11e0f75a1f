// The action carries small Go programs (the timer probe, the test-file analyzer) as source. This
// builds one with the job's toolchain for the runner's platform, keeps the binary in the tool
// cache (see program-cache.ts) so a later run with the same Go and source does not rebuild it,
// and runs it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { goWorkDirFailure } from '../go/environment.js'
import type { GoToolchain } from '../go/types.js'
import { runProcess, type ProcessResult } from '../process.js'
import { cachedBuild, cachedProgramDir, type GoHost } from './program-cache.js'

export interface EmbeddedGoProgram {
  /** How messages name it: `timer probe`, `analyzer`. */
  name: string
  source: string
  goMod: string
  buildTimeoutMs: number
  runTimeoutMs: number
}

/** A step of building or running an embedded program failed: the message says which and why. */
export class EmbeddedProgramFailed extends Error {}

/** The environment for building a helper for this machine, whatever the job set for its tests. */
export function helperBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {
    ...env,
    // Exactly this toolchain, in module mode, ignoring the user's flags and workspace.
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOFLAGS: '',
    GO111MODULE: 'on',
    CGO_ENABLED: '0'
  }
  // A job cross-compiling its tests must not make the helper unrunnable here.
  delete result.GOOS
  delete result.GOARCH
  return result
}

/** Why a finished process counts as a failure, or undefined when it succeeded. */
export function describeProcessFailure(
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

const GO_ENV_TIMEOUT_MS = 30_000

/** Pure: `go env GOVERSION GOHOSTOS GOHOSTARCH` output as a GoHost, or undefined when malformed. */
export function parseGoHost(stdout: string): GoHost | undefined {
  const [goVersion, goos, goarch] = stdout.trim().split(/\r?\n/)
  const valid = (value: string | undefined): value is string =>
    value !== undefined && /^[\w.+-]+$/.test(value)
  if (!valid(goVersion) || !valid(goos) || !valid(goarch)) return undefined
  return { goVersion, goos, goarch }
}

async function readGoHost(go: GoToolchain, env: NodeJS.ProcessEnv): Promise<GoHost> {
  const step = `go env GOVERSION GOHOSTOS GOHOSTARCH (${go.version})`
  const result = await runProcess(go.goBinary, ['env', 'GOVERSION', 'GOHOSTOS', 'GOHOSTARCH'], {
    env,
    timeoutMs: GO_ENV_TIMEOUT_MS
  })
  const failure = describeProcessFailure(step, result, GO_ENV_TIMEOUT_MS)
  if (failure) throw new EmbeddedProgramFailed(failure)
  const host = parseGoHost(result.stdout)
  if (!host) {
    throw new EmbeddedProgramFailed(
      `${step} printed ${JSON.stringify(result.stdout.slice(0, 80))}: expected three lines (version, OS, architecture).`
    )
  }
  return host
}

/** Builds `program` into `stagingDir`, from a scratch copy of its source under RUNNER_TEMP. */
async function buildProgram(
  go: GoToolchain,
  program: EmbeddedGoProgram,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  binary: string
): Promise<void> {
  const sourceDir = await mkdtemp(join(ctx.runnerTemp, `gwp-${slug(program)}-`))
  try {
    await writeFile(join(sourceDir, 'go.mod'), program.goMod)
    await writeFile(join(sourceDir, 'main.go'), program.source)
    const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
      cwd: sourceDir,
      env,
      timeoutMs: program.buildTimeoutMs
    })
    const workDirFailure = goWorkDirFailure(build.stderr)
    if (build.exitCode !== 0 && workDirFailure)
      throw new EmbeddedProgramFailed(
        `go build of the ${program.name} could not run: the temp folder is unusable (${workDirFailure})`
      )
    const buildFailure = describeProcessFailure(
      `go build of the ${program.name} (${go.version})`,
      build,
      program.buildTimeoutMs
    )
    if (buildFailure) throw new EmbeddedProgramFailed(buildFailure)
  } finally {
    await rm(sourceDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(
      () => undefined
    )
  }
}

const slug = (program: EmbeddedGoProgram): string => program.name.replace(/\W+/g, '-')

/**
 * Runs `program` once, building it first unless the tool cache holds it for this Go, platform
 * and source; returns its stdout or throws EmbeddedProgramFailed.
 */
export async function runEmbeddedGoProgram(
  go: GoToolchain,
  program: EmbeddedGoProgram,
  ctx: RunContext,
  input?: string
): Promise<string> {
  const helperEnv = helperBuildEnv(ctx.env)
  const host = await readGoHost(go, helperEnv)
  // Named explicitly: a `go env -w GOOS=...` in the user's go env file must not retarget it.
  const buildEnv = { ...helperEnv, GOOS: host.goos, GOARCH: host.goarch }
  const binaryName = host.goos === 'windows' ? `${slug(program)}.exe` : slug(program)
  const binary = await cachedBuild(
    cachedProgramDir(ctx.toolCache, slug(program), host, program),
    binaryName,
    stagingDir => buildProgram(go, program, ctx, buildEnv, join(stagingDir, binaryName))
  )
  const run = await runProcess(binary, [], {
    cwd: ctx.runnerTemp,
    env: helperEnv,
    input,
    timeoutMs: program.runTimeoutMs
  })
  const runFailure = describeProcessFailure(`the ${program.name}`, run, program.runTimeoutMs)
  if (runFailure) throw new EmbeddedProgramFailed(runFailure)
  return run.stdout
}
