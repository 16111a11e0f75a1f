// Path normalisation and exclusion coverage, and the check's judgement, all pure.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  expandExclusion,
  goProcessExclusions,
  isRootPath,
  judgeCoverage,
  listHolds,
  normalizeWindowsPath,
  outermostPaths,
  powershellQuote,
  type LongPathResolver
} from '../../../src/checks/defender/coverage.js'
import { addLines, judgeDefender, type JudgeInput } from '../../../src/checks/defender/judge.js'
import type { DefenderDetails } from '../../../src/checks/defender/types.js'
import type { TempDetails } from '../../../src/checks/temp/types.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** Hand-built 8.3 table standing in for GetLongPathNameW. */
const shortNames: LongPathResolver = path =>
  path.toUpperCase().startsWith('C:\\USERS\\RUNNER~1')
    ? `C:\\Users\\runneradmin${path.slice('C:\\Users\\RUNNER~1'.length)}`
    : undefined
const none: LongPathResolver = () => undefined

const cover = (
  path: string,
  entries: string[],
  env: NodeJS.ProcessEnv = {},
  longPath = shortNames
) =>
  judgeCoverage({
    paths: [{ label: 'x', path }],
    exclusions: { hidden: false, entries },
    env,
    longPath
  })[0]

describe('normalizeWindowsPath', () => {
  test.each([
    ['C:\\Users\\Me\\', 'c:\\users\\me'],
    ['c:/users//me/', 'c:\\users\\me'],
    ['C:\\', 'c:'],
    ['\\\\?\\C:\\Go', 'c:\\go'],
    ['\\\\?\\UNC\\srv\\share\\x', '\\\\srv\\share\\x'],
    ['\\\\srv\\share\\\\x\\', '\\\\srv\\share\\x']
  ])('%s → %s', (input, expected) => {
    expect(normalizeWindowsPath(input)).toBe(expected)
  })
})

describe('judgeCoverage', () => {
  test('exact, parent, drive root, case and separators', () => {
    expect(cover('C:\\a\\_temp', ['c:/A/_TEMP/'])).toMatchObject({
      coverage: 'covered',
      by: 'c:/A/_TEMP/'
    })
    expect(cover('C:\\a\\_temp\\go', ['C:\\a'])).toMatchObject({
      coverage: 'covered-by-parent',
      by: 'C:\\a'
    })
    expect(cover('C:\\a\\_temp', ['C:\\'])).toMatchObject({ coverage: 'covered-by-parent' })
    expect(cover('C:\\ab', ['C:\\a']).coverage).toBe('not-covered')
    expect(cover('D:\\a', ['C:\\']).coverage).toBe('not-covered')
  })

  test('authentic hosted paths (setup-go log) are covered by the hosted C:\\ exclusion', () => {
    const log = readFileSync(join(fixtures, 'gha-windows.setup-go-cache-log.paths.txt'), 'utf8')
    const goCache = /GMT (C:\\Users\\\S+go-build)/.exec(log)![1]
    const runnerTemp = /(C:\\a\\_temp)\\/.exec(log)![1]
    expect(goCache).toBe('C:\\Users\\runneradmin\\AppData\\Local\\go-build')
    for (const path of [goCache, runnerTemp]) {
      expect(cover(path, ['C:\\', 'D:\\']).coverage).toBe('covered-by-parent')
    }
  })

  test('8.3 short names on either side resolve through the resolver', () => {
    const temp = 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp'
    expect(cover(temp, ['C:\\Users\\runneradmin\\AppData\\Local'])).toMatchObject({
      coverage: 'covered-by-parent'
    })
    expect(
      cover('C:\\Users\\runneradmin\\AppData\\Local\\Temp', ['C:\\Users\\RUNNER~1']).coverage
    ).toBe('covered-by-parent')
    // Without resolution the short name does not match.
    expect(cover(temp, ['C:\\Users\\runneradmin'], {}, none).coverage).toBe('not-covered')
  })

  test('wildcards only possibly cover', () => {
    expect(cover('C:\\Users\\me\\go\\pkg\\mod', ['C:\\Users\\*\\go'])).toMatchObject({
      coverage: 'possibly-covered',
      by: 'C:\\Users\\*\\go (wildcard)'
    })
    expect(cover('C:\\work\\x.test.exe', ['C:\\work\\*.exe']).coverage).toBe('possibly-covered')
    expect(cover('D:\\work', ['C:\\*']).coverage).toBe('not-covered')
  })

  test('environment variables: system ones resolve, per-account and unset ones are doubtful', () => {
    const env = { ProgramData: 'C:\\ProgramData', USERPROFILE: 'C:\\Users\\me' }
    expect(cover('C:\\ProgramData\\go', ['%PROGRAMDATA%'], env).coverage).toBe('covered-by-parent')
    expect(cover('C:\\Users\\me\\go', ['%USERPROFILE%\\go'], env)).toMatchObject({
      coverage: 'possibly-covered',
      by: expect.stringMatching(/as SYSTEM/)
    })
    expect(cover('C:\\tools\\go', ['%GO_HOME%'], env)).toMatchObject({
      coverage: 'possibly-covered',
      by: '%GO_HOME% (%GO_HOME% not set here)'
    })
    expect(expandExclusion('%Missing%\\x', {}, none)).toMatchObject({
      pattern: '*\\x',
      wildcard: true
    })
  })

  test('the best exclusion wins', () => {
    expect(cover('C:\\a\\b', ['C:\\*', 'C:\\a', 'C:\\a\\b']).coverage).toBe('covered')
  })

  test('hidden or missing exclusions → unknown, with the measured scan cost', () => {
    const temp: TempDetails = {
      directories: [
        {
          path: 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
          names: ['TMP'],
          status: 'pass',
          steps: [],
          firstRunMs: 212.4,
          secondRunMs: 31.9
        }
      ]
    }
    const result = judgeCoverage({
      paths: [{ label: 'TMP', path: 'C:\\Users\\runneradmin\\AppData\\Local\\Temp\\' }],
      exclusions: { hidden: true, placeholder: 'N/A: Must be an administrator to view exclusions' },
      env: {},
      longPath: shortNames,
      temp
    })
    expect(result).toEqual([
      {
        label: 'TMP',
        path: 'C:\\Users\\runneradmin\\AppData\\Local\\Temp\\',
        coverage: 'unknown',
        scanCostMs: 180.5
      }
    ])
  })
})

