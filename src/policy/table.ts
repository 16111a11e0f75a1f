// The threshold table: one row per environment class, each with metric limits, what a breach
// does, and how far findings of each check may push the verdict. Defaults live here; the
// `thresholds` input is merged over them, key by key.
import { parse as parseYaml } from 'yaml'
import { UserError, errorMessage, escapeExcerpt, quoteValue } from '../errors.js'
import { formatBytes, readBoundedText } from '../files.js'
import {
  METRIC_IDS,
  WEIGHED_CHECK_IDS,
  type MetricId,
  type WeighedCheckId
} from '../checks/catalogue.js'
import { resolveInputPath } from '../paths.js'
import { ENVIRONMENT_CLASSES, type EnvironmentClass, type Severity } from '../report/types.js'

// The metrics and the checks a row can weigh come from the catalogue of checks.
export { METRIC_IDS, WEIGHED_CHECK_IDS, type MetricId, type WeighedCheckId }

export type BreachAction = 'annotate' | 'warn' | 'fail'
export const BREACH_ACTIONS: readonly BreachAction[] = ['annotate', 'warn', 'fail']
/** The most a check's findings can count for; `ignore` leaves the check out of the verdict. */
export type CheckWeight = Severity | 'ignore'
export const CHECK_WEIGHTS: readonly CheckWeight[] = ['error', 'warning', 'notice', 'ignore']

export type LimitUnit = '%' | 'us' | 'ms' | 's'
export type MetricKind = 'percent' | 'duration'

/** A limit in the metric's base unit (`%` for percentages, microseconds for durations). */
export interface Limit {
  base: number
  /** As the user wrote it (normalised), e.g. `8%`, `2ms`. */
  text: string
}

export interface ThresholdRow {
  /** A metric without a limit (`off`) is not judged. */
  limits: Record<MetricId, Limit | null>
  onBreach: BreachAction
  /** Mark the run suspicious when any metric breaches. */
  suspicious: boolean
  checks: Record<WeighedCheckId, CheckWeight>
}

export type ThresholdTable = Record<EnvironmentClass, ThresholdRow>

export const METRIC_KIND: Record<MetricId, MetricKind> = {
  'sleep-deviation-pct': 'percent',
  'wake-p99': 'duration',
  'timer-resolution': 'duration',
  'cpu-throttled-pct': 'percent'
}

const MICROSECONDS: Record<Exclude<LimitUnit, '%'>, number> = { us: 1, ms: 1000, s: 1_000_000 }

/** A measured value in its unit, converted to the base unit of its kind. */
export function toBase(value: number, unit: LimitUnit): number {
  return unit === '%' ? value : value * MICROSECONDS[unit]
}

/** A base value shown in the unit a person would pick: `850us`, `12.5ms`, `1.2s`, `3%`. */
export function formatBase(base: number, kind: MetricKind): string {
  if (kind === 'percent') return `${round(base)}%`
  if (Math.abs(base) >= 1_000_000) return `${round(base / 1_000_000)}s`
  if (Math.abs(base) >= 1000) return `${round(base / 1000)}ms`
  return `${round(base)}us`
}

/** Five significant digits: keeps 15.625ms and 0.001us, drops float noise. */
function round(value: number): number {
  return Number(value.toPrecision(5))
}

const LIMIT_PATTERN = /^(\d+(?:\.\d+)?)(%|us|µs|ms|s)$/

/** Parses `8%`, `2ms`, `500us`, `0.5s`: a non-negative number glued to its unit. */
export function parseLimit(raw: string, kind: MetricKind): Limit {
  const match = LIMIT_PATTERN.exec(raw)
  const expected =
    kind === 'percent' ? 'a percentage such as 8%' : 'a duration such as 2ms or 500us'
  if (!match) throw new Error(`expected ${expected}`)
  const unit = (match[2] === 'µs' ? 'us' : match[2]) as LimitUnit
  if ((unit === '%') !== (kind === 'percent'))
    throw new Error(`wrong unit ${unit}: expected ${expected}`)
  const value = Number(match[1])
  return { base: toBase(value, unit), text: `${value}${unit}` }
}

const ms = (text: string): Limit => parseLimit(text, 'duration')
const pct = (text: string): Limit => parseLimit(text, 'percent')

