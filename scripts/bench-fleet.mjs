// `npm run bench:fleet`: does the fleet action merge a few hundred reports in well under a
// second? One real report from dist/index.js is the template of 500 runners (names, matrix
// values, p99 trials and check statuses varied by a seeded generator); dist/fleet.js then runs on
// them as the runner runs fleet/action.yml, interleaved with runs on a single report, so the
// per-report cost shows apart from Node's start-up.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareActionDir, runAction } from './lib/action-runner.mjs'

const REPORTS = 500
const RUNS = 5
const TARGET_MS = 1000

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

// mulberry32: a small seeded generator, so every bench run merges the same fleet.
function generator(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const template = await runAction({
  inputs: {
    'timer-samples': '300',
    'timer-trials': '3',
    'sleep-samples': '1',
    'go-probe': 'false',
    mode: 'report'
  }
})
if (!template.report) {
  console.error(`the template run wrote no report (exit ${template.exitCode}):\n${template.stderr}`)
  process.exit(1)
}
const work = mkdtempSync(join(tmpdir(), 'gwp-bench-fleet-'))
try {
  const many = join(work, 'many')
  const one = join(work, 'one')
  mkdirSync(many)
  mkdirSync(one)
  const random = generator(17)
  const text = readFileSync(template.outputs.report, 'utf8')
  let bytes = 0
  for (let i = 0; i < REPORTS; i++) {
    const report = JSON.parse(text)
    const name = `pool-${String(i).padStart(3, '0')}`
    report.runner = { ...report.runner, name, matrix: { shard: i % 8, runner: name } }
    const scale = random() < 0.05 ? 20 : 1 + random() * 0.5
    const p99 = report.metrics.find(m => m.id === 'wake-p99')
    if (p99) {
      p99.trials = p99.trials.map(v => v * scale)
      p99.value *= scale
    }
    if (random() < 0.03) {
      report.verdict = 'fail'
      report.checks.find(c => c.id === 'temp-dirs').status = 'fail'
    }
    const json = JSON.stringify(report, null, 2)
    bytes += json.length
    writeFileSync(join(many, `preflight-${name}.json`), json)
    if (i === 0) writeFileSync(join(one, `preflight-${name}.json`), json)
  }

  const merge = { many: [], one: [] }
  const wall = { many: [], one: [] }
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['one', 'many']) {
      const run = await runAction({
        action: 'fleet',
        inputs: { reports: kind, 'fail-on': 'never' },
        workspace: work
      })
      const match = /runners merged from (\d+) files in ([\d.]+) ms/.exec(run.stdout)
      if (run.exitCode !== 0 || !match) {
        console.error(`fleet run failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
        process.exit(1)
      }
      merge[kind].push(Number(match[2]))
      wall[kind].push(run.wallMs)
      rmSync(run.dirs.work, { recursive: true, force: true })
    }
  }
  const mergeMs = median(merge.many)
  console.log(
    `fleet merge of ${REPORTS} reports (${(bytes / 1024 / 1024).toFixed(1)} MiB: list, read, validate, ` +
      `merge, outliers): ${mergeMs.toFixed(0)} ms, ${(mergeMs / TARGET_MS).toFixed(2)}× ` +
      `the ${TARGET_MS} ms target ${mergeMs < TARGET_MS ? 'ok' : 'MISSED'}`
  )
  console.log(
    `fleet action wall time, ${REPORTS} reports vs 1 (interleaved, median of ${RUNS}): ` +
      `${median(wall.many).toFixed(0)} ms vs ${median(wall.one).toFixed(0)} ms, ` +
      `${(median(wall.many) / median(wall.one)).toFixed(2)}×`
  )
  if (mergeMs >= TARGET_MS) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(template.dirs.work, { recursive: true, force: true })
  rmSync(prepareActionDir(), { recursive: true, force: true })
}
