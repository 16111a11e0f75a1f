// The installer's HTTP layer and zip extraction on Windows Node under Wine, against python's
// http.server on 127.0.0.1 (it closes every connection). Wine refuses setKeepAlive() on a
// socket that is still connecting and has no tar.exe: the download must work anyway, and the
// in-process zip reader must produce the tree after tar.exe fails.
import { afterAll, beforeAll, expect } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wineUnavailableReason } from '../../scripts/lib/wine.mjs'
import { storedZip } from '../helpers/go-mirror.js'
import { compileSources, runUnderWine, toWinePath } from '../helpers/wine-harness.js'
import { suiteGate } from '../helpers/gates.js'

const missing =
  wineUnavailableReason() ??
  (spawnSync('python3', ['--version']).error
    ? 'python3 is missing (apt-get install python3)'
    : undefined)
const { it: test } = suiteGate('go-download-wine', missing)

const script = `
import { downloadFile } from './go/download.js'
import { extractArchive } from './go/extract.js'
const [url, archive, dest] = process.argv.slice(2)
const network = { headersTimeoutMs: 30000, idleTimeoutMs: 30000, retryDelaysMs: [], maxRedirects: 2 }
try {
  const got = await downloadFile(url, archive, '', network)
  const extraction = await extractArchive(archive, dest, process.platform, process.env)
  console.log(JSON.stringify({ sha256: got.sha256, bytes: got.bytes, ...extraction }))
} catch (error) {
  console.log(JSON.stringify({ error: String(error && error.message) }))
}
`

let work: string
let python: ChildProcess | undefined
let port: number

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gwp-go-wine-'))
  if (missing) {
    if (process.env.CI === 'true') throw new Error(`CI=true but ${missing}`)
    return
  }
  writeFileSync(
    join(work, 'go1.19.8.windows-amd64.zip'),
    storedZip({ 'go/bin/go.exe': 'MZ not really go', 'go/VERSION': 'go1.19.8' })
  )
  const free = net.createServer()
  await new Promise<void>(listening => free.listen(0, '127.0.0.1', () => listening()))
  port = (free.address() as net.AddressInfo).port
  await new Promise(closing => free.close(closing))
  python = spawn(
    'python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', work],
    {
      stdio: 'ignore'
    }
  )
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>(answer => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), answer(true)))
      socket.once('error', () => answer(false))
    })
    if (open) break
    await new Promise(wait => setTimeout(wait, 100))
  }
}, 60_000)

afterAll(() => {
  python?.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
})

test('downloads a zip over node:http and extracts it in process after tar.exe fails', async () => {
  const build = join(work, 'build')
  compileSources(build, ['src/go/download.ts', 'src/go/extract.ts'], { linkNodeModules: true })
  writeFileSync(join(build, 'wine-download.mjs'), script)
  const archive = join(work, 'downloaded.zip')
  const dest = join(work, 'out')
  // spawnSync blocks this process: python serves from its own.
  const run = runUnderWine(
    join(build, 'wine-download.mjs'),
    [`http://127.0.0.1:${port}/go1.19.8.windows-amd64.zip`, toWinePath(archive), toWinePath(dest)],
    { cwd: build, timeoutMs: 240_000 }
  )
  const last = run.stdout.trim().split(/\r?\n/).pop() ?? ''
  expect({ status: run.status, last }).toMatchObject({
    status: 0,
    last: expect.stringMatching(/^\{/)
  })
  const result = JSON.parse(last)
  const zip = readFileSync(join(work, 'go1.19.8.windows-amd64.zip'))
  expect(result).toMatchObject({
    sha256: createHash('sha256').update(zip).digest('hex'),
    bytes: zip.length,
    extractor: 'zip in-process (yauzl)',
    failed: [expect.stringMatching(/^tar\.exe \(bsdtar\): /)]
  })
  expect(readFileSync(join(dest, 'go', 'bin', 'go.exe'), 'utf8')).toBe('MZ not really go')
  expect(existsSync(archive)).toBe(true)
}, 300_000)
