// The installer for real, against a go.dev-style mirror on 127.0.0.1 serving Debian's Go 1.19
// packed as go1.19.8.linux-amd64.tar.gz with its real sha256.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../src/context.js'
import type { GoInputs } from '../../src/inputs.js'
import { findCheck, type CheckResult } from '../../src/checks/catalogue.js'
import {
  buildGoArchive,
  buildNotGoArchive,
  DEBIAN_GOROOT,
  realListing,
  startMirror,
  storedZip,
  type Mirror
} from '../helpers/go-mirror.js'
import { debianGoSuite } from '../helpers/gates.js'

const core = {
  addPath: jest.fn(),
  exportVariable: jest.fn(),
  info: jest.fn(),
  warning: jest.fn(),
  debug: jest.fn()
}
jest.unstable_mockModule('@actions/core', () => core)
const { setupGo } = await import('../../src/go/index.js')
const { downloadFile } = await import('../../src/go/download.js')
const { extractArchive } = await import('../../src/go/extract.js')
const { cachedGo, commitToCache, pickCached } = await import('../../src/go/cache.js')
const { parseVersionSpec } = await import('../../src/go/version-spec.js')
const { runProcess } = await import('../../src/process.js')

const { describe: suite } = debianGoSuite('the go-install tests')

const FAST = {
  headersTimeoutMs: 2_000,
  idleTimeoutMs: 2_000,
  retryDelaysMs: [20, 20],
  maxRedirects: 3
}

function inputs(overrides: Partial<GoInputs>): GoInputs {
  return {
    version: '',
    versionFile: '',
    checkLatest: false,
    architecture: '',
    token: '',
    downloadBaseUrl: '',
    requireChecksum: false,
    ...overrides
  }
}

/** Every temporary folder this file makes (installed Go trees are ~480 MB): removed after all. */
const made: string[] = []
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

function context(
  dirs: { toolCache?: string; runnerTemp?: string; env?: NodeJS.ProcessEnv } = {}
): RunContext {
  const base = scratch('gwp-go-test-')
  const home = join(base, 'home')
  mkdirSync(home)
  return {
    platform: 'linux',
    arch: 'x64',
    runnerTemp: dirs.runnerTemp ?? join(base, 'temp'),
    toolCache: dirs.toolCache ?? join(base, 'tool-cache'),
    workspace: join(base, 'workspace'),
    env: { PATH: '/usr/bin:/bin', HOME: home, ...dirs.env }
  }
}

function module(ctx: RunContext): string {
  mkdirSync(ctx.workspace, { recursive: true })
  writeFileSync(join(ctx.workspace, 'go.mod'), 'module example.com/m\n\ngo 1.19\n')
  return ctx.workspace
}

const details = (setup: { checks: CheckResult[] }) =>
  findCheck(setup.checks, 'go-install')!.details!

/** Nothing of this version is in the cache: no folder, no marker. */
function cacheHolds(toolCache: string): string[] {
  const goDir = join(toolCache, 'go')
  return existsSync(goDir) ? readdirSync(goDir).filter(name => !name.startsWith('.staging')) : []
}

/** Half-written things an install may leave: downloads, staging folders (cache or unverified). */
export function leftBehind(ctx: { runnerTemp: string; toolCache: string }): string[] {
  const list = (dir: string) =>
    existsSync(dir) ? readdirSync(dir).map(name => join(dir, name)) : []
  const temp = join(ctx.runnerTemp, 'go-win-preflight')
  const tools = [...list(ctx.toolCache), ...list(join(temp, 'unverified'))]
  return [
    ...list(join(temp, 'downloads')),
    ...tools.flatMap(list).filter(path => path.includes('.staging-'))
  ]
}

