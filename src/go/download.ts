// HTTP for the installer, on @actions/http-client (node:http, the library tool-cache uses):
// proxies from HTTPS_PROXY/HTTP_PROXY/NO_PROXY as runners set them, bounded time to the first
// byte and bounded silence, bounded retries, the token only for github.com hosts, and a sha256
// computed while the bytes stream to whatever consumes them (a file, or an extractor).
//
// Never Node's fetch: @actions/http-client bundles undici 6, whose module load installs its own
// Agent as fetch's global dispatcher, and that Agent crashes the process with an uncatchable
// `assert(!this.paused)` when a server closes the connection under backpressure
// (nodejs/undici#5360). The eslint config forbids `fetch` in src/ for that reason. node:http
// also connects before it touches keep-alive, which Wine's Windows Node needs (no keep-alive
// here at all: one connection per request).
import { HttpClient } from '@actions/http-client'
import { forwardProxyHandlers } from './forward-proxy.js'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { PassThrough, Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { UserError, errorMessage } from '../errors.js'

export interface NetworkOptions {
  /** From sending the request to the response headers (also: longest silence before them). */
  headersTimeoutMs: number
  /** Longest silence while the body streams. */
  idleTimeoutMs: number
  /** Delays before each retry: its length is the number of retries. */
  retryDelaysMs: number[]
  maxRedirects: number
}

export const DEFAULT_NETWORK: NetworkOptions = {
  headersTimeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  retryDelaysMs: [2_000, 5_000],
  maxRedirects: 5
}

/** An HTTP status the caller may want to explain in its own words (404 → unknown version). */
export class HttpStatusError extends UserError {
  constructor(
    readonly status: number,
    readonly url: string,
    message: string
  ) {
    super(message)
    this.name = 'HttpStatusError'
  }
}

/** A failure worth another attempt: network errors, timeouts, 5xx, 408, 429, cut-off bodies. */
class TransientError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

/** The token goes to github.com and its subdomains only, checked again on every redirect. */
export function mayReceiveToken(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  return protocol === 'https:' && (hostname === 'github.com' || hostname.endsWith('.github.com'))
}

export function statusMessage(status: number, url: string, tokenSent: boolean): string {
  const host = new URL(url).hostname
  if (status === 404) return `HTTP 404 Not Found: ${url}`
  if (status === 407)
    return `HTTP 407 from the proxy for ${url}: it wants credentials; give them in the proxy URL (http://user:password@proxy:port in HTTP_PROXY / HTTPS_PROXY)`
  if (status === 403 || status === 429) {
    const hint = mayReceiveToken(url)
      ? tokenSent
        ? 'the token given in `token` was refused or is rate-limited'
        : 'set the `token` input to raise GitHub rate limits'
      : `${host} is rate-limiting or refusing this runner; retry later or point go-download-base-url at a mirror you control (the token is only sent to github.com)`
    return `HTTP ${status} from ${url}: ${hint}`
  }
  return `HTTP ${status} from ${url}`
}

/** Whether a status is worth retrying. Pure. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429
}

/**
 * Why a body of `bytes` is shorter or longer than promised, or undefined when it is whole: it
 * must match Content-Length when the server sends one, and the listing's size when that is
 * known (0 there means unknown: old go.dev entries list `"size": 0`). Pure.
 */
export function lengthProblem(
  bytes: number,
  contentLength: string | undefined,
  listedSize: number | undefined
): string | undefined {
  const declared = contentLength === undefined ? NaN : Number(contentLength)
  if (Number.isSafeInteger(declared) && bytes !== declared)
    return `got ${bytes} of ${declared} bytes (Content-Length)`
  if (listedSize !== undefined && listedSize > 0 && bytes !== listedSize)
    return `got ${bytes} of ${listedSize} bytes (the listing's size)`
  return undefined
}

interface Opened {
  message: IncomingMessage
  url: string
}

/** One request: follows redirects itself so the Authorization header never leaves github.com. */
async function open(url: string, token: string, options: NetworkOptions): Promise<Opened> {
  let current = url
  for (let hop = 0; ; hop++) {
    // keepAlive false: a fresh http.Agent without keep-alive, one connection per request.
    // http-client reads the proxy variables on every request and tunnels https through the
    // proxy (CONNECT); http goes to the proxy in absolute form (forward-proxy.ts); loopback
    // targets and NO_PROXY entries go direct.
    const client = new HttpClient('go-win-preflight', forwardProxyHandlers(current), {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: false,
      socketTimeout: options.headersTimeoutMs
    })
    const sendToken = token !== '' && mayReceiveToken(current)
    // identity: a server that labels a .tar.gz with Content-Encoding must not get it unpacked
    // (the digest is of the archive as published).
    const headers: Record<string, string> = { 'accept-encoding': 'identity' }
    if (sendToken) headers.authorization = `token ${token}`
    let message: IncomingMessage
    try {
      message = (await client.get(current, headers)).message
    } catch (error) {
      throw new TransientError(
        /^Request timeout/.test(errorMessage(error))
          ? `no response within ${options.headersTimeoutMs / 1000} s`
          : `cannot reach ${new URL(current).host}: ${errorMessage(error)}`
      )
    }
    // An error after this point (a reset while we drain or read) must never be unhandled.
    message.on('error', () => undefined)
    // http-client's socketTimeout bounds the wait for headers; for the body our own idle timer
    // takes over, which pauses while the sink is busy (else a slow disk would look like a
    // silent server and the socket would be ended under us).
    message.socket?.setTimeout(0)
    const status = message.statusCode ?? 0
    const location = message.headers.location
    if (status >= 300 && status < 400 && location) {
      message.destroy()
      if (hop >= options.maxRedirects) throw new UserError(`Too many redirects from ${url}`)
      current = new URL(location, current).toString()
      continue
    }
    if (status >= 200 && status < 300) return { message, url: current }
    message.destroy()
    const text = statusMessage(status, current, sendToken)
    if (isTransientStatus(status)) throw new TransientError(text, status)
    throw new HttpStatusError(status, current, text)
  }
}

/** Retries transient failures with the configured delays; the last failure becomes a UserError. */
async function withRetries<T>(
  url: string,
  options: NetworkOptions,
  attempt: () => Promise<T>
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      const delay = options.retryDelaysMs[tried]
      if (delay === undefined) {
        const attempts = tried + 1
        throw new UserError(
          `${error.message} (${url}, ${attempts} attempt${attempts > 1 ? 's' : ''})`
        )
      }
      await new Promise(resolveDelay => setTimeout(resolveDelay, delay))
    }
  }
}

