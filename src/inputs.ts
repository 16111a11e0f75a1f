// Every action input is read and validated here, once. Capabilities receive typed values.
import * as core from '@actions/core'
import { InputError } from './errors.js'
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
}

type Read = (name: string) => string

const defaultRead: Read = name => core.getInput(name)

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
  const expected = `a duration from ${minUs} us to ${maxUs} us, such as 1ms or 500us`
  if (!match) throw new InputError(name, raw, expected)
  const value = Number(match[1]) * DURATION_UNITS_US[match[2] ?? defaultUnit]
  if (value < minUs || value > maxUs) throw new InputError(name, raw, expected)
  return Math.round(value)
}

/** Lines of a multi-line input, trimmed, blanks and `#` comments dropped. */
export function readList(read: Read, name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

export function readInputs(read: Read = defaultRead): Inputs {
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
    read('go-download-base-url').trim() ||
    process.env.GO_DOWNLOAD_BASE_URL ||
    ''
  ).trim()
  if (baseUrl !== '' && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
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
  const testPaths = readList(read, 'test-paths')
  return {
    go: {
      version: read('go-version').trim(),
      versionFile: read('go-version-file').trim(),
      checkLatest: readBoolean(read, 'check-latest', false),
      architecture: architecture.toLowerCase(),
      token: read('token'),
      downloadBaseUrl: baseUrl.replace(/\/+$/, ''),
      requireChecksum: readBoolean(read, 'require-checksum', false)
    },
    workingDirectory: read('working-directory').trim() || '.',
    timer: {
      samples: readInteger(read, 'timer-samples', 300, 50, 100_000),
      trials: readInteger(read, 'timer-trials', 5, 1, 50),
      intervalUs: readDurationUs(read, 'timer-interval', 1000, 100, 100_000),
      sleepSamples: readInteger(read, 'sleep-samples', 5, 0, 100),
      goProbe: readBoolean(read, 'go-probe', true)
    },
    environment: environment as EnvironmentClass | 'auto',
    thresholds: read('thresholds').trim(),
    mode: readChoice(read, 'mode', ['enforce', 'report'] as const, 'enforce'),
    failOn: readChoice(read, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    tempPaths: readList(read, 'temp-paths'),
    fixTemp: readBoolean(read, 'fix-temp', false),
    defenderExclusions: readChoice(read, 'defender-exclusions', ['off', 'add'] as const, 'off'),
    defenderRestore: readBoolean(read, 'defender-restore', true),
    defenderTimeoutMs:
      readDurationUs(read, 'defender-timeout', 30_000_000, 1_000_000, 600_000_000, 's') / 1000,
    testPaths: testPaths.length > 0 ? testPaths : ['./...'],
    reportPath: read('report-path').trim()
  }
}
