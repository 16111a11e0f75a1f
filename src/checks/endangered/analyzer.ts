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

/** A wait whose lateness can fail its test, with the bound it races and the margin between. */
export interface AnalyzerNeed {
  line: number
  column: number
  call: string
  wait: string
  waitNs: number
  /** elapsed, timeout, ttl, ttl-eviction, ticker-count, background. */
  kind: string
  bound: string
  boundNs: number
  marginNs: number
  /**
   * The test's shortest repeating wait (a ticker, a cache's janitor): how often its process wakes
   * while the need runs. 0 when the test has none.
   */
  periodicNs: number
}

/** A wait whose lateness cannot fail its test, and why (absence check, yield, fake clock...). */
export interface AnalyzerSafeWait {
  line: number
  column: number
  call: string
  wait: string
  waitNs: number
  reason: string
}

export interface AnalyzerTest {
  name: string
  file: string
  line: number
  needs: AnalyzerNeed[]
  safe: AnalyzerSafeWait[]
}

export interface AnalyzerOutput {
  filesScanned: number
  waits: AnalyzerWait[]
  tests: AnalyzerTest[]
  errors: { file: string; message: string }[]
}

/** Pure: validate the analyzer's JSON. */
export function parseAnalyzerOutput(stdout: string): AnalyzerOutput {
  const fail = (what: string): never => {
    throw new UserError(
      `The test-file analyzer printed ${what}: expected one JSON object with filesScanned, waits, tests and errors.`
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
    !Array.isArray(record.tests) ||
    !Array.isArray(record.errors)
  ) {
    return fail('an object without filesScanned, waits, tests or errors')
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
  const tests = record.tests.map((item: unknown): AnalyzerTest => {
    const t = item as Record<string, unknown>
    if (
      typeof t?.name !== 'string' ||
      typeof t.file !== 'string' ||
      typeof t.line !== 'number' ||
      !Array.isArray(t.needs) ||
      !Array.isArray(t.safe)
    ) {
      return fail(`a test without name, file, line, needs or safe (${JSON.stringify(item)})`)
    }
    return {
      name: t.name,
      file: t.file,
      line: t.line,
      needs: t.needs.map(
        need => checked(need, NEED_FIELDS, 'need', fail) as unknown as AnalyzerNeed
      ),
      safe: t.safe.map(
        wait => checked(wait, SAFE_FIELDS, 'safe wait', fail) as unknown as AnalyzerSafeWait
      )
    }
  })
  return { filesScanned: record.filesScanned, waits, tests, errors }
}

const NEED_FIELDS: Record<string, 'string' | 'number'> = {
  line: 'number',
  column: 'number',
  call: 'string',
  wait: 'string',
  waitNs: 'number',
  kind: 'string',
  bound: 'string',
  boundNs: 'number',
  marginNs: 'number',
  periodicNs: 'number'
}
const SAFE_FIELDS: Record<string, 'string' | 'number'> = {
  line: 'number',
  column: 'number',
  call: 'string',
  wait: 'string',
  waitNs: 'number',
  reason: 'string'
}

/** The entry with exactly `fields`, each of its type; anything else is a contract slip. */
function checked(
  item: unknown,
  fields: Record<string, 'string' | 'number'>,
  what: string,
  fail: (what: string) => never
): Record<string, string | number> {
  const record = item as Record<string, unknown>
  const out: Record<string, string | number> = {}
  for (const [key, type] of Object.entries(fields)) {
    if (typeof record?.[key] !== type) {
      return fail(`a ${what} without ${key} (${JSON.stringify(item)})`)
    }
    out[key] = record[key] as string | number
  }
  return out
}

export async function runAnalyzer(
  go: GoToolchain,
  files: readonly string[],
  ctx: RunContext
): Promise<AnalyzerOutput> {
  const stdout = await runEmbeddedGoProgram(go, ANALYZER, ctx, files.join('\n') + '\n')
  return parseAnalyzerOutput(stdout)
}
