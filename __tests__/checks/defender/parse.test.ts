// Pure parsing of the Defender script's output: authentic samples from fixtures/ (copied
// from shared/fixtures, each with its .source.txt) and hand-built JSON, labelled as such.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  deriveState,
  describeAppLocker,
  exclusionList,
  parseChangeOutcome,
  parseStatusProbe,
  readScriptOutput,
  toStringList
} from '../../../src/checks/defender/parse.js'
import { UserError } from '../../../src/errors.js'
import type { ProcessResult } from '../../../src/process.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string): string => readFileSync(join(fixtures, `${name}.txt`), 'utf8')

/** The FullyQualifiedErrorId of a PowerShell error record, as the script reports it. */
function errorId(record: string): string {
  const match = /FullyQualifiedErrorId\s*:\s*(.+)/.exec(record)
  if (!match) throw new Error('fixture has no FullyQualifiedErrorId')
  return match[1].trim()
}

/** The first message line of a PowerShell error record (`Cmdlet : message`). */
function errorMessageOf(record: string): string {
  const line = record.split(/\r?\n/).find(l => /^[A-Za-z-]+ : /.test(l)) ?? ''
  return line.replace(/^[A-Za-z-]+ : /, '')
}

/** Format-List output → the selected properties the script emits (values stay strings). */
function formatList(text: string): Record<string, string> {
  const record: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\w+)\s*:\s?(.*)$/.exec(line)
    if (match) record[match[1]] = match[2].trim()
  }
  return record
}

const run = (partial: Partial<ProcessResult>, executable = 'powershell.exe') => ({
  executable,
  result: {
    exitCode: 0,
    signal: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    durationMs: 5,
    ...partial
  }
})

// Hand-built: the script's JSON for an elevated, active Defender with no exclusions.
const activeOutput = {
  schema: 1,
  elevated: true,
  computerStatus: {
    AMRunningMode: 'Normal',
    AMServiceEnabled: true,
    AntivirusEnabled: true,
    RealTimeProtectionEnabled: true,
    IsTamperProtected: false,
    AMProductVersion: '4.18.24050.7'
  },
  preference: {
    DisableRealtimeMonitoring: false,
    ExclusionPath: null,
    ExclusionProcess: null,
    ExclusionExtension: null
  }
}

describe('readScriptOutput', () => {
  test('accepts the JSON line, after warnings printed on stdout', () => {
    const out = readScriptOutput(
      run({ stdout: `WARNING: something\r\n${JSON.stringify(activeOutput)}\r\n` }),
      1000
    )
    expect(out.elevated).toBe(true)
  })

  test('a missing PowerShell (spawn ENOENT) names both executables', () => {
    const error = Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' })
    expect(() =>
      readScriptOutput(run({ exitCode: null, spawnError: error }, 'pwsh.exe'), 1)
    ).toThrow(/neither powershell\.exe nor pwsh\.exe is on PATH/)
  })

  test('a timeout says the limit and the input', () => {
    expect(() => readScriptOutput(run({ timedOut: true, exitCode: null }), 1500)).toThrow(
      'powershell.exe did not finish within 1500 ms (input defender-timeout); it was stopped.'
    )
  })

  test("empty output (Wine's stub powershell.exe) is explained", () => {
    expect(() => readScriptOutput(run({ stdout: '\r\n' }), 1000)).toThrow(
      /printed nothing \(exit code 0\)/
    )
  })

  test('non-zero exit without JSON quotes stderr', () => {
    expect(() =>
      readScriptOutput(run({ exitCode: 1, stdout: 'oops', stderr: 'Access denied\r\n' }), 1000)
    ).toThrow(/exit code 1\): it starts with "oops"; stderr: Access denied/)
  })

  test('authentic raw CimInstance serialisation (not the script) is rejected as garbage', () => {
    const garbage = fixture('convertto-json.ps51.ciminstance-shape')
    expect(() => readScriptOutput(run({ stdout: garbage }), 1000)).toThrow(UserError)
    expect(() => readScriptOutput(run({ stdout: garbage }), 1000)).toThrow(
      /not the Defender script's JSON/
    )
  })

  test('JSON without the schema marker is rejected', () => {
    expect(() => readScriptOutput(run({ stdout: '{"a":1}' }), 1000)).toThrow(UserError)
  })
})

