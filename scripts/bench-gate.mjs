// `npm run bench:gate`: is the gate's verdict right? Runs the built action 20 times on the idle
// machine (default inputs: a healthy runner must never get a fail verdict) and 20 times inside a
// CPU cgroup capped at 0.2 CPU that also holds a CPU hog, with `environment: kubernetes` (a
// throttled pod must not pass). Needs root to create the cgroup; says so and exits 0 without.
import { existsSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'
import {
  createCpuCgroup,
  findCpuController,
  inCgroupWrapper,
  removeCpuCgroup,
  startHog,
  throttleStats
} from './lib/cpu-cgroup.mjs'

const RUNS = Number(process.env.GATE_RUNS || 20)
const CPUS = 0.2
// The hog lives at most this long whatever happens to this script.
const HOG_LIFETIME_S = 3600
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

const cgroup = createCpuCgroup(controller, `go-win-preflight-gate-${process.pid}`, CPUS)
const hog = startHog(cgroup.procs, HOG_LIFETIME_S)
// Ctrl-C: stop the hog this script started and leave no cgroup behind.
const cleanUpAndExit = async () => {
  hog.kill('SIGTERM')
  await removeCpuCgroup(cgroup.dir).catch(error => console.error(error.message))
  removeActionRuns()
  rmSync(shared, { recursive: true, force: true })
  process.exit(130)
}
process.once('SIGINT', cleanUpAndExit)
process.once('SIGTERM', cleanUpAndExit)
let throttled
try {
  throttled = await runMany('throttled', {
    ...common,
    inputs: { ...TIMER_INPUTS, environment: 'kubernetes' },
    // The wrapper moves itself into the cgroup, then becomes the action's node process.
    wrap: inCgroupWrapper(cgroup.procs),
    timeoutMs: THROTTLED_TIMEOUT_MS
  })
  console.log(`cgroup v${controller.version} ${cgroup.dir}: ${throttleStats(cgroup.dir)}`)
} finally {
  hog.kill('SIGTERM')
  await removeCpuCgroup(cgroup.dir)
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
