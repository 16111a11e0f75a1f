// Test helpers for Go downloads: a real Go archive built from Debian's golang-1.19-go tree, a
// hand-built stored zip, a go.dev-style mirror on 127.0.0.1 with switchable faults, and a
// GOPROXY=file:// module proxy.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { crc32 } from 'node:zlib'

export { DEBIAN_GOROOT } from './gates.js'
export const FIXTURE_DIR = join(tmpdir(), 'go-win-preflight-fixtures')
export const GO_ARCHIVE = join(FIXTURE_DIR, 'go1.19.8.linux-amd64.tar.gz')

/** Debian's tree packed as go.dev packs it (top-level `go/`, symlinks dereferenced); built once. */
export function buildGoArchive(): string {
  if (existsSync(GO_ARCHIVE)) return GO_ARCHIVE
  mkdirSync(FIXTURE_DIR, { recursive: true })
  const partial = `${GO_ARCHIVE}.${process.pid}.partial`
  execFileSync(
    'tar',
    ['-czhf', partial, '-C', '/usr/lib', '--transform', 's,^go-1\\.19,go,', 'go-1.19'],
    {
      timeout: 180_000
    }
  )
  renameSync(partial, GO_ARCHIVE)
  return GO_ARCHIVE
}

/** A tar.gz whose top folder is not `go/`: hand-built, for the "not a Go archive" error. */
export function buildNotGoArchive(): string {
  const file = join(FIXTURE_DIR, 'not-go.tar.gz')
  if (existsSync(file)) return file
  const src = join(FIXTURE_DIR, 'not-go-src', 'notgo')
  mkdirSync(src, { recursive: true })
  execFileSync('sh', ['-c', 'echo hello > "$1/README"', 'sh', src])
  execFileSync('tar', ['-czf', file, '-C', join(FIXTURE_DIR, 'not-go-src'), 'notgo'])
  return file
}

/**
 * A zip of stored (uncompressed) entries, hand-built: test data for the installer's zip path, and
 * what Go's module zips may be (the module proxy below).
 */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export type MirrorMode =
  | 'ok'
  | 'no-listing'
  | '404'
  | '403'
  | '429'
  | 'drop'
  | 'drop-once'
  | 'tamper'
  | 'hang-listing'
  /** Content-Length and body both 1000 bytes short of the file. */
  | 'short-length'

export interface ServedFile {
  /** go.dev's release name, e.g. `go1.19.8`. */
  version: string
  stable: boolean
  os: string
  arch: string
  filename: string
  /** Path on disk, or the bytes. */
  content: string | Buffer
  /** false: served but left out of the generated listing (the real listing names it). */
  listed?: boolean
}

/** go.dev's real listing (see __tests__/go/fixtures/go-dev-listing/SOURCE.md), parsed. */
export function realListing(): unknown[] {
  return JSON.parse(
    readFileSync(new URL('../go/fixtures/go-dev-listing/golang-dl.json', import.meta.url), 'utf8')
  ) as unknown[]
}

export interface Mirror {
  baseUrl: string
  mode: MirrorMode
  /** Requests per path (`/` is the listing). */
  hits: Map<string, number>
  sha256: Map<string, string>
  close(): Promise<void>
}

function digestOf(content: string | Buffer): { sha256: string; size: number } {
  const bytes = typeof content === 'string' ? readFileSync(content) : content
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length }
}

/** go.dev's listing format: newest first, each release with its files and their sha256. */
export function listingFor(files: ServedFile[], sha256: Map<string, string>): unknown[] {
  const releases = new Map<string, { version: string; stable: boolean; files: unknown[] }>()
  for (const file of files) {
    const release = releases.get(file.version) ?? {
      version: file.version,
      stable: file.stable,
      files: []
    }
    release.files.push({
      filename: file.filename,
      os: file.os,
      arch: file.arch,
      version: file.version,
      sha256: sha256.get(file.filename),
      size: typeof file.content === 'string' ? statSync(file.content).size : file.content.length,
      kind: 'archive'
    })
    releases.set(file.version, release)
  }
  return [...releases.values()]
}

