// Pure parts of the Go installer: specs, version files, listing validation, target names,
// extractor choice, token policy, the problem matcher, the Windows D: guard, the env checks.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { UserError } from '../../src/errors.js'
import { hostedWindowsInstallRoot, toolName } from '../../src/go/cache.js'
import {
  isTransientStatus,
  lengthProblem,
  mayReceiveToken,
  statusMessage
} from '../../src/go/download.js'
import { evaluateGoEnvironment, type GoEnvFacts } from '../../src/go/environment.js'
import { chooseExtractors } from '../../src/go/extract.js'
import { archivesFor, validateListing } from '../../src/go/listing.js'
import { planDownload } from '../../src/go/plan.js'
import { GO_PROBLEM_PATTERN, problemMatcherJson } from '../../src/go/runner.js'
import { archiveName, goTarget } from '../../src/go/target.js'
import { parseVersionFile } from '../../src/go/version-file.js'
import {
  goToSemver,
  nearestVersions,
  parseVersionSpec,
  selectVersion,
  semverToGo
} from '../../src/go/version-spec.js'

const candidates = [
  { semver: '1.23.0-rc.1', stable: false },
  { semver: '1.22.5', stable: true },
  { semver: '1.22.4', stable: true },
  { semver: '1.21.13', stable: true },
  { semver: '1.21.0', stable: true },
  { semver: '1.20.0', stable: true },
  { semver: '1.19.8', stable: true }
]

describe('version specs', () => {
  it('converts go.dev spellings to semver and back', () => {
    expect(goToSemver('go1.22.5')).toBe('1.22.5')
    expect(goToSemver('go1.20')).toBe('1.20.0')
    expect(goToSemver('go1.23rc1')).toBe('1.23.0-rc.1')
    expect(goToSemver('go1.9.2rc2')).toBe('1.9.2-rc.2')
    expect(goToSemver('go1.8beta1')).toBe('1.8.0-beta.1')
    expect(goToSemver('weekly.2011')).toBeUndefined()
    expect(semverToGo('1.20.0')).toBe('1.20')
    expect(semverToGo('1.21.0')).toBe('1.21.0')
    expect(semverToGo('1.23.0-rc.1')).toBe('1.23rc1')
    expect(semverToGo('1.9.2-rc.2')).toBe('1.9.2rc2')
  })

  it('parses every accepted form', () => {
    expect(parseVersionSpec('1.22.5')).toMatchObject({ kind: 'exact', semver: '1.22.5' })
    expect(parseVersionSpec('go1.22.5')).toMatchObject({ kind: 'exact', semver: '1.22.5' })
    expect(parseVersionSpec('1.23rc1')).toMatchObject({
      kind: 'exact',
      goVersion: '1.23rc1',
      semver: '1.23.0-rc.1'
    })
    expect(parseVersionSpec('Stable')).toMatchObject({ kind: 'alias', alias: 'stable' })
    expect(parseVersionSpec('oldstable')).toMatchObject({ kind: 'alias', alias: 'oldstable' })
    for (const range of ['1.22', '^1.22', '~1.22.1', '>=1.21 <1.23', '1.x']) {
      expect(parseVersionSpec(range).kind).toBe('range')
    }
  })

  it('rejects malformed specs with one line naming the origin', () => {
    expect(() => parseVersionSpec('banana')).toThrow(UserError)
    expect(() => parseVersionSpec('1.22..5', 'go-version-file .go-version')).toThrow(
      /^go-version-file \.go-version has "1\.22\.\.5": expected a Go version/
    )
  })

  it('selects the release each spec means', () => {
    const select = (text: string) => selectVersion(parseVersionSpec(text), candidates)
    expect(select('1.22')).toBe('1.22.5')
    expect(select('1.21')).toBe('1.21.13')
    expect(select('^1.21')).toBe('1.22.5')
    expect(select('~1.22.1')).toBe('1.22.5')
    expect(select('>=1.20 <1.22')).toBe('1.21.13')
    expect(select('1.x')).toBe('1.22.5')
    expect(select('1.20')).toBe('1.20.0')
    expect(select('1.23rc1')).toBe('1.23.0-rc.1')
    expect(select('stable')).toBe('1.22.5')
    expect(select('oldstable')).toBe('1.21.13')
    expect(select('1.22.6')).toBeUndefined()
    expect(select('1.24')).toBeUndefined()
  })

  it('names the nearest available versions around an unknown one', () => {
    expect(nearestVersions(parseVersionSpec('1.22.9'), candidates)).toEqual({
      near: ['1.22.4', '1.22.5'],
      newest: '1.22.5'
    })
    expect(nearestVersions(parseVersionSpec('1.21.5'), candidates).near).toEqual([
      '1.20.0',
      '1.21.0',
      '1.21.13',
      '1.22.4'
    ])
    expect(nearestVersions(parseVersionSpec('1.18'), candidates).near).toEqual(['1.19.8', '1.20.0'])
  })
})

