// Bad input never costs the verdict: one table per input class. Each case asserts the exact
// one-line message; the e2e tables run dist/index.js as the runner does and also assert the exit
// code and that nothing was left behind (tool cache, RUNNER_TEMP, GITHUB_ENV).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quoteValue, UserError } from '../../src/errors.js'
import { readBoundedText } from '../../src/files.js'
import { readInputs } from '../../src/inputs.js'
import { isWithin, pathKey, resolveInputPath, type Platform } from '../../src/paths.js'
import { loadThresholds } from '../../src/policy/index.js'
import { readVersionFile } from '../../src/go/version-file.js'
import { removeActionRuns, runAction, type ActionRun } from '../../scripts/lib/action-runner.mjs'
import { wineUnavailableReason } from '../../scripts/lib/wine.mjs'
import { suiteGate } from '../helpers/gates.js'

// The folders runAction made for this file's runs.
afterAll(removeActionRuns)

const root = mkdtempSync(join(tmpdir(), 'gwp-bad-input-'))
const workspace = join(root, 'ws')
mkdirSync(join(workspace, 'sub'), { recursive: true })
mkdirSync(join(root, 'outside'))
const SECRET = 'top-secret-first-line'
writeFileSync(join(root, 'outside', '.go-version'), `${SECRET}\n`)
symlinkSync(join(root, 'outside'), join(workspace, 'link-out'))
writeFileSync(join(workspace, 'a-file'), 'x')
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The one line an input error throws (and that it is one line and a UserError). */
function messageOf(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    const message = (error as Error).message
    expect(message).not.toMatch(/[\n\r]/)
    return message
  }
  throw new Error('expected an error, got none')
}

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const place = { workspace, platform: 'linux' as Platform }

