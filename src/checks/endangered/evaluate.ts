// Pure: which analyzer waits and test needs this runner cannot honour, and how to say so.
import { relative, sep, isAbsolute } from 'node:path'
import type { Finding } from '../../report/types.js'
import type { EndangeredNeed, EndangeredTestHit } from './types.js'
import { formatUs } from '../../report/format.js'
import { LIKELY_CHANCE, judgeNeed, ms, oneRunIn, type Lateness } from '../../policy/needs.js'
import type { AnalyzerTest, AnalyzerWait } from './analyzer.js'

/**
 * Waits shorter than this many times the lateness a runner may have are flagged. A wait of d
 * on a runner whose p99 lateness is L lasts up to d + L in 1% of wake-ups: once L ≥ d/2 that
 * tail stretches the wait by half or more, enough to reorder two timers a test races against
 * each other (a 1 ms sleep against a 2 ms timeout) or to break an elapsed-time assertion.
 */
export const LATENESS_FACTOR = 2

/**
 * The lateness assumed when the row has no wake-p99 limit (`off`): Go's netpoller waits in
 * whole milliseconds on Linux, so a timer may fire 1 ms late on any runner.
 */
export const FALLBACK_LATENESS_US = 1000

/**
 * The lateness L is the threshold row's wake-p99 limit, not this run's p99: a runner within its
 * limit may be that late, and a cutoff from a measurement moved tenfold between runs minutes
 * apart on one machine, so annotations came and went between pushes. Issue #15 replaces this
 * floor with what each test needs.
 */
export interface Cutoff {
  cutoffUs: number
  latenessUs: number
  rule: string
}

export function cutoffFor(environment: string, wakeLimitUs: number | undefined): Cutoff {
  if (wakeLimitUs === undefined || !Number.isFinite(wakeLimitUs) || wakeLimitUs <= 0) {
    return {
      cutoffUs: LATENESS_FACTOR * FALLBACK_LATENESS_US,
      latenessUs: FALLBACK_LATENESS_US,
      rule: `${LATENESS_FACTOR} × ${formatUs(FALLBACK_LATENESS_US)}: the ${environment} row has no wake-p99 limit`
    }
  }
  return {
    cutoffUs: LATENESS_FACTOR * wakeLimitUs,
    latenessUs: wakeLimitUs,
    rule: `${LATENESS_FACTOR} × the ${environment} limit for wake-p99, ${formatUs(wakeLimitUs)}`
  }
}

/** The path as GitHub annotations want it: relative to the workspace, `/` separators. */
export function repositoryPath(file: string, workspace: string): string {
  const rel = relative(workspace, file)
  const chosen = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel
  return chosen.split(sep).join('/').replace(/\\/g, '/')
}

/**
 * Zero and negative durations mean "now" (an already expired context, a yield), not a timing
 * assumption, so they are never flagged.
 */
export function endangeredHits(
  waits: readonly AnalyzerWait[],
  limitUs: number,
  workspace: string
): EndangeredTestHit[] {
  return waits
    .filter(wait => wait.durationNs > 0 && wait.durationNs / 1000 < limitUs)
    .map(wait => ({
      file: repositoryPath(wait.file, workspace),
      line: wait.line,
      column: wait.column,
      call: wait.call,
      durationUs: wait.durationNs / 1000,
      expression: wait.expression
    }))
}

/** The call as the test wrote it, with the parts the analyzer does not keep elided. */
export function callText(hit: EndangeredTestHit): string {
  const call = hit.call.replace(/^select <-/, '')
  const prefix = hit.call.startsWith('select ') ? 'select case <-' : ''
  if (call.startsWith('context.WithDeadline'))
    return `${prefix}${call}(…, time.Now().Add(${hit.expression}))`
  if (call.startsWith('context.')) return `${prefix}${call}(…, ${hit.expression})`
  if (call === 'time.AfterFunc') return `${prefix}${call}(${hit.expression}, …)`
  return `${prefix}${call}(${hit.expression})`
}

