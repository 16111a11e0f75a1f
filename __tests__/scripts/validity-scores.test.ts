// bench:validity's scoring: a test failed in a condition when it failed in any run, it was
// annotated when more than half of the runs annotated it; redraws are seeded and repeatable.
import { describe, expect, it } from '@jest/globals'
import {
  annotatedInMost,
  annotationScores,
  failRateTable,
  resampledScores,
  type ScoredRun
} from '../../scripts/lib/validity-scores.mjs'

const run = (condition: string, failed: string[], annotated: string[]): ScoredRun => ({
  condition,
  failed: new Set(failed),
  annotated: new Set(annotated)
})
const names = ['A', 'B', 'C']

describe('annotation scores', () => {
  it('counts a failure in any run, an annotation in more than half of them', () => {
    const throttled = [
      run('0.2', ['A'], ['A', 'B']),
      run('0.2', ['C'], ['A']),
      run('0.2', [], ['A'])
    ]
    const scores = annotationScores([throttled], names)
    // annotated: A (3 of 3); B only in 1 of 3. Failed: A and C.
    expect(scores).toMatchObject({ annotatedCount: 1, failedCount: 2, truePositive: 1 })
    expect(scores.precision).toBe(1)
    expect(scores.recall).toBe(0.5)
    expect(scores.missed).toEqual(['0.2: C'])
    expect(scores.unfailed).toEqual([])
  })

  it('pools the conditions, test by condition', () => {
    const idle = [run('idle', [], []), run('idle', [], [])]
    const throttled = [run('0.2', [], ['B']), run('0.2', [], ['B'])]
    const scores = annotationScores([idle, throttled], names)
    expect(scores.precision).toBe(0)
    expect(scores.recall).toBeNaN() // nothing failed
    expect(scores.unfailed).toEqual(['0.2: B'])
  })

  it('redraws runs with replacement, seeded: the same runs give the same spread', () => {
    // A fails in one run of four: five draws catch it in 1 - (3/4)^5 = 76% of the draws
    const runs = [
      run('0.2', ['A'], ['A']),
      run('0.2', [], ['A']),
      run('0.2', [], ['A']),
      run('0.2', [], ['A'])
    ]
    const first = resampledScores([runs], names, { size: 5 })
    expect(resampledScores([runs], names, { size: 5 })).toEqual(first)
    expect(first.draws).toBe(1000)
    expect(first.recall.median).toBe(1) // nothing failed, or A did and was annotated
    expect(first.met).toBeGreaterThan(0.7)
    expect(first.met).toBeLessThan(0.82)
    expect(first.precision.p10).toBe(0)
  })

  it('annotated in most runs means more than half; the table counts failures per condition', () => {
    const runs = [run('0.6', ['A'], ['A']), run('0.6', [], ['A']), run('0.6', [], ['B'])]
    expect(annotatedInMost(runs, 'A')).toBe(true)
    expect(annotatedInMost(runs.slice(1), 'A')).toBe(false) // 1 of 2 is not more than half
    expect(failRateTable(['A', 'B'], ['0.6', 'idle'], [runs, []], [4, 6]).split('\n')).toEqual([
      'test    0.6   idle',
      'A       1/3    0/0',
      'B       0/3    0/0'
    ])
  })
})
