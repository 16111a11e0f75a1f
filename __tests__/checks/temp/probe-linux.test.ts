// Real probes on Linux: noexec, read-only and full tmpfs mounts, a directory `nobody` cannot write,
// odd path names, GOTMPDIR/GOMODCACHE rules, and fix-temp with its post step. Needs root (mount).
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../../src/context.js'
import type { ResultOf } from '../../../src/checks/catalogue.js'
import { compileSources } from '../../helpers/wine-harness.js'
import { suiteGate } from '../../helpers/gates.js'

function prerequisiteMissing(): string | undefined {
  if (process.platform !== 'linux') return 'Linux only'
  if (process.getuid?.() !== 0) return 'needs root to mount tmpfs and to run a probe as nobody'
  const probe = mkdtempSync(join(tmpdir(), 'temp-mount-check-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], {
      stdio: 'ignore',
      timeout: 10_000
    })
    execFileSync('umount', [probe], { stdio: 'ignore', timeout: 10_000 })
    return undefined
  } catch {
    return 'mount -t tmpfs failed (no CAP_SYS_ADMIN?)'
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

const runCheckScript = `
import { checkTempDirs } from './checks/temp/index.js'
const env = JSON.parse(process.argv[2])
const ctx = { platform: process.platform, arch: process.arch, runnerTemp: env.RUNNER_TEMP ?? '/tmp', toolCache: '', workspace: process.cwd(), env }
const result = await checkTempDirs({ extraPaths: JSON.parse(process.argv[3]), fixTemp: false }, ctx)
process.stdout.write(JSON.stringify(result))
`

const { describe: suite } = suiteGate('temp-probe-linux', prerequisiteMissing())

const core = {
  exportVariable: jest.fn(),
  saveState: jest.fn(),
  getState: jest.fn(() => ''),
  info: jest.fn(),
  debug: jest.fn(),
  warning: jest.fn()
}
jest.unstable_mockModule('@actions/core', () => core)
const { checkTempDirs } = await import('../../../src/checks/temp/index.js')
const { undoTempFix } = await import('../../../src/checks/temp/post.js')

suite('temp-dirs probes on real Linux mounts', () => {
  let base: string
  const mounts: string[] = []

  const mountTmpfs = (name: string, options: string): string => {
    const dir = join(base, name)
    mkdirSync(dir, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { timeout: 10_000 })
    mounts.push(dir)
    return dir
  }
  const ctx = (env: NodeJS.ProcessEnv): RunContext => ({
    platform: 'linux',
    arch: process.arch,
    runnerTemp: env.RUNNER_TEMP ?? base,
    toolCache: '',
    workspace: base,
    env
  })
  const check = (
    env: NodeJS.ProcessEnv,
    extra: { goEnv?: Record<string, string>; fixTemp?: boolean } = {}
  ) =>
    checkTempDirs({ extraPaths: [], goEnv: extra.goEnv, fixTemp: extra.fixTemp ?? false }, ctx(env))
  const directory = (result: ResultOf<'temp-dirs'>, path: string) =>
    result.details?.directories.find(entry => entry.path === path)

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'temp-probe-'))
    chmodSync(base, 0o755)
  })
  afterAll(() => {
    for (const dir of mounts.reverse()) execFileSync('umount', [dir], { timeout: 10_000 })
    if (base) rmSync(base, { recursive: true, force: true })
  })

  test('a healthy directory whose name has spaces, quotes and non-ASCII passes every step', async () => {
    const odd = join(base, `go tmp 'single' "double" ü日本`)
    mkdirSync(odd)
    const result = await check({ TMPDIR: odd })
    expect(result.status).toBe('pass')
    const report = directory(result, odd)
    expect(report?.names).toEqual(['os.TempDir()', 'TMPDIR'])
    expect(report?.steps.map(step => [step.step, step.ok])).toEqual([
      ['create', true],
      ['list', true],
      ['write', true],
      ['exec-first', true],
      ['exec-second', true],
      ['delete', true]
    ])
    expect(report?.firstRunMs).toBeGreaterThan(0)
    expect(report?.freeBytes).toBeGreaterThan(0)
    expect(report?.explanation).toMatch(/^mount \/ \(/)
    expect(readdirSync(odd)).toEqual([])
  })

  test('a noexec tmpfs (at a path with a space) fails with temp.noexec and leaves nothing behind', async () => {
    const dir = mountTmpfs('no exec ü', 'noexec,nosuid,size=2g')
    const result = await check({ TMPDIR: dir })
    expect(result.status).toBe('fail')
    const finding = result.findings.find(f => f.id === 'temp.noexec')
    expect(finding?.severity).toBe('error')
    expect(finding?.remedy).toContain('GOTMPDIR=$RUNNER_TEMP/go-tmp')
    const report = directory(result, dir)
    expect(report?.status).toBe('fail')
    expect(report?.steps.map(step => [step.step, step.ok])).toEqual([
      ['create', true],
      ['list', true],
      ['write', true],
      ['exec-first', false],
      ['delete', true]
    ])
    expect(report?.explanation).toContain(`mount ${dir} (tmpfs, rw,nosuid,noexec`)
    expect(readdirSync(dir)).toEqual([])
  })

  test('a read-only mount fails with temp.read-only', async () => {
    const dir = mountTmpfs('read-only', 'ro,size=2g')
    const result = await check({ TMPDIR: dir })
    expect(result.status).toBe('fail')
    expect(result.findings.map(f => f.id)).toContain('temp.read-only')
    expect(directory(result, dir)?.steps).toEqual([
      expect.objectContaining({ step: 'create', ok: false })
    ])
  })

  test('a full tmpfs (size=1m, filled) fails with temp.no-space', async () => {
    const dir = mountTmpfs('full', 'size=1m')
    try {
      writeFileSync(join(dir, 'filler'), Buffer.alloc(2 * 1024 * 1024))
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
    }
    const result = await check({ TMPDIR: dir })
    expect(result.status).toBe('fail')
    expect(result.findings.find(f => f.id === 'temp.no-space')?.severity).toBe('error')
    expect(directory(result, dir)?.freeBytes).toBeLessThan(1024 * 1024)
    expect(readdirSync(dir)).toEqual(['filler'])
  })

  test('a directory nobody cannot write fails with temp.permission-denied when probed as nobody', () => {
    const compiled = mkdtempSync(join(tmpdir(), 'temp-compiled-'))
    chmodSync(compiled, 0o755)
    try {
      // Plain JavaScript, so a child process running as nobody (root bypasses permission bits) can run it.
      compileSources(compiled, ['src/checks/temp/index.ts'], { linkNodeModules: true })
      const runner = join(compiled, 'run-check.mjs')
      writeFileSync(runner, runCheckScript)
      const locked = join(base, 'root only')
      mkdirSync(locked, { mode: 0o755 })
      const env = { TMPDIR: locked, PATH: process.env.PATH ?? '/usr/bin:/bin' }
      const output = execFileSync(
        'setpriv',
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          runner,
          JSON.stringify(env),
          '[]'
        ],
        { encoding: 'utf8', timeout: 60_000, env }
      )
      const result = JSON.parse(output) as ResultOf<'temp-dirs'>
      expect(result.status).toBe('fail')
      expect(result.findings.map(f => f.id)).toContain('temp.permission-denied')
      expect(directory(result, locked)?.explanation).toMatch(/owner uid 0, this user uid 65534/)
    } finally {
      rmSync(compiled, { recursive: true, force: true })
    }
  })

  test('a missing GOTMPDIR fails; a missing GOMODCACHE is probed through its nearest parent', async () => {
    const ok = join(base, 'ok')
    mkdirSync(ok)
    const goEnv = {
      GOTMPDIR: join(base, 'no-such-gotmpdir'),
      GOMODCACHE: join(ok, 'pkg', 'mod'),
      GOCACHE: 'off'
    }
    const result = await check({ TMPDIR: ok }, { goEnv })
    expect(result.status).toBe('fail')
    expect(result.findings.find(f => f.id === 'temp.gotmpdir-missing')?.remedy).toContain(
      'mkdir -p'
    )
    const modcache = directory(result, goEnv.GOMODCACHE)
    expect(modcache?.status).toBe('pass')
    expect(modcache?.explanation).toContain(`probed its nearest existing parent ${ok}`)
    expect(existsSync(goEnv.GOMODCACHE)).toBe(false)
  })

  test('fix-temp exports a proven directory, downgrades the fixed failure, and the post step removes it', async () => {
    const dir = mountTmpfs('noexec-for-fix', 'noexec,size=2g')
    const runnerTemp = join(base, 'runner temp')
    mkdirSync(runnerTemp)
    core.exportVariable.mockClear()
    core.saveState.mockClear()
    const result = await check({ TMPDIR: dir, RUNNER_TEMP: runnerTemp }, { fixTemp: true })
    const fixDir = result.details?.fix?.directory ?? ''
    expect(fixDir.startsWith(join(runnerTemp, 'go-win-preflight-tmp-'))).toBe(true)
    expect(core.exportVariable.mock.calls).toEqual(
      ['GOTMPDIR', 'TMPDIR', 'TMP', 'TEMP'].map(name => [name, fixDir])
    )
    expect(result.findings.find(f => f.id === 'temp.noexec')?.severity).toBe('warning')
    expect(result.findings.map(f => f.id)).toContain('temp.fix-applied')
    expect(result.status).toBe('warn')
    expect(directory(result, fixDir)?.status).toBe('pass')

    const [stateName, stateValue] = core.saveState.mock.calls[0] as [string, string]
    expect(stateName).toBe('temp-fix')
    core.getState.mockImplementation(() => stateValue)
    await undoTempFix()
    expect(existsSync(fixDir)).toBe(false)
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})
