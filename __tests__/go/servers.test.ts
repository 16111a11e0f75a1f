// The installer against real HTTP servers on 127.0.0.1, each serving Debian's Go 1.19 packed
// as go1.19.8 behind go.dev's real listing: python's http.server (closes every connection),
// nginx with keep-alive off, a minimal HTTP/1.0 server (no Content-Length), and the mirror
// reached only through squid, by a host name only squid resolves.
import { findCheck } from '../../src/checks/catalogue.js'
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import * as net from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../src/context.js'
import type { GoInputs } from '../../src/inputs.js'
import type { GoInstallDetails } from '../../src/go/details.js'
import {
  buildGoArchive,
  DEBIAN_GOROOT,
  mirrorListing,
  realListing,
  startMirror
} from '../helpers/go-mirror.js'
import { suiteGate } from '../helpers/gates.js'

jest.unstable_mockModule('@actions/core', () => ({
  addPath: jest.fn(),
  exportVariable: jest.fn(),
  info: jest.fn(),
  warning: jest.fn(),
  debug: jest.fn()
}))
const { setupGo } = await import('../../src/go/index.js')

const FILE = 'go1.19.8.linux-amd64.tar.gz'
const TOOLS = ['python3', 'nginx', 'squid', 'openssl']
const missing = [
  ...(existsSync(join(DEBIAN_GOROOT, 'bin', 'go')) ? [] : ['golang-1.19-go']),
  ...TOOLS.filter(tool => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error)
]
const suite = suiteGate(
  'the installer tests against real servers',
  missing.length > 0 ? `install ${missing.join(', ')} (apt-get install)` : undefined
).describe

const NETWORK = {
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 20_000,
  retryDelaysMs: [50, 50],
  maxRedirects: 3
}
const made: string[] = []
const children: ChildProcess[] = []
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

function context(): RunContext {
  const base = scratch('gwp-go-servers-')
  mkdirSync(join(base, 'home'))
  mkdirSync(join(base, 'workspace'))
  writeFileSync(join(base, 'workspace', 'go.mod'), 'module example.com/m\n\ngo 1.19\n')
  return {
    platform: 'linux',
    arch: 'x64',
    runnerTemp: join(base, 'temp'),
    toolCache: join(base, 'tool-cache'),
    workspace: join(base, 'workspace'),
    env: { PATH: '/usr/bin:/bin', HOME: join(base, 'home') }
  }
}

const inputs = (baseUrl: string): GoInputs => ({
  version: '1.19.8',
  versionFile: '',
  checkLatest: false,
  architecture: '',
  token: '',
  downloadBaseUrl: baseUrl,
  requireChecksum: true
})

/** Installs from `baseUrl`, checks it is verified and that nothing half-written remains. */
async function installFrom(baseUrl: string): Promise<GoInstallDetails> {
  const ctx = context()
  try {
    const setup = await setupGo(inputs(baseUrl), ctx.workspace, ctx, NETWORK)
    const details = findCheck(setup.checks, 'go-install')!.details!
    expect(details).toMatchObject({ checksum: 'verified', goVersion: 'go1.19.8' })
    const tool = readdirSync(ctx.toolCache)[0]
    expect(readdirSync(join(ctx.toolCache, tool)).sort()).toEqual(['1.19.8'])
    expect(existsSync(join(ctx.runnerTemp, 'go-win-preflight', 'downloads'))).toBe(false)
    return details
  } finally {
    rmSync(join(ctx.toolCache, '..'), { recursive: true, force: true })
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(listening => server.listen(0, '127.0.0.1', () => listening()))
  const { port } = server.address() as AddressInfo
  await new Promise(closing => server.close(closing))
  return port
}

/** Starts a server process and waits until its port answers. */
async function startProcess(file: string, args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  children.push(child)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`${file} exited ${child.exitCode}: ${stderr}`)
    const open = await new Promise<boolean>(answer => {
      const socket = new net.Socket()
      socket.once('connect', () => (socket.destroy(), answer(true)))
      socket.once('error', () => answer(false))
      socket.connect(port, '127.0.0.1')
    })
    if (open) return child
    await new Promise(wait => setTimeout(wait, 100))
  }
  throw new Error(`${file} did not listen on ${port}: ${stderr}`)
}

