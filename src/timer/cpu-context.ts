// The CPU context around the timer run on Linux: cgroup CPU quota and throttling (v1 and v2),
// steal time and CPU pressure. Pure parsers over the kernel's text files, plus thin reads.
import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { UserError } from '../errors.js'
import type { CpuContext } from './types.js'

export interface CpuQuota {
  version: 1 | 2
  dir: string
  quotaUs: number
  periodUs: number
}

export interface ThrottleCounters {
  periods: number
  throttledPeriods: number
  throttledUs: number
}

export interface ProcStatCpu {
  /** All jiffies of the aggregate `cpu` line (user .. steal). */
  total: number
  steal: number
}

export interface CpuSnapshot {
  quota?: CpuQuota
  throttle?: ThrottleCounters
  procStat?: ProcStatCpu
  pressureSomeAvg10?: number
  notes: string[]
}

/** cgroup v2 `cpu.max`: `max 100000` (no quota) or `<quota> <period>`. */
export function parseCpuMax(text: string): { quotaUs: number | null; periodUs: number } {
  const match = /^(max|\d+)\s+(\d+)\s*$/.exec(text.trim())
  if (!match)
    throw new UserError(
      `cpu.max holds ${JSON.stringify(text.trim())}: expected "max <period>" or "<quota> <period>".`
    )
  return { quotaUs: match[1] === 'max' ? null : Number(match[1]), periodUs: Number(match[2]) }
}

/** A `key value` per line file such as `cpu.stat`. */
export function parseKeyValues(text: string, file: string): Map<string, number> {
  const values = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const match = /^(\w+)\s+(-?\d+)$/.exec(line.trim())
    if (!match)
      throw new UserError(
        `${file} has the line ${JSON.stringify(line)}: expected "<name> <integer>".`
      )
    values.set(match[1], Number(match[2]))
  }
  return values
}

/** Throttling counters from `cpu.stat`: v2 counts microseconds, v1 nanoseconds. */
export function throttleCounters(
  stat: Map<string, number>,
  version: 1 | 2
): ThrottleCounters | undefined {
  const periods = stat.get('nr_periods')
  const throttledPeriods = stat.get('nr_throttled')
  const throttled = version === 2 ? stat.get('throttled_usec') : stat.get('throttled_time')
  if (periods === undefined || throttledPeriods === undefined || throttled === undefined)
    return undefined
  return { periods, throttledPeriods, throttledUs: version === 2 ? throttled : throttled / 1000 }
}

/** `/proc/self/cgroup`: the v2 path (`0::/path`) and the v1 path of the cpu controller. */
export function parseProcSelfCgroup(text: string): { v2Path?: string; v1CpuPath?: string } {
  const result: { v2Path?: string; v1CpuPath?: string } = {}
  for (const line of text.split('\n')) {
    const match = /^(\d+):([^:]*):(.*)$/.exec(line.trim())
    if (!match) continue
    if (match[1] === '0' && match[2] === '') result.v2Path = match[3]
    else if (match[2].split(',').includes('cpu')) result.v1CpuPath = match[3]
  }
  return result
}

/** The aggregate `cpu` line of `/proc/stat`. */
export function parseProcStat(text: string): ProcStatCpu {
  const line = text.split('\n').find(l => /^cpu\s/.test(l))
  const fields = line?.trim().split(/\s+/).slice(1).map(Number)
  if (!fields || fields.length < 8 || fields.some(f => !Number.isFinite(f))) {
    throw new UserError(
      '/proc/stat has no readable "cpu" line: expected "cpu" and at least 8 counters.'
    )
  }
  // user nice system idle iowait irq softirq steal; guest time is already inside user.
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
  return { total, steal: fields[7] }
}

/** `/proc/pressure/cpu`: the `some avg10=` figure (percent of time some task waited for CPU). */
export function parsePressureSomeAvg10(text: string): number {
  const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text)
  if (!match) throw new UserError('/proc/pressure/cpu has no "some avg10=" line.')
  return Number(match[1])
}

