// `npm run bench:gate`: is the gate's verdict right? Runs the built action 20 times on the idle
// machine (default inputs: a healthy runner must never get a fail verdict) and 20 times inside a
// CPU cgroup capped at 0.2 CPU that also holds a CPU hog, with `environment: kubernetes` (a
// throttled pod must not pass). Needs root to create the cgroup; says so and exits 0 without.
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  mkdtempSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'

const RUNS = Number(process.env.GATE_RUNS || 20)
const QUOTA_US = 20_000
const PERIOD_US = 100_000
// Throttled runs are slow: small but meaningful inputs (3 trials x 300 wake-ups still support a
// p99 per trial, 299 needed).
const TIMER_INPUTS = {
  'timer-samples': '300',
  'timer-trials': '3',
  'sleep-samples': '3',
  'go-probe': 'false'
}
const IDLE_TIMEOUT_MS = 180_000
const THROTTLED_TIMEOUT_MS = 600_000

if (process.platform !== 'linux') {
  console.log('bench:gate runs on Linux only (it needs a CPU cgroup): skipped.')
  process.exit(0)
}
if (process.getuid?.() !== 0) {
  console.log('bench:gate needs root (it creates a CPU cgroup limited to 0.2 CPU): skipped.')
  process.exit(0)
}

/** The cgroup filesystem that has the cpu controller: v1 `cpu` hierarchy, else the v2 root. */
function findCpuController() {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
  for (const line of mounts) {
    const [left, right] = line.split(' - ')
    if (!right) continue
    const [fsType, , options = ''] = right.split(' ')
    const mountPoint = left.split(' ')[4]
    if (fsType === 'cgroup' && options.split(',').includes('cpu'))
      return { version: 1, root: mountPoint }
  }
  for (const line of mounts) {
    const [left, right] = line.split(' - ')
    if (!right || right.split(' ')[0] !== 'cgroup2') continue
    const root = left.split(' ')[4]
    const controllers = readFileSync(join(root, 'cgroup.controllers'), 'utf8').split(/\s+/)
    if (controllers.includes('cpu')) return { version: 2, root }
  }
  return undefined
}

function createCgroup(controller) {
  const dir = join(controller.root, `go-win-preflight-gate-${process.pid}`)
  mkdirSync(dir)
  if (controller.version === 1) {
    writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US))
    writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(QUOTA_US))
  } else {
    const subtree = join(controller.root, 'cgroup.subtree_control')
    if (!readFileSync(subtree, 'utf8').split(/\s+/).includes('cpu')) writeFileSync(subtree, '+cpu')
    writeFileSync(join(dir, 'cpu.max'), `${QUOTA_US} ${PERIOD_US}`)
  }
  return dir
}

function throttleStats(dir) {
  const stat = Object.fromEntries(
    readFileSync(join(dir, 'cpu.stat'), 'utf8')
      .trim()
      .split('\n')
      .map(line => line.split(' '))
  )
  return `nr_periods ${stat.nr_periods}, nr_throttled ${stat.nr_throttled}`
}

async function removeCgroup(dir) {
  // rmdir succeeds once the last process has left; killed processes take a moment to go.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmdirSync(dir)
      return
    } catch (error) {
      if (error.code === 'ENOENT') return
      await delay(100)
    }
  }
  console.error(`could not remove cgroup ${dir}: remove it by hand (rmdir) once it is empty`)
}

async function runMany(label, options) {
  const verdicts = { pass: 0, warn: 0, fail: 0, error: 0 }
  for (let i = 1; i <= RUNS; i++) {
    const run = await runAction(options)
    const verdict = run.outputs.verdict
    const known = verdict === 'pass' || verdict === 'warn' || verdict === 'fail'
    verdicts[known ? verdict : 'error']++
    const reason =
      run.report?.reasons?.[0] ??
      (run.stderr.trim().split('\n').pop() || run.stdout.trim().split('\n').pop())
    console.log(
      `${label} ${String(i).padStart(2)}/${RUNS}: verdict ${known ? verdict : 'none'} (${run.outputs.environment ?? '?'}), ` +
        `exit ${run.timedOut ? 'timeout' : run.exitCode}, ${(run.wallMs / 1000).toFixed(1)} s` +
        (verdict === 'pass' ? '' : ` — ${reason ?? ''}`)
    )
  }
  return verdicts
}

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/index.js is missing: run `npm run build` first.')
  process.exit(1)
}
const controller = findCpuController()
if (!controller) {
  console.error('No cgroup hierarchy with the cpu controller is mounted: cannot limit CPU.')
  process.exit(1)
}

// One tool cache for every run, so Go is resolved (or downloaded) at most once.
const shared = mkdtempSync(join(tmpdir(), 'gwp-gate-'))
const common = { toolCache: join(shared, 'toolcache') }

// Idle: the action's own defaults, as users run it.
const idle = await runMany('idle', {
  ...common,
  inputs: {},
  timeoutMs: IDLE_TIMEOUT_MS
})

const cgroup = createCgroup(controller)
const procs = join(cgroup, 'cgroup.procs')
const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
// Ctrl-C: stop the hog this script started and leave no cgroup behind.
const cleanUpAndExit = () => {
  hog.kill('SIGKILL')
  setTimeout(() => {
    try {
      rmdirSync(cgroup)
    } catch (error) {
      console.error(`could not remove cgroup ${cgroup}: ${error.message}`)
    }
    removeActionRuns()
    rmSync(shared, { recursive: true, force: true })
    process.exit(130)
  }, 500)
}
process.once('SIGINT', cleanUpAndExit)
process.once('SIGTERM', cleanUpAndExit)
let throttled
try {
  writeFileSync(procs, String(hog.pid))
  throttled = await runMany('throttled', {
    ...common,
    inputs: { ...TIMER_INPUTS, environment: 'kubernetes' },
    // The wrapper moves itself into the cgroup, then becomes the action's node process.
    wrap: ['/bin/sh', '-c', 'echo $$ > "$0" && exec "$@"', procs],
    timeoutMs: THROTTLED_TIMEOUT_MS
  })
  console.log(`cgroup v${controller.version} ${cgroup}: ${throttleStats(cgroup)}`)
} finally {
  hog.kill('SIGKILL')
  await removeCgroup(cgroup)
}

removeActionRuns()
rmSync(shared, { recursive: true, force: true })
const nonPass = throttled.warn + throttled.fail
console.log('')
console.log(
  `idle, default inputs: ${idle.fail} of ${RUNS} fail verdicts (target 0) ` +
    `[pass ${idle.pass}, warn ${idle.warn}, fail ${idle.fail}, no verdict ${idle.error}] ` +
    (idle.fail === 0 && idle.error === 0 ? 'ok' : 'MISSED')
)
console.log(
  `0.2 CPU cgroup + hog, environment kubernetes: ${nonPass} of ${RUNS} non-pass verdicts (target >= ${RUNS - 1}) ` +
    `[pass ${throttled.pass}, warn ${throttled.warn}, fail ${throttled.fail}, no verdict ${throttled.error}] ` +
    (nonPass >= RUNS - 1 ? 'ok' : 'MISSED')
)
if (idle.fail > 0 || idle.error > 0 || nonPass < RUNS - 1) process.exitCode = 1
