// Reading a file an input names: a regular file only (a FIFO or device would block or never
// end), at most `maxBytes`, UTF-8 text. Errors name the input and the problem, never the content.
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { UserError, errorMessage, quoteValue } from './errors.js'

export function formatBytes(bytes: number): string {
  const round = (value: number) => Math.round(value * 10) / 10
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MiB`
  return bytes >= 1024 ? `${round(bytes / 1024)} KiB` : `${bytes} bytes`
}

/** `label` names the input and its value for the message, e.g. `Input 'thresholds' file "x.yml"`. */
export function readBoundedText(path: string, maxBytes: number, label: string): string {
  let size: number
  try {
    const info = statSync(path)
    if (!info.isFile()) throw new UserError(`${label} is not a regular file.`)
    size = info.size
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${label} cannot be read: ${shortReason(error)}.`)
  }
  if (size > maxBytes) {
    throw new UserError(
      `${label} is ${formatBytes(size)}: expected at most ${formatBytes(maxBytes)}.`
    )
  }
  // Read one byte past the limit: a file that grew since stat is still refused.
  const buffer = Buffer.alloc(maxBytes + 1)
  let length = 0
  try {
    const fd = openSync(path, 'r')
    try {
      let read: number
      while (
        length < buffer.length &&
        (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0
      )
        length += read
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw new UserError(`${label} cannot be read: ${shortReason(error)}.`)
  }
  if (length > maxBytes) {
    throw new UserError(`${label} is larger than ${formatBytes(maxBytes)}.`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length))
  } catch {
    throw new UserError(`${label} is not UTF-8 text.`)
  }
}

/** The error's code (ENOENT, EACCES) and message, escaped and short. */
function shortReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'it does not exist'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  return quoteValue(errorMessage(error), 120)
}