describe('list shapes of Windows PowerShell 5.1', () => {
  test('authentic {value, Count} wrapper', () => {
    expect(
      toStringList(JSON.parse(fixture('convertto-json.ps51.value-count-wrapper')), 'x')
    ).toEqual(['1', '2'])
  })

  test('authentic single-element unwrap: a scalar is a one-entry list', () => {
    // The fixture shows `@(1) | ConvertTo-Json -Compress` printing `1`, not `[1]`.
    const unwrapped = /# (\S+)\s*$/.exec(fixture('convertto-json.single-element-unwrap').trim())![1]
    expect(toStringList(JSON.parse(unwrapped), 'x')).toEqual(['1'])
    expect(exclusionList('C:\\go', 'ExclusionPath')).toEqual({ hidden: false, entries: ['C:\\go'] })
  })

  test('null, empty strings and arrays', () => {
    expect(toStringList(null, 'x')).toEqual([])
    expect(exclusionList(['C:\\a', '', ' D:\\b '], 'p')).toEqual({
      hidden: false,
      entries: ['C:\\a', 'D:\\b']
    })
    expect(exclusionList({ value: ['C:\\a'], Count: 1 }, 'p')).toEqual({
      hidden: false,
      entries: ['C:\\a']
    })
  })

  test('an object where a list belongs is a UserError naming the field', () => {
    expect(() => toStringList({ a: 1 }, 'ExclusionPath')).toThrow(/ExclusionPath/)
  })

  test('authentic non-admin placeholder hides the list, never a path', () => {
    const placeholder = fixture('defender-exclusions.non-admin-placeholder').trim()
    expect(exclusionList(placeholder, 'ExclusionPath')).toEqual({ hidden: true, placeholder })
    expect(exclusionList([placeholder], 'ExclusionPath').hidden).toBe(true)
    // Hand-built: another "N/A:" text (a policy) hides the list as well.
    expect(exclusionList(['N/A: Managed by policy'], 'ExclusionPath').hidden).toBe(true)
  })
})