describe('helpers', () => {
  test('PowerShell single-quote escaping doubles every single-quote character', () => {
    expect(powershellQuote("C:\\it's")).toBe("'C:\\it''s'")
    expect(powershellQuote('C:\\a\u2019b')).toBe("'C:\\a\u2019\u2019b'")
    expect(powershellQuote('C:\\$(rm)`x"')).toBe("'C:\\$(rm)`x\"'")
    expect(addLines(["C:\\o'k"])).toBe(
      "# elevated PowerShell on the runner\nAdd-MpPreference -ExclusionPath 'C:\\o''k'"
    )
  })

  test('outermost paths, roots, read-back, go.exe process exclusions', () => {
    expect(outermostPaths(['C:\\w\\cache', 'C:\\w', 'c:\\W\\', 'D:\\t'])).toEqual([
      'C:\\w',
      'D:\\t'
    ])
    expect(isRootPath('C:\\')).toBe(true)
    expect(isRootPath('\\\\srv\\share')).toBe(true)
    expect(isRootPath('C:\\a')).toBe(false)
    expect(listHolds(['c:\\A\\'], 'C:\\a')).toBe(true)
    expect(
      goProcessExclusions(['C:\\Go\\bin\\go.exe', 'go.exe', 'g*.exe', 'gofmt.exe', 'node.exe'])
    ).toEqual(['C:\\Go\\bin\\go.exe', 'go.exe', 'g*.exe'])
  })
})

