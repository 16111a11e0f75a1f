// The action carries small Go programs (the timer probe, the test-file analyzer) as source. This
// builds one with the job's toolchain in a fresh folder under RUNNER_TEMP, runs it once, and
// removes the folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { runProcess, type ProcessResult } from '../process.js'
import { goWorkDirFailure } from './environment.js'
import type { GoToolchain } from './types.js'

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

/** Builds and runs `program` once; returns its stdout or throws EmbeddedProgramFailed. */
export async function runEmbeddedGoProgram(
  go: GoToolchain,
  program: EmbeddedGoProgram,
  ctx: RunContext,
  input?: string
): Promise<string> {
  const slug = program.name.replace(/\W+/g, '-')
  const dir = await mkdtemp(join(ctx.runnerTemp, `gwp-${slug}-`))
  try {
    await writeFile(join(dir, 'go.mod'), program.goMod)
    await writeFile(join(dir, 'main.go'), program.source)
    const binary = join(dir, ctx.platform === 'win32' ? `${slug}.exe` : slug)
    const env = helperBuildEnv(ctx.env)
    const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
      cwd: dir,
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
    const run = await runProcess(binary, [], {
      cwd: dir,
      env,
      input,
      timeoutMs: program.runTimeoutMs
    })
    const runFailure = describeProcessFailure(`the ${program.name}`, run, program.runTimeoutMs)
    if (runFailure) throw new EmbeddedProgramFailed(runFailure)
    return run.stdout
  } finally {
    // A scanner may still hold the fresh executable on Windows: retry briefly. What remains is
    // in RUNNER_TEMP, which the runner empties after the job.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(
      () => undefined
    )
  }
}
