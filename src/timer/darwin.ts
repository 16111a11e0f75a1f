// macOS timer backend (libSystem through koffi): absolute deadlines in mach_absolute_time
// ticks with mach_wait_until, the macOS counterpart of clock_nanosleep(TIMER_ABSTIME).
import { endianness } from 'node:os'
import { loadKoffi } from '../native/koffi.js'
import { measureReadCostNs, type TimerBackend, type WakeupLoopDriver } from './backend.js'

const EINTR = 4
const TWO_32 = 2 ** 32

export function openDarwinBackend(intervalUs: number): TimerBackend {
  if (endianness() !== 'LE')
    throw new Error('the macOS timer backend supports little-endian CPUs only')
  const koffi = loadKoffi()
  const lib = koffi.load('/usr/lib/libSystem.B.dylib')
  const machTimebaseInfo = lib.func('int mach_timebase_info(void *info)')
  const machAbsoluteTime = lib.func('uint64_t mach_absolute_time()')
  const machWaitUntil = lib.func('int mach_wait_until(uint64_t deadline)')
  const nanosleep = lib.func('int nanosleep(void *request, void *remaining)')

  const timebase = new Uint32Array(2)
  if (machTimebaseInfo(timebase) !== 0 || timebase[1] === 0)
    throw new Error('mach_timebase_info failed')
  const nsPerTick = timebase[0] / timebase[1]
  // Values above 2^53 come back as BigInt; ticks since boot stay far below that in practice.
  const ticks = (): number => Number(machAbsoluteTime())
  const originTicks = ticks()
  const nowNs = (): number => (ticks() - originTicks) * nsPerTick
  const readCostNs = measureReadCostNs(() => machAbsoluteTime(), nowNs)

  const loop: WakeupLoopDriver = {
    backend: 'darwin-mach_wait_until',
    intervalUs,
    run(count, warmup, budgetMs, latenciesUs, wakeNs) {
      const intervalTicks = Math.max(1, Math.round((intervalUs * 1000) / nsPerTick))
      const start = ticks()
      const stopAt = start + (budgetMs * 1e6) / nsPerTick
      let next = start + intervalTicks
      let written = 0
      for (let i = 0; i < warmup + count; i++) {
        const rc = machWaitUntil(next) as number
        if (rc !== 0 && rc !== EINTR)
          throw new Error(`mach_wait_until failed with kern_return_t ${rc}`)
        const woke = ticks()
        if (i >= warmup) {
          latenciesUs[written] = ((woke - next) * nsPerTick) / 1000
          wakeNs[written] = (woke - originTicks) * nsPerTick
          written++
        }
        next += intervalTicks
        if (next <= woke) next = woke + intervalTicks
        if (written > 0 && woke > stopAt) break
      }
      return written
    }
  }

  // struct timespec {long tv_sec; long tv_nsec} as four 32-bit words.
  const request = new Uint32Array(4)
  const remaining = new Uint32Array(4)
  return {
    clock: {
      name: 'mach_absolute_time',
      frequencyHz: 1e9 / nsPerTick,
      resolutionNs: nsPerTick,
      readCostNs
    },
    loops: [loop],
    notes: [],
    nowNs,
    sleepSource: 'darwin-nanosleep',
    sleepMs(ms) {
      const start = nowNs()
      const wholeSeconds = Math.floor(ms / 1000)
      request.set([
        wholeSeconds % TWO_32,
        Math.floor(wholeSeconds / TWO_32),
        Math.round((ms - wholeSeconds * 1000) * 1e6),
        0
      ])
      while (nanosleep(request, remaining) !== 0) {
        if (koffi.errno() !== EINTR) throw new Error(`nanosleep failed with errno ${koffi.errno()}`)
        request.set(remaining)
      }
      return (nowNs() - start) / 1e6
    },
    close() {
      // libSystem stays loaded for the life of the process; nothing to release.
    }
  }
}
