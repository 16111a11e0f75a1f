// Linux: everything comes from files under /proc, /sys and the root directory.
import type { EnvironmentReader } from './reader.js'
import { pathExists, readTextFile } from './files.js'

export function linuxReader(env: Record<string, string | undefined>): EnvironmentReader {
  return {
    env,
    readFile: readTextFile,
    exists: pathExists,
    registry: () => undefined,
    sysctl: () => undefined
  }
}
