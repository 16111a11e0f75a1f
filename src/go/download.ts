// HTTP for the installer: bounded time, bounded retries, the token only for github.com hosts,
// and a sha256 computed while the bytes stream to disk.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { UserError, errorMessage } from '../errors.js'

export interface NetworkOptions {
  /** From sending the request to the response headers. */
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

interface Opened {
  response: Response
  url: string
  controller: AbortController
  /** Restarts the idle timer; call on every chunk. */
  touch: () => void
  done: () => void
  timedOut: () => string | undefined
}

/** One attempt: follows redirects itself so the Authorization header never leaves github.com. */
async function open(url: string, token: string, options: NetworkOptions): Promise<Opened> {
  const controller = new AbortController()
  let timeoutReason: string | undefined
  let timer = setTimeout(() => {
    timeoutReason = `no response within ${options.headersTimeoutMs / 1000} s`
    controller.abort()
  }, options.headersTimeoutMs)
  const done = (): void => clearTimeout(timer)
  const touch = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timeoutReason = `no data for ${options.idleTimeoutMs / 1000} s`
      controller.abort()
    }, options.idleTimeoutMs)
  }
  let current = url
  try {
    for (let hop = 0; ; hop++) {
      const sendToken = token !== '' && mayReceiveToken(current)
      // identity: a server that labels a .tar.gz with Content-Encoding must not get it unpacked
      // (the digest is of the archive as published).
      const headers: Record<string, string> = {
        'user-agent': 'go-win-preflight',
        'accept-encoding': 'identity'
      }
      if (sendToken) headers.authorization = `token ${token}`
      let response: Response
      try {
        response = await fetch(current, { headers, redirect: 'manual', signal: controller.signal })
      } catch (error) {
        throw new TransientError(
          timeoutReason ?? `cannot reach ${new URL(current).host}: ${causeOf(error)}`
        )
      }
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (hop >= options.maxRedirects) throw new UserError(`Too many redirects from ${url}`)
        current = new URL(location, current).toString()
        continue
      }
      if (response.ok) {
        touch()
        return { response, url: current, controller, touch, done, timedOut: () => timeoutReason }
      }
      await response.body?.cancel()
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        throw new TransientError(
          statusMessage(response.status, current, sendToken),
          response.status
        )
      }
      throw new HttpStatusError(
        response.status,
        current,
        statusMessage(response.status, current, sendToken)
      )
    }
  } catch (error) {
    done()
    throw error
  }
}

function causeOf(error: unknown): string {
  // fetch wraps the socket error ("fetch failed"); the cause says what happened. Duck-typed:
  // the cause may come from another realm.
  const cause = (error as { cause?: { message?: unknown } }).cause
  return typeof cause?.message === 'string' ? cause.message : errorMessage(error)
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

/** GET a small text document (the listing). */
export async function fetchText(
  url: string,
  token: string,
  options: NetworkOptions
): Promise<{ text: string; contentType: string }> {
  return withRetries(url, options, async () => {
    const opened = await open(url, token, options)
    try {
      const text = await opened.response.text()
      return { text, contentType: opened.response.headers.get('content-type') ?? '' }
    } catch (error) {
      throw new TransientError(
        opened.timedOut() ?? `the answer from ${url} was cut off: ${causeOf(error)}`
      )
    } finally {
      opened.done()
    }
  })
}

export interface Download {
  bytes: number
  sha256: string
  /** Wall time of the successful attempt. */
  ms: number
  /** Time spent hashing, inside `ms`: the cost of verification. */
  hashMs: number
  attempts: number
  finalUrl: string
}

/**
 * Streams `url` into `dest`, hashing on the way. A body shorter than Content-Length (or than
 * `expectedBytes`) is a cut-off transfer and is retried; the partial file is always removed.
 */
export async function downloadFile(
  url: string,
  dest: string,
  token: string,
  options: NetworkOptions,
  expectedBytes?: number
): Promise<Download> {
  let attempts = 0
  return withRetries(url, options, async () => {
    attempts++
    const started = performance.now()
    const opened = await open(url, token, options)
    const declared = Number(opened.response.headers.get('content-length') ?? NaN)
    const hash = createHash('sha256')
    let bytes = 0
    let hashMs = 0
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        opened.touch()
        const begun = performance.now()
        hash.update(chunk)
        hashMs += performance.now() - begun
        bytes += chunk.length
        callback(null, chunk)
      }
    })
    try {
      const body = opened.response.body
      if (!body) throw new TransientError(`empty answer from ${opened.url}`)
      await pipeline(Readable.fromWeb(body as WebReadableStream), tap, createWriteStream(dest))
    } catch (error) {
      await rm(dest, { force: true })
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
        throw new UserError(`No space left on device while downloading ${url} to ${dest}.`)
      }
      if (error instanceof UserError || error instanceof TransientError) throw error
      throw new TransientError(
        opened.timedOut() ??
          `download of ${opened.url} was cut off after ${bytes} bytes: ${causeOf(error)}`
      )
    } finally {
      opened.done()
    }
    const wanted = Number.isFinite(declared) ? declared : expectedBytes
    if (wanted !== undefined && bytes !== wanted) {
      await rm(dest, { force: true })
      throw new TransientError(
        `download of ${opened.url} was truncated: got ${bytes} of ${wanted} bytes`
      )
    }
    return {
      bytes,
      sha256: hash.digest('hex'),
      ms: performance.now() - started,
      hashMs,
      attempts,
      finalUrl: opened.url
    }
  })
}