describe('version files', () => {
  const goMod =
    'module example.com/x\n\n// go 1.10 in a comment\ngo 1.21\n\ntoolchain go1.22.5\n\nrequire x v1.0.0\n'
  it('takes the toolchain line from go.mod unless GOTOOLCHAIN=local', () => {
    expect(parseVersionFile('/w/go.mod', goMod, {})).toEqual({
      version: '1.22.5',
      origin: 'toolchain line 6 of go.mod'
    })
    expect(parseVersionFile('/w/go.mod', goMod, { GOTOOLCHAIN: 'local' })).toEqual({
      version: '1.21',
      origin: 'go line 4 of go.mod'
    })
    expect(
      parseVersionFile('go.work', 'go 1.22.1\r\ntoolchain default\r\nuse ./a\r\n', {}).version
    ).toBe('1.22.1')
  })

  it('reads .tool-versions and .go-version', () => {
    expect(
      parseVersionFile('.tool-versions', 'nodejs 20.1.0\n# go\ngolang 1.22.5 1.21.0\n', {})
    ).toEqual({
      version: '1.22.5',
      origin: 'golang line 3 of .tool-versions'
    })
    expect(parseVersionFile('.go-version', '\n1.23rc1\n', {})).toEqual({
      version: '1.23rc1',
      origin: 'line 2 of .go-version'
    })
  })

  it('says which file is wrong and what it should hold', () => {
    expect(() => parseVersionFile('go.mod', 'module x\n', {})).toThrow(
      "go-version-file go.mod has no 'go' line"
    )
    expect(() => parseVersionFile('.tool-versions', 'nodejs 20\n', {})).toThrow(
      'has no golang line'
    )
    expect(() => parseVersionFile('/w/.go-version', '\n\n', {})).toThrow(
      'go-version-file .go-version is empty'
    )
  })
})

describe('listing validation', () => {
  const url = 'https://mirror.example/dl/?mode=json&include=all'
  const valid = [
    {
      version: 'go1.22.5',
      stable: true,
      files: [
        {
          filename: 'go1.22.5.src.tar.gz',
          os: '',
          arch: '',
          version: 'go1.22.5',
          sha256: 'a'.repeat(64),
          size: 1,
          kind: 'source'
        },
        {
          filename: 'go1.22.5.windows-amd64.msi',
          os: 'windows',
          arch: 'amd64',
          sha256: 'b'.repeat(64),
          size: 2,
          kind: 'installer'
        },
        {
          filename: 'go1.22.5.windows-amd64.zip',
          os: 'windows',
          arch: 'amd64',
          sha256: 'C'.repeat(64),
          size: 3,
          kind: 'archive'
        }
      ]
    }
  ]

  it('accepts go.dev format and picks the archive for the target', () => {
    const releases = validateListing(valid, url)
    const archives = archivesFor(releases, goTarget('win32', 'x64', ''))
    expect(archives.get('1.22.5')?.file).toMatchObject({
      filename: 'go1.22.5.windows-amd64.zip',
      sha256: 'c'.repeat(64)
    })
    expect(archivesFor(releases, goTarget('linux', 'x64', '')).size).toBe(0)
  })

  it('rejects a wrong shape with the URL and the problem', () => {
    expect(() => validateListing({ releases: [] }, url)).toThrow(
      `The Go listing at ${url} is not in go.dev's format: expected a JSON array`
    )
    expect(() => validateListing([{ version: '1.22', stable: true, files: [] }], url)).toThrow(
      'expected e.g. "go1.22.5"'
    )
    expect(() => validateListing([{ version: 'go1.22', files: [] }], url)).toThrow(
      'no boolean "stable"'
    )
  })

  it('judges files one by one: a malformed digest or size never rejects the listing', () => {
    const odd = structuredClone(valid) as unknown as Record<string, unknown>[]
    const files = odd[0].files as unknown[]
    ;(files[0] as Record<string, unknown>).sha256 = 'xyz'
    ;(files[1] as Record<string, unknown>).size = 0
    files.push({ filename: 3 }, null)
    const [release] = validateListing(odd, url)
    expect(release.files.map(file => file.filename)).toEqual([
      'go1.22.5.src.tar.gz',
      'go1.22.5.windows-amd64.msi',
      'go1.22.5.windows-amd64.zip'
    ])
    expect(release.files[0]).toMatchObject({
      sha256Problem: 'gives sha256 "xyz", not 64 hex digits'
    })
    expect(release.files[0].sha256).toBeUndefined()
    expect(release.files[1].size).toBeUndefined()
    expect(release.files[2]).toMatchObject({ sha256: 'c'.repeat(64), size: 3 })
    // What this job kept under RUNNER_TEMP reads back the same.
    expect(validateListing(JSON.parse(JSON.stringify([release])), url)).toEqual([release])
  })
})