// Debian's shipped squid.conf access rules (acl and http_access lines), read from the package.
const STOCK_RULES = existsSync('/etc/squid/squid.conf')
  ? readFileSync('/etc/squid/squid.conf', 'utf8')
      .split('\n')
      .map(line => line.replace(/#.*/, '').trim())
      .filter(line => /^(acl|http_access) /.test(line))
  : []

function setProxy(url: string): void {
  process.env.HTTP_PROXY = url
  process.env.HTTPS_PROXY = url
  for (const name of ['NO_PROXY', 'no_proxy', 'http_proxy', 'https_proxy']) delete process.env[name]
}

/**
 * squid on a free loopback port with `rules` (where `{dir}` is its folder, holding `files`),
 * resolving go-mirror.gwp-test.invalid to 127.0.0.1 from its own hosts file.
 */
async function startSquid(rules: string[], files: Record<string, string> = {}) {
  const dir = scratch('gwp-squid-')
  chmodSync(dir, 0o777) // squid drops root for its own user
  const port = await freePort()
  writeFileSync(join(dir, 'hosts'), '127.0.0.1 go-mirror.gwp-test.invalid\n')
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content)
    chmodSync(join(dir, name), 0o644)
  }
  writeFileSync(
    join(dir, 'squid.conf'),
    [
      `http_port 127.0.0.1:${port}`,
      `hosts_file ${dir}/hosts`,
      ...rules.map(rule => rule.replaceAll('{dir}', dir)),
      'cache deny all',
      `access_log stdio:${dir}/access.log`,
      `cache_log ${dir}/cache.log`,
      `pid_filename ${dir}/squid.pid`,
      `coredump_dir ${dir}`,
      'shutdown_lifetime 0 seconds',
      ''
    ].join('\n')
  )
  const child = await startProcess('squid', ['-N', '-f', join(dir, 'squid.conf')], port)
  const log = join(dir, 'access.log')
  return {
    port,
    child,
    /** The access log once a line matches `pattern` (squid writes a line as a request ends). */
    async logMatching(pattern: RegExp): Promise<string> {
      for (let i = 0; i < 50; i++) {
        const text = existsSync(log) ? readFileSync(log, 'utf8') : ''
        if (pattern.test(text)) return text
        await new Promise(wait => setTimeout(wait, 100))
      }
      return existsSync(log) ? readFileSync(log, 'utf8') : ''
    }
  }
}

