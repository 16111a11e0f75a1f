// What Linux and macOS share: the small binary the probe copies, and mode/owner of a directory.
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ProbeTarget } from './probe.js'

export function unixProbeTarget(): Omit<ProbeTarget, 'execTimeoutMs'> {
  const sourceExecutable =
    ['/bin/true', '/usr/bin/true'].find(path => existsSync(path)) ?? '/bin/true'
  return { sourceExecutable, executableSuffix: '', retryDelete: false }
}

export async function modeAndOwner(
  path: string
): Promise<{ mode: number; uid: number; processUid: number }> {
  const stats = await stat(path)
  return { mode: stats.mode & 0o7777, uid: stats.uid, processUid: process.getuid?.() ?? -1 }
}
