// `npm run bench` (Go install): the action's install from a loopback mirror against the shell
// baseline on the same archive (curl + sha256sum + tar -xzf into a fresh directory), and the
// action's cache hit; then the in-process zip extractor against `unzip` on the same zip.
// Targets: install at most 0.8x the baseline (median of the per-round ratios of interleaved
// rounds), cache hit under 150 ms. Needs Debian's golang-1.19-go (the archives are built from
// it), curl, zip and unzip.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { createHash } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'

const RUNS = 5
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
for (const tool of ['curl', 'zip', 'unzip']) {
  if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error) {
    console.log(`bench-go skipped: ${tool} is missing (apt-get install ${tool})`)
    process.exit(process.env.CI === 'true' ? 1 : 0)
  }
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
  const floor = []
  const install = []
  const ratios = []
  const hit = []
  const load = [loadavg()[0]]
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'gwp-bench-go-'))
    await settle()
    const begun = performance.now()
    // The child processes run while the server answers: spawnSync would block this event loop.
    await run('curl', ['-fsS', '-o', join(dir, FILE), `${base}/${FILE}`])
    await run('sha256sum', [join(dir, FILE)])
    mkdirSync(join(dir, 'out'))
    await run('tar', ['-xzf', join(dir, FILE), '-C', join(dir, 'out')])
    baseline.push(performance.now() - begun)
    // What the file system alone costs: the same tree written from an already inflated tar
    // (no download, no hash, no inflation), to read the two figures above against.
    const inflated = join(dir, 'go.tar')
    await pipeline(createReadStream(join(dir, FILE)), createGunzip(), createWriteStream(inflated))
    mkdirSync(join(dir, 'floor'))
    await settle()
    const floorBegun = performance.now()
    await run('tar', ['-xf', inflated, '-C', join(dir, 'floor')])
    floor.push(performance.now() - floorBegun)
    rmSync(dir, { recursive: true, force: true })

    const toolCache = mkdtempSync(join(tmpdir(), 'gwp-bench-go-cache-'))
    const inputs = { 'go-version': VERSION, 'go-download-base-url': base, mode: 'report' }
    await settle()
    const first = goInstall(await runAction({ inputs, toolCache, timeoutMs: 300_000 }))
    if (first.details.cacheHit)
      throw new Error('the first install was a cache hit: the tool cache was not fresh')
    const t = first.details.timingsMs
    install.push(t.resolve + t.download + t.verify + t.extract + t.cache)
    ratios.push(install.at(-1) / baseline.at(-1))
    load.push(loadavg()[0])
    const second = goInstall(await runAction({ inputs, toolCache, timeoutMs: 300_000 }))
    if (!second.details.cacheHit) throw new Error('the second run did not hit the tool cache')
    hit.push(second.durationMs)
    rmSync(toolCache, { recursive: true, force: true })
  }

  const baselineMs = median(baseline)
  const installMs = median(install)
  const hitMs = median(hit)
  const ratio = median(ratios)
  console.log(
    `archive: ${FILE}, ${(size / 1e6).toFixed(1)} MB, ${RUNS} interleaved rounds, load average ${load.map(l => l.toFixed(1)).join(' -> ')}`
  )
  console.log(`shell baseline (curl + sha256sum + tar -xzf): ${(baselineMs / 1000).toFixed(2)} s`)
  console.log(
    `action install (resolve + download + verify + extract + cache): ${(installMs / 1000).toFixed(2)} s`
  )
  console.log(
    `ratio action / baseline, median of per-round ratios (${ratios.map(r => r.toFixed(2)).join(', ')}): ${ratio.toFixed(2)}x (target <= 0.8x) ${verdict(ratio, 0.8)}`
  )
  console.log(
    `writing the tree alone (tar -xf of the inflated archive): ${(median(floor) / 1000).toFixed(2)} s, ${median(floor.map((ms, i) => ms / baseline[i])).toFixed(2)}x the baseline (informational)`
  )
  console.log(
    `cache hit inside the action (whole Go stage incl. go env): ${hitMs.toFixed(0)} ms (target < 150 ms) ${verdict(hitMs, 150)}`
  )
  await benchZip()
} finally {
  server.close()
  server.closeAllConnections()
  removeActionRuns()
}