describe('judgeDefender', () => {
  const details = (over: Partial<DefenderDetails> = {}): DefenderDetails => ({
    state: 'active',
    stateReason: 'Defender is the active antivirus.',
    coverage: [],
    processExclusions: [],
    exclusionsAdded: [],
    ...over
  })
  const input = (over: Partial<JudgeInput> = {}): JudgeInput => ({
    details: details(),
    exclusionsHidden: false,
    hosted: false,
    exclusionsInput: 'off',
    ...over
  })

  test('hosted with RTP off passes and says why', () => {
    const result = judgeDefender(
      input({
        hosted: true,
        details: details({ state: 'off', stateReason: 'Real-time protection is off.' })
      })
    )
    expect(result.status).toBe('pass')
    expect(result.summary).toMatch(/GitHub-hosted Windows images turn real-time monitoring off/)
  })

  test('not excluded: warn, cost in the message, exact Add-MpPreference lines', () => {
    const result = judgeDefender(
      input({
        details: details({
          coverage: [
            {
              label: 'GOCACHE',
              path: "C:\\o'k\\go-build",
              coverage: 'not-covered',
              scanCostMs: 180
            },
            { label: 'GOROOT', path: 'C:\\go', coverage: 'covered', by: 'C:\\go' }
          ]
        })
      })
    )
    expect(result.status).toBe('warn')
    expect(result.summary).toBe(
      "Defender scans files on access and 1 of 2 Go paths are not excluded (a new binary's first start costs up to 180 ms)."
    )
    const finding = result.findings.find(f => f.id === 'defender.not-excluded')!
    expect(finding.message).toMatch(
      /GOCACHE C:\\o'k\\go-build: not excluded, a new binary's first start costs 180 ms more than its second here/
    )
    expect(finding.remedy).toContain("Add-MpPreference -ExclusionPath 'C:\\o''k\\go-build'")
    expect(finding.message).toMatch(/defender-exclusions: add/)
  })

  test('not elevated with add requested: needs-elevation warning', () => {
    const result = judgeDefender(
      input({
        exclusionsInput: 'add',
        remediation: {
          attempted: ['C:\\w'],
          added: [],
          verified: [],
          failed: [],
          skippedRoots: [],
          notElevated: true,
          restore: true
        },
        details: details({
          coverage: [{ label: 'workspace', path: 'C:\\w', coverage: 'not-covered' }]
        })
      })
    )
    expect(result.status).toBe('warn')
    expect(result.findings.map(f => f.id)).toContain('defender.needs-elevation')
  })

  test('hidden exclusions: unknown unless the measured cost shows scanning', () => {
    const hidden = (scanCostMs?: number) =>
      judgeDefender(
        input({
          exclusionsHidden: true,
          hiddenPlaceholder: 'N/A: Must be an administrator to view exclusions',
          details: details({
            coverage: [{ label: 'TMP', path: 'C:\\t', coverage: 'unknown', scanCostMs }]
          })
        })
      )
    expect(hidden(3).status).toBe('unknown')
    expect(hidden(3).summary).toMatch(/hides its exclusions/)
    expect(hidden(240).status).toBe('warn')
  })

  test('passive with a costly first start: pass plus a notice about another scanner', () => {
    const result = judgeDefender(
      input({
        details: details({
          state: 'passive',
          stateReason: 'Defender runs in Passive Mode.',
          coverage: [{ label: 'TMP', path: 'C:\\t', coverage: 'not-covered', scanCostMs: 400 }]
        })
      })
    )
    expect(result.status).toBe('pass')
    expect(result.findings[0]).toMatchObject({
      id: 'defender.scan-cost-without-defender',
      severity: 'notice'
    })
  })

  test('unknown state stays unknown; go.exe and AppLocker notices explain', () => {
    const temp: TempDetails = {
      directories: [
        {
          path: 'C:\\t',
          names: ['TMP'],
          status: 'fail',
          steps: [{ step: 'exec-first', ok: false, ms: 3, error: 'could not start' }]
        }
      ]
    }
    const result = judgeDefender(
      input({
        temp,
        details: details({
          state: 'unknown',
          stateReason: 'Get-MpComputerStatus failed.',
          processExclusions: ['go.exe'],
          appLocker: { enforcesExe: true, detail: 'Exe rule collection Enabled with 3 rule(s)' }
        })
      })
    )
    expect(result.status).toBe('unknown')
    expect(result.findings.map(f => f.id)).toEqual([
      'defender.go-process-exclusion',
      'defender.applocker-exe-rules'
    ])
    expect(result.findings[1].message).toMatch(/C:\\t: a program refused with Windows error 1260/)
  })
})
