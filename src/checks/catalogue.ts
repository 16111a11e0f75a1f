// The one list of checks. Each line says what the rest of the action needs to know about a check:
// its id, its name, where it stands, how much it weighs, which metrics it measures and how it
// renders. Every other list (summary order, annotation ranking, the threshold row's check
// weights, which check a breach belongs to) is derived from here, and `CheckResult` is the union
// of every check's result, keyed by id. Adding a check: its folder, and one line here.
import { defenderBody } from './defender/summary.js'
import { endangeredBody } from './endangered/summary.js'
import type { CheckResultOf } from './result.js'
import { tempBody } from './temp/summary.js'
import { goEnvBody, goInstallBody } from '../go/summary.js'
import type { CheckBody } from '../report/parts.js'
import { explainTimerBreach } from '../timer/breach.js'
import { timerBody } from '../timer/summary.js'

interface Entry<
  Id extends string,
  Details,
  Metric extends string,
  Weighed extends boolean = boolean
> {
  id: Id
  /** As the log, the summary and the annotations name it. */
  name: string
  /** Annotation and cause ranking: what blocks `go test` outright (1) before what makes it flaky. */
  importance: number
  /** Whether a threshold row weighs its findings (`thresholds: … temp-dirs: warning`). */
  weighed: Weighed
  /** The metrics it measures: a breach of one becomes a finding on this check. */
  metrics: readonly Metric[]
  /** Its own figures under its heading in the summary. */
  body: CheckBody<Details>
  /** Its body says everything its one-line summary says, so the summary line is left out. */
  bodyRestatesSummary?: boolean
  /** A breach of one of its metrics explained from its details, for the breach's annotation. */
  explainBreach?: (
    details: Details,
    metric: string
  ) => { title: string; lines: string[] } | undefined
}

/** One catalogue line; the details type is the one the body reads. */
function check<
  const Id extends string,
  Details,
  const Weighed extends boolean,
  const Metric extends string = never
>(entry: Entry<Id, Details, Metric, Weighed>): Entry<Id, Details, Metric, Weighed> {
  return entry
}

/** In the order the summary shows them. */
export const CATALOGUE = [
  check({
    id: 'go-install',
    name: 'Go toolchain',
    importance: 1,
    weighed: true,
    metrics: [],
    body: goInstallBody
  }),
  check({
    id: 'go-env',
    name: 'Go environment',
    importance: 5,
    weighed: true,
    metrics: [],
    body: goEnvBody
  }),
  check({
    id: 'timer',
    name: 'Timers',
    importance: 4,
    weighed: true,
    metrics: ['sleep-deviation-pct', 'wake-p99', 'timer-resolution', 'cpu-throttled-pct'],
    body: timerBody,
    bodyRestatesSummary: true,
    explainBreach: explainTimerBreach
  }),
  check({
    id: 'temp-dirs',
    name: 'Temp directories',
    importance: 2,
    weighed: true,
    metrics: [],
    body: tempBody
  }),
  check({
    id: 'defender',
    name: 'Microsoft Defender',
    importance: 3,
    weighed: true,
    metrics: [],
    body: defenderBody
  }),
  check({
    id: 'endangered-tests',
    name: 'Timing-sensitive tests',
    importance: 6,
    weighed: true,
    metrics: [],
    body: endangeredBody
  })
] as const

type AnyEntry = (typeof CATALOGUE)[number]
export type CheckId = AnyEntry['id']
type EntryOf<Id extends CheckId> = Extract<AnyEntry, { id: Id }>
export type DetailsOf<Id extends CheckId> =
  EntryOf<Id> extends Entry<Id, infer Details, string, boolean> ? Details : never

/** Every check's result: `check.id` tells which details it carries. */
export type CheckResult = { [Id in CheckId]: CheckResultOf<Id, DetailsOf<Id>> }[CheckId]
export type ResultOf<Id extends CheckId> = Extract<CheckResult, { id: Id }>

/** Every metric a check measures, in catalogue order. */
export type MetricId = AnyEntry['metrics'][number]
export const METRIC_IDS: readonly MetricId[] = CATALOGUE.flatMap(
  (entry): readonly MetricId[] => entry.metrics
)

export type WeighedCheckId = Extract<AnyEntry, { weighed: true }>['id']
export const WEIGHED_CHECK_IDS: readonly WeighedCheckId[] = CATALOGUE.filter(
  (entry): entry is Extract<AnyEntry, { weighed: true }> => entry.weighed
).map(entry => entry.id)

export const CHECK_IDS: readonly CheckId[] = CATALOGUE.map(entry => entry.id)

/** The catalogue line of a check id (which the compiler knows), with its details type erased. */
export function entryOf(id: CheckId): Entry<CheckId, unknown, string> {
  // One place narrows the union: each line's body and details belong together by construction.
  return CATALOGUE.find(entry => entry.id === id) as Entry<CheckId, unknown, string>
}

export function checkName(id: CheckId): string {
  return entryOf(id).name
}

/** The check that measures `metric`, if one does. */
export function checkOfMetric(metric: string): CheckId | undefined {
  return CATALOGUE.find(entry => (entry.metrics as readonly string[]).includes(metric))?.id
}

/** The result of check `id` among `checks`, with its details typed. */
export function findCheck<Id extends CheckId>(
  checks: readonly CheckResult[],
  id: Id
): ResultOf<Id> | undefined {
  return checks.find((check): check is ResultOf<Id> => check.id === id)
}