const DEFAULT_CHECKS: Record<WeighedCheckId, CheckWeight> = {
  'temp-dirs': 'error',
  defender: 'warning',
  'go-env': 'error',
  'go-install': 'error',
  // A test need this runner likely breaks fails the run; a possible one warns (docs/thresholds.md).
  'endangered-tests': 'error',
  // The timer is judged through its metrics; its own findings only annotate.
  timer: 'notice'
}

/**
 * Defaults (the README says why): the sleep-deviation limits of physical, kubernetes and
 * serverless are the original design's; vm and container allow Windows' 15.625 ms default tick,
 * which makes a 100 ms Sleep last up to ~115 ms on a healthy GitHub-hosted runner.
 */
export function defaultThresholds(): ThresholdTable {
  const row = (
    sleep: string,
    wakeP99: string,
    throttled: string,
    onBreach: BreachAction,
    suspicious: boolean
  ): ThresholdRow => ({
    limits: {
      'sleep-deviation-pct': pct(sleep),
      'wake-p99': ms(wakeP99),
      'timer-resolution': ms('16ms'),
      'cpu-throttled-pct': pct(throttled)
    },
    onBreach,
    suspicious,
    checks: { ...DEFAULT_CHECKS }
  })
  return {
    physical: row('3%', '2ms', '5%', 'annotate', false),
    vm: row('20%', '5ms', '5%', 'warn', false),
    container: row('20%', '5ms', '10%', 'warn', false),
    kubernetes: row('8%', '5ms', '10%', 'warn', true),
    serverless: row('15%', '10ms', '25%', 'fail', false)
  }
}

/** The row as the user would write it, for the report. */
export function describeRow(row: ThresholdRow): Record<string, string> {
  const described: Record<string, string> = {}
  for (const id of METRIC_IDS) described[id] = row.limits[id]?.text ?? 'off'
  described['on-breach'] = row.onBreach
  described.suspicious = String(row.suspicious)
  for (const id of WEIGHED_CHECK_IDS) described[id] = row.checks[id]
  return described
}

const FILE_PATTERN = /\.(ya?ml|json)$/i

/** Bounds on the `thresholds` input (README): size first, as YAML parse time grows faster. */
export const THRESHOLDS_LIMITS = { bytes: 64 * 1024, aliases: 20, depth: 16 }

/**
 * The `thresholds` input: '' for the defaults, inline YAML, or a path (inside the workspace) to
 * a .yml/.yaml/.json file. Every entry is validated; the first problem is thrown as one line
 * naming the environment and key.
 */
export function loadThresholds(
  input: string,
  workspace: string,
  platform: NodeJS.Platform = process.platform
): ThresholdTable {
  const table = defaultThresholds()
  const text = input.trim()
  if (text === '') return table
  const parsed =
    FILE_PATTERN.test(text) && !text.includes('\n')
      ? readTableFile(text, workspace, platform)
      : parseTableText(text, "Input 'thresholds'", 'YAML')
  if (parsed === null || parsed === undefined) return table
  if (!isPlainObject(parsed)) {
    throw new UserError(
      `Input 'thresholds' must map environments to limits (such as "vm: {wake-p99: 3ms}"), got ${describeType(parsed)}.`
    )
  }
  for (const [environment, entries] of Object.entries(parsed)) {
    if (!ENVIRONMENT_CLASSES.includes(environment as EnvironmentClass)) {
      throw new UserError(
        `Input 'thresholds': unknown environment ${quoteValue(environment)}: expected one of ${ENVIRONMENT_CLASSES.join(', ')}.`
      )
    }
    if (!isPlainObject(entries)) {
      throw new UserError(
        `Input 'thresholds': environment '${environment}' must map to keys and values, got ${describeType(entries)}.`
      )
    }
    mergeRow(table[environment as EnvironmentClass], environment, entries)
  }
  return table
}

function readTableFile(value: string, workspace: string, platform: NodeJS.Platform): unknown {
  const path = resolveInputPath(value, {
    input: 'thresholds',
    workspace,
    platform,
    followLinks: true
  })
  const label = `Input 'thresholds' file ${quoteValue(value)}`
  const content = readBoundedText(path, THRESHOLDS_LIMITS.bytes, label)
  return parseTableText(content, label, /\.json$/i.test(path) ? 'JSON' : 'YAML')
}

