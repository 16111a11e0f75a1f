// Statistics on synthetic data with answers worked out by hand (numpy type-7 quantiles).
import {
  DEFAULT_OUTLIER_RULE,
  aggregateTrials,
  describeOutlierRule,
  findOutliers,
  latencyStats,
  logHistogram,
  trialSpread,
  type Sample
} from '../../src/timer/stats.js'

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('latencyStats', () => {
  test('1..10 (unsorted) gives the textbook figures', () => {
    const stats = latencyStats([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])
    expect(stats.count).toBe(10)
    expect(stats.min).toBe(1)
    expect(stats.max).toBe(10)
    expect(stats.mean).toBe(5.5)
    expect(stats.median).toBe(5.5)
    expect(stats.p90).toBeCloseTo(9.1, 10)
    expect(stats.p95).toBeCloseTo(9.55, 10)
    expect(stats.stddev).toBeCloseTo(Math.sqrt(82.5 / 9), 10)
    // |x - 5.5| has median 2.5
    expect(stats.madScaled).toBeCloseTo(2.5 * 1.4826, 10)
  })

  test('p99 needs 299 samples and p99.9 needs 10,000', () => {
    expect(latencyStats(range(1, 298)).p99).toBeNull()
    // (299 - 1) × 0.99 = 295.02 → x[295] + 0.02 × (x[296] - x[295]) = 296.02
    expect(latencyStats(range(1, 299)).p99).toBeCloseTo(296.02, 10)
    expect(latencyStats(range(1, 9999)).p999).toBeNull()
    // 9999 × 0.999 = 9989.001 → 9990.001
    expect(latencyStats(range(1, 10_000)).p999).toBeCloseTo(9990.001, 6)
  })

  test('accepts a Float64Array and keeps negative latencies', () => {
    const stats = latencyStats(new Float64Array([-3, 0, 3]))
    expect(stats.min).toBe(-3)
    expect(stats.median).toBe(0)
  })

  test('refuses an empty sample', () => {
    expect(() => latencyStats([])).toThrow('at least one sample')
  })
})

describe('aggregateTrials and trialSpread', () => {
  test('medians of the trials, min and max of all samples', () => {
    // Three trials of 300: 1..300 shifted by 0, 10 and 1000.
    const trials = [0, 10, 1000].map(shift => range(1, 300).map(v => v + shift))
    const stats = trials.map(t => latencyStats(t))
    const aggregate = aggregateTrials(stats, trials.flat())
    expect(aggregate.count).toBe(900)
    expect(aggregate.min).toBe(1)
    expect(aggregate.max).toBe(1300)
    expect(aggregate.median).toBeCloseTo(160.5, 10) // trial medians 150.5, 160.5, 1150.5
    // each trial's p99: x[296] + 0.01 = 297.01 + shift
    expect(aggregate.p99).toBeCloseTo(307.01, 10)
    expect(aggregate.p999).toBeNull()
    const spread = trialSpread(stats)
    expect(spread.p50[0]).toBeCloseTo(150.5, 10)
    expect(spread.p50[1]).toBeCloseTo(1150.5, 10)
    expect(spread.p99?.[0]).toBeCloseTo(297.01, 10)
    expect(spread.p99?.[1]).toBeCloseTo(1297.01, 10)
  })

  test('short trials take p99 from the pooled samples, and spread has no p99', () => {
    const trials = [range(1, 100), range(101, 200), range(201, 300)]
    const stats = trials.map(t => latencyStats(t))
    expect(stats.every(s => s.p99 === null)).toBe(true)
    const aggregate = aggregateTrials(stats, trials.flat())
    expect(aggregate.p99).toBeCloseTo(297.01, 10)
    expect(trialSpread(stats).p99).toBeNull()
  })

  test('a trial too short for a p99 is left out of the p99 median and the spread', () => {
    const trials = [range(1, 300), range(5001, 5100), range(11, 310)]
    const stats = trials.map(t => latencyStats(t))
    const aggregate = aggregateTrials(stats, trials.flat())
    expect(aggregate.p99).toBeCloseTo((297.01 + 307.01) / 2, 10)
    expect(trialSpread(stats).p99?.[1]).toBeCloseTo(307.01, 10)
  })

  test('pooled samples too few for a p99 give null', () => {
    const stats = [latencyStats(range(1, 100))]
    expect(aggregateTrials(stats, range(1, 100)).p99).toBeNull()
  })
})

describe('findOutliers', () => {
  const sample = (trial: number, index: number, valueUs: number): Sample => ({
    trial,
    index,
    offsetMs: trial * 1000 + index,
    valueUs
  })

  test('needs both the MAD multiple and the absolute floor', () => {
    // median 100, scaled MAD 10: 8 × 10 = 80 < 1000, so the threshold is 1100
    const samples = [sample(1, 0, 100), sample(1, 1, 1100), sample(2, 5, 1100.5), sample(3, 7, 181)]
    const { outliers, total } = findOutliers('b', samples, DEFAULT_OUTLIER_RULE, 100, 10, 10)
    expect(total).toBe(1)
    expect(outliers).toEqual([
      { backend: 'b', trial: 2, index: 5, offsetMs: 2005, valueUs: 1100.5 }
    ])
  })

  test('a wide distribution lifts the threshold above the floor', () => {
    // scaled MAD 500: 8 × 500 = 4000 > 1000, threshold 4100
    const samples = [sample(1, 0, 4000), sample(1, 1, 4101)]
    const { outliers } = findOutliers('b', samples, DEFAULT_OUTLIER_RULE, 100, 500, 10)
    expect(outliers.map(o => o.valueUs)).toEqual([4101])
  })

  test('keeps the largest up to the limit, listed in time order', () => {
    const samples = [sample(1, 0, 5000), sample(1, 1, 9000), sample(2, 0, 7000), sample(3, 0, 6000)]
    const { outliers, total } = findOutliers('b', samples, DEFAULT_OUTLIER_RULE, 0, 0, 2)
    expect(total).toBe(4)
    expect(outliers.map(o => [o.trial, o.index, o.valueUs])).toEqual([
      [1, 1, 9000],
      [2, 0, 7000]
    ])
  })

  test('the rule text carries the numbers', () => {
    expect(describeOutlierRule(DEFAULT_OUTLIER_RULE, 100, 10)).toBe(
      'latency > median + max(8 × scaled MAD, 1000 us) = 100 + max(8 × 10, 1000) = 1100 us'
    )
  })
})

describe('logHistogram', () => {
  test('one bin per decade, sub-microsecond and negative values in a first bin', () => {
    const bins = logHistogram([0.5, -2, 1, 9.99, 10, 100, 150, 999], 1)
    expect(bins).toEqual([
      { fromUs: -2, toUs: 1, count: 2 },
      { fromUs: 1, toUs: 10, count: 2 },
      { fromUs: 10, toUs: 100, count: 1 },
      { fromUs: 100, toUs: 1000, count: 3 }
    ])
  })

  test('four bins per decade keep empty bins between non-empty ones', () => {
    const bins = logHistogram([60, 61, 2000])
    expect(bins[0]).toEqual({ fromUs: 56.234, toUs: 100, count: 2 })
    expect(bins[bins.length - 1]).toEqual({ fromUs: 1778.279, toUs: 3162.278, count: 1 })
    expect(bins).toHaveLength(7) // bins 7..13 (10^(7/4) ≈ 56.2 .. 10^(14/4) ≈ 3162)
    expect(bins.slice(1, -1).every(b => b.count === 0)).toBe(true)
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(3)
  })

  test('no samples, no bins', () => {
    expect(logHistogram([])).toEqual([])
  })
})