describe("go.dev's real listing (fixture)", () => {
  const url = 'https://go.dev/dl/?mode=json&include=all'
  const real = JSON.parse(
    readFileSync(new URL('./fixtures/go-dev-listing/golang-dl.json', import.meta.url), 'utf8')
  ) as unknown
  const releases = validateListing(real, url)
  const linux = goTarget('linux', 'x64', '')
  const listing = { url, releases }

  it('is accepted whole: 91 releases, old files unverifiable, sizes of 0 unknown', () => {
    expect(releases).toHaveLength(91)
    const files = releases.flatMap(release => release.files)
    expect(files.filter(file => file.sha256Problem === 'gives no sha256')).toHaveLength(174)
    expect(files.filter(file => file.size === undefined)).toHaveLength(134)
    const go152 = archivesFor(releases, linux).get('1.5.2')?.file
    expect(go152).toMatchObject({
      filename: 'go1.5.2.linux-amd64.tar.gz',
      sha256Problem: 'gives no sha256'
    })
  })

  it('resolves stable, oldstable, ranges and pre-releases as go.dev means them', () => {
    const plan = (text: string) =>
      planDownload(parseVersionSpec(text), listing, linux, 'https://go.dev/dl', false)
    expect(plan('stable')).toMatchObject({
      version: '1.13.7',
      fileName: 'go1.13.7.linux-amd64.tar.gz',
      url: 'https://go.dev/dl/go1.13.7.linux-amd64.tar.gz',
      sha256: 'b3dd4bd781a0271b33168e627f7f43886b4c5d1c794a4015abf34e99c6526ca3',
      size: 120071076
    })
    expect(plan('oldstable').version).toBe('1.12.16')
    expect(plan('1.12').version).toBe('1.12.16')
    expect(plan('^1.10').version).toBe('1.13.7')
    expect(plan('>=1.11 <1.13').version).toBe('1.12.16')
    expect(plan('1.14rc1').version).toBe('1.14.0-rc.1')
    expect(plan('1.x').version).toBe('1.13.7')
  })

  it('installs an unverifiable old file only without require-checksum, saying why', () => {
    const spec = parseVersionSpec('1.5.2')
    expect(planDownload(spec, listing, linux, 'https://go.dev/dl', false)).toMatchObject({
      version: '1.5.2',
      sha256: undefined,
      unverifiable: `the listing at ${url} gives no sha256 for go1.5.2.linux-amd64.tar.gz`
    })
    expect(() => planDownload(spec, listing, linux, 'https://go.dev/dl', true)).toThrow(
      `require-checksum is true but the listing at ${url} gives no sha256 for go1.5.2.linux-amd64.tar.gz: the download of https://go.dev/dl/go1.5.2.linux-amd64.tar.gz cannot be verified.`
    )
    // go1.5.3 is listed with a digest: require-checksum does not care about its neighbours.
    expect(
      planDownload(parseVersionSpec('1.5.3'), listing, linux, 'https://go.dev/dl', true).sha256
    ).toMatch(/^[0-9a-f]{64}$/)
  })

  it('names the nearest available versions and the newest stable', () => {
    expect(() =>
      planDownload(parseVersionSpec('1.13.99'), listing, linux, 'https://go.dev/dl', false)
    ).toThrow(
      'Go 1.13.99 is not available for linux/amd64 at https://go.dev/dl: nearest available: 1.13.6, 1.13.7; newest stable: 1.13.7.'
    )
    expect(() =>
      planDownload(parseVersionSpec('1.19'), listing, linux, 'https://go.dev/dl', false)
    ).toThrow('nearest available: 1.13.6, 1.13.7; newest stable: 1.13.7.')
    expect(() =>
      planDownload(
        parseVersionSpec('1.13.7'),
        listing,
        goTarget('linux', 'x64', 'riscv64'),
        'https://go.dev/dl',
        false
      )
    ).toThrow(
      'Go 1.13.7 is not available for linux/riscv64 at https://go.dev/dl: the listing has no stable release for it.'
    )
  })
})

