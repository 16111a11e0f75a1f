// Re-scores runs bench:validity recorded (a JSON line per run: condition, failed, and, when the
// action ran, annotated): each test's fail rate per condition over all the runs, then precision
// and recall over redraws of a bench's size, for the annotations of one recorded bench (the
// model) and for predictors that knew each test's fail rate (annotating those at a rate or more).
// What the rare failures allow any predictor to score: docs/endangered-tests.md.
//
//   node scripts/validity-runs.mjs [runs.jsonl] [--model-bench N] [--size N]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  annotatedInMost,
  failRateTable,
  formatQuantiles,
  resampledScores,
  TARGET
} from './lib/validity-scores.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'model-bench': { type: 'string' }, size: { type: 'string', default: '5' } }
})
const file = positionals[0] ?? 'bench/timing-corpus/runs/2026-12-02.jsonl'
const size = Number(values.size)
const runs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(line => line.trim() !== '')
  .map((line, index) => {
    const run = JSON.parse(line)
    if (typeof run.condition !== 'string' || !Array.isArray(run.failed)) {
      throw new Error(`${file}:${index + 1}: a run needs condition and failed`)
    }
    return { ...run, failed: new Set(run.failed), annotated: new Set(run.annotated ?? []) }
  })
const conditions = [...new Set(runs.map(r => r.condition))]
const byCondition = conditions.map(c => runs.filter(r => r.condition === c))
const names = [...new Set(runs.flatMap(r => [...r.failed, ...r.annotated]))].sort()
const rate = (condition, name) => {
  const of = byCondition[conditions.indexOf(condition)]
  return of.filter(r => r.failed.has(name)).length / of.length
}

console.log(`${file}: ${runs.length} runs`)
console.log(failRateTable(names, conditions, byCondition, [46, 16]))

/** Every drawn run of a condition carries that condition's fixed annotations. */
const score = annotatedIn => {
  const annotated = byCondition.map(of =>
    of.map(r => ({ ...r, annotated: annotatedIn(r.condition) }))
  )
  const s = resampledScores(annotated, names, { size })
  return `precision ${formatQuantiles(s.precision)}, recall ${formatQuantiles(s.recall)}, both >= ${TARGET} in ${Math.round(s.met * 100)}%`
}
console.log(`\nover redraws of ${size} runs per condition (median, 10th to 90th percentile):`)
if (values['model-bench'] !== undefined) {
  const bench = Number(values['model-bench'])
  const annotatedBy = condition => {
    const of = runs.filter(r => r.bench === bench && r.condition === condition)
    return new Set(names.filter(n => annotatedInMost(of, n)))
  }
  console.log(`the annotations of bench ${bench}: ${score(annotatedBy)}`)
}
for (const threshold of [0.2, 0.1, 0.05, 0.02]) {
  const known = condition => new Set(names.filter(n => rate(condition, n) >= threshold))
  console.log(`knowing each fail rate, annotating those >= ${threshold}: ${score(known)}`)
}