/** How many times the wait the allowed lateness is: `100×`, `1.5×`. */
function margin(latenessUs: number, waitUs: number): string {
  return `${Number((latenessUs / waitUs).toPrecision(2))}×`
}

/** The message names only the code and the row: nothing measured, so it is the same every run. */
export function hitFinding(hit: EndangeredTestHit, cutoff: Cutoff): Finding {
  return {
    id: 'endangered.short-wait',
    severity: 'warning',
    title: `Timing-sensitive wait of ${formatUs(hit.durationUs)}`,
    message:
      `${callText(hit)} waits ${formatUs(hit.durationUs)}, under the ${formatUs(cutoff.cutoffUs)} cutoff ` +
      `(${cutoff.rule}): a runner within that limit may wake it ${formatUs(cutoff.latenessUs)} late, ` +
      `${margin(cutoff.latenessUs, hit.durationUs)} the wait.`,
    remedy:
      'Wait for the event the test expects (a channel, a sync.WaitGroup, a polling loop with a ' +
      `generous deadline) instead of a fixed ${formatUs(hit.durationUs)} wait, or scale the duration ` +
      'in CI, e.g. with an environment variable read by the test.',
    file: hit.file,
    line: hit.line
  }
}

export function parseErrorFinding(file: string, message: string, workspace: string): Finding {
  // go/parser messages start with `path:line:col: `; keep the line for the annotation.
  const located = /:(\d+):(\d+): (.*)$/.exec(message.split('\n')[0])
  return {
    id: 'endangered.parse-error',
    severity: 'notice',
    title: 'Test file not scanned: it does not parse',
    message: located ? located[3] : message,
    file: repositoryPath(file, workspace),
    line: located ? Number(located[1]) : undefined
  }
}

/** Every need of every test, judged against this runner's lateness, thinnest margin first. */
export function judgeNeeds(
  tests: readonly AnalyzerTest[],
  lateness: Lateness,
  workspace: string
): EndangeredNeed[] {
  const needs: EndangeredNeed[] = []
  for (const test of tests) {
    for (const need of test.needs) {
      const timing = {
        kind: need.kind,
        waitUs: need.waitNs / 1000,
        boundUs: need.boundNs / 1000,
        marginUs: need.marginNs / 1000,
        periodicUs: need.periodicNs / 1000
      }
      const { risk, chance, rule } = judgeNeed(timing, lateness)
      needs.push({
        test: test.name,
        file: repositoryPath(test.file, workspace),
        line: need.line,
        column: need.column,
        wait: need.wait,
        waitUs: timing.waitUs,
        kind: need.kind,
        bound: need.bound,
        boundUs: timing.boundUs,
        marginUs: timing.marginUs,
        periodicUs: timing.periodicUs,
        risk,
        chance,
        rule
      })
    }
  }
  return needs.sort((a, b) => a.marginUs - b.marginUs)
}

const NEED_KIND_TEXT: Record<string, string> = {
  elapsed: 'the elapsed-time check',
  timeout: 'the timeout',
  ttl: 'the TTL',
  'ttl-eviction': 'the expiry by the janitor',
  'ticker-count': 'the tick count',
  background: 'the wait for it'
}

/** The annotation of a need this runner likely breaks. */
export function needFinding(need: EndangeredNeed): Finding {
  const against = NEED_KIND_TEXT[need.kind] ?? 'its bound'
  return {
    id: 'endangered.need-broken',
    severity: 'error',
    title: `${need.test}: ${ms(need.marginUs)} of margin, likely broken on this runner`,
    message:
      // No measured figure here: they move run to run, and an annotation must stay put between
      // pushes; the measured lateness is in the summary and the report (needs[].rule).
      `${need.test}: ${need.wait} has ${ms(need.marginUs)} of margin against ${against} ` +
      `(${need.bound}); this runner wakes it later than that in ${oneRunIn(LIKELY_CHANCE)} or more.`,
    remedy:
      'Wait for the event itself (a channel, a sync.WaitGroup, polling with a deadline of seconds), ' +
      'widen the margin, or use a fake clock.',
    file: need.file,
    line: need.line
  }
}
