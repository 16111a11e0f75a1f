// What the temp-dirs check found, directory by directory: the details of its result.
import type { CheckStatus } from '../result.js'

export interface TempProbeStep {
  step: 'create' | 'list' | 'write' | 'exec-first' | 'exec-second' | 'delete'
  ok: boolean
  ms: number
  error?: string
}

export interface TempDirectoryReport {
  path: string
  /** Every name this directory goes by: `GOTMPDIR`, `TMP`, `os.TempDir()`, `RUNNER_TEMP`, `GOCACHE`, ... */
  names: string[]
  status: CheckStatus
  steps: TempProbeStep[]
  /** First and second start of a freshly written executable: the difference estimates scan cost. */
  firstRunMs?: number
  secondRunMs?: number
  freeBytes?: number
  freeInodes?: number
  /** A line explaining the static facts: the mount (Unix) or the DACL (Windows). */
  explanation?: string
}

export interface TempDetails {
  directories: TempDirectoryReport[]
  fix?: { directory: string; exported: string[] }
}
