// Which operating system this run is on, decided here for every capability. Each capability
// keeps its own small per-platform interface (the temp check's TempPlatform, the timer's
// TimerBackend, environment detection's EnvironmentReader, Defender's PowerShell) and asks here
// which implementation to use. Any other platform gets a reason instead, which a check reports
// as `unknown`: never a throw, never Linux by default.

export type SupportedPlatform = 'win32' | 'linux' | 'darwin'

export type PlatformChoice =
  | { supported: true; platform: SupportedPlatform }
  | { supported: false; platform: string; reason: string }

export type Chosen<T> =
  | { supported: true; platform: SupportedPlatform; value: T }
  | { supported: false; platform: string; reason: string }

const SUPPORTED: Readonly<Record<SupportedPlatform, true>> = {
  win32: true,
  linux: true,
  darwin: true
}

function isSupported(platform: string): platform is SupportedPlatform {
  return Object.hasOwn(SUPPORTED, platform)
}

/** Pure: whether the action has an implementation for `platform` (Node's `process.platform`). */
export function choosePlatform(platform: string): PlatformChoice {
  if (isSupported(platform)) return { supported: true, platform }
  return {
    supported: false,
    platform,
    reason: `This runner's platform (${platform}) is not supported: the action runs on Windows, Linux and macOS.`
  }
}

/** The implementation for this platform, made only when it is the one chosen. */
export function onPlatform<T>(
  platform: string,
  implementations: Readonly<Record<SupportedPlatform, () => T>>
): Chosen<T> {
  const choice = choosePlatform(platform)
  if (!choice.supported) return choice
  return { ...choice, value: implementations[choice.platform]() }
}
