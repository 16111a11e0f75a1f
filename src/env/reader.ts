// What environment detection may look at. Real readers come from the per-platform gatherers;
// tests pass a fake with invented files and variables.

export interface EnvironmentReader {
  env: Record<string, string | undefined>
  /** Contents of a file, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined
  exists(path: string): boolean
  /** A REG_SZ value under HKEY_LOCAL_MACHINE (Windows); undefined when absent. Throws when unreadable. */
  registry(subkey: string, name: string): string | undefined
  /** A sysctl value (macOS); undefined when absent. Throws when unreadable. */
  sysctl(name: string): string | undefined
}

/** A reader that sees the variables only: for a platform with no reader of its own. */
export function variablesOnlyReader(env: Record<string, string | undefined>): EnvironmentReader {
  return {
    env,
    readFile: () => undefined,
    exists: () => false,
    registry: () => undefined,
    sysctl: () => undefined
  }
}