suite('Go installer against a loopback mirror', () => {
  let mirror: Mirror
  let archive: string
  const shared = { toolCache: '', runnerTemp: '' }

  beforeAll(async () => {
    archive = buildGoArchive()
    const linux = { os: 'linux', arch: 'amd64', content: archive }
    // go.dev's real listing with go1.19.8 (Debian's tree) in front as the newest stable.
    mirror = await startMirror(
      [
        { ...linux, version: 'go1.19.8', stable: true, filename: 'go1.19.8.linux-amd64.tar.gz' },
        { ...linux, version: 'go1.19.7', stable: true, filename: 'go1.19.7.linux-amd64.tar.gz' },
        { ...linux, version: 'go1.18.10', stable: true, filename: 'go1.18.10.linux-amd64.tar.gz' },
        {
          ...linux,
          version: 'go1.17.1',
          stable: true,
          filename: 'go1.17.1.linux-amd64.tar.gz',
          content: buildNotGoArchive()
        },
        {
          version: 'go1.19.8',
          stable: true,
          os: 'windows',
          arch: 'amd64',
          filename: 'go1.19.8.windows-amd64.zip',
          content: storedZip({ 'go/bin/go.exe': 'not really go', 'go/VERSION': 'go1.19.8' })
        },
        // The real listing names it with "sha256": "" and "size": 0.
        {
          ...linux,
          version: 'go1.4.2',
          stable: true,
          filename: 'go1.4.2.linux-amd64.tar.gz',
          listed: false
        }
      ],
      realListing()
    )
    const base = scratch('gwp-go-shared-')
    shared.toolCache = join(base, 'tool-cache')
    shared.runnerTemp = join(base, 'temp')
  }, 180_000)

  afterAll(async () => {
    await mirror?.close()
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('installs 1.19.8 after a dropped connection, verified, and `go version` runs from the cache', async () => {
    mirror.mode = 'drop-once'
    const ctx = context(shared)
    const setup = await setupGo(
      inputs({ version: '1.19.8', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    )
    const install = details(setup)
    expect(install).toMatchObject({
      source: 'download',
      checksum: 'verified',
      sha256: mirror.sha256.get('go1.19.8.linux-amd64.tar.gz'),
      bytes: lstatSync(archive).size,
      cacheHit: false,
      resolvedVersion: '1.19.8',
      goVersion: 'go1.19.8',
      extractor: 'tar.gz stream (node:zlib + system tar)'
    })
    expect(mirror.hits.get('/go1.19.8.linux-amd64.tar.gz')).toBe(2)
    const toolName = readdirSync(ctx.toolCache)[0]
    const goRoot = join(ctx.toolCache, toolName, '1.19.8', 'x64')
    expect(setup.toolchain).toEqual({
      goBinary: join(goRoot, 'bin', 'go'),
      goRoot,
      version: 'go1.19.8',
      source: 'download'
    })
    expect(existsSync(`${goRoot}.complete`)).toBe(true)
    const version = await runProcess(join(goRoot, 'bin', 'go'), ['version'], {
      timeoutMs: 30_000,
      env: { PATH: '/usr/bin:/bin' }
    })
    expect(version.stdout).toMatch(/^go version go1\.19\.8 linux\/amd64/)
    expect(core.addPath).toHaveBeenCalledWith(join(goRoot, 'bin'))
    expect(core.addPath).toHaveBeenCalledWith(join(ctx.env.HOME!, 'go', 'bin'))
    expect(core.exportVariable).toHaveBeenCalledWith('GOTOOLCHAIN', 'local')
    const matcher = core.info.mock.calls
      .map(call => String(call[0]))
      .find(line => line.startsWith('::add-matcher::'))
    expect(
      JSON.parse(readFileSync(matcher!.slice('::add-matcher::'.length), 'utf8')).problemMatcher
    ).toHaveLength(1)
    expect(setup.goEnv?.GOROOT).toBe(goRoot)
    expect(setup.checks.find(check => check.id === 'go-env')).toMatchObject({
      status: 'pass',
      findings: []
    })
    expect(leftBehind(ctx)).toEqual([])
  }, 120_000)

  it('hits the tool cache the second time without touching the mirror', async () => {
    mirror.mode = 'ok'
    const before = mirror.hits.get('/go1.19.8.linux-amd64.tar.gz')
    const ctx = context(shared)
    const setup = await setupGo(
      inputs({ version: '1.19', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    )
    expect(details(setup)).toMatchObject({
      source: 'tool-cache',
      cacheHit: true,
      checksum: 'not-applicable',
      resolvedVersion: '1.19.8'
    })
    expect(setup.toolchain?.source).toBe('tool-cache')
    expect(mirror.hits.get('/go1.19.8.linux-amd64.tar.gz')).toBe(before)
  }, 60_000)

  it.each([
    ['go.mod', 'module m\n\ngo 1.18\n\ntoolchain go1.19.8\n', {}, 'toolchain line 5 of go.mod'],
    ['go.work', 'go 1.19\n\nuse .\n', {}, 'go line 1 of go.work'],
    ['.go-version', '1.19.8\n', {}, 'line 1 of .go-version'],
    ['.tool-versions', 'golang 1.19.8\n', {}, 'golang line 1 of .tool-versions']
  ])(
    'resolves %s through the listing (check-latest) to the cached 1.19.8',
    async (file, content, env, origin) => {
      const ctx = context({ ...shared, env })
      mkdirSync(ctx.workspace, { recursive: true })
      writeFileSync(join(ctx.workspace, file), content)
      const setup = await setupGo(
        inputs({ versionFile: file, checkLatest: true, downloadBaseUrl: mirror.baseUrl }),
        ctx.workspace,
        ctx,
        FAST
      )
      expect(details(setup)).toMatchObject({
        requested: expect.stringContaining(origin),
        resolvedVersion: '1.19.8',
        cacheHit: true
      })
    },
    60_000
  )

  it.each([
    ['stable', '1.19.8'],
    ['>=1.18 <1.20', '1.19.8'],
    ['^1.19', '1.19.8']
  ])(
    'resolves %s to %s and fetches the listing once per job',
    async (version, resolved) => {
      const ctx = context(shared)
      const setup = await setupGo(
        inputs({ version, checkLatest: true, downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
      expect(details(setup).resolvedVersion).toBe(resolved)
      expect(mirror.hits.get('/')).toBe(1)
    },
    60_000
  )

  it('warns when go-version and go-version-file are both given; a missing version file names itself', async () => {
    const ctx = context(shared)
    const setup = await setupGo(
      inputs({ version: '1.19', versionFile: '.go-version', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    )
    expect(setup.checks[0]).toMatchObject({
      status: 'warn',
      findings: [{ id: 'go-install.version-and-file' }]
    })
    await expect(
      setupGo(inputs({ versionFile: 'nope/.go-version' }), ctx.workspace, ctx, FAST)
    ).rejects.toThrow(
      /^Input 'go-version-file' file "nope\/\.go-version" cannot be read: it does not exist\.$/
    )
  }, 60_000)

  it('names the nearest versions when the requested one does not exist', async () => {
    const ctx = context(shared)
    await expect(
      setupGo(
        inputs({ version: '1.19.99', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      `Go 1.19.99 is not available for linux/amd64 at ${mirror.baseUrl}: nearest available: 1.19.7, 1.19.8; newest stable: 1.19.8.`
    )
  })

  it('refuses a tampered archive with both digests and caches nothing', async () => {
    mirror.mode = 'tamper'
    const ctx = context()
    const error = await setupGo(
      inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    ).then(
      () => new Error('installed'),
      (e: Error) => e
    )
    expect(error.message).toMatch(
      new RegExp(
        `^sha256 mismatch for .*go1\\.19\\.7\\.linux-amd64\\.tar\\.gz: expected ${mirror.sha256.get('go1.19.7.linux-amd64.tar.gz')}, got [0-9a-f]{64}\\.`
      )
    )
    expect(cacheHolds(ctx.toolCache)).toEqual([])
    expect(leftBehind(ctx)).toEqual([])
  }, 60_000)

  it('gives up on a connection that always drops, saying it was cut off, and caches nothing', async () => {
    mirror.mode = 'drop'
    const ctx = context()
    await expect(
      setupGo(
        inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      /(cut off|truncated).*\(http:\/\/127\.0\.0\.1:\d+\/go1\.19\.7\.linux-amd64\.tar\.gz, 3 attempts\)$/
    )
    expect(cacheHolds(ctx.toolCache)).toEqual([])
  }, 240_000)

  it('explains 404, 403 and 429 in one line', async () => {
    const ctx = context()
    mirror.mode = '404'
    await expect(
      setupGo(
        inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(/^The listing names go1\.19\.7\.linux-amd64\.tar\.gz but .* answers HTTP 404/)
    mirror.mode = '403'
    await expect(
      setupGo(
        inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl, token: 't' }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      /^HTTP 403 from .*: 127\.0\.0\.1 is rate-limiting or refusing this runner.*only sent to github\.com/
    )
    mirror.mode = '429'
    const before = mirror.hits.get('/go1.19.7.linux-amd64.tar.gz') ?? 0
    await expect(
      setupGo(
        inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(/^HTTP 429 from .*3 attempts\)$/)
    expect(mirror.hits.get('/go1.19.7.linux-amd64.tar.gz')).toBe(before + 3)
    expect(cacheHolds(ctx.toolCache)).toEqual([])
  }, 60_000)

  it('rejects an archive without go/bin/go', async () => {
    mirror.mode = 'ok'
    const ctx = context()
    await expect(
      setupGo(
        inputs({ version: '1.17.1', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      /^go1\.17\.1\.linux-amd64\.tar\.gz from .* has no go\/bin\/go: it is not a Go distribution archive\.$/
    )
    expect(cacheHolds(ctx.toolCache)).toEqual([])
  }, 60_000)

  it("go.dev's listing gives no sha256 for go1.4.2: refused with require-checksum, else installed unverified outside the cache", async () => {
    mirror.mode = 'ok'
    const ctx = context()
    await expect(
      setupGo(
        inputs({ version: '1.4.2', downloadBaseUrl: mirror.baseUrl, requireChecksum: true }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      /^require-checksum is true but the listing at .* gives no sha256 for go1\.4\.2\.linux-amd64\.tar\.gz: the download of .* cannot be verified\.$/
    )
    expect(mirror.hits.get('/go1.4.2.linux-amd64.tar.gz')).toBeUndefined()
    const setup = await setupGo(
      inputs({ version: '1.4.2', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    )
    expect(details(setup)).toMatchObject({ checksum: 'unverified', resolvedVersion: '1.4.2' })
    expect(setup.checks[0].findings[0].message).toMatch(
      /gives no sha256 for go1\.4\.2\.linux-amd64\.tar\.gz, so .* installed unverified/
    )
    expect(existsSync(ctx.toolCache) ? readdirSync(ctx.toolCache) : []).toEqual([])
  }, 120_000)

  it('a short Content-Length is a truncated transfer (retried), never a sha256 mismatch', async () => {
    mirror.mode = 'short-length'
    const ctx = context()
    await expect(
      setupGo(
        inputs({ version: '1.19.7', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(
      /^download of .*go1\.19\.7\.linux-amd64\.tar\.gz was truncated: got \d+ of \d+ bytes \(the listing's size\) \(.*, 3 attempts\)$/
    )
    expect(cacheHolds(ctx.toolCache)).toEqual([])
    expect(leftBehind(ctx)).toEqual([])
  }, 120_000)

  it('check-latest with an unreachable listing uses the cached toolchain with a warning; x32 means 386', async () => {
    const ctx = context({ ...shared })
    const closed = createServer()
    await new Promise<void>(listening => closed.listen(0, '127.0.0.1', () => listening()))
    const port = (closed.address() as AddressInfo).port
    await new Promise(closing => closed.close(closing))
    // The shared cache holds 1.19.8 under the mirror's tool name; copy that name for the dead URL.
    const deadBase = `http://127.0.0.1:${port}`
    const { toolName } = await import('../../src/go/cache.js')
    const from = join(shared.toolCache, toolName(mirror.baseUrl))
    const to = join(shared.toolCache, toolName(deadBase))
    execFileSync('ln', ['-s', from, to])
    const setup = await setupGo(
      inputs({ version: '1.19', checkLatest: true, downloadBaseUrl: deadBase }),
      module(ctx),
      ctx,
      { ...FAST, retryDelaysMs: [] }
    )
    expect(details(setup)).toMatchObject({ cacheHit: true, resolvedVersion: '1.19.8' })
    expect(setup.checks[0]).toMatchObject({
      status: 'warn',
      findings: [{ id: 'go-install.check-latest-unresolved' }]
    })
    expect(setup.checks[0].findings[0].message).toMatch(
      /^cannot reach 127\.0\.0\.1:\d+: .*ECONNREFUSED.* Go 1\.19\.8 from the tool cache is used instead\.$/
    )
    rmSync(to)
    const { goTarget } = await import('../../src/go/target.js')
    expect(goTarget('linux', 'x64', 'x32')).toMatchObject({ arch: '386', cacheArch: 'x86' })
  }, 60_000)

  it('without a listing: require-checksum fails before downloading, ranges need one, exact installs unverified outside the cache', async () => {
    mirror.mode = 'no-listing'
    const before = mirror.hits.get('/go1.19.8.linux-amd64.tar.gz')
    const ctx = context()
    await expect(
      setupGo(
        inputs({ version: '1.19.8', downloadBaseUrl: mirror.baseUrl, requireChecksum: true }),
        module(ctx),
        ctx,
        FAST
      )
    ).rejects.toThrow(/^require-checksum is true but .* has no Go listing \(HTTP 404\)/)
    expect(mirror.hits.get('/go1.19.8.linux-amd64.tar.gz')).toBe(before)
    await expect(
      setupGo(inputs({ version: '1.19', downloadBaseUrl: mirror.baseUrl }), module(ctx), ctx, FAST)
    ).rejects.toThrow('cannot be resolved: give an exact version such as 1.22.5.')
    const setup = await setupGo(
      inputs({ version: '1.19.8', downloadBaseUrl: mirror.baseUrl }),
      module(ctx),
      ctx,
      FAST
    )
    expect(details(setup)).toMatchObject({
      checksum: 'unverified',
      source: 'download',
      goVersion: 'go1.19.8'
    })
    expect(setup.checks[0]).toMatchObject({
      status: 'warn',
      findings: [{ id: 'go-install.checksum-unverified' }]
    })
    expect(
      setup.toolchain?.goRoot.startsWith(join(ctx.runnerTemp, 'go-win-preflight', 'unverified'))
    ).toBe(true)
    expect(existsSync(ctx.toolCache) ? readdirSync(ctx.toolCache) : []).toEqual([])
  }, 120_000)

  it('stops within bounded time when the mirror never answers or is unreachable', async () => {
    mirror.mode = 'hang-listing'
    const ctx = context()
    const options = { ...FAST, headersTimeoutMs: 300, retryDelaysMs: [10] }
    const begun = Date.now()
    await expect(
      setupGo(
        inputs({ version: 'stable', downloadBaseUrl: mirror.baseUrl }),
        module(ctx),
        ctx,
        options
      )
    ).rejects.toThrow(/^no response within 0\.3 s \(.*, 2 attempts\)$/)
    expect(Date.now() - begun).toBeLessThan(10_000)
    const closed = createServer()
    await new Promise<void>(listening => closed.listen(0, '127.0.0.1', () => listening()))
    const port = (closed.address() as AddressInfo).port
    await new Promise(closing => closed.close(closing))
    await expect(
      setupGo(
        inputs({ version: 'stable', downloadBaseUrl: `http://127.0.0.1:${port}` }),
        module(ctx),
        ctx,
        options
      )
    ).rejects.toThrow(new RegExp(`^cannot reach 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`))
  }, 30_000)

  it('uses the Go on PATH when no version is given, and skips with the reason when there is none', async () => {
    const ctx = context({ env: { PATH: `${join(DEBIAN_GOROOT, 'bin')}:/usr/bin:/bin` } })
    const setup = await setupGo(inputs({}), module(ctx), ctx, FAST)
    expect(setup.toolchain).toMatchObject({
      source: 'path',
      version: 'go1.19.8',
      goBinary: join(DEBIAN_GOROOT, 'bin', 'go')
    })
    expect(setup.checks[0]).toMatchObject({
      status: 'pass',
      details: { source: 'path', goVersion: 'go1.19.8' }
    })
    const none = context({ env: { PATH: '/nonexistent' } })
    const skipped = await setupGo(inputs({}), none.workspace, none, FAST)
    expect(skipped.toolchain).toBeUndefined()
    expect(skipped.checks.map(check => [check.id, check.status, check.summary])).toEqual([
      [
        'go-install',
        'skipped',
        'no go-version given and no go on PATH: checks that need Go are skipped'
      ],
      [
        'go-env',
        'skipped',
        'no go-version given and no go on PATH: checks that need Go are skipped'
      ]
    ])
  }, 60_000)

  describe('Windows zip and D: paths (mocked where Linux cannot)', () => {
    it('downloads the zip verified; tar.exe first, the in-process reader when tar.exe fails or proves nothing', async () => {
      mirror.mode = 'ok'
      const dir = scratch('gwp-go-zip-')
      const zip = join(dir, 'go1.19.8.windows-amd64.zip')
      const download = await downloadFile(
        `${mirror.baseUrl}/go1.19.8.windows-amd64.zip`,
        zip,
        '',
        FAST
      )
      expect(download.sha256).toBe(mirror.sha256.get('go1.19.8.windows-amd64.zip'))
      // Linux has no bsdtar: the mocked tar.exe hands the real zip to unzip.
      const calls: string[] = []
      const tarWorks = async (file: string, args: readonly string[]) => {
        calls.push(file)
        return runProcess('unzip', ['-q', '-o', args[1], '-d', args[3]], { timeoutMs: 30_000 })
      }
      const dest = join(dir, 'out')
      const extraction = await extractArchive(
        zip,
        dest,
        'win32',
        { SystemRoot: 'C:\\Windows' },
        tarWorks
      )
      expect(extraction).toMatchObject({ extractor: 'tar.exe (bsdtar)', failed: [] })
      expect(calls).toEqual(['C:\\Windows\\System32\\tar.exe'])
      expect(readFileSync(join(dest, 'go', 'VERSION'), 'utf8')).toBe('go1.19.8')

      const result = (exitCode: number, stderr: string) => ({
        exitCode,
        signal: null,
        stdout: '',
        stderr,
        timedOut: false,
        durationMs: 1
      })
      // As Wine's stub tools do: exit 0, nothing written.
      const tarSaysOk = async () => result(0, '')
      const fallback = await extractArchive(
        zip,
        dest,
        'win32',
        { SystemRoot: 'C:\\Windows' },
        tarSaysOk
      )
      expect(fallback).toMatchObject({
        extractor: 'zip in-process (yauzl)',
        failed: ['tar.exe (bsdtar): finished but left no go/bin/go.exe']
      })
      expect(readFileSync(join(dest, 'go', 'bin', 'go.exe'), 'utf8')).toBe('not really go')

      const notGo = join(dir, 'not-go.zip')
      writeFileSync(notGo, storedZip({ 'notgo/README': 'hello' }))
      const tarMissing = async () => result(1, 'tar.exe: Unrecognized archive format')
      await expect(
        extractArchive(notGo, dest, 'win32', { SystemRoot: 'C:\\Windows' }, tarMissing)
      ).rejects.toThrow(
        `Cannot extract ${notGo}: tar.exe (bsdtar): exit 1: tar.exe: Unrecognized archive format; zip in-process (yauzl): finished but left no go/bin/go.exe.`
      )
      expect(existsSync(dest)).toBe(false)
      writeFileSync(notGo, 'not a zip at all')
      await expect(
        extractArchive(notGo, dest, 'win32', { SystemRoot: 'C:\\Windows' }, tarSaysOk)
      ).rejects.toThrow(
        /^Cannot extract .*not-go\.zip: tar\.exe \(bsdtar\): finished but left no go\/bin\/go\.exe; zip in-process \(yauzl\): end of central directory record signature not found/i
      )
    })

    it('installs on the D: root and links it into the C: tool cache, then finds it there', async () => {
      const dir = scratch('gwp-go-drives-')
      const goRoot = join(dir, 'staging', 'go')
      mkdirSync(join(goRoot, 'bin'), { recursive: true })
      writeFileSync(join(goRoot, 'bin', 'go'), '')
      const location = {
        installRoot: join(dir, 'D', 'hostedtoolcache'),
        defaultRoot: join(dir, 'C', 'hostedtoolcache')
      }
      const linked = await commitToCache(goRoot, location, 'go', '1.19.8', 'x64')
      expect(linked).toBe(join(location.defaultRoot, 'go', '1.19.8', 'x64'))
      expect(lstatSync(linked).isSymbolicLink()).toBe(true)
      expect(existsSync(join(location.installRoot, 'go', '1.19.8', 'x64', 'bin', 'go'))).toBe(true)
      expect(existsSync(join(location.installRoot, 'go', '1.19.8', 'x64.complete'))).toBe(true)
      expect(
        pickCached(parseVersionSpec('1.19'), cachedGo(location.defaultRoot, 'go', 'x64'))
      ).toEqual({
        version: '1.19.8',
        dir: linked
      })
      execFileSync('test', ['-f', join(linked, 'bin', 'go')])
    })
  })
})
