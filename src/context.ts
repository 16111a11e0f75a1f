// Facts about this run that every capability needs, read once from the runner's environment.
import { tmpdir, homedir } from 'node:os'
import { resolve } from 'node:path'

export interface RunContext {
  platform: NodeJS.Platform
  arch: string
  /** RUNNER_TEMP, or the OS temp dir outside Actions. Scratch space, emptied by the runner. */
  runnerTemp: string
  /** RUNNER_TOOL_CACHE, or `~/.cache/go-win-preflight/tool-cache` outside Actions. */
  toolCache: string
  /** GITHUB_WORKSPACE, or the current directory. */
  workspace: string
  env: NodeJS.ProcessEnv
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    platform: process.platform,
    arch: process.arch,
    runnerTemp: resolve(env.RUNNER_TEMP || tmpdir()),
    toolCache: resolve(
      env.RUNNER_TOOL_CACHE || resolve(homedir(), '.cache', 'go-win-preflight', 'tool-cache')
    ),
    workspace: resolve(env.GITHUB_WORKSPACE || process.cwd()),
    env
  }
}
