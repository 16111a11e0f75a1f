// 8.3 short names (`C:\Users\RUNNER~1`) resolved by Windows itself: GetLongPathNameW (kernel32).
import { loadKoffi } from '../../native/koffi.js'
import type { LongPathResolver } from './coverage.js'

/** Longest path GetLongPathNameW can return, in UTF-16 code units (with the `\\?\` limit). */
const MAX_PATH_UNITS = 32_768

export function windowsLongPathResolver(): LongPathResolver {
  const kernel32 = loadKoffi().load('kernel32.dll')
  const getLongPathNameW = kernel32.func(
    'uint32_t __stdcall GetLongPathNameW(str16 shortPath, void *longPath, uint32_t length)'
  )
  const buffer = Buffer.alloc(MAX_PATH_UNITS * 2)
  return path => {
    // Returns the length without the terminating NUL, 0 on failure (e.g. the path does not exist).
    const units = getLongPathNameW(path, buffer, MAX_PATH_UNITS) as number
    if (units === 0 || units >= MAX_PATH_UNITS) return undefined
    return buffer.toString('utf16le', 0, units * 2)
  }
}
