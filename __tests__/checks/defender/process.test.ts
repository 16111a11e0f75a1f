// The Defender check and its post step as processes: a fake `powershell.exe` placed first on PATH
// replays hand-built JSON (no recording of the real script exists: it needs Windows), hangs, exits
// non-zero or prints garbage, and records every request it receives.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { checkDefender } from '../../../src/checks/defender/index.js'
import { undoDefenderExclusions } from '../../../src/checks/defender/post.js'
import { DEFENDER_SCRIPT, REQUEST_VARIABLE } from '../../../src/checks/defender/script.js'
import type { RunContext } from '../../../src/context.js'
import { runContext } from '../../helpers/run-context.js'
import type { TempDetails } from '../../../src/checks/temp/types.js'

/**
 * The fake PowerShell. FAKE_PS_SCENARIO names a JSON file: `{ status?: string (stdout), behaviour?:
 * 'hang' | 'exit1' | 'garbage', exclusions?: string[], failAdd?: string[], failRemove?: string[] }`.
 * Add/remove change `exclusions` in that file as Defender would; every call is appended to
 * FAKE_PS_RECORD as `{ args, request }`.
 */
const FAKE = `#!${process.execPath}
const fs = require('node:fs')
const scenarioFile = process.env.FAKE_PS_SCENARIO
const scenario = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'))
const request = JSON.parse(process.env.${REQUEST_VARIABLE} || 'null')
fs.appendFileSync(process.env.FAKE_PS_RECORD, JSON.stringify({ args: process.argv.slice(2), request }) + '\\n')
if (scenario.behaviour === 'hang') setTimeout(() => {}, 60000)
else if (scenario.behaviour === 'exit1') { process.stderr.write('powershell: fatal\\n'); process.exit(1) }
else if (scenario.behaviour === 'garbage') process.stdout.write('Get-MpComputerStatus : <garbage>\\n')
else if (request.mode === 'status') process.stdout.write(scenario.status + '\\r\\n')
else {
  const fail = (request.mode === 'add' ? scenario.failAdd : scenario.failRemove) || []
  const results = request.paths.map(path => fail.includes(path)
    ? { path, ok: false, error: { id: 'HRESULT 0x800106ba,Add-MpPreference', message: 'failed' } }
    : { path, ok: true })
  let list = scenario.exclusions || []
  for (const r of results) if (r.ok) list = request.mode === 'add' ? [...list, r.path] : list.filter(p => p !== r.path)
  scenario.exclusions = list
  fs.writeFileSync(scenarioFile, JSON.stringify(scenario))
  // Windows PowerShell 5.1 shapes: one result / one exclusion come back as scalars.
  const one = xs => (xs.length === 1 ? xs[0] : xs)
  process.stdout.write(JSON.stringify({ schema: 1, elevated: true, results: one(results), exclusionPath: one(list) }) + '\\n')
}
`

let work: string
let bin: string
let recordFile: string
let scenarioFile: string

function fakeOnPath(name = 'powershell.exe'): void {
  mkdirSync(bin, { recursive: true })
  writeFileSync(join(bin, name), FAKE)
  chmodSync(join(bin, name), 0o755)
}

function scenario(value: object): void {
  writeFileSync(scenarioFile, JSON.stringify(value))
}

function records(): { args: string[]; request: { mode: string; paths?: string[] } }[] {
  if (!existsSync(recordFile)) return []
  return readFileSync(recordFile, 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line))
}

function windowsCtx(extra: NodeJS.ProcessEnv = {}): RunContext {
  return runContext({
    platform: 'win32',
    arch: 'x64',
    runnerTemp: 'C:\\a\\_temp',
    toolCache: 'C:\\hostedtoolcache',
    workspace: 'C:\\a\\proj',
    env: {
      PATH: bin,
      FAKE_PS_SCENARIO: scenarioFile,
      FAKE_PS_RECORD: recordFile,
      ...extra
    }
  })
}

