// Every action input is read and validated here, once. Capabilities receive typed values.
import * as core from '@actions/core'
import { existsSync, statSync } from 'node:fs'
import type { CacheInputs } from './cache/plan.js'
import { InputError, UserError, quoteValue } from './errors.js'
import { resolveInputPath } from './paths.js'
import { readRunContext } from './context.js'
import { formatBytes } from './files.js'
import { VERSION_FILE_MAX_BYTES } from './go/version-file.js'
import { THRESHOLDS_LIMITS } from './policy/table.js'
import { MATRIX_INPUT_MAX_BYTES, parseMatrixInput } from './runner/identity.js'
import { ENVIRONMENT_CLASSES, type EnvironmentClass } from './report/types.js'

export type Mode = 'enforce' | 'report'
export type FailOn = 'error' | 'warning' | 'never'
export type DefenderExclusions = 'off' | 'add'

export interface GoInputs {
  version: string
  versionFile: string
  checkLatest: boolean
  architecture: string
  token: string
  downloadBaseUrl: string
  requireChecksum: boolean
}

export interface TimerInputs {
  samples: number
  trials: number
  intervalUs: number
  sleepSamples: number
  goProbe: boolean
}

export interface Inputs {
  go: GoInputs
  cache: CacheInputs
  workingDirectory: string
  timer: TimerInputs
  environment: EnvironmentClass | 'auto'
  thresholds: string
  mode: Mode
  failOn: FailOn
  tempPaths: string[]
  fixTemp: boolean
  defenderExclusions: DefenderExclusions
  defenderRestore: boolean
  defenderTimeoutMs: number
  testPaths: string[]
  reportPath: string
  /** The job's matrix values (input `matrix`), for the report's runner identity. */
  matrix: Record<string, unknown> | undefined
}

type Read = (name: string) => string

const defaultRead: Read = name => core.getInput(name)

/** Where path inputs are resolved: the workspace, with the runner's path rules. */
export interface InputPlace {
  workspace: string
  platform: NodeJS.Platform
}

const PATH_LENGTH = 1024
const LIST_LENGTH = 64 * 1024
export const MAX_TEMP_PATHS = 32
export const MAX_TEST_PATHS = 64
export const MAX_CACHE_DEPENDENCY_PATHS = 64
/** The primary timer loop's nominal time, samples × trials × interval (each trial stops at 2×). */
export const MAX_TIMER_SECONDS = 120

/**
 * Every input's bound, checked before any work. `maxLength` caps the raw value; `text` is what
 * action.yml and the README state (a test keeps the three in agreement).
 */
export const INPUT_BOUNDS: Record<string, { maxLength: number; text: string }> = {
  'go-version': { maxLength: 100, text: 'one line, at most 100 characters' },
  'go-version-file': {
    maxLength: PATH_LENGTH,
    text: `a file in the workspace, at most ${formatBytes(VERSION_FILE_MAX_BYTES)}`
  },
  'check-latest': { maxLength: 16, text: 'true or false' },
  architecture: { maxLength: 16, text: 'one of the names listed' },
  token: { maxLength: 1024, text: 'one line, at most 1024 characters' },
  cache: { maxLength: 16, text: 'true or false' },
  'cache-dependency-path': {
    maxLength: LIST_LENGTH,
    text: `at most ${MAX_CACHE_DEPENDENCY_PATHS} lines; files outside the workspace are not hashed`
  },
  'go-download-base-url': { maxLength: 2048, text: 'an http(s) URL, at most 2048 characters' },
  'require-checksum': { maxLength: 16, text: 'true or false' },
  'working-directory': { maxLength: PATH_LENGTH, text: 'an existing directory in the workspace' },
  'timer-samples': {
    maxLength: 16,
    text: `50 to 100000; samples × trials × interval at most ${MAX_TIMER_SECONDS} s`
  },
  'timer-trials': { maxLength: 16, text: '1 to 50' },
  'timer-interval': { maxLength: 16, text: '100us to 100ms' },
  'sleep-samples': { maxLength: 16, text: '0 to 100 (at most 10 s)' },
  'go-probe': { maxLength: 16, text: 'true or false' },
  environment: { maxLength: 16, text: 'one of the names listed' },
  thresholds: {
    maxLength: THRESHOLDS_LIMITS.bytes,
    text: `at most ${formatBytes(THRESHOLDS_LIMITS.bytes)}, inline or a file in the workspace; at most ${THRESHOLDS_LIMITS.aliases} YAML aliases`
  },
  mode: { maxLength: 16, text: 'enforce or report' },
  'fail-on': { maxLength: 16, text: 'error, warning or never' },
  'temp-paths': {
    maxLength: LIST_LENGTH,
    text: `at most ${MAX_TEMP_PATHS} lines; absolute, or relative inside the workspace`
  },
  'fix-temp': { maxLength: 16, text: 'true or false' },
  'defender-exclusions': { maxLength: 16, text: 'off or add' },
  'defender-restore': { maxLength: 16, text: 'true or false' },
  'defender-timeout': { maxLength: 16, text: '1s to 600s' },
  'test-paths': {
    maxLength: LIST_LENGTH,
    text: `at most ${MAX_TEST_PATHS} lines, in the workspace`
  },
  'report-path': { maxLength: PATH_LENGTH, text: 'a file path in the workspace' },
  matrix: {
    maxLength: MATRIX_INPUT_MAX_BYTES,
    text: `a JSON object, at most ${formatBytes(MATRIX_INPUT_MAX_BYTES)}`
  }
}