suite('Go install from real HTTP servers on 127.0.0.1', () => {
  let www: string
  let sha256: string

  beforeAll(async () => {
    const archive = buildGoArchive()
    sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex')
    // A static folder as any mirror would hold it: the listing is the folder's index.
    www = scratch('gwp-go-www-')
    copyFileSync(archive, join(www, FILE))
    const listing = mirrorListing(
      [
        {
          version: 'go1.19.8',
          stable: true,
          os: 'linux',
          arch: 'amd64',
          filename: FILE,
          content: archive
        }
      ],
      new Map([[FILE, sha256]]),
      realListing()
    )
    writeFileSync(join(www, 'index.html'), JSON.stringify(listing))
    chmodSync(www, 0o755)
  }, 300_000)

  /** The in-process mirror serving the archive behind the real listing. */
  const linuxMirror = () =>
    startMirror(
      [
        {
          version: 'go1.19.8',
          stable: true,
          os: 'linux',
          arch: 'amd64',
          filename: FILE,
          content: join(www, FILE)
        }
      ],
      realListing()
    )

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('python3 -m http.server: 10 of 10 installs succeed', async () => {
    const port = await freePort()
    const python = await startProcess(
      'python3',
      ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', www],
      port
    )
    for (let i = 0; i < 10; i++) await installFrom(`http://127.0.0.1:${port}`)
    python.kill('SIGTERM')
  }, 1_200_000)

  it('nginx with keepalive_timeout 0, started as its own process', async () => {
    const dir = scratch('gwp-nginx-')
    const port = await freePort()
    const asRoot = process.getuid?.() === 0 ? 'user root;\n' : ''
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${asRoot}daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n` +
        `events { worker_connections 64; }\n` +
        `http {\n  access_log ${dir}/access.log;\n  keepalive_timeout 0;\n  default_type application/octet-stream;\n` +
        `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;\n` +
        `  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;\n` +
        `  server { listen 127.0.0.1:${port}; root ${www}; index index.html; }\n}\n`
    )
    const nginx = await startProcess(
      'nginx',
      ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
      port
    )
    await installFrom(`http://127.0.0.1:${port}`)
    expect(readFileSync(join(dir, 'access.log'), 'utf8')).toContain(`GET /${FILE} HTTP/1.1" 200`)
    nginx.kill('SIGTERM')
  }, 300_000)

  it('a minimal HTTP/1.0 server without Content-Length', async () => {
    const server = net.createServer(socket => {
      socket.once('data', (request: Buffer) => {
        const path = request.toString('latin1').split(' ')[1] ?? '/'
        const file = path.startsWith(`/${FILE}`) ? join(www, FILE) : join(www, 'index.html')
        socket.write('HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n')
        createReadStream(file).pipe(socket)
      })
      socket.on('error', () => undefined)
    })
    await new Promise<void>(listening => server.listen(0, '127.0.0.1', () => listening()))
    try {
      const details = await installFrom(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      )
      expect(details.bytes).toBe(statSync(join(www, FILE)).size)
    } finally {
      await new Promise(closing => server.close(closing))
    }
  }, 300_000)

  it("through squid with Debian's shipped access rules, by a host name only squid resolves: forwarded, not tunnelled", async () => {
    expect(STOCK_RULES).toContain('http_access deny CONNECT !SSL_ports')
    const mirror = await linuxMirror()
    const mirrorPort = new URL(mirror.baseUrl).port
    const squid = await startSquid(STOCK_RULES)
    const saved = { ...process.env }
    try {
      setProxy(`http://127.0.0.1:${squid.port}`)
      await installFrom(`http://go-mirror.gwp-test.invalid:${mirrorPort}`)
      expect(mirror.hits.get(`/${FILE}`)).toBe(1)
      // Stock rules refuse CONNECT to any port but 443: the requests went in absolute form
      // (squid logs the listing's URL without its query).
      const log = await squid.logMatching(new RegExp(`GET http://go-mirror[^ ]*/${FILE}`))
      expect(log).toMatch(
        new RegExp(`TCP_MISS/200 \\d+ GET http://go-mirror\\.gwp-test\\.invalid:${mirrorPort}/\\? `)
      )
      expect(log).not.toMatch(/CONNECT/)
      // Without the proxy the name does not resolve: only the proxy path can succeed.
      delete process.env.HTTP_PROXY
      const ctx = context()
      await expect(
        setupGo(inputs(`http://go-mirror.gwp-test.invalid:${mirrorPort}`), ctx.workspace, ctx, {
          ...NETWORK,
          retryDelaysMs: []
        })
      ).rejects.toThrow(/^cannot reach go-mirror\.gwp-test\.invalid:\d+: .*ENOTFOUND/)
    } finally {
      process.env = saved
      squid.child.kill('SIGTERM')
      await mirror.close()
    }
  }, 300_000)

  it('through squid asking for credentials: given in the proxy URL they pass; missing, one line says so', async () => {
    const mirror = await linuxMirror()
    const mirrorPort = new URL(mirror.baseUrl).port
    // An MD5-crypt entry made by openssl, as basic_ncsa_auth reads it (htpasswd format).
    const password = 'p@ss:w/rd'
    const hashed = spawnSync('openssl', ['passwd', '-1', password], { timeout: 10_000 })
    expect(hashed.status).toBe(0)
    const squid = await startSquid(
      [
        `auth_param basic program /usr/lib/squid/basic_ncsa_auth {dir}/passwd`,
        'acl authenticated proxy_auth REQUIRED',
        'http_access allow authenticated',
        'http_access deny all'
      ],
      { passwd: `builder:${hashed.stdout.toString().trim()}\n` }
    )
    const saved = { ...process.env }
    try {
      setProxy(`http://builder:${encodeURIComponent(password)}@127.0.0.1:${squid.port}`)
      await installFrom(`http://go-mirror.gwp-test.invalid:${mirrorPort}`)
      expect(await squid.logMatching(/ builder /)).toMatch(
        new RegExp(`TCP_MISS/200 \\d+ GET http://go-mirror[^ ]*/${FILE} builder `)
      )
      setProxy(`http://127.0.0.1:${squid.port}`)
      const ctx = context()
      await expect(
        setupGo(inputs(`http://go-mirror.gwp-test.invalid:${mirrorPort}`), ctx.workspace, ctx, {
          ...NETWORK,
          retryDelaysMs: []
        })
      ).rejects.toThrow(
        /^HTTP 407 from the proxy for http:\/\/go-mirror\.gwp-test\.invalid:\d+\/\?mode=json&include=all: it wants credentials/
      )
    } finally {
      process.env = saved
      squid.child.kill('SIGTERM')
      await mirror.close()
    }
  }, 300_000)
})