describe('targets and extractors', () => {
  it('maps runner architectures to Go names and cache folders', () => {
    expect(goTarget('win32', 'x64', '')).toEqual({
      os: 'windows',
      arch: 'amd64',
      cacheArch: 'x64',
      extension: 'zip'
    })
    expect(goTarget('linux', 'arm64', '')).toMatchObject({
      arch: 'arm64',
      cacheArch: 'arm64',
      extension: 'tar.gz'
    })
    expect(goTarget('linux', 'x64', 'x86')).toMatchObject({ arch: '386', cacheArch: 'x86' })
    // setup-go's spelling of 32-bit x86.
    expect(goTarget('win32', 'x64', 'x32')).toMatchObject({ arch: '386', cacheArch: 'x86' })
    expect(goTarget('darwin', 'arm64', 'amd64')).toMatchObject({
      os: 'darwin',
      arch: 'amd64',
      cacheArch: 'x64'
    })
    expect(() => goTarget('linux', 'mips', '')).toThrow(UserError)
    expect(archiveName('1.23rc1', goTarget('win32', 'arm64', ''))).toBe(
      'go1.23rc1.windows-arm64.zip'
    )
  })

  it('tries the system bsdtar first on Windows, then the in-process zip reader; no PowerShell', () => {
    const archive = "D:\\a\\_temp\\it's.zip"
    expect(chooseExtractors(archive, 'D:\\dest', 'win32', { SystemRoot: 'C:\\Windows' })).toEqual([
      {
        kind: 'process',
        name: 'tar.exe (bsdtar)',
        file: 'C:\\Windows\\System32\\tar.exe',
        args: ['-xf', archive, '-C', 'D:\\dest']
      },
      { kind: 'in-process', name: 'zip in-process (yauzl)', format: 'zip' }
    ])
    expect(chooseExtractors('/t/go.zip', '/d', 'linux', {})).toEqual([
      { kind: 'in-process', name: 'zip in-process (yauzl)', format: 'zip' }
    ])
    expect(chooseExtractors('/t/go.tar.gz', '/d', 'linux', {})).toEqual([
      { kind: 'in-process', name: 'tar.gz stream (node:zlib + npm tar)', format: 'tar.gz' }
    ])
  })
})

describe('transfer length and retries', () => {
  it('a body must match Content-Length and the listed size; a size of 0 is unknown', () => {
    expect(lengthProblem(100, '100', 100)).toBeUndefined()
    expect(lengthProblem(100, undefined, undefined)).toBeUndefined()
    expect(lengthProblem(100, undefined, 0)).toBeUndefined()
    expect(lengthProblem(90, '100', 100)).toBe('got 90 of 100 bytes (Content-Length)')
    // A short Content-Length honestly delivered is still short of the published file.
    expect(lengthProblem(90, '90', 100)).toBe("got 90 of 100 bytes (the listing's size)")
    expect(lengthProblem(90, undefined, 100)).toBe("got 90 of 100 bytes (the listing's size)")
    expect(lengthProblem(90, 'junk', undefined)).toBeUndefined()
  })

  it('retries 5xx, 408 and 429 only', () => {
    expect([500, 502, 503, 408, 429].every(isTransientStatus)).toBe(true)
    expect([400, 401, 403, 404, 410].some(isTransientStatus)).toBe(false)
  })
})