/** The runner's reader, refusing a value past its input's bound before anything parses it. */
function boundedRead(read: Read): Read {
  return name => {
    const raw = read(name)
    const bound = INPUT_BOUNDS[name]
    if (bound !== undefined && raw.length > bound.maxLength) {
      throw new UserError(
        `Input '${name}' is ${raw.length} characters long: expected at most ${bound.maxLength}.`
      )
    }
    return raw
  }
}

export function readBoolean(read: Read, name: string, fallback: boolean): boolean {
  const raw = read(name).trim()
  if (raw === '') return fallback
  if (/^(true|yes|on)$/i.test(raw)) return true
  if (/^(false|no|off)$/i.test(raw)) return false
  throw new InputError(name, raw, 'true or false')
}

export function readInteger(
  read: Read,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  const raw = read(name).trim()
  if (raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw new InputError(name, raw, `a whole number from ${min} to ${max}`)
  const value = Number(raw)
  if (value < min || value > max)
    throw new InputError(name, raw, `a whole number from ${min} to ${max}`)
  return value
}

export function readChoice<T extends string>(
  read: Read,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const raw = read(name).trim()
  if (raw === '') return fallback
  const match = choices.find(choice => choice === raw.toLowerCase())
  if (match === undefined) throw new InputError(name, raw, `one of ${choices.join(', ')}`)
  return match
}

const DURATION_UNITS_US: Record<string, number> = { us: 1, µs: 1, ms: 1000, s: 1_000_000 }

/** A duration such as `1ms`, `250us` or `0.5 ms`, in microseconds. A bare number is in `defaultUnit`. */
export function readDurationUs(
  read: Read,
  name: string,
  fallbackUs: number,
  minUs: number,
  maxUs: number,
  defaultUnit: 'us' | 'ms' | 's' = 'us'
): number {
  const raw = read(name).trim()
  if (raw === '') return fallbackUs
  const match = /^(\d+(?:\.\d+)?)\s*(us|µs|ms|s)?$/.exec(raw)
  // The example is the default, so it is always inside the range.
  const example = minUs <= fallbackUs && fallbackUs <= maxUs ? fallbackUs : minUs
  const expected = `a duration from ${formatDuration(minUs)} to ${formatDuration(maxUs)}, such as ${formatDuration(example)}`
  if (!match) throw new InputError(name, raw, expected)
  const value = Number(match[1]) * DURATION_UNITS_US[match[2] ?? defaultUnit]
  if (value < minUs || value > maxUs) throw new InputError(name, raw, expected)
  return Math.round(value)
}

/** The largest unit that shows the value whole: 600s, 100ms, 250us. */
export function formatDuration(us: number): string {
  if (us >= 1_000_000 && us % 1_000_000 === 0) return `${us / 1_000_000}s`
  if (us >= 1000 && us % 1000 === 0) return `${us / 1000}ms`
  return `${us}us`
}

/** Lines of a multi-line input, trimmed, blanks and `#` comments dropped; at most `maxLines`. */
export function readList(
  read: Read,
  name: string,
  maxLines = Infinity,
  maxLineLength = Infinity
): string[] {
  const lines = read(name)
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
  if (lines.length > maxLines) {
    throw new UserError(
      `Input '${name}' has ${lines.length} entries: expected at most ${maxLines}, one per line.`
    )
  }
  const long = lines.findIndex(line => line.length > maxLineLength)
  if (long !== -1) {
    throw new UserError(
      `Input '${name}' line ${long + 1} is ${lines[long].length} characters long: expected at most ${maxLineLength}.`
    )
  }
  return lines
}

/** One line of printable text; the message names the input and the character found. */
function readLine(read: Read, name: string, secret = false): string {
  const value = read(name).trim()
  const control = /[\p{Cc}]/u.exec(value)
  if (control !== null) {
    const what =
      control[0] === '\n' || control[0] === '\r'
        ? 'a newline'
        : `the control character ${quoteValue(control[0])}`
    const shown = secret ? '' : ` ${quoteValue(value)}`
    throw new UserError(`Input '${name}'${shown} contains ${what}: expected one line.`)
  }
  return value
}

export function readInputs(
  rawRead: Read = defaultRead,
  place: InputPlace = readRunContext()
): Inputs {
  const read = boundedRead(rawRead)
  const pathRule = (input: string) => ({ input, ...place })
  const architecture = read('architecture').trim()
  if (
    architecture !== '' &&
    !/^(x64|x86|x32|arm64|arm|amd64|386|ppc64le|s390x|armv6l)$/i.test(architecture)
  ) {
    throw new InputError(
      'architecture',
      architecture,
      'one of x64, x86 (or x32, as setup-go), arm64, arm (or Go names amd64, 386)'
    )
  }
  const baseUrl = (
    readLine(read, 'go-download-base-url') ||
    process.env.GO_DOWNLOAD_BASE_URL ||
    ''
  ).trim()
  if (baseUrl !== '' && (!/^https?:\/\/[^\s]+$/i.test(baseUrl) || !URL.canParse(baseUrl))) {
    throw new InputError('go-download-base-url', baseUrl, 'an http:// or https:// URL')
  }
  const environment = read('environment').trim().toLowerCase() || 'auto'
  if (environment !== 'auto' && !ENVIRONMENT_CLASSES.includes(environment as EnvironmentClass)) {
    throw new InputError(
      'environment',
      environment,
      `auto or one of ${ENVIRONMENT_CLASSES.join(', ')}`
    )
  }
  const versionFile = read('go-version-file').trim()
  // Checked here, before any work; the Go capability reads it (with the same rule).
  if (versionFile !== '')
    resolveInputPath(versionFile, { ...pathRule('go-version-file'), followLinks: true })
  const workingDirectory = readWorkingDirectory(read, place)
  const timer: TimerInputs = {
    samples: readInteger(read, 'timer-samples', 300, 50, 100_000),
    trials: readInteger(read, 'timer-trials', 5, 1, 50),
    intervalUs: readDurationUs(read, 'timer-interval', 1000, 100, 100_000),
    sleepSamples: readInteger(read, 'sleep-samples', 5, 0, 100),
    goProbe: readBoolean(read, 'go-probe', true)
  }
  const timerSeconds = (timer.samples * timer.trials * timer.intervalUs) / 1_000_000
  if (timerSeconds > MAX_TIMER_SECONDS) {
    throw new UserError(
      `Inputs 'timer-samples' × 'timer-trials' × 'timer-interval' (${timer.samples} × ${timer.trials} × ${formatDuration(timer.intervalUs)}) ask for ${timerSeconds} s of measurement: expected at most ${MAX_TIMER_SECONDS} s.`
    )
  }
  const tempPaths = readList(read, 'temp-paths', MAX_TEMP_PATHS, PATH_LENGTH).map(path =>
    resolveInputPath(path, { ...pathRule('temp-paths'), absoluteOutside: true })
  )
  const testPaths = readList(read, 'test-paths', MAX_TEST_PATHS, PATH_LENGTH)
  for (const entry of testPaths) {
    // Go list style, relative to the working directory: `dir/...` names dir and below, so the
    // directory part must stay inside the workspace.
    const dir = entry.replace(/\\/g, '/').replace(/(^|\/)\.\.\.$/, '') || '.'
    resolveInputPath(dir, { ...pathRule('test-paths'), base: workingDirectory, followLinks: true })
  }
  const reportPath = read('report-path').trim()
  return {
    go: {
      version: readLine(read, 'go-version'),
      versionFile,
      checkLatest: readBoolean(read, 'check-latest', false),
      architecture: architecture.toLowerCase(),
      token: readLine(read, 'token', true),
      downloadBaseUrl: baseUrl.replace(/\/+$/, ''),
      requireChecksum: readBoolean(read, 'require-checksum', false)
    },
    cache: {
      enabled: readBoolean(read, 'cache', true),
      dependencyPath: readList(
        read,
        'cache-dependency-path',
        MAX_CACHE_DEPENDENCY_PATHS,
        PATH_LENGTH
      )
    },
    workingDirectory,
    timer,
    environment: environment as EnvironmentClass | 'auto',
    thresholds: read('thresholds').trim(),
    mode: readChoice(read, 'mode', ['enforce', 'report'] as const, 'enforce'),
    failOn: readChoice(read, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    tempPaths,
    fixTemp: readBoolean(read, 'fix-temp', false),
    defenderExclusions: readChoice(read, 'defender-exclusions', ['off', 'add'] as const, 'off'),
    defenderRestore: readBoolean(read, 'defender-restore', true),
    defenderTimeoutMs:
      readDurationUs(read, 'defender-timeout', 30_000_000, 1_000_000, 600_000_000, 's') / 1000,
    testPaths: testPaths.length > 0 ? testPaths : ['./...'],
    reportPath:
      reportPath === ''
        ? ''
        : resolveInputPath(reportPath, { ...pathRule('report-path'), followLinks: true }),
    matrix: parseMatrixInput(read('matrix'))
  }
}

/** The absolute working directory: inside the workspace, and an existing directory. */
function readWorkingDirectory(read: Read, place: InputPlace): string {
  const value = read('working-directory').trim() || '.'
  const path = resolveInputPath(value, {
    input: 'working-directory',
    ...place,
    followLinks: true
  })
  if (!existsSync(path)) {
    throw new UserError(
      `Input 'working-directory' has path ${quoteValue(value)}, which does not exist in the workspace: expected the directory of your Go module (check out the repository first).`
    )
  }
  if (!statSync(path).isDirectory()) {
    throw new UserError(
      `Input 'working-directory' has path ${quoteValue(value)}, which is a file: expected a directory.`
    )
  }
  return path
}