/** Parses within the limits; `label` starts the message. */
function parseTableText(text: string, label: string, format: 'YAML' | 'JSON'): unknown {
  if (text.length > THRESHOLDS_LIMITS.bytes) {
    throw new UserError(`${label} is longer than ${formatBytes(THRESHOLDS_LIMITS.bytes)}.`)
  }
  const depth = flowDepth(text)
  if (depth > THRESHOLDS_LIMITS.depth) {
    throw new UserError(
      `${label} nests ${depth} levels deep: expected at most ${THRESHOLDS_LIMITS.depth} (a table needs 2).`
    )
  }
  try {
    return format === 'JSON'
      ? JSON.parse(text)
      : parseYaml(text, { maxAliasCount: THRESHOLDS_LIMITS.aliases })
  } catch (error) {
    if (/alias count/i.test(errorMessage(error))) {
      throw new UserError(
        `${label} expands more than ${THRESHOLDS_LIMITS.aliases} YAML aliases: expected a table without alias chains.`
      )
    }
    throw new UserError(`${label} is not valid ${format}: ${firstLine(error)}`)
  }
}

/**
 * The deepest nesting of [ ] and { } outside quotes and comments: the parser recurses once per
 * level, so an unbounded depth ends in a stack overflow instead of a message.
 */
function flowDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++
      else if (char === quote) quote = undefined
      continue
    }
    if (char === '"' || char === "'") quote = char
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++
    } else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
    else if ((char === ']' || char === '}') && depth > 0) depth--
  }
  return deepest
}

function mergeRow(row: ThresholdRow, environment: string, entries: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(entries)) {
    const where = `Input 'thresholds': ${environment}.${key.length > 40 || /[^\w.-]/.test(key) ? quoteValue(key, 40) : key}`
    if ((METRIC_IDS as readonly string[]).includes(key)) {
      const id = key as MetricId
      if (value === 'off') {
        row.limits[id] = null
        continue
      }
      if (typeof value !== 'string') {
        throw new UserError(
          `${where} must be a number with its unit (${unitHint(id)}) or off, got ${describeType(value)}.`
        )
      }
      try {
        row.limits[id] = parseLimit(value.trim(), METRIC_KIND[id])
      } catch (error) {
        throw new UserError(
          `${where} has invalid value ${quoteValue(String(value))}: ${errorMessage(error)}, or off.`
        )
      }
    } else if (key === 'on-breach') {
      if (typeof value !== 'string' || !BREACH_ACTIONS.includes(value as BreachAction)) {
        throw new UserError(
          `${where} has invalid value ${quoteValue(String(value))}: expected one of ${BREACH_ACTIONS.join(', ')}.`
        )
      }
      row.onBreach = value as BreachAction
    } else if (key === 'suspicious') {
      if (typeof value !== 'boolean') {
        throw new UserError(
          `${where} has invalid value ${quoteValue(String(value))}: expected true or false.`
        )
      }
      row.suspicious = value
    } else if ((WEIGHED_CHECK_IDS as readonly string[]).includes(key)) {
      if (typeof value !== 'string' || !CHECK_WEIGHTS.includes(value as CheckWeight)) {
        throw new UserError(
          `${where} has invalid value ${quoteValue(String(value))}: expected one of ${CHECK_WEIGHTS.join(', ')}.`
        )
      }
      row.checks[key as WeighedCheckId] = value as CheckWeight
    } else {
      throw new UserError(
        `${where}: unknown metric or setting: expected one of ${[...METRIC_IDS, 'on-breach', 'suspicious', ...WEIGHED_CHECK_IDS].join(', ')}.`
      )
    }
  }
}

function unitHint(id: MetricId): string {
  return METRIC_KIND[id] === 'percent' ? 'e.g. 8%' : 'e.g. 2ms, 500us'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeType(value: unknown): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${typeof value === 'string' ? quoteValue(value) : String(value).slice(0, 40)}`
}

/** The parser's first line (its later lines quote the source), escaped and short. */
function firstLine(error: unknown): string {
  return escapeExcerpt(errorMessage(error).split('\n')[0], 160)
}
