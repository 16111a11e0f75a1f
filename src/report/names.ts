// One name per check and per timer backend, used by the log, the summary and the annotations.

export const CHECK_NAMES: Record<string, string> = {
  'go-install': 'Go toolchain',
  'go-env': 'Go environment',
  timer: 'Timers',
  'temp-dirs': 'Temp directories',
  defender: 'Microsoft Defender',
  'endangered-tests': 'Timing-sensitive tests'
}

export function checkName(id: string, fallback?: string): string {
  return CHECK_NAMES[id] ?? fallback ?? id
}

const BACKEND_NAMES: Record<string, string> = {
  'linux-clock_nanosleep': 'Linux clock_nanosleep',
  'windows-high-resolution-timer': 'Windows high-resolution timer',
  'windows-sleep-1': 'Windows Sleep(1)',
  'darwin-mach_wait_until': 'macOS mach_wait_until'
}

export function backendName(backend: string): string {
  return BACKEND_NAMES[backend] ?? backend
}

/** What each judged metric means, in one line a Go developer reads without the docs. */
export const METRIC_MEANINGS: Record<string, string> = {
  'wake-p99': '1 in 100 timer wake-ups is later than this',
  'sleep-deviation-pct': 'how much longer a 100 ms sleep lasted',
  'timer-resolution': 'the finest step the timer counts in: no wait is shorter',
  'cpu-throttled-pct': 'share of CPU-quota periods the job was paused'
}
