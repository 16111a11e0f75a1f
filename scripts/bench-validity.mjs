// `npm run bench:validity`: does the verdict predict flaky tests? Runs the Go test corpus in
// bench/timing-corpus/ idle and inside CPU cgroups (0.6 and 0.2 CPU, each holding a CPU hog),
// VALIDITY_RUNS times per condition (VALIDITY_IDLE_RUNS idle), measures each test's real fail
// rate, and after each corpus run runs the built action (dist/index.js) on the same corpus under
// the same condition. Prints each test's fail rate per condition, the annotation precision and
// recall against the tests that really failed, and the verdict against "some test failed in this
// run". Needs Linux, root (to create the cgroups), Go on PATH or at /usr/lib/go-1.19/bin, and
// `npm run build`. Targets (issue 15): precision >= 0.8, recall >= 0.8, verdict fail in >= 90%
// of the runs where a test failed, no fail verdict idle.
import { execFileSync, spawn } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'
import {
  createCpuCgroup,
  findCpuController,
  inCgroupWrapper,
  removeCpuCgroup,
  startHog,
  throttleStats
} from './lib/cpu-cgroup.mjs'
import {
  annotationScores,
  failRateTable,
  formatQuantiles,
  resampledScores,
  TARGET
} from './lib/validity-scores.mjs'

const RUNS = Number(process.env.VALIDITY_RUNS || 5)
const IDLE_RUNS = Number(process.env.VALIDITY_IDLE_RUNS || RUNS)
const SKIP_ACTION = process.env.VALIDITY_SKIP_ACTION === '1'
// One JSON line per run (failed tests, the needs as judged, the lateness): what model changes are weighed on.
const DETAILS_FILE = process.env.VALIDITY_DETAILS
const CONDITIONS = [
  { name: 'idle', cpus: undefined, runs: IDLE_RUNS },
  { name: '0.6 CPU + hog', cpus: 0.6, runs: RUNS },
  { name: '0.2 CPU + hog', cpus: 0.2, runs: RUNS }
].filter(c =>
  (process.env.VALIDITY_CONDITIONS ?? 'idle,0.6,0.2').split(',').includes(c.name.split(' ')[0])
)
// Each package's test binary: generous, a throttled 0.2 CPU run of a package takes seconds.
const TEST_TIMEOUT_MS = 120_000
const ACTION_TIMEOUT_MS = 600_000
// The hog lives at most this long whatever happens to this script.
const HOG_LIFETIME_S = 3600
// Throttled runs are slow: 5 trials × 300 wake-ups still give a p99 per trial (299 needed).
const ACTION_INPUTS = {
  'test-paths': './...',
  'timer-samples': '300',
  'timer-trials': '5',
  'sleep-samples': '3',
  'go-probe': 'false'
}

const repoRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const corpusDir = join(repoRoot, 'bench', 'timing-corpus')

