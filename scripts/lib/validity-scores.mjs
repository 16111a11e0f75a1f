// How bench:validity scores annotations against failures, shared by the bench and by
// scripts/validity-runs.mjs, which re-scores recorded runs. A run is
// { condition, failed: Set<test>, annotated: Set<test> }; a condition is an array of runs.

/** The precision and recall targets of issue 15. */
export const TARGET = 0.8

/** A condition's runs annotated the test when more than half of them did. */
export function annotatedInMost(runs, name) {
  return runs.filter(r => r.annotated.has(name)).length * 2 > runs.length
}

/** `failed/runs` of each test per condition, one line per test (conditions: arrays of runs). */
export function failRateTable(testNames, conditionNames, conditions, widths = [48, 14]) {
  const lines = [['test'.padEnd(widths[0]), ...conditionNames.map(c => c.padStart(widths[1]))]]
  for (const name of testNames) {
    const cells = conditions.map(runs =>
      `${runs.filter(r => r.failed.has(name)).length}/${runs.length}`.padStart(widths[1])
    )
    lines.push([name.padEnd(widths[0]), ...cells])
  }
  return lines.map(line => line.join(' ')).join('\n')
}

/**
 * Test level, per condition: a test really failed when it failed in any run of the condition;
 * it was annotated when the action annotated it in more than half of them. Pooled over the
 * conditions.
 */
export function annotationScores(conditions, testNames) {
  let truePositive = 0
  let annotatedCount = 0
  let failedCount = 0
  const missed = []
  const unfailed = []
  for (const runs of conditions) {
    for (const name of testNames) {
      const failed = runs.some(r => r.failed.has(name))
      const annotated = annotatedInMost(runs, name)
      if (failed) failedCount++
      if (annotated) annotatedCount++
      if (failed && annotated) truePositive++
      if (failed !== annotated) (failed ? missed : unfailed).push(`${runs[0].condition}: ${name}`)
    }
  }
  return {
    precision: annotatedCount === 0 ? NaN : truePositive / annotatedCount,
    recall: failedCount === 0 ? NaN : truePositive / failedCount,
    annotatedCount,
    failedCount,
    truePositive,
    missed,
    unfailed
  }
}

/**
 * annotationScores over `draws` redraws of `size` runs per condition (each condition's own
 * count when absent), with replacement, seeded so that two reports can be compared: median and
 * 10th to 90th percentile of precision and recall, and the share of draws meeting both targets.
 */
export function resampledScores(conditions, testNames, { draws = 1000, size } = {}) {
  let seed = 15
  // mulberry32: a small seeded generator, enough to redraw runs.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const precisions = []
  const recalls = []
  let met = 0
  for (let i = 0; i < draws; i++) {
    const drawn = conditions
      .filter(runs => runs.length > 0)
      .map(runs =>
        Array.from({ length: size ?? runs.length }, () => runs[Math.floor(random() * runs.length)])
      )
    const { precision, recall } = annotationScores(drawn, testNames)
    // No annotation is no precision to speak of; nothing failed leaves nothing to miss.
    precisions.push(Number.isNaN(precision) ? 0 : precision)
    recalls.push(Number.isNaN(recall) ? 1 : recall)
    if (precision >= TARGET && recall >= TARGET) met++
  }
  return { draws, precision: quantiles(precisions), recall: quantiles(recalls), met: met / draws }
}

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { median: at(0.5), p10: at(0.1), p90: at(0.9) }
}

/** `0.75 (0.50-1.00)` */
export function formatQuantiles({ median, p10, p90 }) {
  return `${median.toFixed(2)} (${p10.toFixed(2)}-${p90.toFixed(2)})`
}
