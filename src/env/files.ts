// File access for the readers: small files under /proc, /sys and /, read whole.
import { existsSync, readFileSync } from 'node:fs'

export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

export function pathExists(path: string): boolean {
  return existsSync(path)
}
