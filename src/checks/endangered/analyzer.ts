// Build the embedded analyzer (analyzer/main.go, standard library only, so any Go 1.19+ builds it
// offline) with the installed Go and run it over a list of files.
import type { RunContext } from '../../context.js'
import { UserError } from '../../errors.js'
import type { GoToolchain } from '../../go/types.js'
import { runEmbeddedGoProgram, type EmbeddedGoProgram } from '../../go-programs/embedded-program.js'
import ANALYZER_GO_MOD from './analyzer/go.mod'
import ANALYZER_SOURCE from './analyzer/main.go'

const ANALYZER: EmbeddedGoProgram = {
  name: 'analyzer',
  source: ANALYZER_SOURCE,
  goMod: ANALYZER_GO_MOD,
  buildTimeoutMs: 180_000,
  runTimeoutMs: 120_000
}

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

export async function runAnalyzer(
  go: GoToolchain,
  files: readonly string[],
  ctx: RunContext
): Promise<AnalyzerOutput> {
  const stdout = await runEmbeddedGoProgram(go, ANALYZER, ctx, files.join('\n') + '\n')
  return parseAnalyzerOutput(stdout)
}
