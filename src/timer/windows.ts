// Windows timer backend (kernel32, ntdll, winmm through koffi). Two paths Go code meets:
// a high-resolution waitable timer (what Go 1.16+ uses where it can) and Sleep(1), which waits
// for the next system timer tick (15.625 ms by default).
import { loadKoffi } from '../native/koffi.js'
import { measureReadCostNs, type TimerBackend, type WakeupLoopDriver } from './backend.js'

const CREATE_WAITABLE_TIMER_HIGH_RESOLUTION = 0x2
const TIMER_ALL_ACCESS = 0x1f0003
const WAIT_OBJECT_0 = 0
const TWO_32 = 2 ** 32
/** NtQueryTimerResolution and due times count in 100 ns units. */
const HUNDRED_NS_PER_MS = 10_000
/** Sleep(1) loops are bounded by wall time: each wake-up may take a whole tick. */
export const SLEEP_1_BUDGET_MS = 1000
export const TIME_BEGIN_PERIOD_BUDGET_MS = 300

export function openWindowsBackend(intervalUs: number): TimerBackend {
  const koffi = loadKoffi()
  const kernel32 = koffi.load('kernel32.dll')
  const ntdll = koffi.load('ntdll.dll')
  const winmm = koffi.load('winmm.dll')
  const queryPerformanceFrequency = kernel32.func(
    'int __stdcall QueryPerformanceFrequency(void *freq)'
  )
  const queryPerformanceCounter = kernel32.func(
    'int __stdcall QueryPerformanceCounter(void *count)'
  )
  const ntQueryTimerResolution = ntdll.func(
    'long __stdcall NtQueryTimerResolution(void *coarsest, void *finest, void *current)'
  )
  const createWaitableTimerExW = kernel32.func(
    'void * __stdcall CreateWaitableTimerExW(void *attributes, void *name, uint32_t flags, uint32_t access)'
  )
  const setWaitableTimer = kernel32.func(
    'int __stdcall SetWaitableTimer(void *timer, void *dueTime, long period, void *routine, void *arg, int resume)'
  )
  const waitForSingleObject = kernel32.func(
    'uint32_t __stdcall WaitForSingleObject(void *handle, uint32_t ms)'
  )
  const sleep = kernel32.func('void __stdcall Sleep(uint32_t ms)')
  const closeHandle = kernel32.func('int __stdcall CloseHandle(void *handle)')
  const getLastError = kernel32.func('uint32_t __stdcall GetLastError()')
  const timeBeginPeriod = winmm.func('uint32_t __stdcall timeBeginPeriod(uint32_t period)')
  const timeEndPeriod = winmm.func('uint32_t __stdcall timeEndPeriod(uint32_t period)')

  // Read first, before this process asks for anything that could change it.
  const coarsest = new Uint32Array(1)
  const finest = new Uint32Array(1)
  const current = new Uint32Array(1)
  const status = ntQueryTimerResolution(coarsest, finest, current) as number
  if (status !== 0)
    throw new Error(`NtQueryTimerResolution failed with NTSTATUS 0x${(status >>> 0).toString(16)}`)
  // The FIRST value is the coarsest (largest) period, the second the finest.
  const timerResolution = {
    coarsestMs: coarsest[0] / HUNDRED_NS_PER_MS,
    finestMs: finest[0] / HUNDRED_NS_PER_MS,
    currentMs: current[0] / HUNDRED_NS_PER_MS
  }

  // LARGE_INTEGERs are read and written as two 32-bit words so no sample allocates a BigInt.
  const frequencyBuf = new Uint32Array(2)
  if (!queryPerformanceFrequency(frequencyBuf)) throw new Error('QueryPerformanceFrequency failed')
  const frequencyHz = frequencyBuf[0] + frequencyBuf[1] * TWO_32
  const counterBuf = new Uint32Array(2)
  queryPerformanceCounter(counterBuf)
  const originTicks = counterBuf[0] + counterBuf[1] * TWO_32
  const nsPerTick = 1e9 / frequencyHz
  const nowNs = (): number => {
    queryPerformanceCounter(counterBuf)
    return (counterBuf[0] + counterBuf[1] * TWO_32 - originTicks) * nsPerTick
  }
  const scratch = new Uint32Array(2)
  const readCostNs = measureReadCostNs(() => queryPerformanceCounter(scratch), nowNs)

  const notes = [
    'timeBeginPeriod(1) raises the timer rate only for the process that calls it (Windows 10 2004 and ' +
      'later): it is not a fix for `go test`, which runs in other processes.'
  ]
  let timerNote: string | undefined
  let timerBackend = 'windows-high-resolution-timer'
  let timer = createWaitableTimerExW(
    null,
    null,
    CREATE_WAITABLE_TIMER_HIGH_RESOLUTION,
    TIMER_ALL_ACCESS
  )
  if (timer === null) {
    const error = getLastError() as number
    timer = createWaitableTimerExW(null, null, 0, TIMER_ALL_ACCESS)
    if (timer === null)
      throw new Error(`CreateWaitableTimerExW failed with error ${getLastError()}`)
    timerBackend = 'windows-waitable-timer'
    timerNote =
      `CREATE_WAITABLE_TIMER_HIGH_RESOLUTION is not supported here (error ${error}; it needs Windows 10 ` +
      '1803 or later): this loop uses a standard waitable timer, which waits for system timer ticks.'
  }
  const handle: unknown = timer

  const dueTime = new Int32Array(2)
  // A negative due time is relative, in 100 ns units (a positive one is an absolute date).
  const setRelativeDue = (us: number): void => {
    dueTime[0] = -Math.round(us * 10)
    dueTime[1] = -1
  }
  const waitTimeoutMs = Math.ceil(intervalUs / 1000) + 5000

  /** A loop that measures `wait()` against the `requestedUs` it asks for. */
  const relativeLoop = (
    backend: string,
    requestedUs: number,
    wait: () => void,
    extra: Pick<WakeupLoopDriver, 'secondaryBudgetMs' | 'note'>,
    hold: { begin(): void; end(): void } = { begin() {}, end() {} }
  ): WakeupLoopDriver => ({
    backend,
    intervalUs: requestedUs,
    ...extra,
    run(count, warmup, budgetMs, latenciesUs, wakeNs) {
      hold.begin()
      try {
        const stopAt = nowNs() + budgetMs * 1e6
        let written = 0
        for (let i = 0; i < warmup + count; i++) {
          const before = nowNs()
          wait()
          const woke = nowNs()
          if (i >= warmup) {
            latenciesUs[written] = (woke - before) / 1000 - requestedUs
            wakeNs[written] = woke
            written++
          }
          if (written > 0 && woke > stopAt) break
        }
        return written
      } finally {
        hold.end()
      }
    }
  })

  const waitOnTimer = (): void => {
    if (!setWaitableTimer(handle, dueTime, 0, null, null, 0)) {
      throw new Error(`SetWaitableTimer failed with error ${getLastError()}`)
    }
    const rc = waitForSingleObject(handle, waitTimeoutMs) as number
    if (rc !== WAIT_OBJECT_0)
      throw new Error(`WaitForSingleObject on the timer returned 0x${rc.toString(16)}`)
  }
  setRelativeDue(intervalUs)
  const sleepOne = (): void => sleep(1)
  const sleepOneLoop = relativeLoop('windows-sleep-1', 1000, sleepOne, {
    secondaryBudgetMs: SLEEP_1_BUDGET_MS,
    note: `Sleep(1): one trial bounded to ${SLEEP_1_BUDGET_MS} ms, as each wake-up may wait a whole tick.`
  })
  const periodLoop = relativeLoop(
    'windows-sleep-1-timeBeginPeriod',
    1000,
    sleepOne,
    {
      secondaryBudgetMs: TIME_BEGIN_PERIOD_BUDGET_MS,
      note:
        'Sleep(1) while this process holds timeBeginPeriod(1): what a process gains by asking. ' +
        'It does not change the timer for other processes such as go test.'
    },
    { begin: () => timeBeginPeriod(1), end: () => timeEndPeriod(1) }
  )

  return {
    clock: { name: 'QueryPerformanceCounter', frequencyHz, resolutionNs: nsPerTick, readCostNs },
    timerResolution,
    loops: [
      relativeLoop(timerBackend, intervalUs, waitOnTimer, { note: timerNote }),
      sleepOneLoop,
      periodLoop
    ],
    notes,
    nowNs,
    sleepSource: 'windows-Sleep',
    sleepMs(ms) {
      const start = nowNs()
      sleep(ms)
      return (nowNs() - start) / 1e6
    },
    close() {
      closeHandle(handle)
    }
  }
}
