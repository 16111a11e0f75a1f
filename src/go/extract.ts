// Unpacks a Go archive. Windows: the system's bsdtar (`tar.exe`, Windows 10+) reads zip far
// faster than Expand-Archive; PowerShell's ZipFile is the fallback. Elsewhere: tar -xzf.
import { mkdirSync, rmSync } from 'node:fs'
import { win32 } from 'node:path'
import { UserError } from '../errors.js'
import { runProcess, type ProcessOptions, type ProcessResult } from '../process.js'

export interface Extractor {
  name: string
  file: string
  args: string[]
  /** Paths travel in the environment, never inside a PowerShell command string. */
  env?: Record<string, string>
}

const EXTRACT_TIMEOUT_MS = 10 * 60_000

/** The tools to try, best first. Pure: the platform and environment decide. */
export function chooseExtractors(
  archive: string,
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv
): Extractor[] {
  if (!archive.endsWith('.zip'))
    return [{ name: 'tar', file: 'tar', args: ['-xzf', archive, '-C', dest] }]
  if (platform !== 'win32')
    return [{ name: 'unzip', file: 'unzip', args: ['-q', '-o', archive, '-d', dest] }]
  const systemRoot = env.SystemRoot || env.SYSTEMROOT || 'C:\\Windows'
  const system32 = win32.join(systemRoot, 'System32')
  return [
    // The full path: Git for Windows puts a GNU tar on PATH that cannot read zip.
    {
      name: 'tar.exe (bsdtar)',
      file: win32.join(system32, 'tar.exe'),
      args: ['-xf', archive, '-C', dest]
    },
    {
      name: 'PowerShell ZipFile',
      file: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
      args: [
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        "$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.IO.Compression.FileSystem; " +
          '[System.IO.Compression.ZipFile]::ExtractToDirectory($env:GWP_ARCHIVE, $env:GWP_DEST)'
      ],
      env: { GWP_ARCHIVE: archive, GWP_DEST: dest }
    }
  ]
}

export type Runner = (
  file: string,
  args: readonly string[],
  options: ProcessOptions
) => Promise<ProcessResult>

export interface Extraction {
  extractor: string
  ms: number
  /** Tools that failed before the one that worked, with why. */
  failed: string[]
}

/** Tries each extractor on an empty `dest`; ENOSPC and "all failed" are one-line errors. */
export async function extractArchive(
  archive: string,
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  run: Runner = runProcess
): Promise<Extraction> {
  const failed: string[] = []
  for (const extractor of chooseExtractors(archive, dest, platform, env)) {
    rmSync(dest, { recursive: true, force: true })
    mkdirSync(dest, { recursive: true })
    const result = await run(extractor.file, extractor.args, {
      timeoutMs: EXTRACT_TIMEOUT_MS,
      env: { ...env, ...extractor.env }
    })
    if (result.exitCode === 0) return { extractor: extractor.name, ms: result.durationMs, failed }
    const output = `${result.stderr}\n${result.stdout}`
    if (/no space left on device|ENOSPC|not enough space/i.test(output)) {
      rmSync(dest, { recursive: true, force: true })
      throw new UserError(`No space left on device while extracting ${archive} into ${dest}.`)
    }
    const why = result.spawnError
      ? result.spawnError.message
      : result.timedOut
        ? `timed out after ${EXTRACT_TIMEOUT_MS / 1000} s`
        : `exit ${result.exitCode}: ${lastLine(output)}`
    failed.push(`${extractor.name}: ${why}`)
  }
  rmSync(dest, { recursive: true, force: true })
  throw new UserError(`Cannot extract ${archive}: ${failed.join('; ')}`)
}

function lastLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(Boolean)
      .at(-1) ?? 'no output'
  )
}
