// `npm run bench` (Go install): the action's install from a loopback mirror against the shell
// baseline on the same archive (curl + sha256sum + tar -xzf into a fresh directory), and the
// action's cache hit. Targets: install within 1.3x of the baseline, cache hit under 300 ms.
// Needs Debian's golang-1.19-go (the archive is built from it) and curl.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'

const RUNS = 3
const VERSION = '1.19.8'
const FILE = `go${VERSION}.linux-amd64.tar.gz`
const ARCHIVE = join(tmpdir(), 'go-win-preflight-fixtures', FILE)
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const verdict = (value, target) => (value <= target ? 'ok' : 'MISSED')

if (process.platform !== 'linux' || !existsSync('/usr/lib/go-1.19/bin/go')) {
  console.log(
    'bench-go skipped: needs Linux with /usr/lib/go-1.19 (apt-get install golang-1.19-go)'
  )
  process.exit(process.env.CI === 'true' ? 1 : 0)
}
if (spawnSync('curl', ['--version']).status !== 0) {
  console.log('bench-go skipped: curl is missing (apt-get install curl)')
  process.exit(process.env.CI === 'true' ? 1 : 0)
}

// The same archive the installer tests serve: Debian's tree under a top-level go/.
if (!existsSync(ARCHIVE)) {
  mkdirSync(join(tmpdir(), 'go-win-preflight-fixtures'), { recursive: true })
  const partial = `${ARCHIVE}.${process.pid}.partial`
  execFileSync(
    'tar',
    ['-czhf', partial, '-C', '/usr/lib', '--transform', 's,^go-1\\.19,go,', 'go-1.19'],
    { timeout: 180_000 }
  )
  renameSync(partial, ARCHIVE)
}
const size = statSync(ARCHIVE).size
const sha256 = createHash('sha256').update(readFileSync(ARCHIVE)).digest('hex')
const listing = JSON.stringify([
  {
    version: `go${VERSION}`,
    stable: true,
    files: [
      {
        filename: FILE,
        os: 'linux',
        arch: 'amd64',
        version: `go${VERSION}`,
        sha256,
        size,
        kind: 'archive'
      }
    ]
  }
])
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/' && url.searchParams.get('mode') === 'json') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(listing)
  } else if (url.pathname === `/${FILE}`) {
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size })
    createReadStream(ARCHIVE).pipe(response)
  } else {
    response.writeHead(404).end()
  }
})
await new Promise(listening => server.listen(0, '127.0.0.1', listening))
const base = `http://127.0.0.1:${server.address().port}`

try {
  // Baseline and action runs alternate, so both see the same load on a shared machine.
  const baseline = []
  const install = []
  const hit = []
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'gwp-bench-go-'))
    const begun = performance.now()
    // The child processes run while the server answers: spawnSync would block this event loop.
    await run('curl', ['-fsS', '-o', join(dir, FILE), `${base}/${FILE}`])
    await run('sha256sum', [join(dir, FILE)])
    mkdirSync(join(dir, 'out'))
    await run('tar', ['-xzf', join(dir, FILE), '-C', join(dir, 'out')])
    baseline.push(performance.now() - begun)
    rmSync(dir, { recursive: true, force: true })

    const toolCache = mkdtempSync(join(tmpdir(), 'gwp-bench-go-cache-'))
    const inputs = { 'go-version': VERSION, 'go-download-base-url': base, mode: 'report' }
    const first = goInstall(await runAction({ inputs, toolCache, timeoutMs: 300_000 }))
    if (first.details.cacheHit)
      throw new Error('the first install was a cache hit: the tool cache was not fresh')
    const t = first.details.timingsMs
    install.push(t.resolve + t.download + t.verify + t.extract + t.cache)
    const second = goInstall(await runAction({ inputs, toolCache, timeoutMs: 300_000 }))
    if (!second.details.cacheHit) throw new Error('the second run did not hit the tool cache')
    hit.push(second.durationMs)
    rmSync(toolCache, { recursive: true, force: true })
  }

  const baselineMs = median(baseline)
  const installMs = median(install)
  const hitMs = median(hit)
  const ratio = installMs / baselineMs
  console.log(`archive: ${FILE}, ${(size / 1e6).toFixed(1)} MB, median of ${RUNS}`)
  console.log(`shell baseline (curl + sha256sum + tar -xzf): ${(baselineMs / 1000).toFixed(2)} s`)
  console.log(
    `action install (resolve + download + verify + extract + cache): ${(installMs / 1000).toFixed(2)} s`
  )
  console.log(
    `ratio action / baseline: ${ratio.toFixed(2)}x (target <= 1.3x) ${verdict(ratio, 1.3)}`
  )
  console.log(
    `cache hit inside the action (whole Go stage incl. go env): ${hitMs.toFixed(0)} ms (target < 300 ms) ${verdict(hitMs, 300)}`
  )
} finally {
  server.close()
  server.closeAllConnections()
  removeActionRuns()
}

function goInstall(result) {
  const check = result.report?.checks?.find(c => c.id === 'go-install')
  if (result.exitCode !== 0 || !check?.details) {
    throw new Error(
      `the action failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`
    )
  }
  return check
}

function run(file, args) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 })
    child.on('error', rejectRun)
    child.on('close', code =>
      code === 0 ? resolveRun() : rejectRun(new Error(`${file} exited ${code}`))
    )
  })
}