// Hand-built status JSON in the script's shape (elevated, active Defender).
function statusJson(
  over: { elevated?: boolean; exclusions?: unknown; process?: unknown } = {}
): string {
  return JSON.stringify({
    schema: 1,
    psVersion: '5.1.20348.2849',
    mode: 'status',
    elevated: over.elevated ?? true,
    computerStatus: {
      AMRunningMode: 'Normal',
      AMServiceEnabled: true,
      AntivirusEnabled: true,
      RealTimeProtectionEnabled: true,
      IsTamperProtected: true,
      AMProductVersion: '4.18.24050.7'
    },
    preference: {
      DisableRealtimeMonitoring: false,
      ExclusionPath: over.exclusions ?? { value: ['C:\\go'], Count: 1 },
      ExclusionProcess: over.process ?? 'go.exe',
      ExclusionExtension: null,
      PerformanceModeStatus: '1'
    },
    appLocker: { exeEnforcementMode: 'NotConfigured', exeRules: 0, appIdSvc: 'Stopped' }
  })
}

const paths = [
  { label: 'GOROOT', path: 'C:\\go' },
  { label: 'GOCACHE', path: "C:\\Users\\o'neil\\AppData\\Local\\go-build" },
  { label: 'TMP', path: 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp' },
  { label: 'workspace', path: 'C:\\a\\proj' },
  { label: 'workspace cache', path: 'C:\\a\\proj\\.cache' }
]
const temp: TempDetails = {
  directories: [
    {
      path: 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
      names: ['TMP'],
      status: 'pass',
      steps: [],
      firstRunMs: 190,
      secondRunMs: 10
    }
  ]
}
const longPath = (path: string) =>
  path.startsWith('C:\\Users\\RUNNER~1') ? path.replace('RUNNER~1', 'runneradmin') : undefined
const args = (over: object = {}) => ({
  paths,
  temp,
  exclusions: 'off' as const,
  restore: true,
  timeoutMs: 15_000,
  ...over
})

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'defender-process-'))
  bin = join(work, 'bin')
  recordFile = join(work, 'record.jsonl')
  scenarioFile = join(work, 'scenario.json')
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('checkDefender with a fake PowerShell', () => {
  test('skipped off Windows, without starting anything', async () => {
    fakeOnPath()
    const result = await checkDefender(args(), { ...windowsCtx(), platform: 'linux' })
    expect(result).toMatchObject({ id: 'defender', status: 'skipped' })
    expect(result.summary).toMatch(/only on Windows; this runner is linux/)
    expect(records()).toEqual([])
  })

  test('replays status JSON: one process, constant script, paths never on the command line', async () => {
    fakeOnPath()
    scenario({ status: statusJson() })
    const result = await checkDefender(args(), windowsCtx(), { longPath })
    const calls = records()
    expect(calls).toHaveLength(1)
    const [call] = calls
    expect(call.request).toEqual({ mode: 'status' })
    expect(call.args.slice(0, 6)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand'
    ])
    expect(Buffer.from(call.args[6], 'base64').toString('utf16le')).toBe(DEFENDER_SCRIPT)

    expect(result.status).toBe('warn')
    expect(result.details).toMatchObject({
      state: 'active',
      realTimeProtection: true,
      tamperProtected: true,
      productVersion: '4.18.24050.7',
      elevated: true,
      processExclusions: ['go.exe'],
      appLocker: { enforcesExe: false },
      exclusionsAdded: []
    })
    expect(result.details!.coverage.map(c => [c.label, c.coverage, c.scanCostMs])).toEqual([
      ['GOROOT', 'covered', undefined],
      ['GOCACHE', 'not-covered', undefined],
      ['TMP', 'not-covered', 180],
      ['workspace', 'not-covered', undefined],
      ['workspace cache', 'not-covered', undefined]
    ])
    const ids = result.findings.map(f => f.id)
    expect(ids).toEqual(['defender.go-process-exclusion', 'defender.not-excluded'])
    expect(result.findings[1].remedy).toContain(
      "Add-MpPreference -ExclusionPath 'C:\\Users\\o''neil\\AppData\\Local\\go-build'"
    )
  })

  test('GitHub-hosted shape: RTP off → pass, saying why', async () => {
    fakeOnPath()
    const status = JSON.parse(statusJson({ exclusions: ['C:\\', 'D:\\'] }))
    status.computerStatus.RealTimeProtectionEnabled = false
    status.preference.DisableRealtimeMonitoring = true
    scenario({ status: JSON.stringify(status) })
    const result = await checkDefender(
      args(),
      windowsCtx({ RUNNER_ENVIRONMENT: 'github-hosted' }),
      {
        longPath
      }
    )
    expect(result.status).toBe('pass')
    expect(result.summary).toMatch(
      /^Real-time protection is off \(DisableRealtimeMonitoring is set\)\. GitHub-hosted/
    )
    expect(result.details!.coverage.every(c => c.coverage === 'covered-by-parent')).toBe(true)
  })

  test('hidden exclusions (authentic placeholder) with a measured cost → warn', async () => {
    fakeOnPath()
    const placeholder = 'N/A: Must be an administrator to view exclusions'
    scenario({
      status: statusJson({ elevated: false, exclusions: placeholder, process: [placeholder] })
    })
    const result = await checkDefender(args({ exclusions: 'add' }), windowsCtx(), { longPath })
    expect(result.status).toBe('warn')
    expect(result.details!.coverage.every(c => c.coverage === 'unknown')).toBe(true)
    expect(result.details!.processExclusions).toEqual([])
    expect(records()).toHaveLength(1)
  })

  test.each([
    ['exit1', /printed nothing \(exit code 1\): powershell: fatal/],
    ['garbage', /output is not the Defender script's JSON/]
  ])('%s → unknown with the reason', async (behaviour, reason) => {
    fakeOnPath()
    scenario({ behaviour })
    const result = await checkDefender(args(), windowsCtx(), { longPath })
    expect(result.status).toBe('unknown')
    expect(result.summary).toMatch(reason)
    expect(result.details!.coverage.find(c => c.label === 'TMP')).toMatchObject({
      coverage: 'unknown',
      scanCostMs: 180
    })
  })

  test('a hanging PowerShell is stopped at the timeout → unknown', async () => {
    fakeOnPath()
    scenario({ behaviour: 'hang' })
    const result = await checkDefender(args({ timeoutMs: 1500 }), windowsCtx(), { longPath })
    expect(result.status).toBe('unknown')
    expect(result.summary).toMatch(/did not finish within 1500 ms/)
    // The fake would hang for 60 s: the check ended because of its own timeout.
    expect(result.durationMs).toBeLessThan(30_000)
  }, 40_000)

  test('no PowerShell on PATH → unknown; pwsh.exe is used when it is the only one', async () => {
    mkdirSync(bin)
    const missing = await checkDefender(args(), windowsCtx(), { longPath })
    expect(missing.status).toBe('unknown')
    expect(missing.summary).toMatch(/neither powershell\.exe nor pwsh\.exe is on PATH/)

    fakeOnPath('pwsh.exe')
    scenario({ status: statusJson() })
    const pwsh = await checkDefender(args(), windowsCtx(), { longPath })
    expect(pwsh.details!.state).toBe('active')
  })
})