/**
 * Waits until the disk has written back and discarded what the last step wrote and deleted
 * (sync, then no request in flight on any block device for 0.5 s; 60 s at most), so that no
 * step pays for the one before it: deleting a Go tree keeps this VM's disk busy for seconds.
 */
async function settle() {
  spawnSync('sync', { timeout: 60_000 })
  const devices = readdirSync('/sys/block').map(name => join('/sys/block', name, 'inflight'))
  const busy = () =>
    devices.some(file => {
      try {
        return /[1-9]/.test(readFileSync(file, 'utf8'))
      } catch {
        return false
      }
    })
  const deadline = performance.now() + 60_000
  for (let quiet = 0; quiet < 5 && performance.now() < deadline;) {
    quiet = busy() ? 0 : quiet + 1
    await new Promise(wait => setTimeout(wait, 100))
  }
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

/**
 * The in-process zip extractor (src/go/extract.ts, compiled) against `unzip -q` on the same zip
 * of Debian's Go tree, interleaved. Printed as a ratio; no target (the Windows order is tar.exe
 * first; this says what the fallback costs).
 */
async function benchZip() {
  const zip = join(tmpdir(), 'go-win-preflight-fixtures', `go${VERSION}.linux-amd64.zip`)
  if (!existsSync(zip)) {
    const partial = `${zip}.${process.pid}.partial.zip`
    const tree = mkdtempSync(join(tmpdir(), 'gwp-bench-zip-tree-'))
    execFileSync('tar', ['-xzf', ARCHIVE, '-C', tree], { timeout: 300_000 })
    execFileSync('zip', ['-qr', partial, 'go'], { cwd: tree, timeout: 600_000 })
    rmSync(tree, { recursive: true, force: true })
    renameSync(partial, zip)
  }
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
  const build = mkdtempSync(join(tmpdir(), 'gwp-bench-zip-build-'))
  try {
    execFileSync(
      process.execPath,
      [
        join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--ignoreConfig',
        ...['--outDir', build, '--rootDir', join(repo, 'src')],
        ...['--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022'],
        ...['--skipLibCheck', '--types', 'node'],
        join(repo, 'src', 'go', 'extract.ts')
      ],
      { timeout: 120_000 }
    )
    writeFileSync(join(build, 'package.json'), '{"type":"module"}')
    symlinkSync(join(repo, 'node_modules'), join(build, 'node_modules'))
    const { extractZip } = await import(pathToFileURL(join(build, 'go', 'extract.js')).href)
    const ours = []
    const theirs = []
    for (let i = 0; i < RUNS; i++) {
      const a = mkdtempSync(join(tmpdir(), 'gwp-bench-unzip-'))
      let begun = performance.now()
      await run('unzip', ['-q', zip, '-d', a])
      theirs.push(performance.now() - begun)
      rmSync(a, { recursive: true, force: true })
      const b = mkdtempSync(join(tmpdir(), 'gwp-bench-yauzl-'))
      begun = performance.now()
      await extractZip(zip, b)
      ours.push(performance.now() - begun)
      if (!existsSync(join(b, 'go', 'bin', 'go')))
        throw new Error('the zip extractor left no go/bin/go')
      rmSync(b, { recursive: true, force: true })
    }
    const ratio = median(ours.map((ms, i) => ms / theirs[i]))
    console.log(
      `zip (${(statSync(zip).size / 1e6).toFixed(1)} MB): in-process (yauzl) ${(median(ours) / 1000).toFixed(2)} s vs unzip ${(median(theirs) / 1000).toFixed(2)} s, ratio ${ratio.toFixed(2)}x (median of per-round ratios; informational)`
    )
  } finally {
    rmSync(build, { recursive: true, force: true })
  }
}
