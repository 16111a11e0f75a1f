// From measured evidence to findings: each failing case gives the right finding id and severity
// for the role of the directory. Evidence here is hand-built (probe outcomes, facts).
import { assessDirectory, type DirectoryEvidence } from '../../../src/checks/temp/assess.js'
import { explainFacts } from '../../../src/checks/temp/cause.js'
import { assessDirectoryAcl } from '../../../src/checks/temp/access.js'
import type { ProbeOutcome } from '../../../src/checks/temp/probe.js'
import type { TempDirectory, TempRole } from '../../../src/checks/temp/resolve.js'
import { parseSddl } from '../../../src/checks/temp/sddl.js'
import type { TempProbeStep } from '../../../src/checks/temp/types.js'

const ok = (step: TempProbeStep['step']): TempProbeStep => ({ step, ok: true, ms: 1 })
const GiB = 1024 ** 3

function directory(roles: TempRole[], names = ['os.TempDir()'], path = '/tmp'): TempDirectory {
  return { path, names, roles, createdByGo: false, mustExist: false }
}

function evidence(
  dir: TempDirectory,
  probe: Partial<ProbeOutcome>,
  extra: Partial<DirectoryEvidence> = {}
): DirectoryEvidence {
  return {
    directory: dir,
    platform: 'linux',
    exists: true,
    probedPath: dir.path,
    probe: {
      steps: [ok('create')],
      deleteRetries: 0,
      freeBytes: 10 * GiB,
      freeInodes: 1_000_000,
      ...probe
    },
    ...extra
  }
}

const execFailure = (win32Error?: number, code = 'UNKNOWN'): Partial<ProbeOutcome> => ({
  failure: { step: 'exec-first', code, message: 'spawn UNKNOWN', win32Error }
})

