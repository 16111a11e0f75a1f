// The endangered-tests check: find waits in the repository's tests that are shorter than this
// runner can honour, as measured by the timer check.
import { resolve } from 'node:path'
import type { RunContext } from '../../context.js'
import { UserError } from '../../errors.js'
import type { GoToolchain } from '../../go/types.js'
import type { CheckResultOf } from '../result.js'
import type { CpuContext, LatencyStats } from '../../timer/types.js'
import type { EndangeredTestsDetails } from './types.js'
import { LIKELY_CHANCE, latenessOf, ms, percent, runChance } from '../../policy/needs.js'
import { formatUs } from '../../report/format.js'
import { EmbeddedProgramFailed } from '../../go-programs/embedded-program.js'
import { runAnalyzer } from './analyzer.js'
import {
  cutoffFor,
  endangeredHits,
  hitFinding,
  judgeNeeds,
  needFinding,
  parseErrorFinding
} from './evaluate.js'
import { listTestFiles } from './paths.js'

const ID = 'endangered-tests' as const
const TITLE = 'Timing-sensitive tests'

export async function scanEndangeredTests(
  args: {
    testPaths: string[]
    workingDirectory: string
    go?: GoToolchain
    /** The environment class whose threshold row sets the short-wait cutoff. */
    environment: string
    /** That row's wake-p99 limit; undefined when the row has none. */
    wakeLimitUs?: number
    /** The primary timer loop's trials and pooled aggregate: the lateness needs are judged against. */
    trials?: LatencyStats[]
    pooled?: LatencyStats
    /** The timer stage's CPU context: a CFS quota and its throttling. */
    cpu?: CpuContext
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
  const parseFindings = output.errors.map(e => parseErrorFinding(e.file, e.message, ctx.workspace))
  const unparsed =
    output.errors.length > 0 ? `; ${plural(output.errors.length, 'file')} did not parse` : ''
  const lateness = args.trials ? latenessOf(args.trials, args.pooled, args.cpu) : undefined
  if (lateness === undefined) {
    // No per-trial lateness: only the waits shorter than the row's cutoff can be named.
    const fileCount = plural(output.filesScanned, 'test file')
    return result({
      status: hits.length > 0 ? 'warn' : 'pass',
      summary:
        (hits.length > 0
          ? `${plural(hits.length, 'wait')} shorter than ${formatUs(limitUs)} in ${fileCount}`
          : `No wait shorter than ${formatUs(limitUs)} in ${fileCount}`) +
        ` (cutoff: ${cutoff.rule}${unparsed}).`,
      findings: [...hits.map(hit => hitFinding(hit, cutoff)), ...parseFindings],
      details: {
        filesScanned: output.filesScanned,
        thresholdUs: limitUs,
        cutoffRule: cutoff.rule,
        hits
      }
    })
  }
  // Test needs supersede the short-wait cutoff. Only needs this runner likely breaks are annotated,
  // at the wait's line; possible ones make the check warn and are listed in the details.
  const needs = judgeNeeds(output.tests, lateness, ctx.workspace)
  const likely = needs.filter(n => n.risk === 'likely')
  const possible = needs.filter(n => n.risk === 'possible')
  const safeWaits = output.tests.reduce((n, t) => n + t.safe.length, 0)
  const testsWith = (list: typeof needs) => new Set(list.map(n => `${n.file}:${n.test}`)).size
  const scope =
    `${plural(output.tests.length, 'test')} in ${plural(output.filesScanned, 'file')}, ${plural(needs.length, 'timing need')}, ` +
    `${plural(safeWaits, 'wait')} whose lateness cannot fail a test; runner max lateness ${ms(Math.max(...lateness.maxUs))}${unparsed}`
  const thinnest = needs[0]
  // The verdict predicts "some test fails in this run": needs each possible can make that likely.
  const together = runChance(needs)
  const failing = likely.length > 0 || together >= LIKELY_CHANCE
  const possibleText = () =>
    `${plural(testsWith(possible), 'test')} ${testsWith(possible) === 1 ? 'needs a margin' : 'need margins'} this runner possibly breaks, listed in the report (thinnest ${ms(possible[0].marginUs)} in ${possible[0].test})`
  const summary =
    likely.length > 0
      ? `${plural(testsWith(likely), 'test')} ${testsWith(likely) === 1 ? 'needs a margin' : 'need margins'} this runner likely breaks (thinnest ${ms(likely[0].marginUs)} in ${likely[0].test})`
      : failing
        ? `${possibleText()}: together a ${percent(together)} chance that one breaks in a run`
        : possible.length > 0
          ? possibleText()
          : thinnest
            ? `No test of this repository needs a margin this runner would break (thinnest ${ms(thinnest.marginUs)} in ${thinnest.test})`
            : 'No test of this repository has a timing need this analyzer can see'
  return result({
    status: failing ? 'fail' : possible.length > 0 ? 'warn' : 'pass',
    summary: `${summary} (${scope}).`,
    findings: likely.map(needFinding).concat(parseFindings),
    details: {
      filesScanned: output.filesScanned,
      thresholdUs: limitUs,
      cutoffRule: cutoff.rule,
      hits,
      needs,
      testsScanned: output.tests.length,
      safeWaits,
      lateness
    }
  })
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