/** What changed between two snapshots taken around the run. */
export function cpuContextBetween(before: CpuSnapshot, after: CpuSnapshot): CpuContext {
  const context: CpuContext = { notes: [...new Set([...before.notes, ...after.notes])] }
  if (after.quota) {
    const q = after.quota
    const file = q.version === 2 ? 'cpu.max' : 'cpu.cfs_quota_us/cpu.cfs_period_us'
    context.quota =
      `cgroup v${q.version} ${file} ${q.quotaUs} ${q.periodUs} ` +
      `(${(q.quotaUs / q.periodUs).toFixed(2)} CPU) at ${q.dir}`
    context.quotaUs = q.quotaUs
    context.periodUs = q.periodUs
  }
  if (before.throttle && after.throttle) {
    const periods = after.throttle.periods - before.throttle.periods
    context.throttledPeriods = after.throttle.throttledPeriods - before.throttle.throttledPeriods
    context.throttledUs = after.throttle.throttledUs - before.throttle.throttledUs
    context.throttledPct = periods > 0 ? (100 * context.throttledPeriods) / periods : 0
  }
  if (before.procStat && after.procStat) {
    const total = after.procStat.total - before.procStat.total
    context.stealPct =
      total > 0 ? (100 * (after.procStat.steal - before.procStat.steal)) / total : 0
  }
  if (after.pressureSomeAvg10 !== undefined) context.pressureSomeAvg10 = after.pressureSomeAvg10
  return context
}

export type ReadText = (path: string) => string | undefined

const readIfPresent: ReadText = path => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** A directory and its ancestors up to (and including) `root`. */
function upTo(root: string, relative: string): string[] {
  const dirs: string[] = []
  let dir = posix.join(root, relative)
  while (dir.startsWith(root)) {
    dirs.push(dir)
    if (dir === root) break
    dir = posix.dirname(dir)
  }
  return dirs
}

/** The nearest cgroup (this one or an ancestor) that sets a CPU quota, with its counters. */
function findQuota(
  read: ReadText,
  selfCgroup: string
): { quota?: CpuQuota; throttle?: ThrottleCounters } {
  const paths = parseProcSelfCgroup(selfCgroup)
  if (paths.v2Path !== undefined && read('/sys/fs/cgroup/cgroup.controllers') !== undefined) {
    for (const dir of upTo('/sys/fs/cgroup', paths.v2Path)) {
      const max = read(`${dir}/cpu.max`)
      if (max === undefined) continue
      const { quotaUs, periodUs } = parseCpuMax(max)
      if (quotaUs === null) continue
      const stat = read(`${dir}/cpu.stat`)
      return {
        quota: { version: 2, dir, quotaUs, periodUs },
        throttle:
          stat === undefined
            ? undefined
            : throttleCounters(parseKeyValues(stat, `${dir}/cpu.stat`), 2)
      }
    }
    return {}
  }
  if (paths.v1CpuPath !== undefined) {
    for (const mount of ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
      for (const dir of upTo(mount, paths.v1CpuPath)) {
        const quotaText = read(`${dir}/cpu.cfs_quota_us`)
        const periodText = read(`${dir}/cpu.cfs_period_us`)
        if (quotaText === undefined || periodText === undefined) continue
        const quotaUs = Number(quotaText.trim())
        const periodUs = Number(periodText.trim())
        if (!Number.isInteger(quotaUs) || !Number.isInteger(periodUs)) {
          throw new UserError(`${dir}/cpu.cfs_quota_us or cpu.cfs_period_us is not an integer.`)
        }
        if (quotaUs < 0) continue
        const stat = read(`${dir}/cpu.stat`)
        return {
          quota: { version: 1, dir, quotaUs, periodUs },
          throttle:
            stat === undefined
              ? undefined
              : throttleCounters(parseKeyValues(stat, `${dir}/cpu.stat`), 1)
        }
      }
    }
  }
  return {}
}

/** Reads what Linux offers now; each unreadable or malformed file becomes a note, never an error. */
export function readCpuSnapshot(read: ReadText = readIfPresent): CpuSnapshot {
  const snapshot: CpuSnapshot = { notes: [] }
  const attempt = (what: string, fn: () => void): void => {
    try {
      fn()
    } catch (error) {
      snapshot.notes.push(`${what} unreadable: ${(error as Error).message}`)
    }
  }
  const selfCgroup = read('/proc/self/cgroup')
  if (selfCgroup === undefined)
    snapshot.notes.push('/proc/self/cgroup is missing: CPU quota unknown.')
  else attempt('cgroup CPU quota', () => Object.assign(snapshot, findQuota(read, selfCgroup)))
  const stat = read('/proc/stat')
  if (stat === undefined) snapshot.notes.push('/proc/stat is missing: steal time unknown.')
  else attempt('/proc/stat', () => (snapshot.procStat = parseProcStat(stat)))
  const pressure = read('/proc/pressure/cpu')
  if (pressure !== undefined)
    attempt(
      '/proc/pressure/cpu',
      () => (snapshot.pressureSomeAvg10 = parsePressureSomeAvg10(pressure))
    )
  return snapshot
}
