// The thin effects around the go-env check: running `go env` (its answers judged in
// environment.ts), finding `go` on PATH, resolving links, probing that GOPATH takes a file.
import { existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { errorMessage } from '../errors.js'
import { pathList } from '../paths.js'
import { pathEntries, runProcess, whichOnPath } from '../process.js'
import {
  GO_ENV_NAMES,
  goEnvFrom,
  goVersionFrom,
  refusal,
  workDirRefusal,
  type GoEnvFacts,
  type GoEnvRun
} from './environment.js'

/**
 * `go env -json` in the working directory (so GOMOD/GOWORK describe it), with GOTOOLCHAIN=local
 * so a toolchain line cannot start a download. If go refuses there, it runs again elsewhere and
 * the refusal becomes a finding; if it cannot create its work folder, it is asked by name.
 */
export async function readGoEnv(
  goBinary: string,
  workingDirectory: string,
  fallbackCwd: string,
  env: NodeJS.ProcessEnv
): Promise<GoEnvRun> {
  const goEnv = { ...env, GOTOOLCHAIN: 'local' }
  let workDirError: string | undefined
  const goEnvJson = (cwd: string, names: string[]) =>
    runProcess(goBinary, ['env', '-json', ...names], { timeoutMs: 60_000, cwd, env: goEnv })
  const run = async (cwd: string) => {
    const full = await goEnvJson(cwd, [])
    const failure = workDirRefusal(full)
    if (!failure) return full
    workDirError = failure
    return goEnvJson(cwd, GO_ENV_NAMES)
  }
  let result = existsSync(workingDirectory) ? await run(workingDirectory) : undefined
  let moduleError: string | undefined
  if (!result || result.exitCode !== 0) {
    if (result) moduleError = refusal(result)
    result = await run(fallbackCwd)
  }
  const variables = goEnvFrom(goBinary, result)
  if (!variables.GOVERSION) {
    const version = await runProcess(goBinary, ['version'], {
      timeoutMs: 30_000,
      cwd: fallbackCwd,
      env: goEnv
    })
    const found = goVersionFrom(version.stdout)
    if (found) variables.GOVERSION = found
  }
  return { goEnv: variables, moduleError, workDirError }
}

function realpathOr(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

/** Probes writing a GOPATH entry without creating it: the nearest existing folder must take a file. */
function probeWritable(path: string): { writable: boolean; error?: string } {
  let dir = path
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir)
  const probe = join(dir, `.go-win-preflight-probe-${process.pid}`)
  try {
    writeFileSync(probe, '')
    rmSync(probe, { force: true })
    return { writable: true }
  } catch (error) {
    return {
      writable: false,
      error: `${dir}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`
    }
  }
}

export function gatherFacts(options: {
  platform: NodeJS.Platform
  goBinary: string
  goRoot: string
  goEnvRun: GoEnvRun
  env: NodeJS.ProcessEnv
  /** PATH entries this step adds for later steps (the runner puts them first). */
  addedPath: string[]
  workingDirectory: string
}): GoEnvFacts {
  const { platform, env, goEnvRun } = options
  const path = [...options.addedPath, ...pathEntries(env, platform)]
  const goOnPath = whichOnPath('go', path, platform, env.PATHEXT)
  const protectedDirs =
    platform === 'win32'
      ? [
          env.ProgramFiles,
          env['ProgramFiles(x86)'],
          env.ProgramW6432,
          env.SystemRoot ?? env.windir
        ].filter((dir): dir is string => !!dir)
      : []
  const gopath = pathList(goEnvRun.goEnv.GOPATH ?? '', platform).map(entry => ({
    path: entry,
    ...probeWritable(entry)
  }))
  return {
    platform,
    goBinary: options.goBinary,
    goRoot: options.goRoot,
    realGoRoot: realpathOr(options.goRoot),
    realGoEnvRoot: goEnvRun.goEnv.GOROOT ? realpathOr(goEnvRun.goEnv.GOROOT) : undefined,
    goEnv: goEnvRun.goEnv,
    envGoRoot: env.GOROOT || undefined,
    path,
    goOnPath: goOnPath ? realpathOr(goOnPath) : undefined,
    realGoBinary: realpathOr(options.goBinary),
    gopath,
    protectedDirs,
    workingDirectory: options.workingDirectory,
    workingDirectoryExists: existsSync(options.workingDirectory),
    moduleError: goEnvRun.moduleError,
    workDirError: goEnvRun.workDirError
  }
}