describe('token and HTTP errors', () => {
  it('sends the token to github.com hosts over https only', () => {
    expect(mayReceiveToken('https://github.com/actions/go-versions')).toBe(true)
    expect(mayReceiveToken('https://api.github.com/repos')).toBe(true)
    expect(mayReceiveToken('https://go.dev/dl/go1.22.5.linux-amd64.tar.gz')).toBe(false)
    expect(mayReceiveToken('https://github.com.evil.example/x')).toBe(false)
    expect(mayReceiveToken('http://github.com/x')).toBe(false)
  })

  it('explains rate limits with the right hint', () => {
    expect(statusMessage(429, 'https://api.github.com/x', false)).toContain('set the `token` input')
    expect(statusMessage(403, 'https://api.github.com/x', true)).toContain(
      'token given in `token` was refused'
    )
    expect(statusMessage(403, 'https://go.dev/dl/x', false)).toContain(
      'the token is only sent to github.com'
    )
  })
})

describe('tool cache placement', () => {
  const hosted = { RUNNER_ENVIRONMENT: 'github-hosted' }
  const both = () => true
  it('moves installs to D: only on hosted Windows with both drives and a C: tool cache', () => {
    expect(hostedWindowsInstallRoot('win32', 'C:\\hostedtoolcache\\windows', hosted, both)).toBe(
      'D:\\hostedtoolcache\\windows'
    )
    expect(hostedWindowsInstallRoot('win32', 'c:\\tools', { AGENT_ISSELFHOSTED: '0' }, both)).toBe(
      'D:\\tools'
    )
    expect(
      hostedWindowsInstallRoot('win32', 'C:\\hostedtoolcache\\windows', {}, both)
    ).toBeUndefined()
    expect(
      hostedWindowsInstallRoot(
        'win32',
        'C:\\t',
        { RUNNER_ENVIRONMENT: 'self-hosted', AGENT_ISSELFHOSTED: '1' },
        both
      )
    ).toBeUndefined()
    expect(hostedWindowsInstallRoot('win32', 'D:\\t', hosted, both)).toBeUndefined()
    expect(
      hostedWindowsInstallRoot('win32', 'C:\\t', hosted, path => path.toLowerCase() !== 'd:\\')
    ).toBeUndefined()
    expect(hostedWindowsInstallRoot('linux', 'C:\\t', hosted, both)).toBeUndefined()
  })

  it('keeps mirror builds apart from go.dev builds', () => {
    expect(toolName('https://go.dev/dl')).toBe('go')
    expect(toolName('https://mirror.example/go')).toMatch(/^go-[0-9a-f]{8}$/)
  })
})

describe('problem matcher', () => {
  const pattern = new RegExp(GO_PROBLEM_PATTERN)
  it('matches go build, vet and test output on both path styles', () => {
    expect(pattern.exec('./pkg/a.go:12:5: undefined: x')?.slice(1)).toEqual([
      './pkg/a.go',
      '12',
      '5',
      'undefined: x'
    ])
    expect(pattern.exec('    a_test.go:40: got 3, want 4')?.slice(1)).toEqual([
      'a_test.go',
      '40',
      undefined,
      'got 3, want 4'
    ])
    expect(pattern.exec('C:\\a\\repo\\b.go:3:1: syntax error')?.slice(1, 3)).toEqual([
      'C:\\a\\repo\\b.go',
      '3'
    ])
    expect(pattern.exec('ok  \texample.com/x\t0.01s')).toBeNull()
    expect(JSON.parse(problemMatcherJson()).problemMatcher[0].pattern[0]).toMatchObject({
      file: 1,
      line: 2,
      column: 3,
      message: 4
    })
  })
})

