// Which directories Go will use for temporary files, resolved with Go's own rules (pure).
// - `go build`/`go test` work dir: GOTMPDIR (must exist, golang/go#32320), else os.TempDir().
// - os.TempDir(), which t.TempDir() and os.MkdirTemp("") use: Unix $TMPDIR or /tmp; Windows
//   GetTempPath2W: TMP, TEMP, USERPROFILE, then the Windows directory; a SYSTEM process gets
//   <Windows>\SystemTemp.
import { posix, win32 } from 'node:path'
import { pathKey, samePath } from '../../paths.js'

/** What a directory is used for decides how much each failure matters. */
export type TempRole =
  /** go build / go test work dir: test binaries are written and executed here. */
  | 'go-work'
  /** os.TempDir(): t.TempDir() folders live here. */
  | 'test-temp'
  /** GOCACHE / GOMODCACHE: written and deleted, never executed from. */
  | 'cache'
  /** RUNNER_TEMP: scratch space of the runner and other actions. */
  | 'runner-temp'
  /** A TMP/TEMP/TMPDIR variable Go does not read on this platform: other tools do. */
  | 'env-temp'
  /** Listed in the `temp-paths` input: held to the go-work standard. */
  | 'extra'

export interface TempCandidate {
  path: string
  name: string
  role: TempRole
}

export interface TempDirectory {
  /** The path as the first name gave it. */
  path: string
  names: string[]
  roles: TempRole[]
  /** Go creates these itself when missing (GOCACHE, GOMODCACHE). */
  createdByGo: boolean
  /** Go fails when these are missing (GOTMPDIR). */
  mustExist: boolean
}

export interface ResolveInput {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  /** `go env -json`, when Go is installed: it also sees values set with `go env -w`. */
  goEnv?: Record<string, string>
  extraPaths: string[]
  /** Windows: the process runs as LocalSystem (S-1-5-18). */
  isSystemAccount: boolean
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}

export function windowsDirectory(env: NodeJS.ProcessEnv): string {
  return (
    nonEmpty(env.SystemRoot) ??
    nonEmpty(env.SYSTEMROOT) ??
    nonEmpty(env.windir) ??
    nonEmpty(env.WINDIR) ??
    'C:\\Windows'
  )
}

/** Windows environment lookups are case-insensitive; ctx.env may come from anywhere. */
function envValue(
  env: NodeJS.ProcessEnv,
  name: string,
  platform: NodeJS.Platform
): string | undefined {
  if (platform !== 'win32') return nonEmpty(env[name])
  const key = Object.keys(env).find(candidate => candidate.toUpperCase() === name)
  return key === undefined ? undefined : nonEmpty(env[key])
}

/** os.TempDir() and the variable it came from. */
export function goTempDir(input: Pick<ResolveInput, 'platform' | 'env' | 'isSystemAccount'>): {
  path: string
  source: string
} {
  const { platform, env } = input
  if (platform !== 'win32') {
    const tmpdir = envValue(env, 'TMPDIR', platform)
    return tmpdir ? { path: tmpdir, source: 'TMPDIR' } : { path: '/tmp', source: '/tmp (default)' }
  }
  if (input.isSystemAccount) {
    return {
      path: win32.join(windowsDirectory(env), 'SystemTemp'),
      source: 'SystemTemp (SYSTEM account)'
    }
  }
  for (const name of ['TMP', 'TEMP', 'USERPROFILE']) {
    const value = envValue(env, name, platform)
    if (value) return { path: stripTrailingSeparator(value, platform), source: name }
  }
  return { path: windowsDirectory(env), source: 'Windows directory' }
}

export function stripTrailingSeparator(path: string, platform: NodeJS.Platform): string {
  const trimmed = platform === 'win32' ? path.replace(/[\\/]+$/, '') : path.replace(/\/+$/, '')
  if (trimmed === '') return platform === 'win32' ? path : '/'
  return platform === 'win32' && /^[a-z]:$/i.test(trimmed) ? `${trimmed}\\` : trimmed
}

export function tempCandidates(input: ResolveInput): TempCandidate[] {
  const { platform, env, goEnv } = input
  const candidates: TempCandidate[] = []
  const osTemp = goTempDir(input)
  const goValue = (name: string): string | undefined =>
    goEnv ? nonEmpty(goEnv[name]) : envValue(env, name, platform)

  const gotmpdir = goValue('GOTMPDIR')
  if (gotmpdir) candidates.push({ path: gotmpdir, name: 'GOTMPDIR', role: 'go-work' })
  else candidates.push({ path: osTemp.path, name: 'os.TempDir()', role: 'go-work' })
  candidates.push({ path: osTemp.path, name: 'os.TempDir()', role: 'test-temp' })
  candidates.push({ path: osTemp.path, name: osTemp.source, role: 'test-temp' })

  const goReads = platform === 'win32' ? ['TMP', 'TEMP'] : ['TMPDIR']
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) {
    const value = envValue(env, name, platform)
    if (!value || name === osTemp.source) continue
    // On Windows a TEMP shadowed by TMP is not what Go uses, but other tools may.
    candidates.push({
      path: value,
      name,
      role:
        goReads.includes(name) && samePath(value, osTemp.path, platform) ? 'test-temp' : 'env-temp'
    })
  }
  const runnerTemp = envValue(env, 'RUNNER_TEMP', platform)
  if (runnerTemp) candidates.push({ path: runnerTemp, name: 'RUNNER_TEMP', role: 'runner-temp' })
  for (const name of ['GOCACHE', 'GOMODCACHE']) {
    const value = goValue(name)
    // GOCACHE=off disables the cache; only absolute paths are directories Go will use.
    if (value && isAbsolute(value, platform)) candidates.push({ path: value, name, role: 'cache' })
  }
  for (const path of input.extraPaths) candidates.push({ path, name: 'temp-paths', role: 'extra' })
  return candidates
}

function isAbsolute(path: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? win32.isAbsolute(path) : posix.isAbsolute(path)
}

/**
 * Each directory once, with every name and role. `canonical` maps a path to the key of the
 * directory it really is (8.3 short names, symlinks); by default the normalised path.
 */
export function groupDirectories(
  candidates: TempCandidate[],
  platform: NodeJS.Platform,
  canonical: (path: string) => string = path => pathKey(path, platform)
): TempDirectory[] {
  const byKey = new Map<string, TempDirectory>()
  for (const candidate of candidates) {
    const key = canonical(candidate.path)
    let directory = byKey.get(key)
    if (!directory) {
      directory = {
        path: candidate.path,
        names: [],
        roles: [],
        createdByGo: true,
        mustExist: false
      }
      byKey.set(key, directory)
    }
    if (!directory.names.includes(candidate.name)) directory.names.push(candidate.name)
    if (!directory.roles.includes(candidate.role)) directory.roles.push(candidate.role)
    directory.createdByGo &&= candidate.role === 'cache'
    directory.mustExist ||= candidate.name === 'GOTMPDIR'
  }
  return [...byKey.values()]
}
