// The endangered-tests check: find waits in the repository's tests that are shorter than this
// runner can honour, as measured by the timer check.
import { resolve } from 'node:path'
import type { RunContext } from '../../context.js'
import { UserError } from '../../errors.js'
import type { GoToolchain } from '../../go/types.js'
import type { CheckResultOf } from '../result.js'
import type { EndangeredTestsDetails } from './types.js'
import { formatUs } from '../../report/format.js'
import { EmbeddedProgramFailed } from '../../go-programs/embedded-program.js'
import { runAnalyzer } from './analyzer.js'
import { cutoffFor, endangeredHits, hitFinding, parseErrorFinding } from './evaluate.js'
import { listTestFiles } from './paths.js'

const ID = 'endangered-tests' as const
const TITLE = 'Timing-sensitive tests'

export async function scanEndangeredTests(
  args: {
    testPaths: string[]
    workingDirectory: string
    go?: GoToolchain
    /** The environment class whose threshold row sets the cutoff. */
    environment: string
    /** That row's wake-p99 limit; undefined when the row has none. */
    wakeLimitUs?: number
  },
  ctx: RunContext
): Promise<CheckResultOf<typeof ID, EndangeredTestsDetails>> {
  const started = performance.now()
  const result = (
    partial: Omit<CheckResultOf<typeof ID, EndangeredTestsDetails>, 'id' | 'title' | 'durationMs'>
  ) => ({
    id: ID,
    title: TITLE,
    ...partial,
    durationMs: Math.round(performance.now() - started)
  })
  if (args.go === undefined) {
    return result({
      status: 'skipped',
      summary:
        'Skipped: no usable Go toolchain (see the Go toolchain check), so the test files were not scanned.',
      findings: []
    })
  }
  const cutoff = cutoffFor(args.environment, args.wakeLimitUs)
  const limitUs = cutoff.cutoffUs
  const baseDir = resolve(ctx.workspace, args.workingDirectory)
  const files = await listTestFiles(args.testPaths, baseDir)
  if (files.length === 0) {
    return result({
      status: 'pass',
      summary: `No *_test.go files under ${args.testPaths.join(', ')}.`,
      findings: [],
      details: { filesScanned: 0, thresholdUs: limitUs, cutoffRule: cutoff.rule, hits: [] }
    })
  }
  let output
  try {
    output = await runAnalyzer(args.go, files, ctx)
  } catch (error) {
    if (error instanceof EmbeddedProgramFailed || error instanceof UserError) {
      return result({
        status: 'unknown',
        summary: `Scan did not run: ${error.message}`,
        findings: []
      })
    }
    throw error
  }
  const hits = endangeredHits(output.waits, limitUs, ctx.workspace)
  const findings = [
    ...hits.map(hit => hitFinding(hit, cutoff)),
    ...output.errors.map(e => parseErrorFinding(e.file, e.message, ctx.workspace))
  ]
  const fileCount = plural(output.filesScanned, 'test file')
  const unparsed =
    output.errors.length > 0 ? `; ${plural(output.errors.length, 'file')} did not parse` : ''
  return result({
    status: hits.length > 0 ? 'warn' : 'pass',
    summary:
      (hits.length > 0
        ? `${plural(hits.length, 'wait')} shorter than ${formatUs(limitUs)} in ${fileCount}`
        : `No wait shorter than ${formatUs(limitUs)} in ${fileCount}`) +
      ` (cutoff: ${cutoff.rule}${unparsed}).`,
    findings,
    details: {
      filesScanned: output.filesScanned,
      thresholdUs: limitUs,
      cutoffRule: cutoff.rule,
      hits
    }
  })
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
