// The endangered-tests check: find waits in the repository's tests that are shorter than this
// runner can honour, as measured by the timer check.
import { resolve } from 'node:path'
import type { RunContext } from '../../context.js'
import { UserError } from '../../errors.js'
import type { GoToolchain } from '../../go/types.js'
import type { CheckResult, EndangeredTestsDetails } from '../../report/types.js'
import { formatUs } from '../../report/format.js'
import { EmbeddedProgramFailed } from '../../go/embedded-program.js'
import { runAnalyzer } from './analyzer.js'
import {
  endangeredHits,
  hitFinding,
  parseErrorFinding,
  P99_FACTOR,
  thresholdUs
} from './evaluate.js'
import { listTestFiles } from './paths.js'

const ID = 'endangered-tests'
const TITLE = 'Endangered tests'

export async function scanEndangeredTests(
  args: { testPaths: string[]; workingDirectory: string; go?: GoToolchain; p99Us?: number },
  ctx: RunContext
): Promise<CheckResult<EndangeredTestsDetails>> {
  const started = performance.now()
  const result = (
    partial: Omit<CheckResult<EndangeredTestsDetails>, 'id' | 'title' | 'durationMs'>
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
  if (args.p99Us === undefined || !Number.isFinite(args.p99Us)) {
    return result({
      status: 'skipped',
      summary:
        'Skipped: no p99 wake-up latency was measured, so there is nothing to compare waits with.',
      findings: []
    })
  }
  const p99Us = args.p99Us
  const limitUs = thresholdUs(p99Us)
  const baseDir = resolve(ctx.workspace, args.workingDirectory)
  const files = await listTestFiles(args.testPaths, baseDir)
  if (files.length === 0) {
    return result({
      status: 'pass',
      summary: `No *_test.go files under ${args.testPaths.join(', ')}.`,
      findings: [],
      details: { filesScanned: 0, thresholdUs: limitUs, hits: [] }
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
    ...hits.map(hit => hitFinding(hit, p99Us)),
    ...output.errors.map(e => parseErrorFinding(e.file, e.message, ctx.workspace))
  ]
  const scope = `${output.filesScanned} test files, waits below ${formatUs(limitUs)} (${P99_FACTOR} × p99 ${formatUs(p99Us)})`
  const unparsed = output.errors.length > 0 ? `; ${output.errors.length} files did not parse` : ''
  return result({
    status: hits.length > 0 ? 'warn' : 'pass',
    summary:
      (hits.length > 0
        ? `${hits.length} waits this runner may not honour`
        : 'No wait shorter than this runner can honour') + ` (${scope}${unparsed}).`,
    findings,
    details: { filesScanned: output.filesScanned, thresholdUs: limitUs, hits }
  })
}
