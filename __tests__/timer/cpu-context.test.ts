// CPU context parsers. All kernel file contents below are HAND-BUILT in the documented formats
// (cgroup v1/v2 docs, proc(5), PSI docs); none was captured from a real machine.
import {
  cpuContextBetween,
  parseCpuMax,
  parseKeyValues,
  parsePressureSomeAvg10,
  parseProcSelfCgroup,
  parseProcStat,
  readCpuSnapshot,
  throttleCounters,
  type ReadText
} from '../../src/timer/cpu-context.js'
import { UserError } from '../../src/errors.js'

describe('parsers (hand-built text)', () => {
  test('cpu.max with and without a quota', () => {
    expect(parseCpuMax('max 100000\n')).toEqual({ quotaUs: null, periodUs: 100000 })
    expect(parseCpuMax('20000 100000\n')).toEqual({ quotaUs: 20000, periodUs: 100000 })
    expect(() => parseCpuMax('twenty')).toThrow(UserError)
  })

  test('cpu.stat v2 counts microseconds, v1 nanoseconds', () => {
    const v2 = parseKeyValues(
      'usage_usec 5000\nuser_usec 3000\nsystem_usec 2000\nnr_periods 40\nnr_throttled 10\nthrottled_usec 250000\n',
      'cpu.stat'
    )
    expect(throttleCounters(v2, 2)).toEqual({
      periods: 40,
      throttledPeriods: 10,
      throttledUs: 250000
    })
    const v1 = parseKeyValues(
      'nr_periods 40\nnr_throttled 10\nthrottled_time 250000000\n',
      'cpu.stat'
    )
    expect(throttleCounters(v1, 1)).toEqual({
      periods: 40,
      throttledPeriods: 10,
      throttledUs: 250000
    })
    expect(throttleCounters(parseKeyValues('usage_usec 1\n', 'cpu.stat'), 2)).toBeUndefined()
    expect(() => parseKeyValues('nr_periods forty\n', 'x/cpu.stat')).toThrow(
      'x/cpu.stat has the line'
    )
  })

  test('/proc/self/cgroup, v2 only and hybrid v1', () => {
    expect(parseProcSelfCgroup('0::/kubepods/burstable/pod1/abc\n')).toEqual({
      v2Path: '/kubepods/burstable/pod1/abc'
    })
    expect(parseProcSelfCgroup('5:memory:/docker/x\n3:cpu,cpuacct:/docker/x\n0::/\n')).toEqual({
      v1CpuPath: '/docker/x',
      v2Path: '/'
    })
  })

  test('/proc/stat sums user..steal and keeps steal', () => {
    const text = 'cpu  100 5 50 800 10 1 2 32 7 0\ncpu0 50 2 25 400 5 0 1 16 3 0\nintr 1 2\n'
    expect(parseProcStat(text)).toEqual({ total: 1000, steal: 32 })
    expect(() => parseProcStat('intr 1\n')).toThrow(UserError)
  })

  test('/proc/pressure/cpu some avg10', () => {
    const text =
      'some avg10=12.50 avg60=3.00 avg300=1.00 total=123\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n'
    expect(parsePressureSomeAvg10(text)).toBe(12.5)
    expect(() => parsePressureSomeAvg10('nothing')).toThrow(UserError)
  })
})

/** A hand-built file tree; `undefined` for a missing file, as the real reader returns. */
const tree =
  (files: Record<string, string>): ReadText =>
  path =>
    files[path]

describe('readCpuSnapshot and cpuContextBetween (hand-built trees)', () => {
  const procStat = (steal: number, total: number): string =>
    `cpu  ${total - steal} 0 0 0 0 0 0 ${steal} 0 0\n`

  test('cgroup v2: the quota of an ancestor is found and throttling is differenced', () => {
    const files = (throttled: number, periods: number, steal: number, total: number): ReadText =>
      tree({
        '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
        '/sys/fs/cgroup/cgroup.controllers': 'cpu io memory\n',
        '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': 'max 100000\n',
        '/sys/fs/cgroup/kubepods/pod1/cpu.max': '50000 100000\n',
        '/sys/fs/cgroup/kubepods/pod1/cpu.stat': `usage_usec 1\nnr_periods ${periods}\nnr_throttled ${throttled}\nthrottled_usec ${throttled * 1000}\n`,
        '/proc/stat': procStat(steal, total),
        '/proc/pressure/cpu': 'some avg10=4.00 avg60=1.00 avg300=0.50 total=9\n'
      })
    const before = readCpuSnapshot(files(5, 100, 10, 1000))
    const after = readCpuSnapshot(files(8, 120, 13, 1100))
    expect(before.quota).toEqual({
      version: 2,
      dir: '/sys/fs/cgroup/kubepods/pod1',
      quotaUs: 50000,
      periodUs: 100000
    })
    expect(cpuContextBetween(before, after)).toEqual({
      notes: [],
      quota: 'cgroup v2 cpu.max 50000 100000 (0.50 CPU) at /sys/fs/cgroup/kubepods/pod1',
      quotaUs: 50000,
      periodUs: 100000,
      throttledPeriods: 3,
      throttledUs: 3000,
      throttledPct: 15,
      stealPct: 3,
      pressureSomeAvg10: 4
    })
  })

  test('cgroup v1: cfs quota under cpu,cpuacct', () => {
    const read = tree({
      '/proc/self/cgroup': '4:memory:/docker/abc\n2:cpu,cpuacct:/docker/abc\n0::/\n',
      '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '150000\n',
      '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
      '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.stat':
        'nr_periods 10\nnr_throttled 1\nthrottled_time 5000000\n',
      '/proc/stat': procStat(0, 500)
    })
    const snapshot = readCpuSnapshot(read)
    expect(snapshot.quota).toEqual({
      version: 1,
      dir: '/sys/fs/cgroup/cpu,cpuacct/docker/abc',
      quotaUs: 150000,
      periodUs: 100000
    })
    expect(snapshot.throttle).toEqual({ periods: 10, throttledPeriods: 1, throttledUs: 5000 })
    expect(snapshot.pressureSomeAvg10).toBeUndefined()
  })

  test('no quota (v1 -1, v2 max) gives no quota and no throttling', () => {
    const v1 = readCpuSnapshot(
      tree({
        '/proc/self/cgroup': '1:cpu:/\n0::/\n',
        '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n',
        '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n',
        '/proc/stat': procStat(0, 10)
      })
    )
    expect(v1.quota).toBeUndefined()
    const context = cpuContextBetween(v1, v1)
    expect(context.quota).toBeUndefined()
    expect(context.throttledPct).toBeUndefined()
    expect(context.stealPct).toBe(0)
  })

  test('malformed files become notes, not errors', () => {
    const snapshot = readCpuSnapshot(
      tree({
        '/proc/self/cgroup': '0::/x\n',
        '/sys/fs/cgroup/cgroup.controllers': 'cpu\n',
        '/sys/fs/cgroup/x/cpu.max': 'garbage\n',
        '/proc/stat': 'nonsense\n'
      })
    )
    expect(snapshot.quota).toBeUndefined()
    expect(snapshot.notes).toHaveLength(2)
    expect(snapshot.notes[0]).toMatch(/^cgroup CPU quota unreadable: cpu.max holds "garbage"/)
    expect(snapshot.notes[1]).toMatch(/^\/proc\/stat unreadable/)
  })
})
