// Build the embedded analyzer with the installed Go and run it over a list of files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunContext } from '../../context.js'
import { UserError } from '../../errors.js'
import type { GoToolchain } from '../../go/types.js'
import { runProcess } from '../../process.js'
import { ANALYZER_GO_MOD, ANALYZER_SOURCE } from './analyzer-source.js'

export const BUILD_TIMEOUT_MS = 180_000
export const RUN_TIMEOUT_MS = 120_000

/** One call with a constant duration, as the analyzer reports it. */
export interface AnalyzerWait {
  file: string
  line: number
  column: number
  call: string
  durationNs: number
  expression: string
}

export interface AnalyzerOutput {
  filesScanned: number
  waits: AnalyzerWait[]
  errors: { file: string; message: string }[]
}

/** Pure: validate the analyzer's JSON. */
export function parseAnalyzerOutput(stdout: string): AnalyzerOutput {
  const fail = (what: string): never => {
    throw new UserError(
      `The test-file analyzer printed ${what}: expected one JSON object with filesScanned, waits and errors.`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(stdout)
  } catch {
    return fail(`output that is not JSON (${JSON.stringify(stdout.slice(0, 80))})`)
  }
  if (typeof data !== 'object' || data === null) return fail('a JSON value that is not an object')
  const record = data as Record<string, unknown>
  if (
    typeof record.filesScanned !== 'number' ||
    !Array.isArray(record.waits) ||
    !Array.isArray(record.errors)
  ) {
    return fail('an object without filesScanned, waits or errors')
  }
  const waits = record.waits.map((item: unknown): AnalyzerWait => {
    const w = item as Record<string, unknown>
    if (
      typeof w?.file !== 'string' ||
      typeof w.line !== 'number' ||
      typeof w.column !== 'number' ||
      typeof w.call !== 'string' ||
      typeof w.durationNs !== 'number' ||
      typeof w.expression !== 'string'
    ) {
      return fail(
        `a wait without file, line, column, call, durationNs or expression (${JSON.stringify(item)})`
      )
    }
    return {
      file: w.file,
      line: w.line,
      column: w.column,
      call: w.call,
      durationNs: w.durationNs,
      expression: w.expression
    }
  })
  const errors = record.errors.map((item: unknown) => {
    const e = item as Record<string, unknown>
    if (typeof e?.file !== 'string' || typeof e.message !== 'string') {
      return fail(`an error entry without file or message (${JSON.stringify(item)})`)
    }
    return { file: e.file, message: e.message }
  })
  return { filesScanned: record.filesScanned, waits, errors }
}

/** The environment for building a helper for this machine, whatever the job set for its tests. */
export function analyzerBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {
    ...env,
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

/** A reason the scan could not run, for a check that then reports `unknown`. */
export class AnalyzerUnavailable extends Error {}

function firstLines(text: string): string {
  return text.trim().split(/\r?\n/).slice(0, 3).join(' / ').slice(0, 300)
}

export async function runAnalyzer(
  go: GoToolchain,
  files: readonly string[],
  ctx: RunContext
): Promise<AnalyzerOutput> {
  const dir = await mkdtemp(join(ctx.runnerTemp, 'go-preflight-analyzer-'))
  try {
    await writeFile(join(dir, 'go.mod'), ANALYZER_GO_MOD)
    await writeFile(join(dir, 'analyzer.go'), ANALYZER_SOURCE)
    const binary = join(dir, ctx.platform === 'win32' ? 'analyzer.exe' : 'analyzer')
    const env = analyzerBuildEnv(ctx.env)
    const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
      timeoutMs: BUILD_TIMEOUT_MS,
      cwd: dir,
      env
    })
    if (build.spawnError)
      throw new AnalyzerUnavailable(`could not start ${go.goBinary}: ${build.spawnError.message}`)
    if (build.timedOut)
      throw new AnalyzerUnavailable(
        `building the analyzer took longer than ${BUILD_TIMEOUT_MS / 1000} s`
      )
    if (build.exitCode !== 0) {
      throw new AnalyzerUnavailable(
        `building the analyzer with ${go.version} failed: ${firstLines(build.stderr)}`
      )
    }
    const run = await runProcess(binary, [], {
      timeoutMs: RUN_TIMEOUT_MS,
      cwd: dir,
      env,
      input: files.join('\n') + '\n'
    })
    if (run.spawnError)
      throw new AnalyzerUnavailable(`could not start the analyzer: ${run.spawnError.message}`)
    if (run.timedOut)
      throw new AnalyzerUnavailable(`the analyzer took longer than ${RUN_TIMEOUT_MS / 1000} s`)
    if (run.exitCode !== 0)
      throw new AnalyzerUnavailable(`the analyzer failed: ${firstLines(run.stderr)}`)
    return parseAnalyzerOutput(run.stdout)
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}