describe('Go environment checks', () => {
  const healthy: GoEnvFacts = {
    platform: 'win32',
    goBinary: 'C:\\hostedtoolcache\\windows\\go\\1.22.5\\x64\\bin\\go.exe',
    goRoot: 'C:\\hostedtoolcache\\windows\\go\\1.22.5\\x64',
    realGoRoot: 'D:\\hostedtoolcache\\windows\\go\\1.22.5\\x64',
    realGoEnvRoot: 'D:\\hostedtoolcache\\windows\\go\\1.22.5\\x64',
    goEnv: {
      GOROOT: 'D:\\hostedtoolcache\\windows\\go\\1.22.5\\x64',
      GOPATH: 'C:\\Users\\runneradmin\\go',
      GOMOD: 'D:\\a\\r\\go.mod'
    },
    path: [
      'C:\\hostedtoolcache\\windows\\go\\1.22.5\\x64\\bin',
      'C:\\Users\\runneradmin\\go\\bin',
      'C:\\Windows\\system32'
    ],
    goOnPath: 'd:\\hostedtoolcache\\windows\\go\\1.22.5\\x64\\bin\\go.exe',
    realGoBinary: 'D:\\hostedtoolcache\\windows\\go\\1.22.5\\x64\\bin\\go.exe',
    gopath: [{ path: 'C:\\Users\\runneradmin\\go', writable: true }],
    protectedDirs: ['C:\\Program Files', 'C:\\Program Files (x86)', 'C:\\Windows'],
    workingDirectory: 'D:\\a\\r',
    workingDirectoryExists: true
  }
  const ids = (facts: Partial<GoEnvFacts>) =>
    evaluateGoEnvironment({ ...healthy, ...facts }).findings.map(finding => finding.id)

  it('passes a healthy hosted Windows setup (C: junction to D:, case differences)', () => {
    expect(evaluateGoEnvironment(healthy)).toMatchObject({
      id: 'go-env',
      status: 'pass',
      findings: []
    })
  })

  it('finds each problem of the troubleshooting table', () => {
    expect(ids({ goOnPath: 'C:\\Program Files\\Go\\bin\\go.exe' })).toEqual([
      'go-env.path-mismatch'
    ])
    expect(ids({ goOnPath: undefined })).toEqual(['go-env.go-not-on-path'])
    expect(ids({ envGoRoot: 'C:\\go\\' })).toEqual(['go-env.goroot-trailing-separator'])
    expect(
      ids({
        realGoEnvRoot: 'C:\\Program Files\\Go',
        goEnv: { ...healthy.goEnv, GOROOT: 'C:\\Program Files\\Go' }
      })
    ).toEqual(['go-env.goroot-mismatch'])
    expect(ids({ gopath: [{ path: 'C:\\Program Files\\gopath', writable: true }] })).toEqual([
      'go-env.gopath-protected'
    ])
    expect(
      ids({ gopath: [{ path: 'C:\\Users\\runneradmin\\go', writable: false, error: 'EACCES' }] })
    ).toEqual(['go-env.gopath-not-writable'])
    expect(ids({ path: ['C:\\hostedtoolcache\\windows\\go\\1.22.5\\x64\\bin'] })).toEqual([
      'go-env.gopath-bin-not-on-path'
    ])
    expect(ids({ goEnv: { ...healthy.goEnv, GOMOD: 'NUL' } })).toEqual(['go-env.no-module'])
    expect(ids({ goEnv: { ...healthy.goEnv, GOMOD: 'NUL', GOWORK: 'D:\\a\\r\\go.work' } })).toEqual(
      []
    )
    expect(ids({ workingDirectoryExists: false })).toEqual(['go-env.working-directory-missing'])
    expect(
      ids({ moduleError: 'go: go.mod requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)' })
    ).toEqual(['go-env.module-refused'])
  })

  it('fails on errors, warns on warnings, and every finding has a remedy', () => {
    const result = evaluateGoEnvironment({
      ...healthy,
      goEnv: { ...healthy.goEnv, GOMOD: '' },
      gopath: [{ path: 'C:\\Windows\\go', writable: true }]
    })
    expect(result.status).toBe('fail')
    expect(result.findings.every(finding => finding.remedy)).toBe(true)
    const linux: GoEnvFacts = {
      ...healthy,
      platform: 'linux',
      goBinary: '/opt/hostedtoolcache/go/1.22.5/x64/bin/go',
      goRoot: '/opt/hostedtoolcache/go/1.22.5/x64',
      realGoRoot: '/opt/hostedtoolcache/go/1.22.5/x64',
      realGoEnvRoot: '/opt/hostedtoolcache/go/1.22.5/x64/',
      realGoBinary: '/opt/hostedtoolcache/go/1.22.5/x64/bin/go',
      goOnPath: '/opt/hostedtoolcache/go/1.22.5/x64/bin/go',
      goEnv: {
        GOROOT: '/opt/hostedtoolcache/go/1.22.5/x64',
        GOPATH: '/home/runner/go',
        GOMOD: '/dev/null'
      },
      path: ['/opt/hostedtoolcache/go/1.22.5/x64/bin', '/home/runner/go/bin', '/usr/bin'],
      gopath: [{ path: '/home/runner/go', writable: true }],
      protectedDirs: [],
      workingDirectory: '/home/runner/work/r'
    }
    const linuxResult = evaluateGoEnvironment(linux)
    expect(linuxResult.status).toBe('warn')
    expect(linuxResult.findings.map(finding => finding.id)).toEqual(['go-env.no-module'])
  })
})
