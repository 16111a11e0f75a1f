// Pure: group a wake-up loop's outliers into kinds a person can act on.
import type { Outlier, WakeupLoop } from './types.js'

/**
 * Outliers within this distance of another one form a burst. 100 ms is the CFS bandwidth
 * period: bursts at that scale point to CPU throttling or a noisy neighbour, isolated spikes
 * to a single preemption or interrupt storm.
 */
export const BURST_WINDOW_MS = 100

export type OutlierKind = 'burst' | 'isolated'

export interface OutlierGroup {
  backend: string
  kind: OutlierKind
  /** Worst first. */
  outliers: Outlier[]
}

export function outlierGroups(loop: WakeupLoop): OutlierGroup[] {
  const byTime = [...loop.outliers].sort((a, b) => a.offsetMs - b.offsetMs)
  const kinds = new Map<Outlier, OutlierKind>()
  byTime.forEach((outlier, i) => {
    const near =
      (i > 0 && outlier.offsetMs - byTime[i - 1].offsetMs <= BURST_WINDOW_MS) ||
      (i < byTime.length - 1 && byTime[i + 1].offsetMs - outlier.offsetMs <= BURST_WINDOW_MS)
    kinds.set(outlier, near ? 'burst' : 'isolated')
  })
  const groups: OutlierGroup[] = []
  for (const kind of ['burst', 'isolated'] as const) {
    const outliers = byTime.filter(o => kinds.get(o) === kind).sort((a, b) => b.valueUs - a.valueUs)
    if (outliers.length > 0) groups.push({ backend: loop.backend, kind, outliers })
  }
  return groups
}
