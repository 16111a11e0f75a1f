// A temp folder Go cannot create its work folder in: recognised from Go's own line (real
// fixture), `go env` still answered by name, and the checks that need go build say why.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  evaluateGoEnvironment,
  goWorkDirFailure,
  type GoEnvFacts
} from '../../src/go/environment.js'
import { readGoEnv } from '../../src/go/probe.js'
import { DEBIAN_GO, debianGoSuite } from '../helpers/gates.js'

const fixture = readFileSync(
  join(
    dirname(fileURLToPath(import.meta.url)),
    'fixtures',
    'go-error.creating-work-dir.windows-dir.txt'
  ),
  'utf8'
)
const { it: withGo } = debianGoSuite('the real go env tests')

describe('goWorkDirFailure', () => {
  it("finds Go's line in real output, and nothing in other errors", () => {
    expect(goWorkDirFailure(`\r\n${fixture}`)).toBe(
      'go: creating work dir: mkdir C:\\WINDOWS\\go-build1767217485: Access is denied.'
    )
    expect(goWorkDirFailure('go: go.mod requires go >= 1.22 (running go 1.19.8)')).toBeUndefined()
    expect(goWorkDirFailure('')).toBeUndefined()
  })
})

describe('the go-env check with a broken temp folder', () => {
  const facts: GoEnvFacts = {
    platform: 'linux',
    goBinary: '/opt/go/bin/go',
    goRoot: '/opt/go',
    realGoRoot: '/opt/go',
    realGoEnvRoot: '/opt/go',
    goEnv: { GOROOT: '/opt/go', GOPATH: '/home/u/go', GOMOD: '/w/go.mod' },
    path: ['/opt/go/bin', '/home/u/go/bin', '/usr/bin'],
    goOnPath: '/opt/go/bin/go',
    realGoBinary: '/opt/go/bin/go',
    gopath: [{ path: '/home/u/go', writable: true }],
    protectedDirs: [],
    workingDirectory: '/w',
    workingDirectoryExists: true,
    workDirError: 'go: creating work dir: stat /missing: no such file or directory'
  }

  it('is unknown and quotes Go when nothing else is wrong', () => {
    const result = evaluateGoEnvironment(facts)
    expect(result.status).toBe('unknown')
    expect(result.summary).toContain('go: creating work dir: stat /missing')
    expect(result.summary).toContain('temp-dirs')
    expect(result.findings).toEqual([])
  })

  it('still fails on what go env could answer', () => {
    const result = evaluateGoEnvironment({ ...facts, goOnPath: undefined })
    expect(result.status).toBe('fail')
    expect(result.findings.map(finding => finding.id)).toEqual(['go-env.go-not-on-path'])
  })
})

describe('readGoEnv with GOTMPDIR at a missing folder (real Go)', () => {
  withGo('returns the environment asked by name and the work-dir line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwp-workdir-'))
    try {
      const missing = join(dir, 'missing')
      const run = await readGoEnv(DEBIAN_GO, dir, dir, { ...process.env, GOTMPDIR: missing })
      expect(run.workDirError).toMatch(/^go: creating work dir: .*missing/)
      expect(run.goEnv.GOTMPDIR).toBe(missing)
      expect(run.goEnv.GOVERSION).toBe('go1.19.8')
      expect(run.goEnv.GOROOT).toBe('/usr/lib/go-1.19')
      // Not mistaken for go refusing the working directory.
      expect(run.moduleError).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
