// The effect: this machine's facts from node:os, and input `matrix`.
import * as core from '@actions/core'
import { cpus, hostname, totalmem } from 'node:os'
import { parseMatrixInput, runnerIdentity, type RunnerIdentity } from './identity.js'

export type { RunnerIdentity } from './identity.js'

export function readRunnerIdentity(env: NodeJS.ProcessEnv = process.env): RunnerIdentity {
  const machine = {
    platform: process.platform,
    arch: process.arch,
    hostname: hostname(),
    cpus: cpus(),
    totalMemoryBytes: totalmem()
  }
  return runnerIdentity(env, machine, parseMatrixInput(core.getInput('matrix')))
}