if (process.platform !== 'linux') {
  console.log('bench:validity runs on Linux only (it needs CPU cgroups): skipped.')
  process.exit(0)
}
if (process.getuid?.() !== 0) {
  console.log('bench:validity needs root (it creates CPU cgroups): skipped.')
  process.exit(0)
}
if (!SKIP_ACTION && !existsSync(join(repoRoot, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.')
  process.exit(1)
}
const goBin = findGo()
if (goBin === undefined) {
  console.error('No go on PATH or in /usr/lib/go-1.19/bin: install golang-1.19-go.')
  process.exit(1)
}
const controller = findCpuController()
if (controller === undefined && CONDITIONS.some(c => c.cpus !== undefined)) {
  console.error('No cgroup hierarchy with the cpu controller is mounted: cannot limit CPU.')
  process.exit(1)
}

function findGo() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/lib/go-1.19/bin']
  return dirs.find(dir => dir !== '' && existsSync(join(dir, 'go')))
}

/** Every Test function of the corpus with its file and line span, for mapping annotations. */
function listTests(root) {
  const tests = []
  for (const pkg of readdirSync(root, { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue
    for (const file of readdirSync(join(root, pkg.name))) {
      if (!file.endsWith('_test.go')) continue
      const lines = readFileSync(join(root, pkg.name, file), 'utf8').split('\n')
      let current
      lines.forEach((line, index) => {
        const match = /^func (\w+)\(/.exec(line)
        if (match) {
          current = match[1].startsWith('Test')
            ? { name: `${pkg.name}.${match[1]}`, file: `${pkg.name}/${file}`, from: index + 1 }
            : undefined
          if (current) tests.push(current)
        }
        if (current && line === '}') {
          current.to = index + 1
          current = undefined
        }
      })
    }
  }
  return tests
}

function testAt(tests, file, line) {
  return tests.find(t => t.file === file && line >= t.from && line <= t.to)?.name
}

function run(argv, options) {
  return new Promise(resolve => {
    const child = spawn(argv[0], argv.slice(1), { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', chunk => (out += chunk))
    child.stderr.on('data', chunk => (out += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, out })
    })
  })
}

/** Runs every package's test binary once, one package after the other; the names that failed. */
async function runCorpus(binaries, wrap) {
  const failed = new Set()
  const passed = new Set()
  for (const { pkg, binary } of binaries) {
    const result = await run([...wrap, binary, '-test.v', '-test.count=1'], {
      cwd: join(workspace, pkg),
      timeoutMs: TEST_TIMEOUT_MS
    })
    for (const match of result.out.matchAll(/--- (PASS|FAIL): (\w+)/g)) {
      ;(match[1] === 'PASS' ? passed : failed).add(`${pkg}.${match[2]}`)
    }
    if (result.code !== 0 && ![...failed].some(name => name.startsWith(`${pkg}.`))) {
      throw new Error(
        `${pkg}: test binary exited ${result.code} without a failed test:\n${result.out}`
      )
    }
  }
  return { failed, ran: passed.size + failed.size }
}

const scratch = mkdtempSync(join(tmpdir(), 'gwp-validity-'))
const workspace = join(scratch, 'workspace')
cpSync(corpusDir, workspace, { recursive: true })
const env = {
  ...process.env,
  PATH: `${goBin}${delimiter}${process.env.PATH}`,
  GOCACHE: join(scratch, 'gocache'),
  GOFLAGS: '-mod=mod',
  GOTOOLCHAIN: 'local'
}
const tests = listTests(workspace)
let hog
let cgroupDir
const cleanUp = async () => {
  hog?.kill('SIGTERM')
  if (cgroupDir) await removeCpuCgroup(cgroupDir)
  removeActionRuns()
  rmSync(scratch, { recursive: true, force: true })
}
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)))
process.once('SIGTERM', () => cleanUp().then(() => process.exit(143)))

const results = []
try {
  // Built once, idle: a build inside a 0.2 CPU cgroup would take minutes and test nothing.
  const binaries = readdirSync(workspace, { withFileTypes: true })
    .filter(
      d => d.isDirectory() && readdirSync(join(workspace, d.name)).some(f => f.endsWith('_test.go'))
    )
    .map(d => ({ pkg: d.name, binary: join(scratch, `${d.name}.test`) }))
  for (const { pkg, binary } of binaries) {
    execFileSync(join(goBin, 'go'), ['test', '-c', '-o', binary, `./${pkg}`], {
      cwd: workspace,
      env,
      timeout: 300_000,
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  const toolCache = join(scratch, 'toolcache')
  console.log(
    `corpus: ${tests.length} tests in ${binaries.length} packages; ${cpus().length} CPUs, ` +
      `load average ${loadavg()
        .map(l => l.toFixed(1))
        .join(' ')} at the start`
  )
  for (const condition of CONDITIONS) {
    let wrap = []
    if (condition.cpus !== undefined) {
      const cgroup = createCpuCgroup(
        controller,
        `go-win-preflight-validity-${process.pid}`,
        condition.cpus
      )
      cgroupDir = cgroup.dir
      wrap = inCgroupWrapper(cgroup.procs)
      hog = startHog(cgroup.procs, HOG_LIFETIME_S)
    }
    for (let i = 1; i <= condition.runs; i++) {
      const load = loadavg()[0]
      const corpus = await runCorpus(binaries, wrap)
      let verdict = 'skipped'
      let annotated = new Set()
      let stray = 0
      let reason = ''
      let scanDetails
      let timerLoop
      if (!SKIP_ACTION) {
        const action = await runAction({
          inputs: ACTION_INPUTS,
          // As setup-go leaves it: GOPATH/bin on PATH (else go-env warns on every run).
          env: { PATH: `${join(process.env.HOME ?? '/root', 'go', 'bin')}${delimiter}${env.PATH}` },
          workspace,
          toolCache,
          wrap,
          timeoutMs: ACTION_TIMEOUT_MS
        })
        verdict = action.outputs.verdict ?? 'none'
        reason = action.report?.decision?.reasons?.find(r => !r.startsWith('go-env')) ?? ''
        const scan = action.report?.checks?.find(c => c.id === 'endangered-tests')
        scanDetails = scan?.details
        const timerDetails = action.report?.checks?.find(c => c.id === 'timer')?.details
        const loop = timerDetails?.loops?.[0]
        timerLoop = loop && {
          cpu: timerDetails.cpu,
          intervalUs: loop.intervalUs,
          aggregate: loop.aggregate,
          histogram: loop.histogram,
          trials: loop.trials.map(t => ({ count: t.count, mean: t.mean, p99: t.p99, max: t.max }))
        }
        const late = scan?.details?.lateness
        if (late) {
          const f = values => values.map(v => (v / 1000).toFixed(1)).join('/')
          reason = `lateness p99 ${f(late.p99Us)} ms, max ${f(late.maxUs)} ms; ${reason}`
        }
        for (const finding of scan?.findings ?? []) {
          if (finding.file === undefined || finding.line === undefined) continue
          const file = relative(workspace, join(workspace, finding.file))
          const name = testAt(tests, file, finding.line)
          if (name) annotated.add(name)
          else stray++
        }
      }
      if (DETAILS_FILE) {
        const needs = (scanDetails?.needs ?? []).map(n => ({
          test: testAt(tests, n.file, n.line),
          marginUs: n.marginUs,
          waitUs: n.waitUs,
          kind: n.kind,
          boundUs: n.boundUs,
          periodicUs: n.periodicUs,
          risk: n.risk,
          rule: n.rule
        }))
        const line = {
          condition: condition.name,
          run: i,
          load,
          failed: [...corpus.failed],
          verdict,
          lateness: scanDetails?.lateness,
          timer: timerLoop,
          needs
        }
        appendFileSync(DETAILS_FILE, `${JSON.stringify(line)}\n`)
      }
      results.push({
        condition: condition.name,
        run: i,
        load,
        failed: corpus.failed,
        annotated,
        stray,
        verdict
      })
      console.log(
        `${condition.name} ${i}/${condition.runs} (load ${load.toFixed(1)}): ${corpus.failed.size} of ${corpus.ran} tests failed` +
          `${corpus.failed.size > 0 ? ` (${[...corpus.failed].join(', ')})` : ''}; verdict ${verdict}, ` +
          `${annotated.size} tests annotated${stray > 0 ? ` (+${stray} annotations outside tests)` : ''}` +
          (reason === '' ? '' : ` — ${reason}`)
      )
    }
    if (condition.cpus !== undefined) {
      console.log(`cgroup v${controller.version} ${cgroupDir}: ${throttleStats(cgroupDir)}`)
      hog.kill('SIGTERM')
      hog = undefined
      await removeCpuCgroup(cgroupDir)
      cgroupDir = undefined
    }
  }
} finally {
  await cleanUp()
}

report(results)

function report(results) {
  console.log('\nFail rate per test (runs failed / runs):')
  const names = tests.map(t => t.name)
  const byCondition = CONDITIONS.map(c => results.filter(r => r.condition === c.name))
  console.log(
    failRateTable(
      names,
      CONDITIONS.map(c => c.name),
      byCondition
    )
  )
  if (SKIP_ACTION) return
  const { precision, recall, annotatedCount, failedCount, truePositive, missed, unfailed } =
    annotationScores(byCondition, names)
  if (missed.length > 0) console.log(`\nfailed, not annotated: ${missed.join('; ')}`)
  if (unfailed.length > 0) console.log(`annotated, never failed: ${unfailed.join('; ')}`)
  console.log(
    `\nAnnotations (test × condition): ${annotatedCount} annotated, ${failedCount} really failed, ${truePositive} both: ` +
      `precision ${precision.toFixed(2)} (target >= 0.8), recall ${recall.toFixed(2)} (target >= 0.8)`
  )
  // How much of that is the luck of which rare failures came up: the same scores over runs drawn
  // again, with replacement, from each condition's runs.
  const spread = resampledScores(byCondition, names)
  console.log(
    `over ${spread.draws} redraws of these runs: precision ${formatQuantiles(spread.precision)}, ` +
      `recall ${formatQuantiles(spread.recall)} (median, 10th to 90th percentile); ` +
      `both targets met in ${Math.round(spread.met * 100)}%`
  )
  console.log('\nVerdict vs "some test failed in this run":')
  console.log(
    `${'condition'.padEnd(16)} ${'failed: fail/warn/pass'.padStart(24)} ${'none failed: fail/warn/pass'.padStart(29)}`
  )
  const count = (runs, verdict) => runs.filter(r => r.verdict === verdict).length
  for (const c of CONDITIONS) {
    const runs = results.filter(r => r.condition === c.name)
    const failedRuns = runs.filter(r => r.failed.size > 0)
    const cleanRuns = runs.filter(r => r.failed.size === 0)
    const cell = rs => ['fail', 'warn', 'pass'].map(v => count(rs, v)).join('/')
    console.log(
      `${c.name.padEnd(16)} ${cell(failedRuns).padStart(24)} ${cell(cleanRuns).padStart(29)}`
    )
  }
  const failedRuns = results.filter(r => r.failed.size > 0)
  const caught = count(failedRuns, 'fail')
  const idle = results.filter(r => r.condition === 'idle')
  const idleFails = count(idle, 'fail')
  console.log(
    `\nverdict fail in ${caught} of ${failedRuns.length} runs where a test failed (target >= 90%); ` +
      `fail idle in ${idleFails} of ${idle.length} runs (target 0)`
  )
  const ok =
    precision >= TARGET &&
    recall >= TARGET &&
    (failedRuns.length === 0 || caught / failedRuns.length >= 0.9) &&
    idleFails === 0
  console.log(ok ? 'targets met' : 'targets MISSED')
  if (!ok) process.exitCode = 1
}
