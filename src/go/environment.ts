// The go-env check, pure: what `go env` answered (read by probe.ts) and the facts gathered around
// it go in, findings with remedies come out. Running go, probing folders and exporting PATH live
// in probe.ts and runner.ts.
import { join, posix, win32 } from 'node:path'
import { UserError } from '../errors.js'
import { isWithin, pathList, samePath } from '../paths.js'
import type { ProcessResult } from '../process.js'
import { statusFromFindings, type Finding } from '../checks/result.js'
import { goEnvResult, type GoEnvResult } from './results.js'

/** The first GOPATH entry's bin folder: where `go install` puts tools. */
export function gopathBin(
  goEnv: Record<string, string>,
  platform: NodeJS.Platform
): string | undefined {
  const first = pathList(goEnv.GOPATH ?? '', platform)[0]
  return first ? (platform === 'win32' ? win32 : posix).join(first, 'bin') : undefined
}

export interface GoEnvRun {
  goEnv: Record<string, string>
  /** Set when go refused to run in the working directory (e.g. go.mod needs a newer Go). */
  moduleError?: string
  /** Go's own line when it could not create its work folder: the temp folder is unusable. */
  workDirError?: string
}

/**
 * Go's line saying it could not create its work folder (in GOTMPDIR, else os.TempDir(), i.e.
 * TMPDIR or TMP/TEMP): every go build, test, run and a full `go env` then fail. Pure.
 */
export function goWorkDirFailure(output: string): string | undefined {
  return output
    .split(/\r?\n/)
    .map(line => line.trim())
    .find(line => line.startsWith('go: creating work dir:'))
}

/**
 * What the checks read from `go env`. Asked by name, `go env` skips the cgo flags and so needs no
 * work folder: it still answers when the temp folder is broken.
 */
export const GO_ENV_NAMES = [
  'GOROOT',
  'GOPATH',
  'GOVERSION',
  'GOMOD',
  'GOWORK',
  'GOCACHE',
  'GOMODCACHE',
  'GOTMPDIR',
  'GOOS',
  'GOARCH',
  'GOFLAGS'
]

/** Go's first words on a failure: the line that says why. */
function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find(line => line.trim() !== '')
      ?.trim() ?? ''
  )
}

/** Why a full `go env -json` failed, when the reason is the work folder: then ask by name. */
export function workDirRefusal(full: ProcessResult): string | undefined {
  return full.exitCode === 0 ? undefined : goWorkDirFailure(full.stderr)
}

/** Why go refused to run in a folder (e.g. go.mod needs a newer Go). */
export function refusal(result: ProcessResult): string {
  return firstLine(result.stderr) || `exit ${result.exitCode}`
}

/** The variables from the last `go env -json` answer, or the one-line reason there are none. */
export function goEnvFrom(goBinary: string, result: ProcessResult): Record<string, string> {
  if (result.exitCode !== 0) {
    const why = result.spawnError?.message ?? (result.timedOut ? 'timed out' : refusal(result))
    throw new UserError(`${goBinary} env -json failed: ${why}`)
  }
  try {
    return JSON.parse(result.stdout) as Record<string, string>
  } catch {
    throw new UserError(`${goBinary} env -json did not print JSON: ${firstLine(result.stdout)}`)
  }
}

/** Before Go 1.16 there is no GOVERSION: `go version` says it. */
export function goVersionFrom(goVersionOutput: string): string | undefined {
  return /go version (go\S+)/.exec(goVersionOutput)?.[1]
}

/** Everything the sanity checks look at, gathered once. */
export interface GoEnvFacts {
  platform: NodeJS.Platform
  goBinary: string
  goRoot: string
  /** Symlinks and junctions resolved, for comparisons (hosted Windows links C: to D:). */
  realGoRoot: string
  realGoEnvRoot?: string
  goEnv: Record<string, string>
  /** GOROOT as set in the environment, if any: it overrides where go looks for itself. */
  envGoRoot?: string
  /** The PATH later steps see, first entry first. */
  path: string[]
  /** What `go` on that PATH resolves to (real path), if anything. */
  goOnPath?: string
  realGoBinary: string
  gopath: { path: string; writable: boolean; error?: string }[]
  /** Windows: Program Files folders and the Windows directory. */
  protectedDirs: string[]
  workingDirectory: string
  workingDirectoryExists: boolean
  moduleError?: string
  workDirError?: string
}

function hasTrailingSeparator(path: string): boolean {
  // A drive or filesystem root keeps its separator legitimately.
  return /[\\/]$/.test(path) && !/^([A-Za-z]:)?[\\/]$/.test(path)
}