describe('quoteValue: what a message may echo', () => {
  it.each([
    ['1.22\n1.23', '"1.22\\n1.23"'],
    ['a\u0000b', '"a\\u0000b"'],
    ['bidi\u202Eexe.go', '"bidi\\u202eexe.go"'],
    ['not utf-8 \uFFFD', '"not utf-8 \\ufffd"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['x'.repeat(10_000), `"${'x'.repeat(60)}"… (10000 characters)`]
  ])('%j is shown as %s', (value, shown) => {
    expect(quoteValue(value)).toBe(shown)
  })
})

describe('paths: resolved against the workspace, refused when they leave it', () => {
  const win = {
    input: 'report-path',
    workspace: 'D:\\a\\repo\\repo',
    platform: 'win32' as Platform
  }
  const nix = {
    input: 'report-path',
    workspace: '/home/runner/work/repo',
    platform: 'linux' as Platform
  }
  const leaves = 'it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
  it.each([
    [nix, 'out/report.json', '/home/runner/work/repo/out/report.json'],
    [nix, '/home/runner/work/repo/x.json', '/home/runner/work/repo/x.json'],
    [nix, 'CON', '/home/runner/work/repo/CON'],
    [nix, 'C:foo', '/home/runner/work/repo/C:foo'],
    [nix, '$(rm -rf ~); `id` | x', '/home/runner/work/repo/$(rm -rf ~); `id` | x'],
    [win, 'out\\r.json', 'D:\\a\\repo\\repo\\out\\r.json'],
    [win, 'd:/A/REPO/repo/x.json', 'd:\\A\\REPO\\repo\\x.json']
  ])('%o: %j resolves to %j', (rule, value, resolved) => {
    expect(resolveInputPath(value, rule)).toBe(resolved)
  })

  it.each([
    [nix, '../../etc/x', leaves],
    [nix, '/etc/passwd', leaves],
    [nix, '/home/runner/work/repo-other/x', leaves],
    [nix, 'a\u0000b', 'a path cannot contain control characters (newline, NUL).'],
    [nix, 'a\nb', 'a path cannot contain control characters (newline, NUL).'],
    [nix, '', 'expected a path.'],
    [win, '..\\..\\x', leaves],
    [win, 'C:\\Windows\\x', leaves],
    [win, '\\\\server\\share\\x', leaves],
    [
      win,
      'C:foo',
      "a drive-relative path depends on that drive's current directory: expected C:\\dir or a path relative to the workspace."
    ],
    [
      win,
      '\\\\?\\D:\\a\\repo\\repo\\x',
      'device paths (\\\\?\\, \\\\.\\) are not accepted: expected a plain path.'
    ],
    [
      win,
      'out\\CON',
      '"CON" is a reserved device name on Windows: expected a file or directory name.'
    ],
    [
      win,
      'nul.json',
      '"nul.json" is a reserved device name on Windows: expected a file or directory name.'
    ],
    [
      win,
      'COM1.txt',
      '"COM1.txt" is a reserved device name on Windows: expected a file or directory name.'
    ],
    [win, 'a|b', 'Windows file names cannot contain < > : " | ? *.']
  ])('%o: %j is refused', (rule, value, problem) => {
    expect(messageOf(() => resolveInputPath(value, rule))).toBe(
      `Input 'report-path' has path ${quoteValue(value)}: ${problem}`
    )
  })

  it('accepts absolute paths outside only where the input documents it (temp-paths)', () => {
    const temp = { ...win, input: 'temp-paths', absoluteOutside: true }
    expect(resolveInputPath('D:\\a\\_temp', temp)).toBe('D:\\a\\_temp')
    expect(resolveInputPath('\\\\server\\share\\tmp', temp)).toBe('\\\\server\\share\\tmp')
    expect(messageOf(() => resolveInputPath('..\\x', temp))).toBe(
      'Input \'temp-paths\' has path "..\\\\x": a relative path must stay inside the workspace: expected a path below it, or an absolute path.'
    )
  })

  it('compares Windows paths case-insensitively and with either separator', () => {
    expect(pathKey('C:/Users/X/', 'win32')).toBe('c:\\users\\x')
    expect(pathKey('C:\\', 'win32')).toBe('c:\\')
    expect(isWithin('C:\\Work', 'c:/work/sub', 'win32')).toBe(true)
    expect(isWithin('C:\\Work', 'C:\\Workshop', 'win32')).toBe(false)
    expect(isWithin('/work', '/Work/sub', 'linux')).toBe(false)
    expect(isWithin('/', '/anything', 'linux')).toBe(true)
  })

  it('follows links: a link out of the workspace is refused', () => {
    expect(
      messageOf(() =>
        resolveInputPath('link-out/.go-version', {
          ...place,
          input: 'go-version-file',
          followLinks: true
        })
      )
    ).toBe(
      'Input \'go-version-file\' has path "link-out/.go-version": a link in it leads out of the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    )
  })
})

describe('inputs: every bound checked before any work', () => {
  it.each([
    [
      { 'go-version': '1.22\n1.23' },
      'Input \'go-version\' "1.22\\n1.23" contains a newline: expected one line.'
    ],
    [
      { 'go-version': 'x'.repeat(10_000) },
      "Input 'go-version' is 10000 characters long: expected at most 100."
    ],
    [
      { 'go-version': '1.22\u0000' },
      'Input \'go-version\' "1.22\\u0000" contains the control character "\\u0000": expected one line.'
    ],
    [{ token: 'ghs_abc\nX-Injected: 1' }, "Input 'token' contains a newline: expected one line."],
    [
      { 'defender-timeout': '0s' },
      'Input \'defender-timeout\' has invalid value "0s": expected a duration from 1s to 600s, such as 30s.'
    ],
    [
      { 'timer-interval': '10s' },
      'Input \'timer-interval\' has invalid value "10s": expected a duration from 100us to 100ms, such as 1ms.'
    ],
    [
      { 'timer-samples': '100000', 'timer-trials': '50' },
      "Inputs 'timer-samples' × 'timer-trials' × 'timer-interval' (100000 × 50 × 1ms) ask for 5000 s of measurement: expected at most 120 s."
    ],
    [
      { mode: 'report;rm -rf /' },
      'Input \'mode\' has invalid value "report;rm -rf /": expected one of enforce, report.'
    ],
    [
      { 'go-download-base-url': 'https://exa mple.com' },
      'Input \'go-download-base-url\' has invalid value "https://exa mple.com": expected an http:// or https:// URL.'
    ],
    [
      { 'working-directory': 'missing' },
      'Input \'working-directory\' has path "missing", which does not exist in the workspace: expected the directory of your Go module (check out the repository first).'
    ],
    [
      { 'working-directory': 'a-file' },
      'Input \'working-directory\' has path "a-file", which is a file: expected a directory.'
    ],
    [
      { 'working-directory': '..' },
      'Input \'working-directory\' has path "..": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'go-version-file': '../outside/.go-version' },
      'Input \'go-version-file\' has path "../outside/.go-version": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'report-path': '../../etc/x' },
      'Input \'report-path\' has path "../../etc/x": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'temp-paths': '../x' },
      'Input \'temp-paths\' has path "../x": a relative path must stay inside the workspace: expected a path below it, or an absolute path.'
    ],
    [
      { 'temp-paths': Array.from({ length: 40 }, (_, i) => `/tmp/t${i}`).join('\n') },
      "Input 'temp-paths' has 40 entries: expected at most 32, one per line."
    ],
    [
      { 'test-paths': `./...\n${'a...b'.repeat(1000)}` },
      "Input 'test-paths' line 2 is 5000 characters long: expected at most 1024."
    ],
    [
      { 'test-paths': '../../...' },
      'Input \'test-paths\' has path "../..": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'working-directory': 'sub', 'test-paths': '../../x/...' },
      'Input \'test-paths\' has path "../../x": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ]
  ])('%#: %s', (values, message) => {
    expect(messageOf(() => readInputs(reader(values), place))).toBe(message)
  })

  it('never echoes a token', () => {
    const message = messageOf(() =>
      readInputs(reader({ token: 'ghs_secret\n' + 'x'.repeat(2000) }), place)
    )
    expect(message).not.toContain('ghs_secret')
  })

  it('accepts a test-paths entry that climbs from the working directory but stays inside', () => {
    const inputs = readInputs(reader({ 'working-directory': 'sub', 'test-paths': '../...' }), place)
    expect(inputs.workingDirectory).toBe(join(workspace, 'sub'))
    expect(inputs.testPaths).toEqual(['../...'])
  })
})

describe('files an input names: read with a size cap, as text, never echoed', () => {
  const bigKeys = join(workspace, 'million.yml')
  beforeAll(() => {
    const lines: string[] = []
    for (let i = 0; i < 1_000_000; i++) lines.push(`k${i}: 1`)
    writeFileSync(bigKeys, lines.join('\n'))
    writeFileSync(join(workspace, 'latin1.yml'), Buffer.from([0x76, 0x6d, 0x3a, 0x20, 0xe9, 0x0a]))
    writeFileSync(join(workspace, '.go-version'), `${'9'.repeat(500)}\n`)
    execFileSync('mkfifo', [join(workspace, 'fifo.yml')])
    mkdirSync(join(workspace, 'dir.yml'))
  })

  it.each([
    [
      'million.yml',
      'Input \'thresholds\' file "million.yml" is 10.4 MiB: expected at most 64 KiB.'
    ],
    ['latin1.yml', 'Input \'thresholds\' file "latin1.yml" is not UTF-8 text.'],
    ['fifo.yml', 'Input \'thresholds\' file "fifo.yml" is not a regular file.'],
    ['missing.yml', 'Input \'thresholds\' file "missing.yml" cannot be read: it does not exist.'],
    ['dir.yml', 'Input \'thresholds\' file "dir.yml" is not a regular file.'],
    [
      '../outside/t.yml',
      'Input \'thresholds\' has path "../outside/t.yml": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    ['x'.repeat(70_000), "Input 'thresholds' is longer than 64 KiB."],
    [
      `vm: ${'['.repeat(5000)}`,
      "Input 'thresholds' nests 5000 levels deep: expected at most 16 (a table needs 2)."
    ],
    [
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      "Input 'thresholds' expands more than 20 YAML aliases: expected a table without alias chains."
    ],
    [
      `${'k'.repeat(500)}: {}`,
      `Input 'thresholds': unknown environment "${'k'.repeat(60)}"… (500 characters): expected one of physical, vm, container, kubernetes, serverless.`
    ]
  ])('thresholds %#', (input, message) => {
    const started = performance.now()
    expect(messageOf(() => loadThresholds(input, workspace, 'linux'))).toBe(message)
    // A million keys is refused by its size, long before the parser could hang.
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('go-version-file: outside the workspace is refused without reading or echoing it', () => {
    for (const file of [
      '../outside/.go-version',
      join(root, 'outside', '.go-version'),
      'link-out/.go-version'
    ]) {
      const message = messageOf(() => readVersionFile(file, workspace, {}, 'linux'))
      expect(message).toMatch(/^Input 'go-version-file' has path /)
      expect(message).not.toContain(SECRET)
    }
  })

  it('go-version-file: a line longer than any version is not echoed', () => {
    expect(messageOf(() => readVersionFile('.go-version', workspace, {}, 'linux'))).toBe(
      'go-version-file: line 1 of .go-version is 500 characters long: expected a Go version such as 1.22.5.'
    )
  })

  it('reads one byte past the cap, no more', () => {
    writeFileSync(join(root, 'ten'), '0123456789')
    expect(readBoundedText(join(root, 'ten'), 10, 'File')).toBe('0123456789')
    expect(messageOf(() => readBoundedText(join(root, 'ten'), 9, 'File'))).toBe(
      'File is 10 bytes: expected at most 9 bytes.'
    )
  })
})

// End to end: dist/index.js as the runner runs it.
const quick = {
  'timer-samples': '300',
  'timer-trials': '1',
  'sleep-samples': '1',
  'go-probe': 'false'
}
const runs: ActionRun[] = []
afterAll(() => {
  for (const run of runs) rmSync(run.dirs.work, { recursive: true, force: true })
})

async function runIn(dir: string, options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const run = await runAction({
    ...options,
    workspace: dir,
    inputs: { ...quick, ...options?.inputs }
  })
  runs.push(run)
  return run
}

function freshWorkspace(): string {
  return mkdtempSync(join(root, 'e2e-'))
}

const messages = (run: ActionRun, level: string) =>
  run.commands.filter(command => command.command === level).map(command => command.message)

describe('dist/index.js: a bad input is one line, exit 1, nothing left behind', () => {
  it.each([
    [
      { 'go-version': '1.22\n1.23' },
      'Input \'go-version\' "1.22\\n1.23" contains a newline: expected one line.'
    ],
    [
      { 'go-version': '9'.repeat(10_000) },
      "Input 'go-version' is 10000 characters long: expected at most 100."
    ],
    [
      { 'defender-timeout': '0s' },
      'Input \'defender-timeout\' has invalid value "0s": expected a duration from 1s to 600s, such as 30s.'
    ],
    [
      { 'go-version-file': '../outside/.go-version' },
      'Input \'go-version-file\' has path "../outside/.go-version": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'report-path': '../../x.json' },
      'Input \'report-path\' has path "../../x.json": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ],
    [
      { 'working-directory': '$(touch pwned); `touch pwned`' },
      'Input \'working-directory\' has path "$(touch pwned); `touch pwned`", which does not exist in the workspace: expected the directory of your Go module (check out the repository first).'
    ],
    [
      { thresholds: 'vm: {wake-p99: 1ms}\n'.repeat(4000) },
      // The runner's reader trims the final newline.
      "Input 'thresholds' is 79999 characters long: expected at most 65536."
    ],
    [
      { 'temp-paths': '../escape' },
      'Input \'temp-paths\' has path "../escape": a relative path must stay inside the workspace: expected a path below it, or an absolute path.'
    ]
  ])('%#: %s', async (inputs, message) => {
    const ws = freshWorkspace()
    const run = await runIn(ws, { inputs })
    expect(run.timedOut).toBe(false)
    expect(run.exitCode).toBe(1)
    expect(messages(run, 'error')).toEqual([message])
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(run.stdout).not.toContain(SECRET)
    expect(run.outputs).toEqual({})
    expect(readdirSync(run.dirs.toolCache)).toEqual([])
    expect(readdirSync(run.dirs.runnerTemp)).toEqual([])
    expect(run.exportedEnv).toEqual({})
    expect(readdirSync(ws)).toEqual([])
  })

  it('names a go-version that was not UTF-8, as the runner passes it', async () => {
    const ws = freshWorkspace()
    // Node encodes env values as UTF-8: a shell puts the raw byte 0xff in the variable.
    const run = await runIn(ws, {
      wrap: ['bash', '-c', 'exec env "INPUT_GO-VERSION=$(printf \'1.22\\377\')" "$@"', 'bash']
    })
    expect(run.exitCode).toBe(1)
    expect(messages(run, 'error')).toEqual([
      'input \'go-version\' has "1.22\\ufffd": expected a Go version such as 1.22.5, 1.22, ^1.22, ~1.22.1, ">=1.21 <1.23", 1.x, stable, oldstable or 1.23rc1.'
    ])
    expect(readdirSync(run.dirs.toolCache)).toEqual([])
    expect(run.exportedEnv).toEqual({})
  })
})

describe('dist/index.js: publishing never loses the verdict', () => {
  // A certain breach in enforce mode: the exit code must stay 1 whatever publishing meets. Three
  // limits, as a loaded machine may stop the timer trials short of the samples a p99 needs.
  const failing = {
    environment: 'serverless',
    thresholds: 'serverless: {wake-p99: 1us, sleep-deviation-pct: 0%, timer-resolution: 0us}'
  }
  const tail = 'The verdict and the other results are still published.'

  it.each([
    [
      'report-path: .',
      { 'report-path': '.' },
      (ws: string) =>
        `Input 'report-path': could not write the report to ${ws}: it is a directory. ${tail}`
    ],
    [
      'report-path under a file',
      { 'report-path': 'a-file/report.json' },
      (ws: string) =>
        `Input 'report-path': could not write the report to ${join(ws, 'a-file', 'report.json')}: a part of the path is a file. ${tail}`
    ]
  ])(
    '%s: a warning, and outputs, summary and exit code as the policy says',
    async (_, inputs, warning) => {
      const ws = freshWorkspace()
      writeFileSync(join(ws, 'a-file'), 'x')
      const run = await runIn(ws, { inputs: { ...failing, ...inputs } })
      expect(run.outputs.verdict).toBe('fail')
      expect(run.exitCode).toBe(1)
      expect(messages(run, 'warning')).toContain(warning(ws))
      expect(run.report.verdict).toBe('fail')
      expect(run.summary).toContain('go-win-preflight')
      expect(readdirSync(ws).sort()).toEqual(['a-file'])
    }
  )

  it('an unwritable job summary: a warning, outputs and report still written', async () => {
    const ws = freshWorkspace()
    const run = await runIn(ws, { inputs: failing, env: { GITHUB_STEP_SUMMARY: ws } })
    expect(run.exitCode).toBe(1)
    expect(messages(run, 'warning')).toContain(
      `Could not write the job summary: it is a directory. ${tail}`
    )
    expect(run.outputs.verdict).toBe('fail')
    expect(run.report.verdict).toBe('fail')
  })

  it('outputs that cannot be set: one warning, summary and exit code kept', async () => {
    const ws = freshWorkspace()
    const run = await runIn(ws, {
      inputs: { ...failing, mode: 'report' },
      env: { GITHUB_OUTPUT: ws }
    })
    expect(run.exitCode).toBe(0)
    const warnings = messages(run, 'warning').filter(message => message.startsWith('Could not set'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^Could not set the outputs verdict, environment, suspicious, report, .*: it is a directory\./
    )
    expect(run.summary).toContain('go-win-preflight')
  })
})

describe('dist/index.js: publishing without RUNNER_TEMP', () => {
  it('an unusable RUNNER_TEMP: a warning, the report-path copy still written, exit code kept', async () => {
    const ws = freshWorkspace()
    const notADirectory = join(ws, 'not-a-dir')
    writeFileSync(notADirectory, 'x')
    const run = await runIn(ws, {
      inputs: { mode: 'report', 'report-path': 'report.json' },
      env: { RUNNER_TEMP: notADirectory }
    })
    expect(run.exitCode).toBe(0)
    expect(messages(run, 'warning')).toContain(
      `Could not write the JSON report under RUNNER_TEMP (${notADirectory}): a part of the path is a file. The verdict and the other results are still published.`
    )
    expect(run.outputs.report).toBe('')
    expect(['pass', 'warn', 'fail']).toContain(run.outputs.verdict)
    expect(JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')).verdict).toBe(
      run.outputs.verdict
    )
  })
})

// The Windows rules on Windows Node (Wine): reserved names, drive-relative and climbing paths.
const { describe: wineDescribe } = suiteGate('the Wine bad-input tests', wineUnavailableReason())

wineDescribe('dist/index.js on Windows Node: Windows path rules', () => {
  it.each([
    [
      { 'report-path': 'out\\CON' },
      'Input \'report-path\' has path "out\\\\CON": "CON" is a reserved device name on Windows: expected a file or directory name.'
    ],
    [
      { 'go-version-file': 'C:go.mod' },
      "Input 'go-version-file' has path \"C:go.mod\": a drive-relative path depends on that drive's current directory: expected C:\\dir or a path relative to the workspace."
    ],
    [
      { 'working-directory': '..\\..' },
      'Input \'working-directory\' has path "..\\\\..": it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE).'
    ]
  ])(
    '%#: %s',
    async (inputs, message) => {
      const ws = freshWorkspace()
      const run = await runIn(ws, { inputs, wine: true, timeoutMs: 120_000 })
      expect(run.exitCode).toBe(1)
      expect(messages(run, 'error')).toEqual([message])
      expect(run.outputs).toEqual({})
      expect(readdirSync(run.dirs.toolCache)).toEqual([])
      expect(readdirSync(run.dirs.runnerTemp)).toEqual([])
      expect(run.exportedEnv).toEqual({})
    },
    180_000
  )
})
