// One name per timer backend, as the summary and the annotations show it.

const BACKEND_NAMES: Record<string, string> = {
  'linux-clock_nanosleep': 'Linux clock_nanosleep',
  'windows-high-resolution-timer': 'Windows high-resolution timer',
  'windows-sleep-1': 'Windows Sleep(1)',
  'darwin-mach_wait_until': 'macOS mach_wait_until'
}

export function backendName(backend: string): string {
  return BACKEND_NAMES[backend] ?? backend
}