describe('deriveState', () => {
  test('authentic Get-MpComputerStatus (WS2022 docs): active', () => {
    const list = formatList(fixture('get-mpcomputerstatus.list.ws2022-docs'))
    const probe = parseStatusProbe({ schema: 1, computerStatus: list })
    expect(probe.computerStatus).toEqual({
      amRunningMode: 'Normal',
      amServiceEnabled: true,
      antivirusEnabled: true,
      realTimeProtectionEnabled: true,
      isTamperProtected: false,
      productVersion: '4.18.24050.7'
    })
    expect(deriveState(probe)).toMatchObject({ state: 'active', realTimeProtection: true })
  })

  test.each([
    ['defender-error.get-mpcomputerstatus.0x800106ba.crowdstrike'],
    ['defender-error.get-mppreference.0x800106ba']
  ])('authentic HRESULT 0x800106ba (%s) → not-running with the reason', name => {
    const record = fixture(name)
    const probe = parseStatusProbe({
      schema: 1,
      computerStatusError: { id: errorId(record), message: errorMessageOf(record) }
    })
    const verdict = deriveState(probe)
    expect(verdict.state).toBe('not-running')
    expect(verdict.reason).toMatch(/0x800106ba: Defender is not the active antivirus/)
  })

  test('hand-built: Invalid class → unknown', () => {
    const probe = parseStatusProbe({
      schema: 1,
      computerStatusError: {
        id: 'HRESULT 0x80041010,Get-MpComputerStatus',
        message: 'Invalid class '
      }
    })
    expect(deriveState(probe)).toMatchObject({ state: 'unknown' })
    expect(deriveState(probe).reason).toMatch(/Invalid class/)
  })

  test('hand-built: Defender module missing → unknown', () => {
    const probe = parseStatusProbe({
      schema: 1,
      computerStatusError: {
        id: 'CommandNotFoundException',
        message: "The term 'Get-MpComputerStatus' is not recognized"
      }
    })
    expect(deriveState(probe).reason).toMatch(/module is missing/)
  })

  test('hand-built: passive mode wins over RealTimeProtectionEnabled=True', () => {
    for (const mode of ['Passive Mode', 'SxS Passive Mode', 'EDR Block Mode']) {
      const probe = parseStatusProbe({
        ...activeOutput,
        computerStatus: { ...activeOutput.computerStatus, AMRunningMode: mode }
      })
      expect(deriveState(probe)).toMatchObject({ state: 'passive', realTimeProtection: false })
    }
  })

  test('hand-built: Not running, service disabled, RTP off, DisableRealtimeMonitoring', () => {
    const with_ = (status: object, preference: object = {}) =>
      deriveState(
        parseStatusProbe({
          ...activeOutput,
          computerStatus: { ...activeOutput.computerStatus, ...status },
          preference: { ...activeOutput.preference, ...preference }
        })
      )
    expect(with_({ AMRunningMode: 'Not running' }).state).toBe('not-running')
    expect(with_({ AMServiceEnabled: false }).state).toBe('not-running')
    expect(with_({ RealTimeProtectionEnabled: false }).state).toBe('off')
    expect(with_({ AntivirusEnabled: false }).state).toBe('off')
    expect(with_({}, { DisableRealtimeMonitoring: true })).toMatchObject({
      state: 'off',
      reason: expect.stringMatching(/DisableRealtimeMonitoring/)
    })
    expect(with_({ RealTimeProtectionEnabled: null }).state).toBe('unknown')
    expect(with_({ AMRunningMode: 'Something new' })).toMatchObject({
      state: 'active',
      reason: expect.stringMatching(/not a known mode/)
    })
  })

  test('hand-built: a non-boolean flag is a UserError naming the field', () => {
    expect(() =>
      parseStatusProbe({
        ...activeOutput,
        computerStatus: { ...activeOutput.computerStatus, IsTamperProtected: 'maybe' }
      })
    ).toThrow(/IsTamperProtected/)
  })
})

describe('AppLocker and change results', () => {
  test('Exe enforcement: Enabled or NotConfigured with rules, service running', () => {
    expect(
      describeAppLocker({ exeEnforcementMode: 'Enabled', exeRules: 3, appIdSvc: 'Running' })
    ).toEqual({
      enforcesExe: true,
      detail:
        'Exe rule collection Enabled with 3 rule(s), Application Identity service Running (effective policy)'
    })
    expect(
      describeAppLocker({ exeEnforcementMode: 'NotConfigured', exeRules: 2 }).enforcesExe
    ).toBe(true)
    expect(describeAppLocker({ exeEnforcementMode: 'AuditOnly', exeRules: 2 }).enforcesExe).toBe(
      false
    )
    expect(
      describeAppLocker({ exeEnforcementMode: 'NotConfigured', exeRules: 0 }).enforcesExe
    ).toBe(false)
    expect(
      describeAppLocker({ exeEnforcementMode: 'Enabled', exeRules: 1, appIdSvc: 'Stopped' })
        .enforcesExe
    ).toBe(false)
  })

  test('hand-built add result with the authentic 0x800106ba id, single result as a scalar', () => {
    const id = errorId(fixture('defender-error.add-mppreference.0x800106ba'))
    const outcome = parseChangeOutcome({
      schema: 1,
      results: { path: 'C:\\a', ok: false, error: { id, message: 'Operation failed' } },
      exclusionPath: 'C:\\b'
    })
    expect(outcome.results).toEqual([
      {
        path: 'C:\\a',
        ok: false,
        error: { id: 'HRESULT 0x800106ba,Add-MpPreference', message: 'Operation failed' }
      }
    ])
    expect(outcome.exclusionPath).toEqual({ hidden: false, entries: ['C:\\b'] })
  })

  test('a result that is not {path, ok} is a UserError', () => {
    expect(() => parseChangeOutcome({ schema: 1, results: ['C:\\a'] })).toThrow(UserError)
  })
})