/** Where one attempt's body goes. */
export interface BodySink {
  /** Consumes the body of one attempt; rejects when it cannot (the download still completes). */
  consume(body: Readable): Promise<void>
  /** Removes whatever a failed attempt left behind; called before a retry and after the last failure. */
  discard(): Promise<void>
}

export interface Download {
  bytes: number
  sha256: string
  /** Wall time of the successful attempt, the sink's work included. */
  ms: number
  /** Time spent hashing, inside `ms`: the cost of verification. */
  hashMs: number
  /** From the end of the body to the end of the sink's work (the extractor's tail). */
  sinkTailMs: number
  attempts: number
  finalUrl: string
  contentType: string
  /**
   * Why the sink gave up, when it did. The body was still read to its end, so the digest is
   * the whole file's: a mismatch explains the failure better than the sink's complaint.
   */
  sinkError?: unknown
}

/**
 * Streams `url` into `sink`, hashing on the way. A body shorter than Content-Length (or than
 * `listedSize`) is a cut-off transfer and is retried; the sink's leftovers are discarded
 * before each retry and after the last failure.
 */
export async function download(
  url: string,
  token: string,
  options: NetworkOptions,
  listedSize: number | undefined,
  sink: BodySink
): Promise<Download> {
  let attempts = 0
  try {
    return await withRetries(url, options, async () => {
      attempts++
      await sink.discard()
      return attempt(url, token, options, listedSize, sink, attempts)
    })
  } catch (error) {
    await sink.discard()
    throw error
  }
}

