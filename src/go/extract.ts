// Unpacks a Go archive, and proves it: an extractor counts as successful only when the tree
// it produced holds go/bin/go (go.exe on Windows). Tools that exit 0 having done nothing
// exist: Wine's powershell.exe is a stub, a policy-blocked tool may say nothing.
//
// tar.gz (Linux, macOS): unpacked while it downloads, by Node's zlib (inflates ~3x faster than
// `gzip -d` here) into npm's `tar`. zip (Windows): the system's bsdtar (`tar.exe`, Windows 10+)
// first, then an in-process reader (yauzl), which needs no tool at all: it works where tar.exe
// is missing (Server 2016, Nano, custom images, Wine). PowerShell's Expand-Archive/ZipFile is
// not tried: the in-process reader covers every case it covered, without a policy to block it.
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join, win32 } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as tar from 'tar'
import yauzl from 'yauzl'
import { UserError, errorMessage } from '../errors.js'
import { runProcess, type ProcessOptions, type ProcessResult } from '../process.js'
import type { BodySink } from './download.js'
import { goBinaryIn } from './cache.js'

export type Extractor =
  | {
      kind: 'process'
      name: string
      file: string
      args: string[]
    }
  | { kind: 'in-process'; name: string; format: 'zip' | 'tar.gz' }

const EXTRACT_TIMEOUT_MS = 10 * 60_000
export const TAR_GZ_STREAM = 'tar.gz stream (node:zlib + tar)'
export const ZIP_IN_PROCESS = 'zip in-process (yauzl)'