/** The listing a mirror serves: its own files first (newest), then `behind` (the real one). */
export function mirrorListing(files: ServedFile[], sha256: Map<string, string>, behind: unknown[]) {
  return [
    ...listingFor(
      files.filter(file => file.listed !== false),
      sha256
    ),
    ...behind
  ]
}

export async function startMirror(files: ServedFile[], behind: unknown[] = []): Promise<Mirror> {
  const sha256 = new Map<string, string>()
  for (const file of files) sha256.set(file.filename, digestOf(file.content).sha256)
  const listing = JSON.stringify(mirrorListing(files, sha256, behind))
  const hits = new Map<string, number>()
  let dropped = false
  const mirror: Mirror = {
    baseUrl: '',
    mode: 'ok',
    hits,
    sha256,
    close: () =>
      new Promise(resolveClose => {
        server.close(() => resolveClose())
        server.closeAllConnections()
      })
  }
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1)
    const mode = mirror.mode
    if (url.pathname === '/') {
      if (mode === 'hang-listing') return
      if (mode === 'no-listing' || url.searchParams.get('mode') !== 'json') {
        response.writeHead(404).end('not found')
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(listing)
      return
    }
    const file = files.find(candidate => `/${candidate.filename}` === url.pathname)
    if (!file || mode === '404') {
      response.writeHead(404).end('not found')
      return
    }
    if (mode === '403' || mode === '429') {
      response.writeHead(Number(mode)).end('slow down')
      return
    }
    const bytes = typeof file.content === 'string' ? undefined : file.content
    const fullSize = bytes ? bytes.length : statSync(file.content as string).size
    const size = mode === 'short-length' ? fullSize - 1000 : fullSize
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size })
    if (mode === 'short-length') {
      if (bytes) response.end(bytes.subarray(0, size))
      else createReadStream(file.content as string, { end: size - 1 }).pipe(response)
      return
    }
    if (mode === 'drop' || (mode === 'drop-once' && !dropped)) {
      dropped = true
      const half = Math.floor(size / 2)
      if (bytes) response.write(bytes.subarray(0, half), () => response.destroy())
      else {
        const partial = createReadStream(file.content as string, { end: half })
        partial.pipe(response, { end: false })
        partial.on('end', () => response.destroy())
      }
      return
    }
    if (bytes) {
      const served = Buffer.from(bytes)
      if (mode === 'tamper') served[served.length - 1] ^= 0xff
      response.end(served)
      return
    }
    let first = true
    const flipOneByte = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (mode === 'tamper' && first) chunk[100] ^= 0xff
        first = false
        callback(null, chunk)
      }
    })
    createReadStream(file.content as string)
      .pipe(flipOneByte)
      .pipe(response)
  })
  await new Promise<void>(resolveListen => server.listen(0, '127.0.0.1', () => resolveListen()))
  mirror.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return mirror
}

/**
 * Writes module `path` at each version into the folder `root` of a GOPROXY=file:// proxy (its
 * @v/list, .info, .mod and .zip files), so `go build` really downloads modules into GOMODCACHE
 * without any network.
 */
export function writeProxyModule(root: string, path: string, versions: string[]): void {
  const dir = join(root, path, '@v')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'list'), versions.join('\n') + '\n')
  const name = path.split('/').pop()!
  for (const version of versions) {
    const goMod = `module ${path}\n\ngo 1.19\n`
    writeFileSync(
      join(dir, `${version}.info`),
      JSON.stringify({ Version: version, Time: '2026-01-01T00:00:00Z' })
    )
    writeFileSync(join(dir, `${version}.mod`), goMod)
    const prefix = `${path}@${version}/`
    writeFileSync(
      join(dir, `${version}.zip`),
      storedZip({
        [`${prefix}go.mod`]: goMod,
        [`${prefix}${name}.go`]: `package ${name}\n\n// Hello says hello from ${version}.\nfunc Hello() string { return "hello from ${version}" }\n`
      })
    )
  }
}