async function attempt(
  url: string,
  token: string,
  options: NetworkOptions,
  listedSize: number | undefined,
  sink: BodySink,
  attempts: number
): Promise<Download> {
  const started = performance.now()
  const { message, url: finalUrl } = await open(url, token, options)
  const header = message.headers['content-length']
  const hash = createHash('sha256')
  let bytes = 0
  let hashMs = 0
  let silence: string | undefined
  let timer: NodeJS.Timeout | undefined
  const touch = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      silence = `no data for ${options.idleTimeoutMs / 1000} s`
      message.destroy(new Error(silence))
    }, options.idleTimeoutMs)
  }
  touch()

  // The sink reads from `body`; the tap hashes every byte and forwards it while the sink
  // wants it. When the sink fails the tap keeps hashing to the end of the transfer.
  const body = new PassThrough({ highWaterMark: 1 << 20 })
  let sinkError: unknown
  let waiting: (() => void) | undefined
  let bodyEnded = 0
  const sinkDone = sink.consume(body).then(
    () => performance.now(),
    (error: unknown) => {
      sinkError = error
      const resume = waiting
      waiting = undefined
      if (resume) {
        touch()
        resume()
      }
      return performance.now()
    }
  )
  const tap = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      touch()
      const begun = performance.now()
      hash.update(chunk)
      hashMs += performance.now() - begun
      bytes += chunk.length
      if (sinkError !== undefined || body.write(chunk)) return callback()
      // The sink is busy (a loaded disk): our own pause, not the server's silence.
      clearTimeout(timer)
      waiting = callback
      body.once('drain', () => {
        if (waiting === callback) {
          waiting = undefined
          touch()
          callback()
        }
      })
    },
    final(callback) {
      bodyEnded = performance.now()
      body.end()
      callback()
    }
  })
  try {
    await pipeline(message, tap)
  } catch (error) {
    body.destroy(new Error('the transfer was cut off'))
    await sinkDone
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new UserError(`No space left on device while downloading ${url}.`)
    }
    throw new TransientError(
      silence ?? `download of ${finalUrl} was cut off after ${bytes} bytes: ${errorMessage(error)}`
    )
  } finally {
    clearTimeout(timer)
  }
  const sinkEnded = await sinkDone
  const short = lengthProblem(bytes, header, listedSize)
  if (short) throw new TransientError(`download of ${finalUrl} was truncated: ${short}`)
  if ((sinkError as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC') {
    throw new UserError(`No space left on device while downloading ${url}.`)
  }
  return {
    bytes,
    sha256: hash.digest('hex'),
    ms: performance.now() - started,
    hashMs,
    sinkTailMs: Math.max(0, sinkEnded - bodyEnded),
    attempts,
    finalUrl,
    contentType: message.headers['content-type'] ?? '',
    ...(sinkError !== undefined && { sinkError })
  }
}

/** A sink that writes the body to `dest` (removed again on failure). */
export function fileSink(dest: string): BodySink {
  return {
    consume: body => pipeline(body, createWriteStream(dest)),
    discard: () => rm(dest, { force: true })
  }
}

/** Streams `url` into the file `dest`; see `download`. A failed write is a failed download. */
export async function downloadFile(
  url: string,
  dest: string,
  token: string,
  options: NetworkOptions,
  listedSize?: number
): Promise<Download> {
  const result = await download(url, token, options, listedSize, fileSink(dest))
  if (result.sinkError !== undefined) {
    await rm(dest, { force: true })
    throw new UserError(`Cannot write ${dest}: ${errorMessage(result.sinkError)}`)
  }
  return result
}

/** GET a small text document (the listing). */
export async function fetchText(
  url: string,
  token: string,
  options: NetworkOptions
): Promise<{ text: string; contentType: string }> {
  const chunks: Buffer[] = []
  const result = await download(url, token, options, undefined, {
    consume: async body => {
      for await (const chunk of body) chunks.push(chunk as Buffer)
    },
    discard: async () => {
      chunks.length = 0
    }
  })
  return { text: Buffer.concat(chunks).toString('utf8'), contentType: result.contentType }
}
