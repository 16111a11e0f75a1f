// macOS: the hypervisor facts are sysctl values, read once with /usr/sbin/sysctl.
import { runProcess } from '../process.js'
import type { EnvironmentReader } from './reader.js'
import { pathExists, readTextFile } from './files.js'
import { DARWIN_SYSCTLS } from './signals.js'

const SYSCTL_TIMEOUT_MS = 5000

async function readSysctl(name: string): Promise<string | Error | undefined> {
  const result = await runProcess('/usr/sbin/sysctl', ['-n', name], {
    timeoutMs: SYSCTL_TIMEOUT_MS
  })
  if (result.spawnError) return new Error(`sysctl could not start: ${result.spawnError.message}`)
  if (result.timedOut) return new Error(`sysctl -n ${name} timed out after ${SYSCTL_TIMEOUT_MS} ms`)
  // sysctl exits non-zero for a name this macOS does not have.
  if (result.exitCode !== 0) return undefined
  return result.stdout.trim()
}

export async function darwinReader(
  env: Record<string, string | undefined>
): Promise<EnvironmentReader> {
  const values = new Map<string, string | Error | undefined>()
  for (const name of DARWIN_SYSCTLS) values.set(name, await readSysctl(name))
  return {
    env,
    readFile: readTextFile,
    exists: pathExists,
    registry: () => undefined,
    sysctl: name => {
      const value = values.get(name)
      if (value instanceof Error) throw value
      return value
    }
  }
}
