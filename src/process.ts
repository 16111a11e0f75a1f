// The one way this action starts a process: no shell, arguments as an array, always a timeout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathList } from './paths.js'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface ProcessResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
  /** Set when the process could not be started at all (ENOENT, EACCES, ...). */
  spawnError?: NodeJS.ErrnoException
}

export interface ProcessOptions {
  timeoutMs: number
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed. */
  input?: string
  /**
   * Piped into stdin instead of `input`; when the pipe fails the process is killed. Why it
   * failed is the caller's to read from its stream (a process that exits early breaks the
   * pipe: then its exit code says why).
   */
  stdin?: Readable
  /** Output beyond this many bytes per stream is dropped (a runaway tool cannot fill memory). */
  maxOutputBytes?: number
}

export function runProcess(
  file: string,
  args: readonly string[],
  options: ProcessOptions
): Promise<ProcessResult> {
  const limit = options.maxOutputBytes ?? 16 * 1024 * 1024
  const started = performance.now()
  return new Promise(resolveResult => {
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let settled = false
    // Set once the process has started; a spawn that throws never arms it.
    let timer: NodeJS.Timeout | undefined = undefined
    const finish = (partial: Partial<ProcessResult>): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolveResult({
        exitCode: null,
        signal: null,
        stdout,
        stderr,
        timedOut,
        durationMs: performance.now() - started,
        ...partial
      })
    }
    let child: ChildProcessWithoutNullStreams
    try {
      child = spawn(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        shell: false
      })
    } catch (error) {
      // Node throws (rather than emits) spawn errors it has no code for, e.g. libuv's UNKNOWN
      // for Windows error 1260, "blocked by group policy".
      finish({ spawnError: error as NodeJS.ErrnoException })
      return
    }
    timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < limit) stdout += chunk
    })
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < limit) stderr += chunk
    })
    child.stdin.on('error', () => undefined)
    child.on('error', error => finish({ spawnError: error as NodeJS.ErrnoException }))
    child.on('close', (exitCode, signal) => finish({ exitCode, signal }))
    if (options.stdin) pipeline(options.stdin, child.stdin).catch(() => child.kill('SIGKILL'))
    else child.stdin.end(options.input ?? '')
  })
}

/** PATH's folders, in order (`Path` as Windows spells it). */
export function pathEntries(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  return pathList(env.PATH ?? env.Path ?? '', platform)
}

/** Finds an executable by name on a PATH, the way a shell would (PATHEXT on Windows). */
export function whichOnPath(
  name: string,
  path: readonly string[],
  platform: NodeJS.Platform,
  pathext: string | undefined
): string | undefined {
  const extensions =
    platform === 'win32' ? (pathext || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : ['']
  for (const dir of path) {
    for (const extension of extensions) {
      const candidate = join(dir, name + extension.toLowerCase())
      try {
        if (!statSync(candidate).isFile()) continue
        if (platform !== 'win32') accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here
      }
    }
  }
  return undefined
}
