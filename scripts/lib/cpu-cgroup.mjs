// A CPU cgroup limited to a fraction of one CPU, for tests that need a throttled runner (root,
// Linux): cgroup v1's `cpu` hierarchy (cpu.cfs_quota_us) or cgroup v2 (cpu.max), whichever has
// the cpu controller. The caller removes it with removeCpuCgroup once its processes are gone.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

const PERIOD_US = 100_000

/** The mounted cgroup hierarchy with the cpu controller, or undefined. */
export function findCpuController() {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
  for (const line of mounts) {
    const [left, right] = line.split(' - ')
    if (!right) continue
    const [fsType, , options = ''] = right.split(' ')
    if (fsType === 'cgroup' && options.split(',').includes('cpu'))
      return { version: 1, root: left.split(' ')[4] }
  }
  for (const line of mounts) {
    const [left, right] = line.split(' - ')
    if (!right || right.split(' ')[0] !== 'cgroup2') continue
    const root = left.split(' ')[4]
    const controllers = readFileSync(join(root, 'cgroup.controllers'), 'utf8').split(/\s+/)
    if (controllers.includes('cpu')) return { version: 2, root }
  }
  return undefined
}

/** A new cgroup named `name` under the controller's root, limited to `cpus` (e.g. 0.2). */
export function createCpuCgroup(controller, name, cpus) {
  const dir = join(controller.root, name)
  const quota = Math.round(cpus * PERIOD_US)
  mkdirSync(dir)
  if (controller.version === 1) {
    writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US))
    writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(quota))
  } else {
    const subtree = join(controller.root, 'cgroup.subtree_control')
    if (!readFileSync(subtree, 'utf8').split(/\s+/).includes('cpu')) writeFileSync(subtree, '+cpu')
    writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`)
  }
  return { dir, procs: join(dir, 'cgroup.procs') }
}

/** The argv prefix that moves the command into the cgroup, then runs it. */
export function inCgroupWrapper(procs) {
  return ['/bin/sh', '-c', 'echo $$ > "$0" && exec "$@"', procs]
}

/**
 * A CPU hog (one busy node thread) inside the cgroup, killed after `lifetimeS` seconds whatever
 * happens to the caller.
 */
export function startHog(procs, lifetimeS) {
  return spawn(
    'timeout',
    [
      '-s',
      'KILL',
      String(lifetimeS),
      ...inCgroupWrapper(procs),
      process.execPath,
      '-e',
      'for (;;) {}'
    ],
    { stdio: 'ignore' }
  )
}

/** The cgroup's CFS periods and how many were throttled (cpu.stat, v1 and v2 alike). */
export function throttleStats(dir) {
  const stat = Object.fromEntries(
    readFileSync(join(dir, 'cpu.stat'), 'utf8')
      .trim()
      .split('\n')
      .map(line => line.split(' '))
  )
  return `nr_periods ${stat.nr_periods}, nr_throttled ${stat.nr_throttled}`
}

/** rmdir succeeds once the last process has left; killed processes take a moment to go. */
export async function removeCpuCgroup(dir) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmdirSync(dir)
      return
    } catch (error) {
      if (error.code === 'ENOENT') return
      await delay(100)
    }
  }
  throw new Error(`could not remove cgroup ${dir}: remove it by hand (rmdir) once it is empty`)
}
