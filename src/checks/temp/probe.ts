// The functional probe, the verdict of this check: do in a directory what `go test` does there.
// Create a fresh folder, list the parent, write a small executable, run it twice, delete it all.
// Every step is timed; the folder is removed even when a step fails.
import { chmod, copyFile, mkdtemp, readdir, rm, statfs } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { runProcess, type ProcessResult } from '../../process.js'
import type { TempProbeStep } from './types.js'

export interface ProbeTarget {
  /** Executable copied into the directory (a small system binary). */
  sourceExecutable: string
  /** `.exe` on Windows, empty elsewhere. */
  executableSuffix: string
  /** Retry deletes that fail with sharing violations / access denied, as Go's testing package does on Windows. */
  retryDelete: boolean
  execTimeoutMs: number
  /** Windows: the Win32 error behind a failed spawn (libuv reports 1260 and 225 as UNKNOWN). */
  spawnErrorCode?: (file: string) => number | undefined
}

export interface ProbeFailure {
  step: TempProbeStep['step']
  /** errno code (`EACCES`, `ENOSPC`, `EROFS`, ...) or `TIMEOUT` / `EXIT`. */
  code: string
  /** Win32 error from CreateProcess, when the platform could tell. */
  win32Error?: number
  message: string
}

export interface ProbeOutcome {
  steps: TempProbeStep[]
  failure?: ProbeFailure
  firstRunMs?: number
  secondRunMs?: number
  /** How many times a delete had to be retried before it succeeded (or gave up). */
  deleteRetries: number
  /** A probe folder that could not be removed. */
  leftover?: string
  freeBytes?: number
  freeInodes?: number
}

/** Go's testing.removeAll gives up after 2 s; it naps 1 ms, then longer. Deterministic here. */
export const DELETE_RETRY_BUDGET_MS = 2000
export function deleteRetryDelays(budgetMs = DELETE_RETRY_BUDGET_MS): number[] {
  const delays: number[] = []
  let total = 0
  for (let next = 1; total + next <= budgetMs; next *= 2) {
    delays.push(next)
    total += next
  }
  return delays
}

/** Errors worth retrying: Node's names for ERROR_SHARING_VIOLATION and ERROR_ACCESS_DENIED. */
export function isRetryableDeleteError(code: string | undefined): boolean {
  return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ENOTEMPTY'
}

const PROBE_PREFIX = 'go-win-preflight-probe-'

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'ERROR'
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function removeWithRetries(
  path: string,
  retry: boolean
): Promise<{ retries: number; error?: unknown }> {
  const delays = retry ? deleteRetryDelays() : []
  for (let attempt = 0; ; attempt++) {
    try {
      await rm(path, { recursive: true, force: true })
      return { retries: attempt }
    } catch (error) {
      if (attempt >= delays.length || !isRetryableDeleteError(errorCode(error)))
        return { retries: attempt, error }
      await new Promise(resolve => setTimeout(resolve, delays[attempt]))
    }
  }
}

/** Free space and inodes; undefined where the file system does not report them (e.g. inodes on Windows). */
export async function freeSpace(
  directory: string
): Promise<{ freeBytes?: number; freeInodes?: number }> {
  try {
    const stats = await statfs(directory)
    return {
      freeBytes: stats.bavail * stats.bsize,
      freeInodes: stats.files > 0 ? stats.ffree : undefined
    }
  } catch {
    return {}
  }
}

export async function probeDirectory(
  directory: string,
  target: ProbeTarget
): Promise<ProbeOutcome> {
  const outcome: ProbeOutcome = { steps: [], deleteRetries: 0, ...(await freeSpace(directory)) }
  let failed = false
  const step = async <T>(
    name: TempProbeStep['step'],
    work: () => Promise<T>
  ): Promise<T | undefined> => {
    const started = performance.now()
    try {
      const result = await work()
      outcome.steps.push({ step: name, ok: true, ms: elapsed(started) })
      return result
    } catch (error) {
      failed = true
      outcome.steps.push({ step: name, ok: false, ms: elapsed(started), error: errorText(error) })
      outcome.failure ??= {
        step: name,
        code: errorCode(error),
        message: errorText(error),
        win32Error: (error as { win32Error?: number }).win32Error
      }
      return undefined
    }
  }

  const work = await step('create', () => mkdtemp(join(directory, PROBE_PREFIX)))
  if (work === undefined) return outcome
  try {
    await step('list', () => readdir(directory))
    const executable = join(
      work,
      `probe-${randomBytes(4).toString('hex')}${target.executableSuffix}`
    )
    if (!failed) {
      await step('write', async () => {
        await copyFile(target.sourceExecutable, executable)
        if (target.executableSuffix === '') await chmod(executable, 0o755)
      })
    }
    for (const name of ['exec-first', 'exec-second'] as const) {
      if (failed) break
      const ms = await step(name, () => runExecutable(executable, work, target))
      if (ms === undefined) break
      // The step records the whole spawn-to-exit time; the run times are what the Defender check compares.
      outcome.steps[outcome.steps.length - 1].ms = ms
      if (name === 'exec-first') outcome.firstRunMs = ms
      else outcome.secondRunMs = ms
    }
  } finally {
    const started = performance.now()
    const removal = await removeWithRetries(work, target.retryDelete)
    outcome.deleteRetries = removal.retries
    outcome.steps.push({
      step: 'delete',
      ok: removal.error === undefined,
      ms: elapsed(started),
      ...(removal.error === undefined ? {} : { error: errorText(removal.error) })
    })
    if (removal.error !== undefined) {
      outcome.leftover = work
      outcome.failure ??= {
        step: 'delete',
        code: errorCode(removal.error),
        message: errorText(removal.error)
      }
    }
  }
  return outcome
}

function spawnFailure(
  executable: string,
  error: NodeJS.ErrnoException,
  target: ProbeTarget
): Error {
  return Object.assign(new Error(`${executable} could not start: ${error.message}`), {
    code: error.code,
    win32Error: target.spawnErrorCode?.(executable)
  })
}

async function runExecutable(
  executable: string,
  cwd: string,
  target: ProbeTarget
): Promise<number> {
  let result: ProcessResult
  try {
    result = await runProcess(executable, [], {
      timeoutMs: target.execTimeoutMs,
      cwd,
      maxOutputBytes: 64 * 1024
    })
  } catch (error) {
    // Node throws (rather than emits) spawn errors other than EACCES/ENOENT/EAGAIN/EMFILE/ENFILE,
    // e.g. UNKNOWN, which is how libuv reports ERROR_ACCESS_DISABLED_BY_POLICY.
    throw spawnFailure(executable, error as NodeJS.ErrnoException, target)
  }
  if (result.spawnError) throw spawnFailure(executable, result.spawnError, target)
  if (result.timedOut) {
    throw Object.assign(new Error(`${executable} did not exit within ${target.execTimeoutMs} ms`), {
      code: 'TIMEOUT'
    })
  }
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().slice(0, 200)
    throw Object.assign(
      new Error(`${executable} exited with ${result.exitCode ?? result.signal}: ${detail}`),
      {
        code: 'EXIT'
      }
    )
  }
  return Math.round(result.durationMs * 10) / 10
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}
