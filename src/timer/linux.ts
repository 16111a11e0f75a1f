// Linux timer backend (libc through koffi): cyclictest's method, absolute CLOCK_MONOTONIC
// deadlines with clock_nanosleep(TIMER_ABSTIME); lateness = wake time - deadline.
import { endianness } from 'node:os'
import { loadKoffi } from '../native/koffi.js'
import { measureReadCostNs, type TimerBackend, type WakeupLoopDriver } from './backend.js'

const CLOCK_MONOTONIC = 1
const TIMER_ABSTIME = 1
const PR_GET_TIMERSLACK = 30
const EINTR = 4
const NS_PER_S = 1e9
const TWO_32 = 2 ** 32

export function openLinuxBackend(intervalUs: number): TimerBackend {
  // struct timespec is {int64 tv_sec; long tv_nsec} on the 64-bit targets koffi ships for;
  // it is read and written as four 32-bit words so no sample allocates a BigInt.
  if (endianness() !== 'LE')
    throw new Error('the Linux timer backend supports little-endian CPUs only')
  const koffi = loadKoffi()
  const libc = koffi.load('libc.so.6')
  const clockGettime = libc.func('int clock_gettime(int clk, void *ts)')
  const clockGetres = libc.func('int clock_getres(int clk, void *ts)')
  const clockNanosleep = libc.func('int clock_nanosleep(int clk, int flags, void *req, void *rem)')
  const prctl = libc.func(
    'int prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)'
  )

  const readBuf = new Uint32Array(4)
  const deadlineBuf = new Uint32Array(4)
  if (clockGettime(CLOCK_MONOTONIC, readBuf) !== 0)
    throw new Error('clock_gettime(CLOCK_MONOTONIC) failed')
  const originSec = readBuf[0] + readBuf[1] * TWO_32

  const nowNs = (): number => {
    clockGettime(CLOCK_MONOTONIC, readBuf)
    return (readBuf[0] + readBuf[1] * TWO_32 - originSec) * NS_PER_S + readBuf[2]
  }
  const setDeadline = (ns: number): void => {
    const whole = Math.floor(ns / NS_PER_S)
    const sec = originSec + whole
    deadlineBuf[0] = sec % TWO_32
    deadlineBuf[1] = Math.floor(sec / TWO_32)
    deadlineBuf[2] = Math.round(ns - whole * NS_PER_S)
    deadlineBuf[3] = 0
    if (deadlineBuf[2] >= NS_PER_S) {
      deadlineBuf[2] -= NS_PER_S
      deadlineBuf[0] += 1
    }
  }
  const sleepUntil = (ns: number): void => {
    setDeadline(ns)
    let rc: number
    // Absolute deadlines make a retry after a signal exact.
    do rc = clockNanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, deadlineBuf, null)
    while (rc === EINTR)
    if (rc !== 0) throw new Error(`clock_nanosleep failed with error ${rc}`)
  }

  const resBuf = new Uint32Array(4)
  if (clockGetres(CLOCK_MONOTONIC, resBuf) !== 0)
    throw new Error('clock_getres(CLOCK_MONOTONIC) failed')
  const resolutionNs = (resBuf[0] + resBuf[1] * TWO_32) * NS_PER_S + resBuf[2]
  const slack = prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0) as number
  const scratch = new Uint32Array(4)
  const readCostNs = measureReadCostNs(() => clockGettime(CLOCK_MONOTONIC, scratch), nowNs)

  const loop: WakeupLoopDriver = {
    backend: 'linux-clock_nanosleep',
    intervalUs,
    run(count, warmup, budgetMs, latenciesUs, wakeNs) {
      const intervalNs = intervalUs * 1000
      const start = nowNs()
      const stopAt = start + budgetMs * 1e6
      let next = start + intervalNs
      let written = 0
      for (let i = 0; i < warmup + count; i++) {
        sleepUntil(next)
        const woke = nowNs()
        if (i >= warmup) {
          latenciesUs[written] = (woke - next) / 1000
          wakeNs[written] = woke
          written++
        }
        next += intervalNs
        // After an overrun of a whole interval, restart the schedule (as cyclictest does)
        // rather than record a burst of deadlines that are already past.
        if (next <= woke) next = woke + intervalNs
        if (written > 0 && woke > stopAt) break
      }
      return written
    }
  }

  const notes: string[] = []
  if (slack > 1) {
    notes.push(
      `Timer slack is ${slack} ns: the kernel may defer each wake-up by up to that much; ` +
        'processes started from here (go test) inherit it.'
    )
  }
  return {
    clock: { name: 'CLOCK_MONOTONIC', resolutionNs, readCostNs },
    timerSlackNs: slack >= 0 ? slack : undefined,
    loops: [loop],
    notes,
    nowNs,
    sleepSource: 'linux-clock_nanosleep',
    sleepMs(ms) {
      const start = nowNs()
      sleepUntil(start + ms * 1e6)
      return (nowNs() - start) / 1e6
    },
    close() {
      // libc stays loaded for the life of the process; nothing to release.
    }
  }
}
