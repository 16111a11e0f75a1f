// Unpacks a Go archive, and proves it: an extractor counts as successful only when the tree
// it produced holds go/bin/go (go.exe on Windows). Tools that exit 0 having done nothing
// exist: Wine's powershell.exe is a stub, a policy-blocked tool may say nothing.
//
// tar.gz (Linux, macOS): unpacked while it downloads. Node's zlib inflates (~2x faster than
// `gzip -d` here) into the system's tar (GNU tar, or bsdtar on macOS) when PATH has one: it
// writes the ~15,000 files about twice as fast as npm's `tar`, which is the fallback
// (docs/performance.md). zip (Windows): the system's bsdtar (`tar.exe`, Windows 10+) first,
// then an in-process reader (yauzl), which needs no tool at all: it works where tar.exe is
// missing (Server 2016, Nano, custom images, Wine). PowerShell's Expand-Archive/ZipFile is not
// tried: the in-process reader covers every case it covered, without a policy to block it.
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join, win32 } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as tar from 'tar'
import yauzl from 'yauzl'
import { UserError, errorMessage } from '../errors.js'
import {
  pathEntries,
  runProcess,
  whichOnPath,
  type ProcessOptions,
  type ProcessResult
} from '../process.js'
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
// The system tar runs as long as the download feeds it; the download's own silence timer ends
// a stalled transfer long before this backstop.
const STREAM_TIMEOUT_MS = 60 * 60_000
export const STREAM_INTO_SYSTEM_TAR = 'tar.gz stream (node:zlib + system tar)'
export const STREAM_INTO_NPM_TAR = 'tar.gz stream (node:zlib + npm tar)'
export const ZIP_IN_PROCESS = 'zip in-process (yauzl)'

/** The tools to try, best first. Pure: the platform and environment decide. */
export function chooseExtractors(
  archive: string,
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv
): Extractor[] {
  if (!archive.endsWith('.zip'))
    return [{ kind: 'in-process', name: STREAM_INTO_NPM_TAR, format: 'tar.gz' }]
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
      else await npmTarSink(dest).consume(createReadStream(archive))
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

export interface TarGzStream {
  /** Which unpacker, as the report names it. */
  name: string
  sink: BodySink
}

/** The streaming unpacker for a tar.gz into `dest`: the system's tar on PATH, else npm's. */
export function tarGzStream(
  dest: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv
): TarGzStream {
  const systemTar = whichOnPath('tar', pathEntries(env, platform), platform, env.PATHEXT)
  return systemTar
    ? { name: STREAM_INTO_SYSTEM_TAR, sink: systemTarSink(systemTar, dest, env) }
    : { name: STREAM_INTO_NPM_TAR, sink: npmTarSink(dest) }
}

const inflate = () => createGunzip({ chunkSize: 1 << 18 })

/**
 * Node's zlib into the system's tar reading stdin. GNU tar and bsdtar both refuse absolute
 * names and `..` by default and create links that point outside only at the end;
 * --no-same-owner: the files belong to the runner's user, also when it is root.
 */
function systemTarSink(tar: string, dest: string, env: NodeJS.ProcessEnv): BodySink {
  return {
    consume: async body => {
      await mkdir(dest, { recursive: true })
      const inflated = inflate()
      const inflating = pipeline(body, inflated).catch((error: unknown) => error)
      const result = await runProcess(tar, ['-x', '-f', '-', '-C', dest, '--no-same-owner'], {
        timeoutMs: STREAM_TIMEOUT_MS,
        env,
        stdin: inflated,
        maxOutputBytes: 64 * 1024
      })
      // A tar that never started or quit early reads no more: stop inflating for it.
      inflated.destroy()
      const streamError = await inflating
      // The body or zlib failing is the cause; a pipe broken because tar quit is tar's doing.
      if (streamError !== undefined && !brokenPipe(streamError)) throw streamError
      if (result.exitCode === 0 && streamError === undefined) return
      if (result.spawnError) throw new Error(`${tar}: ${result.spawnError.message}`)
      if (result.timedOut) throw new Error(`${tar} timed out after ${STREAM_TIMEOUT_MS / 1000} s`)
      throw new Error(`${tar} exited ${result.exitCode}: ${tarComplaint(result.stderr)}`)
    },
    discard: () => emptyFolder(dest)
  }
}

/**
 * npm's `tar`, for a system without one. It refuses absolute paths and `..` (preservePaths
 * is off). A refused entry is a warning that lets it go on to its end, so that nothing is
 * still being written when the caller removes the folder; the first one fails the unpacking.
 */
function npmTarSink(dest: string): BodySink {
  return {
    consume: async body => {
      await mkdir(dest, { recursive: true })
      let refused: string | undefined
      const unpack = tar.x({
        cwd: dest,
        onwarn: (code, message) => {
          refused ??= `${code}: ${message}`
        }
      })
      // `tar` finishes reading before its last files are written: 'close' says all are.
      const closed = new Promise<void>((resolveClose, rejectClose) => {
        unpack.on('close', () => resolveClose())
        unpack.on('error', rejectClose)
      })
      closed.catch(() => undefined)
      try {
        await pipeline(body, inflate(), unpack)
      } catch (error) {
        // Let writes already under way finish before anyone removes the folder.
        await Promise.race([closed.catch(() => undefined), delay(2_000)])
        throw error
      }
      await closed
      if (refused !== undefined) throw new Error(refused)
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

const brokenPipe = (error: unknown): boolean =>
  ['EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'].includes(
    (error as NodeJS.ErrnoException).code ?? ''
  )

/** tar's first real complaint: not its notes on stripped names, not its closing summary. */
function tarComplaint(stderr: string): string {
  const lines = stderr.split(/\r?\n/).filter(Boolean)
  return (
    lines.find(line => !/Removing leading|Exiting with failure status/.test(line)) ??
    lastLine(stderr)
  )
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
