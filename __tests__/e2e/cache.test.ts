// The dependency cache end to end: dist/index.js and dist/post.js run as the runner runs them
// (state carried from main to post), against Azurite and a local Twirp cache service on
// 127.0.0.1, on a module whose dependency comes from a GOPROXY=file:// folder.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeActionRuns, runAction, type ActionRun } from '../../scripts/lib/action-runner.mjs'
import { freePort, startCacheService, type CacheService } from '../helpers/cache-service.js'
import { writeProxyModule } from '../helpers/go-mirror.js'
import { DEBIAN_GOROOT, debianGoMissing, suiteGate } from '../helpers/gates.js'

// The folders runAction made for this file's runs.
afterAll(removeActionRuns)

const goBin = join(DEBIAN_GOROOT, 'bin')
const azurite = join('node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js')
const { describe: suite } = suiteGate(
  'the dependency cache e2e',
  debianGoMissing() ?? (existsSync(azurite) ? undefined : `${azurite} is missing (npm ci)`)
)

const quick = {
  'timer-samples': '300',
  'timer-trials': '1',
  'sleep-samples': '1',
  'go-probe': 'false',
  'test-paths': '',
  mode: 'report',
  'cache-dependency-path': 'go.sum'
}

suite('dependency cache: main restores, post saves', () => {
  let service: CacheService
  let root: string
  let workspace: string
  let goEnv: Record<string, string>
  const modCache = () => goEnv.GOMODCACHE
  const go = (...args: string[]) =>
    execFileSync(join(goBin, 'go'), args, {
      cwd: workspace,
      env: goEnv,
      timeout: 60_000,
      stdio: 'pipe'
    })
  const emptyCaches = () => {
    go('clean', '-modcache')
    rmSync(goEnv.GOCACHE, { recursive: true, force: true })
  }
  // Every run's own folders (runner files, RUNNER_TEMP), removed at the end.
  const runs: ActionRun[] = []
  const kept = async (run: Promise<ActionRun>) => {
    runs.push(await run)
    return runs[runs.length - 1]
  }
  const job = (extraEnv: Record<string, string> = {}, inputs: Record<string, string> = {}) =>
    kept(runAction({ inputs: { ...quick, ...inputs }, workspace, env: { ...goEnv, ...extraEnv } }))
  const post = (main: ActionRun, extraEnv: Record<string, string> = {}) =>
    kept(runAction({ entry: 'post', state: main.state, workspace, env: { ...goEnv, ...extraEnv } }))
  const warnings = (run: ActionRun) =>
    run.commands.filter(command => command.command === 'warning').map(command => command.message)
  const reportOf = (run: ActionRun) =>
    JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      cache: {
        status: string
        key: string
        matchedKey: string | null
        restore: { ms: number; bytesBefore: number; bytesAfter: number }
        save: { status: string; ms: number | null; bytes: number | null }
      }
    }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gwp-cache-e2e-'))
    workspace = join(root, 'workspace')
    mkdirSync(workspace)
    writeProxyModule(join(root, 'proxy'), 'example.com/greet', ['v1.0.0', 'v1.1.0'])
    goEnv = {
      PATH: `${goBin}:${process.env.PATH}`,
      HOME: root,
      GOPATH: join(root, 'gopath'),
      GOMODCACHE: join(root, 'gopath', 'pkg', 'mod'),
      GOCACHE: join(root, 'gocache'),
      GOPROXY: `file://${join(root, 'proxy')}`,
      GOSUMDB: 'off',
      GOFLAGS: '-mod=mod',
      // The runner sets ImageOS; setup-go's key carries it on Linux.
      ImageOS: 'ubuntu24'
    }
    writeFileSync(
      join(workspace, 'main.go'),
      'package main\n\nimport "example.com/greet"\n\nfunc main() { println(greet.Hello()) }\n'
    )
    writeFileSync(
      join(workspace, 'go.mod'),
      'module example.com/app\n\ngo 1.19\n\nrequire example.com/greet v1.0.0\n'
    )
    // go.sum as go writes it, then nothing cached: the first job starts cold.
    go('mod', 'tidy')
    emptyCaches()
    service = await startCacheService()
  }, 60_000)

  afterAll(async () => {
    await service?.stop()
    for (const run of runs) rmSync(run.dirs.work, { recursive: true, force: true })
    if (root) {
      if (existsSync(goEnv.GOMODCACHE)) go('clean', '-modcache')
      rmSync(root, { recursive: true, force: true })
    }
  })

  let first: ActionRun
  it('misses on the first job, and its post step saves what the build downloaded', async () => {
    first = await job(service.env)
    expect(first.exitCode).toBe(0)
    expect(first.outputs['cache-hit']).toBe('false')
    expect(reportOf(first).cache.status).toBe('miss')
    expect(reportOf(first).cache.key).toMatch(
      /^setup-go-Linux-x64-ubuntu24-go-1\.19\.8-[0-9a-f]{64}$/
    )
    expect(first.summary).toContain('### Dependency cache')
    // The workflow's own step: the build fills GOMODCACHE from the file:// proxy.
    go('build', './...')
    expect(existsSync(join(modCache(), 'example.com', 'greet@v1.0.0', 'greet.go'))).toBe(true)

    const saved = await post(first, service.env)
    expect(saved.exitCode).toBe(0)
    expect(warnings(saved)).toEqual([])
    expect(service.entries()).toEqual([
      { key: reportOf(first).cache.key, finalized: true, sizeBytes: expect.any(Number) }
    ])
    expect(service.calls).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload'
    ])
    const report = reportOf(first)
    expect(report.cache.save).toMatchObject({ status: 'saved', ms: expect.any(Number) })
    expect(report.cache.save.bytes).toBeGreaterThan(0)
    expect(saved.summary).toContain('### Dependency cache save')
  }, 180_000)

  it('restores the exact key on the next job: cache-hit true, modules in place', async () => {
    emptyCaches()
    expect(existsSync(modCache())).toBe(false)
    const second = await job(service.env)
    expect(second.exitCode).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(reportOf(second).cache.status).toBe('hit')
    // The restore's figures: the folders were empty before and hold the module after.
    const { restore } = reportOf(second).cache
    expect(restore.bytesBefore).toBe(0)
    expect(restore.bytesAfter).toBeGreaterThan(0)
    expect(second.summary).toMatch(
      /\| Restore \| [\d.]+ s; folders 0 B before, [\d.]+ \w+ after \|/
    )
    const restored = join(modCache(), 'example.com', 'greet@v1.0.0', 'greet.go')
    expect(readFileSync(restored, 'utf8')).toContain('hello from v1.0.0')
    // Offline from here on: the build needs nothing the cache did not bring.
    execFileSync(join(goBin, 'go'), ['build', './...'], {
      cwd: workspace,
      env: { ...goEnv, GOPROXY: 'off' },
      timeout: 60_000
    })

    const calls = service.calls.length
    const skipped = await post(second, service.env)
    expect(skipped.exitCode).toBe(0)
    expect(service.calls.slice(calls)).toEqual([])
    expect(reportOf(second).cache.save.status).toBe('skipped')
  }, 180_000)

  it('restores by prefix when go.sum changed: cache-hit false, the old modules back', async () => {
    emptyCaches()
    const goMod = readFileSync(join(workspace, 'go.mod'), 'utf8')
    const goSum = readFileSync(join(workspace, 'go.sum'), 'utf8')
    try {
      writeFileSync(join(workspace, 'go.mod'), goMod.replace('v1.0.0', 'v1.1.0'))
      go('mod', 'tidy')
      emptyCaches()
      const third = await job(service.env)
      expect(third.exitCode).toBe(0)
      expect(third.outputs['cache-hit']).toBe('false')
      const report = reportOf(third)
      expect(report.cache.status).toBe('partial')
      expect(report.cache.matchedKey).toBe(reportOf(first).cache.key)
      expect(report.cache.key).not.toBe(reportOf(first).cache.key)
      expect(existsSync(join(modCache(), 'example.com', 'greet@v1.0.0', 'greet.go'))).toBe(true)
    } finally {
      writeFileSync(join(workspace, 'go.mod'), goMod)
      writeFileSync(join(workspace, 'go.sum'), goSum)
    }
  }, 180_000)

  it('warns and passes when the cache service is down, main and post', async () => {
    const down = { ...service.env, ACTIONS_RESULTS_URL: `http://127.0.0.1:${await freePort()}/` }
    const main = await job(down)
    expect(main.exitCode).toBe(0)
    expect(main.outputs['cache-hit']).toBe('false')
    expect(warnings(main).some(message => /Failed to restore.*ECONNREFUSED/.test(message))).toBe(
      true
    )
    const cleanup = await post(main, down)
    expect(cleanup.exitCode).toBe(0)
    expect(warnings(cleanup).some(message => /not saved/.test(message))).toBe(true)
  }, 180_000)

  it('hands nothing to post when main fails, is off with cache: false, warns with no service', async () => {
    // A breach that every run has (no 100 ms sleep is within 1 ns of 100 ms) fails the step
    // in enforce mode after the restore.
    const before = service.calls.length
    const failed = await job(service.env, {
      mode: 'enforce',
      environment: 'serverless',
      thresholds: 'serverless:\n  sleep-deviation-pct: 0.000001%\n'
    })
    expect(failed.exitCode).toBe(1)
    expect(service.calls.slice(before)).toEqual(['GetCacheEntryDownloadURL'])
    expect(failed.state['dependency-cache']).toBeUndefined()

    const off = await job(service.env, { cache: 'false' })
    expect(off.exitCode).toBe(0)
    expect(reportOf(off).cache.status).toBe('disabled')
    expect(off.outputs['cache-hit']).toBe('false')
    expect(warnings(off).filter(message => /Dependency cache/.test(message))).toEqual([])

    const calls = service.calls.length
    const none = await job()
    expect(none.exitCode).toBe(0)
    expect(reportOf(none).cache.status).toBe('unavailable')
    expect(warnings(none).some(message => /no cache service/.test(message))).toBe(true)
    expect(none.state['dependency-cache']).toBeUndefined()
    expect(service.calls.length).toBe(calls)
  }, 180_000)

  it('skips with a warning when no dependency file matches', async () => {
    const run = await job(service.env, { 'cache-dependency-path': 'missing/go.sum' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(reportOf(run).cache.status).toBe('skipped')
    expect(warnings(run).some(message => /no dependency file matches/.test(message))).toBe(true)
    expect(run.state['dependency-cache']).toBeUndefined()
  }, 180_000)
})
