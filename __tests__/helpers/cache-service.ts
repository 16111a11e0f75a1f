// A local stand-in for GitHub's Actions cache service, on 127.0.0.1 only: Azurite (the Azure
// Storage emulator) holds the blobs, and a small Twirp server answers the three calls
// @actions/cache 6 makes when ACTIONS_CACHE_SERVICE_V2 is set (see its
// lib/internal/shared/cacheTwirpClient.js and lib/generated/results/api/v1/cache.js): JSON
// bodies with proto field names, a Bearer ACTIONS_RUNTIME_TOKEN, signed Azure Blob URLs.
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createConnection, createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Azurite's well-known development account (documented by Azurite; not a secret).
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-cache'
const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

interface Entry {
  key: string
  version: string
  blob: string
  finalized: boolean
  sizeBytes?: number
  id: number
}

export interface CacheService {
  /** The variables the runner gives a job: ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN. */
  env: Record<string, string>
  /** Every Twirp call answered, in order: `CreateCacheEntry`, ... */
  calls: string[]
  entries(): { key: string; finalized: boolean; sizeBytes?: number }[]
  stop(): Promise<void>
}

export async function startCacheService(): Promise<CacheService> {
  const dir = mkdtempSync(join(tmpdir(), 'gwp-cache-service-'))
  const blobPort = await freePort()
  const azurite = spawn(
    process.execPath,
    [
      join('node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      '--location',
      dir,
      '--silent',
      '--skipApiVersionCheck',
      '--disableTelemetry'
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let azuriteErrors = ''
  azurite.stderr?.on('data', (chunk: Buffer) => (azuriteErrors += chunk.toString()))
  let server: Server | undefined
  try {
    await waitForPort(blobPort, azurite, () => azuriteErrors)
    const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
    const blobBase = `http://127.0.0.1:${blobPort}/${ACCOUNT}`
    await new BlobServiceClient(blobBase, credential).getContainerClient(CONTAINER).create()
    const signed = (blob: string, permissions: string): string => {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          expiresOn: new Date(Date.now() + 3_600_000)
        },
        credential
      )
      return `${blobBase}/${CONTAINER}/${blob}?${sas.toString()}`
    }
    const blobSize = async (blob: string): Promise<number | undefined> => {
      const client = new BlobServiceClient(blobBase, credential)
        .getContainerClient(CONTAINER)
        .getBlobClient(blob)
      return (await client.exists()) ? (await client.getProperties()).contentLength : undefined
    }

    const token = fakeRuntimeToken()
    const entries: Entry[] = []
    const calls: string[] = []
    let nextId = 1
    const methods: Record<string, (body: Record<string, unknown>) => Promise<object>> = {
      async CreateCacheEntry(body) {
        const { key, version } = body as { key: string; version: string }
        if (entries.some(entry => entry.key === key && entry.version === version))
          return { ok: false, message: `cache entry ${key} already exists` }
        const entry: Entry = {
          key,
          version,
          blob: randomBytes(8).toString('hex'),
          finalized: false,
          id: nextId++
        }
        entries.push(entry)
        return { ok: true, signed_upload_url: signed(entry.blob, 'cw') }
      },
      async FinalizeCacheEntryUpload(body) {
        const { key, version, size_bytes } = body as {
          key: string
          version: string
          size_bytes: string
        }
        const entry = entries.find(e => e.key === key && e.version === version && !e.finalized)
        if (!entry) return { ok: false, message: `no pending cache entry ${key}` }
        const size = await blobSize(entry.blob)
        if (size !== Number(size_bytes))
          return { ok: false, message: `uploaded ${size} bytes, finalize says ${size_bytes}` }
        entry.finalized = true
        entry.sizeBytes = size
        return { ok: true, entry_id: String(entry.id) }
      },
      async GetCacheEntryDownloadURL(body) {
        const { key, restore_keys, version } = body as {
          key: string
          restore_keys?: string[]
          version: string
        }
        const ready = entries.filter(e => e.finalized && e.version === version).reverse()
        // GitHub's order: the key exactly, then each restore key exactly, then by prefix (newest).
        let match = ready.find(e => e.key === key)
        for (const restoreKey of restore_keys ?? []) {
          match ??=
            ready.find(e => e.key === restoreKey) ?? ready.find(e => e.key.startsWith(restoreKey))
        }
        if (!match) return { ok: false }
        return { ok: true, signed_download_url: signed(match.blob, 'r'), matched_key: match.key }
      }
    }

    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const reply = (status: number, body: object) => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(body))
      }
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const method = (request.url ?? '').startsWith(SERVICE)
          ? methods[(request.url ?? '').slice(SERVICE.length)]
          : undefined
        if (request.method !== 'POST' || !method)
          return reply(404, { code: 'bad_route', msg: `no such method ${request.url}` })
        if (request.headers.authorization !== `Bearer ${token}`)
          return reply(401, { code: 'unauthenticated', msg: 'bad or missing runtime token' })
        let body: Record<string, unknown>
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
        } catch {
          return reply(400, { code: 'malformed', msg: 'body is not JSON' })
        }
        calls.push((request.url ?? '').slice(SERVICE.length))
        method(body).then(
          answer => reply(200, answer),
          (error: Error) => reply(500, { code: 'internal', msg: error.message })
        )
      })
    })
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const listening = server
    return {
      env: {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
        ACTIONS_RUNTIME_TOKEN: token
      },
      calls,
      entries: () =>
        entries.map(({ key, finalized, sizeBytes }) => ({ key, finalized, sizeBytes })),
      stop: async () => {
        await new Promise(resolve => listening.close(resolve))
        await stopProcess(azurite)
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    server?.close()
    await stopProcess(azurite)
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** Shaped as the runner's token (a JWT); @actions/cache only sends it as a Bearer, never decodes it. */
function fakeRuntimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return [
    part({ typ: 'JWT', alg: 'none' }),
    part({ scp: 'Actions.Results:local:test', exp: Math.floor(Date.now() / 1000) + 3600 }),
    randomBytes(16).toString('base64url')
  ].join('.')
}

/** A port nothing listens on now (and nothing will: the tests close it again). */
export async function freePort(): Promise<number> {
  const probe = createNetServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

async function waitForPort(port: number, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Azurite exited (${child.exitCode}): ${errors()}`)
    const open = await new Promise<boolean>(resolve => {
      const socket = createConnection({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`Azurite did not listen on 127.0.0.1:${port} within 30 s: ${errors()}`)
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