describe('defender-exclusions: add, and the post step', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  function savedState(stateFile: string): string {
    const text = readFileSync(stateFile, 'utf8')
    const match = /^defender-added<<(\S+)\n([\s\S]*?)\n\1/m.exec(text)
    if (!match) throw new Error(`no defender-added in ${text}`)
    return match[2]
  }

  test('adds the outermost uncovered paths, verifies, saves them; post removes exactly those', async () => {
    fakeOnPath()
    scenario({ status: statusJson(), exclusions: ['C:\\go'] })
    const stateFile = join(work, 'state')
    writeFileSync(stateFile, '')
    process.env.GITHUB_STATE = stateFile

    const result = await checkDefender(args({ exclusions: 'add' }), windowsCtx(), { longPath })
    const expected = [
      "C:\\Users\\o'neil\\AppData\\Local\\go-build",
      'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
      'C:\\a\\proj'
    ]
    expect(records().map(r => r.request)).toEqual([
      { mode: 'status' },
      { mode: 'add', paths: expected }
    ])
    expect(result.status).toBe('pass')
    expect(result.details!.exclusionsAdded).toEqual(expected)
    expect(result.details!.coverage.map(c => c.coverage)).toEqual([
      'covered',
      'covered',
      'covered',
      'covered',
      'covered-by-parent'
    ])
    expect(result.findings.map(f => f.id)).toContain('defender.exclusions-added')
    const state = savedState(stateFile)
    expect(JSON.parse(state)).toEqual({ paths: expected, restore: true })

    Object.assign(process.env, {
      'STATE_defender-added': state,
      PATH: [bin, saved.PATH].join(delimiter),
      FAKE_PS_SCENARIO: scenarioFile,
      FAKE_PS_RECORD: recordFile
    })
    await undoDefenderExclusions(15_000)
    expect(records().map(r => r.request)).toEqual([
      { mode: 'status' },
      { mode: 'add', paths: expected },
      { mode: 'remove', paths: expected }
    ])
    expect(JSON.parse(readFileSync(scenarioFile, 'utf8')).exclusions).toEqual(['C:\\go'])
  })

  test('not elevated: nothing added, a warning says what to run', async () => {
    fakeOnPath()
    scenario({ status: statusJson({ elevated: false }) })
    const result = await checkDefender(args({ exclusions: 'add' }), windowsCtx(), { longPath })
    expect(records()).toHaveLength(1)
    expect(result.status).toBe('warn')
    const finding = result.findings.find(f => f.id === 'defender.needs-elevation')!
    expect(finding.message).toMatch(/needs an elevated \(administrator\) runner process/)
    expect(finding.remedy).toMatch(
      /^# elevated PowerShell on the runner\nAdd-MpPreference -ExclusionPath/
    )
  })

  test('a failed add is reported and not saved for removal', async () => {
    fakeOnPath()
    scenario({ status: statusJson(), failAdd: ['C:\\a\\proj'] })
    const stateFile = join(work, 'state')
    writeFileSync(stateFile, '')
    process.env.GITHUB_STATE = stateFile
    const result = await checkDefender(args({ exclusions: 'add' }), windowsCtx(), { longPath })
    expect(result.status).toBe('warn')
    expect(result.findings.map(f => f.id)).toContain('defender.add-failed')
    expect(JSON.parse(savedState(stateFile)).paths).not.toContain('C:\\a\\proj')
  })

  test('post: restore false keeps them; nothing saved does nothing; a failed removal throws', async () => {
    fakeOnPath()
    Object.assign(process.env, {
      PATH: [bin, saved.PATH].join(delimiter),
      FAKE_PS_SCENARIO: scenarioFile,
      FAKE_PS_RECORD: recordFile
    })
    delete process.env['STATE_defender-added']
    await undoDefenderExclusions(15_000)
    process.env['STATE_defender-added'] = JSON.stringify({ paths: ['C:\\w'], restore: false })
    await undoDefenderExclusions(15_000)
    expect(records()).toEqual([])

    scenario({ exclusions: ['C:\\w'], failRemove: ['C:\\w'] })
    process.env['STATE_defender-added'] = JSON.stringify({ paths: ['C:\\w'], restore: true })
    await expect(undoDefenderExclusions(15_000)).rejects.toThrow(
      /could not all be removed .*C:\\w: HRESULT 0x800106ba/
    )
    process.env['STATE_defender-added'] = '{"paths": "C:\\\\w"}'
    await expect(undoDefenderExclusions(15_000)).rejects.toThrow(/Saved state 'defender-added'/)
  })
})