/** The `go-env` check: one finding per problem, each with a remedy. Pure. */
export function evaluateGoEnvironment(facts: GoEnvFacts): GoEnvResult {
  const findings: Finding[] = []
  const { platform } = facts
  const shell = platform === 'win32' ? 'powershell' : 'shell'

  if (!facts.goOnPath) {
    findings.push({
      id: 'go-env.go-not-on-path',
      severity: 'error',
      title: '`go` is not on PATH',
      message: `No go executable is found on the PATH later steps get; ${facts.goBinary} exists but is not reachable by name.`,
      remedy: `echo "${join(facts.goRoot, 'bin')}" >> "$GITHUB_PATH"`,
      remedyLanguage: 'shell'
    })
  } else if (!samePath(facts.goOnPath, facts.realGoBinary, platform)) {
    findings.push({
      id: 'go-env.path-mismatch',
      severity: 'error',
      title: '`go` on PATH is another Go',
      message: `\`go\` resolves to ${facts.goOnPath}, not to the toolchain at ${facts.goBinary}: later steps would test with a different Go.`,
      remedy: `Remove the other Go's folder from PATH, or put ${join(facts.goRoot, 'bin')} first.`
    })
  }

  for (const [name, value] of [
    ['GOROOT (environment)', facts.envGoRoot],
    ['go env GOROOT', facts.goEnv.GOROOT]
  ] as const) {
    if (value && hasTrailingSeparator(value)) {
      findings.push({
        id: 'go-env.goroot-trailing-separator',
        severity: 'warning',
        title: 'GOROOT ends with a path separator',
        message: `${name} is ${JSON.stringify(value)}: tools that join paths onto GOROOT then build wrong paths (\`\\\\\` or \`//\`).`,
        remedy: `Set GOROOT without the trailing separator, or unset it: go finds its own root.`
      })
    }
  }
  if (
    !facts.goEnv.GOROOT ||
    !facts.realGoEnvRoot ||
    !samePath(facts.realGoEnvRoot, facts.realGoRoot, platform)
  ) {
    findings.push({
      id: 'go-env.goroot-mismatch',
      severity: 'error',
      title: 'go env GOROOT is not the installed toolchain',
      message: `\`go env GOROOT\` says ${JSON.stringify(facts.goEnv.GOROOT ?? '')}, the toolchain is at ${facts.goRoot}${facts.envGoRoot ? ` (GOROOT is set to ${facts.envGoRoot} in the environment)` : ''}: the standard library would come from another Go.`,
      remedy:
        platform === 'win32'
          ? 'Remove-Item Env:GOROOT  # and drop GOROOT from the workflow env'
          : 'unset GOROOT  # and drop GOROOT from the workflow env',
      remedyLanguage: shell
    })
  }

  for (const entry of facts.gopath) {
    const protectedBy = facts.protectedDirs.find(dir => isWithin(dir, entry.path, platform))
    if (protectedBy) {
      findings.push({
        id: 'go-env.gopath-protected',
        severity: 'error',
        title: 'GOPATH is inside a protected folder',
        message: `GOPATH entry ${entry.path} is inside ${protectedBy}, which ordinary processes may not write: module downloads and \`go install\` fail there.`,
        remedy: 'env:\n  GOPATH: ${{ runner.temp }}\\gopath',
        remedyLanguage: 'yaml'
      })
    } else if (!entry.writable) {
      findings.push({
        id: 'go-env.gopath-not-writable',
        severity: 'error',
        title: 'GOPATH is not writable',
        message: `GOPATH entry ${entry.path} cannot be written (${entry.error ?? 'permission denied'}): module downloads and \`go install\` fail.`,
        remedy: 'env:\n  GOPATH: ${{ runner.temp }}/gopath',
        remedyLanguage: 'yaml'
      })
    }
  }
  const bin = gopathBin(facts.goEnv, platform)
  if (bin && !facts.path.some(entry => samePath(entry, bin, platform))) {
    findings.push({
      id: 'go-env.gopath-bin-not-on-path',
      severity: 'warning',
      title: 'GOPATH/bin is not on PATH',
      message: `Tools installed with \`go install\` land in ${bin}, which is not on PATH: later steps cannot run them by name.`,
      remedy: `echo "${bin}" >> "$GITHUB_PATH"`,
      remedyLanguage: 'shell'
    })
  }

  if (!facts.workingDirectoryExists) {
    findings.push({
      id: 'go-env.working-directory-missing',
      severity: 'error',
      title: 'The working directory does not exist',
      message: `${facts.workingDirectory} does not exist: \`go test ./...\` cannot run there.`,
      remedy:
        'Set the `working-directory` input to the folder holding go.mod (check out the repository first).'
    })
  } else if (facts.moduleError) {
    findings.push({
      id: 'go-env.module-refused',
      severity: 'error',
      title: 'Go refuses to run in the working directory',
      message: `In ${facts.workingDirectory}, go says: ${facts.moduleError}`,
      remedy: 'with:\n  go-version-file: go.mod',
      remedyLanguage: 'yaml'
    })
  } else {
    const gomod = facts.goEnv.GOMOD ?? ''
    const gowork = facts.goEnv.GOWORK ?? ''
    const inModule =
      (gomod !== '' && gomod !== '/dev/null' && gomod.toUpperCase() !== 'NUL') ||
      (gowork !== '' && gowork !== 'off')
    if (!inModule) {
      findings.push({
        id: 'go-env.no-module',
        severity: 'warning',
        title: 'No go.mod or go.work for the working directory',
        message: `Neither ${facts.workingDirectory} nor a parent has a go.mod or go.work: \`go test ./...\` fails with "cannot find module providing package" (or "go.mod file not found").`,
        remedy: 'Set the `working-directory` input to the folder holding go.mod.'
      })
    }
  }

  const finish = goEnvResult()
  if (facts.workDirError) {
    // What go env answered by name is checked above; whether go build and go test work is not
    // known until the temp folder is fixed, so warnings alone leave it unknown.
    const problems = findings.length > 0 ? `; ${findings.map(f => f.title).join('; ')}` : ''
    return finish({
      status: findings.some(finding => finding.severity === 'error') ? 'fail' : 'unknown',
      summary: `go build and go test cannot run: ${facts.workDirError} (the temp-dirs check names the folder)${problems}`,
      findings
    })
  }
  const summary =
    findings.length === 0
      ? `go resolves to ${facts.goBinary}; GOROOT, GOPATH and the module in ${facts.workingDirectory} are in order`
      : `${findings.length} problem${findings.length > 1 ? 's' : ''} with the Go environment: ${findings.map(finding => finding.title).join('; ')}`
  return finish({ status: statusFromFindings(findings), summary, findings })
}
