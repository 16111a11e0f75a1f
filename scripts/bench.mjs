// `npm run bench`: speed targets, measured on the built action (never in unit tests, which would
// flake on a shared 2-core machine). Each figure is the median of several runs.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeActionRuns, runAction } from './lib/action-runner.mjs'

const RUNS = 5
const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const verdict = (value, target) => (value <= target ? 'ok' : 'MISSED')

const wall = []
const coldStart = []
for (let i = 0; i < RUNS; i++) {
  const run = await runAction({ inputs: { mode: 'report' } })
  if (run.exitCode !== 0 || !run.report) {
    console.error(`run ${i + 1} failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
    removeActionRuns()
    process.exit(1)
  }
  wall.push(run.wallMs)
  const { startup, koffiLoad } = run.report.timingsMs
  coldStart.push(startup + (koffiLoad ?? 0))
}
removeActionRuns()
const wallMedian = median(wall)
const coldMedian = median(coldStart)
console.log(
  `action wall time, default inputs, no Go install: ${(wallMedian / 1000).toFixed(2)} s (target < 5 s) ${verdict(wallMedian, 5000)}`
)
console.log(
  `cold start to first measurement (module load + koffi load): ${coldMedian.toFixed(0)} ms (target < 300 ms) ${verdict(coldMedian, 300)}`
)

// Each capability's own bench, when present.
const here = dirname(fileURLToPath(import.meta.url))
for (const name of ['bench-go.mjs', 'bench-timer.mjs']) {
  const script = join(here, name)
  if (!existsSync(script)) continue
  console.log(`\n== ${name} ==`)
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', timeout: 20 * 60_000 })
  if (result.status !== 0) process.exitCode = 1
}