describe('assessDirectory (hand-built evidence)', () => {
  test.each([
    [1260, 'temp.exec-blocked-by-policy'],
    [4551, 'temp.exec-blocked-by-policy'],
    [225, 'temp.exec-quarantined'],
    [undefined, 'temp.exec-denied']
  ])('Windows spawn error %p in the Go work dir is an error %s', (code, id) => {
    const { findings, report } = assessDirectory({
      ...evidence(directory(['go-work', 'test-temp'], ['TMP']), execFailure(code)),
      platform: 'win32'
    })
    expect(findings[0]).toMatchObject({ id, severity: 'error', remedyLanguage: 'yaml' })
    expect(findings[0].remedy).toContain('GOTMPDIR=$dir')
    expect(report.status).toBe('fail')
  })

  test('exec failure matters by role: warning for t.TempDir only, nothing for caches', () => {
    const testTemp = assessDirectory(
      evidence(directory(['test-temp']), execFailure(undefined, 'EACCES'))
    )
    expect(testTemp.findings.map(f => [f.id, f.severity])).toEqual([
      ['temp.exec-denied', 'warning']
    ])
    expect(testTemp.report.status).toBe('warn')
    const cache = assessDirectory(
      evidence(directory(['cache'], ['GOCACHE']), execFailure(undefined, 'EACCES'))
    )
    expect(cache.findings).toEqual([])
    expect(cache.report.status).toBe('pass')
  })

  test('a noexec mount explains an exec failure; the remedy avoids the broken base', () => {
    const facts = {
      kind: 'unix' as const,
      mount: {
        mountPoint: '/tmp',
        fsType: 'tmpfs',
        options: ['rw', 'noexec'],
        flags: { noexec: true, nosuid: false, readOnly: false }
      },
      mode: 0o1777,
      uid: 0,
      processUid: 1001
    }
    const { findings, report } = assessDirectory(
      evidence(
        directory(['go-work', 'runner-temp'], ['RUNNER_TEMP']),
        execFailure(undefined, 'EACCES'),
        { facts }
      )
    )
    expect(findings[0].id).toBe('temp.noexec')
    expect(findings[0].remedy).toContain('$HOME/go-tmp')
    expect(report.explanation).toBe(
      'mount /tmp (tmpfs, rw,noexec); mode rwxrwxrwt (1777); owner uid 0, this user uid 1001'
    )
  })

  test('GOCACHE on a read-only mount gets a cache remedy', () => {
    const facts = {
      kind: 'unix' as const,
      mount: {
        mountPoint: '/',
        fsType: 'ext4',
        options: ['ro'],
        flags: { noexec: false, nosuid: false, readOnly: true }
      },
      mode: 0o755,
      uid: 1001,
      processUid: 1001
    }
    const { findings } = assessDirectory(
      evidence(
        directory(['cache'], ['GOCACHE'], '/home/u/.cache/go-build'),
        {
          failure: { step: 'create', code: 'EACCES', message: 'denied' }
        },
        { facts }
      )
    )
    expect(findings[0]).toMatchObject({ id: 'temp.read-only', severity: 'error' })
    expect(findings[0].remedy).toBe('env:\n  GOCACHE: ${{ runner.temp }}/go-build-cache')
  })

  test('delete retries, leftovers, low space and inodes', () => {
    const { findings } = assessDirectory(
      evidence(directory(['go-work']), {
        deleteRetries: 3,
        freeBytes: 512 * 1024 * 1024,
        freeInodes: 500
      })
    )
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['temp.delete-retried', 'warning'],
      ['temp.low-space', 'warning'],
      ['temp.no-inodes', 'error']
    ])
    const leftover = assessDirectory(
      evidence(directory(['go-work']), {
        leftover: '/tmp/go-win-preflight-probe-x',
        failure: { step: 'delete', code: 'EBUSY', message: 'busy' }
      })
    )
    expect(leftover.findings.map(f => f.id)).toEqual(['temp.delete-failed', 'temp.leftover'])
    expect(leftover.findings[0].remedy).toContain('defender-exclusions: add')
  })

  test('world-writable without sticky bit warns; with it (like /tmp) does not', () => {
    const facts = (mode: number) => ({ kind: 'unix' as const, mode, uid: 0, processUid: 0 })
    expect(
      assessDirectory(evidence(directory(['go-work']), {}, { facts: facts(0o777) })).findings[0].id
    ).toBe('temp.world-writable')
    expect(
      assessDirectory(evidence(directory(['go-work']), {}, { facts: facts(0o1777) })).findings
    ).toEqual([])
  })

  test('Windows static facts: deny ACEs and protected DACLs are notices when the probe passed', () => {
    const token = {
      user: 'S-1-5-21-9-1001',
      groups: [{ sid: 'S-1-5-32-545', enabled: true, denyOnly: false }]
    }
    const sddl = 'O:BAD:PAI(D;OICI;0x2;;;BU)(A;OICI;FA;;;S-1-5-21-9-1001)'
    const facts = {
      kind: 'windows' as const,
      sddl,
      owner: 'S-1-5-32-544',
      assessment: assessDirectoryAcl(parseSddl(sddl, 'x'), token)
    }
    const { findings, report } = assessDirectory({
      ...evidence(directory(['go-work']), {}, { facts }),
      platform: 'win32'
    })
    expect(findings.map(f => [f.id, f.severity])).toEqual([['temp.acl-deny', 'notice']])
    expect(report.status).toBe('pass')
    expect(explainFacts(facts)).toContain(
      'write denied by (D;OICI;0x2;;;BU) on the new subfolder (add file/write data)'
    )
  })

  test('missing directories: GOTMPDIR is an error, a cache Go creates is not, others fail by role', () => {
    const gotmpdir = { ...directory(['go-work'], ['GOTMPDIR'], '/nope'), mustExist: true }
    expect(
      assessDirectory({ directory: gotmpdir, platform: 'linux', exists: false }).findings.map(f => [
        f.id,
        f.severity
      ])
    ).toEqual([['temp.gotmpdir-missing', 'error']])
    const runnerTemp = directory(['runner-temp'], ['RUNNER_TEMP'], '/nope')
    expect(
      assessDirectory({ directory: runnerTemp, platform: 'linux', exists: false }).findings[0]
    ).toMatchObject({
      id: 'temp.missing',
      severity: 'warning'
    })
    const cache = { ...directory(['cache'], ['GOMODCACHE'], '/nope/pkg/mod'), createdByGo: true }
    const assessed = assessDirectory({ directory: cache, platform: 'linux', exists: false })
    expect(assessed.findings).toEqual([])
    expect(assessed.report.explanation).toBe(
      'does not exist yet (Go creates it) and no parent exists'
    )
  })

  test('a probe that could not run is unknown, never a pass', () => {
    const { report } = assessDirectory({
      directory: directory(['go-work']),
      platform: 'linux',
      exists: true,
      probeError: 'boom'
    })
    expect(report.status).toBe('unknown')
    expect(report.explanation).toBe('probe could not run: boom')
  })
})
