// Runs the bundled action exactly as the GitHub runner does: action.yml and dist/ copied to a
// directory with no node_modules above it, every input set as INPUT_<NAME> (defaults from
// action.yml), the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STATE) created fresh, and what the step wrote parsed back. With `wine: true` the same
// dist/index.js runs on Windows Node under Wine (see scripts/lib/wine.mjs).
import { spawn } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { toWinePath, wineNodeCommand } from './wine.mjs'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
let preparedActionDir
/** Every temporary directory made here, removed by removeActionRuns(). */
const made = []

/**
 * Removes the action copy (9 MB of dist/) and every run's directories. Call it once the runs'
 * results (files under `dirs`, fix-temp directories in their RUNNER_TEMP) are no longer needed:
 * in a test file's afterAll, at the end of a script.
 */
export function removeActionRuns() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  preparedActionDir = undefined
}

/** action.yml and dist/ alone in a fresh temporary directory (made once until removeActionRuns). */
export function prepareActionDir() {
  if (preparedActionDir) return preparedActionDir
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first')
  }
  const dir = mkdtempSync(join(tmpdir(), 'gwp-action-'))
  made.push(dir)
  cpSync(join(repoRoot, 'action.yml'), join(dir, 'action.yml'))
  cpSync(join(repoRoot, 'fleet', 'action.yml'), join(dir, 'fleet', 'action.yml'))
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true })
  preparedActionDir = dir
  return dir
}

/** The defaults of every input declared in action.yml (or the fleet action's, `fleet/action.yml`). */
export function actionInputDefaults(metadata = 'action.yml') {
  const action = parseYaml(readFileSync(join(repoRoot, metadata), 'utf8'))
  const defaults = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    // The runner evaluates `${{ }}` expressions; outside a workflow they evaluate to ''.
    const value = spec?.default === undefined ? '' : String(spec.default)
    defaults[name] = value.includes('${{') ? '' : value
  }
  return defaults
}

/** The runner's name for an input: INPUT_ + upper case, spaces to underscores, hyphens kept. */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` and `name<<DELIM` heredocs. */
export function parseKeyValueFile(text) {
  const result = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++])
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`)
      result[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`malformed line in runner file: ${JSON.stringify(line)}`)
    result[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return result
}

function unescapeData(s) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
function unescapeProperty(s) {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** Workflow commands (`::warning file=a.go,line=3::msg`) printed on stdout. */
export function parseWorkflowCommands(stdout) {
  const commands = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return commands
}

/**
 * Runs dist/<entry>.js. Options: inputs (merged over action.yml defaults), env (extra variables),
 * entry ('index' | 'post'), state (STATE_* for the post step), workspace, timeoutMs, wine,
 * wrap (argv prefix, e.g. ['setpriv', ...]), runnerTemp/toolCache to reuse between runs.
 * With action: 'fleet' it runs the fleet action: fleet/action.yml's defaults and its runs.main,
 * resolved from fleet/ as the runner does.
 */
export async function runAction(options = {}) {
  const actionDir = prepareActionDir()
  const work = mkdtempSync(join(tmpdir(), 'gwp-run-'))
  made.push(work)
  const runnerTemp = options.runnerTemp ?? join(work, 'temp')
  const toolCache = options.toolCache ?? join(work, 'toolcache')
  const workspace = options.workspace ?? join(work, 'workspace')
  for (const dir of [runnerTemp, toolCache, workspace]) mkdirSync(dir, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    GITHUB_ENV: join(work, 'env'),
    GITHUB_PATH: join(work, 'path'),
    GITHUB_STATE: join(work, 'state')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const wine = options.wine === true
  const hostPath = p => (wine ? toWinePath(p) : p)

  const metadata = options.action === 'fleet' ? join('fleet', 'action.yml') : 'action.yml'
  const inputs = { ...actionInputDefaults(metadata), ...(options.inputs ?? {}) }
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: wine ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: hostPath(runnerTemp),
    RUNNER_TOOL_CACHE: hostPath(toolCache),
    GITHUB_WORKSPACE: hostPath(workspace),
    GITHUB_ACTION_PATH: hostPath(actionDir),
    ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, hostPath(v)])),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...(options.env ?? {})
  }
  const script =
    options.action === 'fleet'
      ? join(
          actionDir,
          'fleet',
          parseYaml(readFileSync(join(repoRoot, metadata), 'utf8')).runs.main
        )
      : join(actionDir, 'dist', `${options.entry ?? 'index'}.js`)
  const stdoutFile = join(work, 'stdout.txt')
  const stderrFile = join(work, 'stderr.txt')
  let command
  if (wine) {
    command = wineNodeCommand(hostPath(script))
    Object.assign(env, command.env)
  } else {
    command = { file: process.execPath, args: [script] }
  }
  const argv = [...(options.wrap ?? []), command.file, ...command.args]
  const started = performance.now()
  // stdout/stderr go to files, as Windows Node under Wine fails with EBADF on pipes.
  const { exitCode, timedOut } = await runToFiles(argv, {
    cwd: workspace,
    env,
    stdoutFile,
    stderrFile,
    timeoutMs: options.timeoutMs ?? 120_000
  })
  const wallMs = performance.now() - started
  const stdout = readFileSync(stdoutFile, 'utf8')
  const stderr = readFileSync(stderrFile, 'utf8')
  const outputs = parseKeyValueFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
  let report
  if (outputs.report) {
    const reportPath = wine ? fromWinePath(outputs.report) : outputs.report
    if (existsSync(reportPath)) report = JSON.parse(readFileSync(reportPath, 'utf8'))
  }
  return {
    exitCode,
    timedOut,
    wallMs,
    stdout,
    stderr,
    outputs,
    report,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseKeyValueFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    addedPaths: readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean),
    state: parseKeyValueFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    commands: parseWorkflowCommands(stdout),
    dirs: { work, runnerTemp, toolCache, workspace, actionDir }
  }
}

/** `Z:\tmp\x` (Wine's view of the Unix root) back to `/tmp/x`. */
export function fromWinePath(p) {
  return /^[zZ]:\\/.test(p) ? p.slice(2).replace(/\\/g, '/') : p
}

function runToFiles(argv, { cwd, env, stdoutFile, stderrFile, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w')
    const err = openSync(stderrFile, 'w')
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', out, err] })
    closeSync(out)
    closeSync(err)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ exitCode: code, timedOut })
    })
  })
}
