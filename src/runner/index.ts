// The effect: this machine's facts from node:os, beside the job's matrix (input `matrix`).
import { cpus, hostname, totalmem } from 'node:os'
import { runnerIdentity, type RunnerIdentity } from './identity.js'

export type { RunnerIdentity } from './identity.js'

export function readRunnerIdentity(
  matrix: Record<string, unknown> | undefined,
  env: NodeJS.ProcessEnv = process.env
): RunnerIdentity {
  const machine = {
    platform: process.platform,
    arch: process.arch,
    hostname: hostname(),
    cpus: cpus(),
    totalMemoryBytes: totalmem()
  }
  return runnerIdentity(env, machine, matrix)
}
