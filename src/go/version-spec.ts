// What the user asked for (`1.22.5`, `1.22`, `^1.22`, `stable`, `1.23rc1`) and how it matches the
// versions a listing or the tool cache offers. Pure: no network, no files.
import semver from 'semver'
import { UserError, quoteValue } from '../errors.js'

export type VersionSpec =
  | { kind: 'alias'; text: string; alias: 'stable' | 'oldstable' }
  /** One release: `1.22.5`, `1.23rc1`. `goVersion` is go.dev's spelling without the `go` prefix. */
  | { kind: 'exact'; text: string; goVersion: string; semver: string }
  /** Any semver range; a bare minor such as `1.22` is the range of its patches. */
  | { kind: 'range'; text: string; range: string }

const GO_VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/

/**
 * go.dev's spelling as semver: `go1.22.5` → `1.22.5`, `go1.20` → `1.20.0`, `go1.23rc1` →
 * `1.23.0-rc.1`, `go1.9.2rc2` → `1.9.2-rc.2`. Undefined for anything else.
 */
export function goToSemver(version: string): string | undefined {
  const match = GO_VERSION.exec(version.replace(/^go/, ''))
  if (!match) return undefined
  const [, major, minor = '0', patch = '0', pre, preNumber] = match
  const core = `${Number(major)}.${Number(minor)}.${Number(patch)}`
  return pre ? `${core}-${pre}.${Number(preNumber)}` : core
}

/** `1.23.0-rc.1` → `1.23rc1`, `1.22.5` → `1.22.5`: the name go.dev gives that release's files. */
export function semverToGo(version: string): string {
  const parsed = semver.parse(version)
  if (!parsed) throw new Error(`not a semver version: ${version}`)
  const [pre, number] = parsed.prerelease
  const base = `${parsed.major}.${parsed.minor}`
  if (pre === undefined) {
    // Before 1.21 the first release of a minor had no `.0` (go1.20); from 1.21 on it has.
    return parsed.patch === 0 && parsed.major === 1 && parsed.minor < 21
      ? base
      : `${base}.${parsed.patch}`
  }
  return `${base}${parsed.patch === 0 ? '' : `.${parsed.patch}`}${pre}${number}`
}

const EXPECTED =
  'a Go version such as 1.22.5, 1.22, ^1.22, ~1.22.1, ">=1.21 <1.23", 1.x, stable, oldstable or 1.23rc1'

/** Parses a spec; `origin` names where it came from (an input or a file) for the error. */
export function parseVersionSpec(raw: string, origin = "input 'go-version'"): VersionSpec {
  const text = raw.trim()
  const lower = text.toLowerCase()
  if (lower === 'stable' || lower === 'oldstable') return { kind: 'alias', text, alias: lower }
  const bare = text.replace(/^go(?=\d)/, '')
  // Three numbers, or any go.dev pre-release (`1.23rc1`, `1.9.2rc2`), names exactly one release.
  if (/^\d+\.\d+\.\d+$/.test(bare) || /^\d+\.\d+(\.\d+)?(beta|rc)\d+$/.test(bare)) {
    const version = goToSemver(bare)
    if (version) return { kind: 'exact', text, goVersion: bare, semver: version }
  }
  const range = text === '' ? null : semver.validRange(bare)
  if (range === null)
    throw new UserError(`${origin} has ${quoteValue(text)}: expected ${EXPECTED}.`)
  return { kind: 'range', text, range }
}

/** A release that offers a file for the wanted os/arch. */
export interface Candidate {
  semver: string
  stable: boolean
}

/**
 * The version a spec selects among candidates, or undefined. `stable` is the newest stable
 * release; `oldstable` the newest of the minor before it; ranges never pick pre-releases.
 */
export function selectVersion(
  spec: VersionSpec,
  candidates: readonly Candidate[]
): string | undefined {
  const versions = candidates.map(candidate => candidate.semver)
  switch (spec.kind) {
    case 'exact':
      return versions.find(version => semver.eq(version, spec.semver))
    case 'range':
      return semver.maxSatisfying(versions, spec.range) ?? undefined
    case 'alias': {
      const stable = candidates
        .filter(candidate => candidate.stable)
        .map(candidate => candidate.semver)
      const newest = semver.rsort([...stable])[0]
      if (newest === undefined || spec.alias === 'stable') return newest
      const previousMinor = stable.filter(version =>
        semver.lt(version, `${semver.major(newest)}.${semver.minor(newest)}.0`)
      )
      return semver.rsort(previousMinor)[0]
    }
  }
}

/** The versions closest to what was asked (two below, two above) and the newest stable one. */
export function nearestVersions(
  spec: VersionSpec,
  candidates: readonly Candidate[]
): { near: string[]; newest?: string } {
  const stable = semver.sort(
    candidates.filter(candidate => candidate.stable).map(candidate => candidate.semver)
  )
  const newest = stable.at(-1)
  const anchor =
    spec.kind === 'exact'
      ? spec.semver
      : spec.kind === 'range'
        ? semver.minVersion(spec.range)?.version
        : undefined
  if (anchor === undefined) return { near: [], newest }
  const above = stable.findIndex(version => semver.gt(version, anchor))
  const split = above === -1 ? stable.length : above
  return { near: stable.slice(Math.max(0, split - 2), split + 2), newest }
}