/** The tools to try, best first. Pure: the platform and environment decide. */
export function chooseExtractors(
  archive: string,
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv
): Extractor[] {
  if (!archive.endsWith('.zip'))
    return [{ kind: 'in-process', name: TAR_GZ_STREAM, format: 'tar.gz' }]
  const inProcess: Extractor = { kind: 'in-process', name: ZIP_IN_PROCESS, format: 'zip' }
  if (platform !== 'win32') return [inProcess]
  const systemRoot = env.SystemRoot || env.SYSTEMROOT || 'C:\\Windows'
  return [
    // The full path: Git for Windows puts a GNU tar on PATH that cannot read zip.
    {
      kind: 'process',
      name: 'tar.exe (bsdtar)',
      file: win32.join(systemRoot, 'System32', 'tar.exe'),
      args: ['-xf', archive, '-C', dest]
    },
    inProcess
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

/** The name of the proof: `go/bin/go` or `go/bin/go.exe`. */
function proofName(platform: NodeJS.Platform): string {
  return `go/bin/go${platform === 'win32' ? '.exe' : ''}`
}

/** Whether `dest` holds a Go tree: the only evidence an extractor's success counts on. */
export function holdsGo(dest: string, platform: NodeJS.Platform): boolean {
  return existsSync(goBinaryIn(join(dest, 'go'), platform))
}

/**
 * Tries each extractor on an empty `dest` until one leaves go/bin/go there. The one error line
 * names every tool tried and why it failed; an archive that every tool unpacked without a
 * go/bin/go is "not a Go distribution archive". Nothing is left in `dest` after a failure.
 */
export async function extractArchive(
  archive: string,
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  run: Runner = runProcess
): Promise<Extraction> {
  const failed: string[] = []
  let unpackedWithoutGo = 0
  const extractors = chooseExtractors(archive, dest, platform, env)
  for (const extractor of extractors) {
    rmSync(dest, { recursive: true, force: true, maxRetries: 5 })
    mkdirSync(dest, { recursive: true })
    const begun = performance.now()
    const why = await runExtractor(extractor, archive, dest, env, run)
    if (why === undefined && holdsGo(dest, platform)) {
      return { extractor: extractor.name, ms: performance.now() - begun, failed }
    }
    if (why !== undefined && /no space left on device|ENOSPC|not enough space/i.test(why)) {
      rmSync(dest, { recursive: true, force: true })
      throw new UserError(`No space left on device while extracting ${archive} into ${dest}.`)
    }
    if (why === undefined) unpackedWithoutGo++
    failed.push(`${extractor.name}: ${why ?? `finished but left no ${proofName(platform)}`}`)
  }
  rmSync(dest, { recursive: true, force: true, maxRetries: 5 })
  if (unpackedWithoutGo === extractors.length) {
    throw new UserError(
      `${archive} has no ${proofName(platform)}: it is not a Go distribution archive (${failed.join('; ')}).`
    )
  }
  throw new UserError(`Cannot extract ${archive}: ${failed.join('; ')}.`)
}

/** Runs one extractor; the reason it failed, or undefined when it says it succeeded. */
async function runExtractor(
  extractor: Extractor,
  archive: string,
  dest: string,
  env: NodeJS.ProcessEnv,
  run: Runner
): Promise<string | undefined> {
  if (extractor.kind === 'in-process') {
    try {
      if (extractor.format === 'zip') await extractZip(archive, dest)
      else await tarGzSink(dest).consume(createReadStream(archive))
      return undefined
    } catch (error) {
      return `${(error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'ENOSPC: ' : ''}${errorMessage(error)}`
    }
  }
  const result = await run(extractor.file, extractor.args, { timeoutMs: EXTRACT_TIMEOUT_MS, env })
  if (result.exitCode === 0) return undefined
  if (result.spawnError) return result.spawnError.message
  if (result.timedOut) return `timed out after ${EXTRACT_TIMEOUT_MS / 1000} s`
  return `exit ${result.exitCode}: ${lastLine(`${result.stderr}\n${result.stdout}`)}`
}

/**
 * A sink that unpacks a tar.gz into `dest` as the bytes arrive. `tar` refuses absolute paths
 * and `..` (preservePaths is off); `discard` empties `dest` for a retry.
 */
export function tarGzSink(dest: string): BodySink {
  return {
    consume: async body => {
      await mkdir(dest, { recursive: true })
      const unpack = tar.x({ cwd: dest, strict: true })
      // `tar` finishes reading before its last files are written: 'close' says all are.
      const closed = new Promise<void>((resolveClose, rejectClose) => {
        unpack.on('close', () => resolveClose())
        unpack.on('error', rejectClose)
      })
      closed.catch(() => undefined)
      try {
        await pipeline(body, createGunzip({ chunkSize: 1 << 18 }), unpack)
      } catch (error) {
        // Let writes already under way finish before anyone removes the folder.
        await Promise.race([closed.catch(() => undefined), delay(2_000)])
        throw error
      }
      await closed
    },
    discard: () => emptyFolder(dest)
  }
}

const delay = (ms: number) => new Promise(resolveDelay => setTimeout(resolveDelay, ms).unref())

/** Removes what is inside `dest`; retries the ENOTEMPTY/EBUSY a late writer or a scanner causes. */
async function emptyFolder(dest: string): Promise<void> {
  if (!existsSync(dest)) return
  for (const child of await readdir(dest)) {
    await rm(join(dest, child), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }
}

/**
 * Unpacks a zip with yauzl, which rejects absolute paths and `..` in entry names and checks
 * every entry's size and CRC. Unix modes stored in the zip are kept (the executable bit of
 * go/bin/go where it matters).
 */
export async function extractZip(archive: string, dest: string): Promise<void> {
  const zip = await yauzl.openPromise(archive, { strictFileNames: false })
  try {
    for await (const entry of zip.eachEntry()) {
      const target = join(dest, entry.fileName)
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true })
        continue
      }
      await mkdir(dirname(target), { recursive: true })
      const unixMode = (entry.externalFileAttributes >>> 16) & 0o777
      const stream = await zip.openReadStreamPromise(entry)
      await pipeline(stream, createWriteStream(target, { mode: unixMode || 0o644 }))
    }
  } finally {
    // eachEntry closes the file at its end; a failure part-way leaves it open.
    if (zip.isOpen) zip.close()
  }
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
