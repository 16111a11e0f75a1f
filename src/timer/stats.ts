// Pure statistics over wake-up latencies (microseconds): per-trial summaries, a robust
// aggregate across trials, outliers and a log-scale histogram.
import {
  max,
  mean,
  median,
  medianAbsoluteDeviation,
  min,
  quantileSorted,
  sampleStandardDeviation
} from 'simple-statistics'
import type { HistogramBin, LatencyStats, Outlier } from './types.js'

/** A p99 has a 95% confidence interval (order statistics) only from 299 samples on. */
export const P99_MIN_SAMPLES = 299
/** The same bound for p99.9. */
export const P999_MIN_SAMPLES = 10_000
/** Scales a median absolute deviation to estimate a normal standard deviation. */
export const MAD_TO_SIGMA = 1.4826

export function latencyStats(values: ArrayLike<number>): LatencyStats {
  if (values.length === 0) throw new Error('latencyStats needs at least one sample')
  const sorted = Array.from(values).sort((a, b) => a - b)
  const n = sorted.length
  return {
    count: n,
    min: sorted[0],
    mean: mean(sorted),
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    p99: n >= P99_MIN_SAMPLES ? quantileSorted(sorted, 0.99) : null,
    p999: n >= P999_MIN_SAMPLES ? quantileSorted(sorted, 0.999) : null,
    max: sorted[n - 1],
    stddev: n >= 2 ? sampleStandardDeviation(sorted) : 0,
    madScaled: medianAbsoluteDeviation(sorted) * MAD_TO_SIGMA
  }
}

/**
 * One summary for several trials, robust to one bad trial: every location and spread figure
 * is the median of the trials' figures; min, max and count cover all samples. A tail
 * percentile is the median over the trials long enough for it (a trial that ended short does
 * not count); when no trial is, it comes from the pooled samples when they are enough, else null.
 */
export function aggregateTrials(trials: LatencyStats[], pooled: ArrayLike<number>): LatencyStats {
  if (trials.length === 0) throw new Error('aggregateTrials needs at least one trial')
  const pooledStats = latencyStats(pooled)
  const medianOf = (pick: (t: LatencyStats) => number): number => median(trials.map(pick))
  const medianOrPooled = (pick: (t: LatencyStats) => number | null, pooledValue: number | null) => {
    const values = measuredValues(trials.map(pick))
    return values.length > 0 ? median(values) : pooledValue
  }
  return {
    count: pooledStats.count,
    min: pooledStats.min,
    mean: medianOf(t => t.mean),
    median: medianOf(t => t.median),
    p90: medianOf(t => t.p90),
    p95: medianOf(t => t.p95),
    p99: medianOrPooled(t => t.p99, pooledStats.p99),
    p999: medianOrPooled(t => t.p999, pooledStats.p999),
    max: pooledStats.max,
    stddev: medianOf(t => t.stddev),
    madScaled: medianOf(t => t.madScaled)
  }
}

function measuredValues(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null)
}

/** Lowest and highest trial p50 and p99 (over the trials long enough for a p99): how much trials disagree. */
export function trialSpread(trials: LatencyStats[]): {
  p50: [number, number]
  p99: [number, number] | null
} {
  const p50s = trials.map(t => t.median)
  const p99s = measuredValues(trials.map(t => t.p99))
  return {
    p50: [min(p50s), max(p50s)],
    p99: p99s.length > 0 ? [min(p99s), max(p99s)] : null
  }
}

export interface OutlierRule {
  /** How many scaled MADs above the median a sample must be. */
  madMultiple: number
  /** And how many microseconds above the median at least, so a very tight loop flags nothing trivial. */
  minExcessUs: number
}

export const DEFAULT_OUTLIER_RULE: OutlierRule = { madMultiple: 8, minExcessUs: 1000 }

export function describeOutlierRule(
  rule: OutlierRule,
  medianUs: number,
  madScaledUs: number
): string {
  const threshold = outlierThreshold(rule, medianUs, madScaledUs)
  return (
    `latency > median + max(${rule.madMultiple} × scaled MAD, ${rule.minExcessUs} us) ` +
    `= ${round(medianUs, 1)} + max(${rule.madMultiple} × ${round(madScaledUs, 1)}, ${rule.minExcessUs})` +
    ` = ${round(threshold, 1)} us`
  )
}

export function outlierThreshold(rule: OutlierRule, medianUs: number, madScaledUs: number): number {
  return medianUs + Math.max(rule.madMultiple * madScaledUs, rule.minExcessUs)
}

export interface Sample {
  trial: number
  index: number
  offsetMs: number
  valueUs: number
}

/**
 * Samples above the threshold of `rule`, judged against the median and scaled MAD of all
 * samples of the loop. At most `limit` are returned (the largest), in time order.
 */
export function findOutliers(
  backend: string,
  samples: Sample[],
  rule: OutlierRule,
  medianUs: number,
  madScaledUs: number,
  limit: number
): { outliers: Outlier[]; total: number } {
  const threshold = outlierThreshold(rule, medianUs, madScaledUs)
  const over = samples.filter(s => s.valueUs > threshold)
  const kept = [...over]
    .sort((a, b) => b.valueUs - a.valueUs)
    .slice(0, limit)
    .sort((a, b) => a.offsetMs - b.offsetMs)
  return { outliers: kept.map(s => ({ backend, ...s })), total: over.length }
}

/**
 * Counts per logarithmic bin, `binsPerDecade` bins per power of ten from 1 us; everything below
 * 1 us (including negative values) falls in a first bin that starts at the smallest value.
 * Bins run from the first non-empty to the last non-empty one, empty ones in between kept.
 */
export function logHistogram(values: ArrayLike<number>, binsPerDecade = 4): HistogramBin[] {
  if (values.length === 0) return []
  const counts = new Map<number, number>()
  let lowest = Infinity
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    lowest = Math.min(lowest, v)
    // The small epsilon keeps exact powers of ten (10, 100) in the bin they start.
    const bin = v < 1 ? -1 : Math.floor(Math.log10(v) * binsPerDecade + 1e-9)
    counts.set(bin, (counts.get(bin) ?? 0) + 1)
  }
  const keys = [...counts.keys()]
  const first = Math.min(...keys)
  const last = Math.max(...keys)
  const edge = (bin: number): number => round(10 ** (bin / binsPerDecade), 3)
  const bins: HistogramBin[] = []
  for (let bin = first; bin <= last; bin++) {
    bins.push({
      fromUs: bin === -1 ? Math.min(0, lowest) : edge(bin),
      toUs: bin === -1 ? 1 : edge(bin + 1),
      count: counts.get(bin) ?? 0
    })
  }
  return bins
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
