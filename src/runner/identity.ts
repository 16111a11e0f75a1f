// Which runner wrote a report: the names GitHub gives it, the machine's size and the job and
// matrix values that ran on it. Pure over the environment and a few OS facts, so a fleet view
// can tell runners apart and match them with an earlier run.
import { UserError } from '../errors.js'

export interface RunnerIdentity {
  /** `RUNNER_NAME`: stable for a self-hosted runner, `GitHub Actions N` on hosted ones. */
  name?: string
  /** `RUNNER_OS`, else the platform's name. */
  os: string
  /** `RUNNER_ARCH`, else Node's architecture in the runner's spelling. */
  arch: string
  /** `RUNNER_LABELS` (comma-separated) where the runner's host sets it; GitHub's runner does not. */
  labels?: string[]
  imageOS?: string
  imageVersion?: string
  hostname: string
  cpu: { count: number; model: string }
  memoryBytes: number
  job?: string
  runId?: string
  runAttempt?: string
  /** Input `matrix` (`${{ toJSON(matrix) }}`): the matrix values of this job, when it has a matrix. */
  matrix?: Record<string, unknown>
}

/** What the OS says about the machine, read by the caller (node:os). */
export interface MachineFacts {
  platform: string
  arch: string
  hostname: string
  cpus: readonly { model: string }[]
  totalMemoryBytes: number
}

/** toJSON(matrix) of a large `include` stays far below this; anything bigger is not a matrix. */
export const MATRIX_INPUT_MAX_BYTES = 16 * 1024

const OS_NAMES: Record<string, string> = { win32: 'Windows', linux: 'Linux', darwin: 'macOS' }
const ARCH_NAMES: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' }

/**
 * Input `matrix`: empty or `null` (a job without a matrix) is no matrix; otherwise a JSON object
 * of at most 16 KiB. Anything else is one line naming the input and what was expected.
 */
export function parseMatrixInput(raw: string): Record<string, unknown> | undefined {
  const text = raw.trim()
  if (text === '' || text === 'null') return undefined
  const expected = 'a JSON object such as ${{ toJSON(matrix) }}'
  const bytes = Buffer.byteLength(text)
  if (bytes > MATRIX_INPUT_MAX_BYTES)
    throw new UserError(
      `Input 'matrix' is ${bytes} bytes: expected ${expected} of at most ${MATRIX_INPUT_MAX_BYTES} bytes.`
    )
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new UserError(`Input 'matrix' is not JSON (${reason}): expected ${expected}.`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UserError(
      `Input 'matrix' is JSON ${Array.isArray(value) ? 'array' : typeof value}: expected ${expected}.`
    )
  return value as Record<string, unknown>
}

export function runnerIdentity(
  env: NodeJS.ProcessEnv,
  machine: MachineFacts,
  matrix: Record<string, unknown> | undefined
): RunnerIdentity {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined
  const labels = value('RUNNER_LABELS')
    ?.split(',')
    .map(label => label.trim())
    .filter(label => label !== '')
  const identity: RunnerIdentity = {
    name: value('RUNNER_NAME'),
    os: value('RUNNER_OS') ?? OS_NAMES[machine.platform] ?? machine.platform,
    arch: value('RUNNER_ARCH') ?? ARCH_NAMES[machine.arch] ?? machine.arch,
    labels: labels && labels.length > 0 ? labels : undefined,
    imageOS: value('ImageOS'),
    imageVersion: value('ImageVersion'),
    hostname: machine.hostname,
    cpu: { count: machine.cpus.length, model: machine.cpus[0]?.model.trim() || 'unknown' },
    memoryBytes: machine.totalMemoryBytes,
    job: value('GITHUB_JOB'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
    matrix
  }
  // Absent rather than undefined: the JSON report and its schema test see the same keys.
  return Object.fromEntries(
    Object.entries(identity).filter(([, field]) => field !== undefined)
  ) as unknown as RunnerIdentity
}
