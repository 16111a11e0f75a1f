// The one interface behind which each operating system's temp-dir facts live (chosen once per
// run in open.ts, so no backend imports the chooser).
import type { AclAssessment } from './access.js'
import type { MountFlags } from './mountinfo.js'
import type { ProbeTarget } from './probe.js'

export interface UnixFacts {
  kind: 'unix'
  mount?: { mountPoint: string; fsType: string; options: string[]; flags: MountFlags }
  /** Why the mount is missing, when it is. */
  mountNote?: string
  /** st_mode permission bits, including the sticky bit (0o1000). */
  mode: number
  uid: number
  processUid: number
}

export interface WindowsFacts {
  kind: 'windows'
  sddl: string
  owner?: string
  assessment: AclAssessment
}

export type StaticFacts = UnixFacts | WindowsFacts | { kind: 'none'; reason: string }

export interface TempPlatform {
  /** Windows: the process runs as LocalSystem, whose os.TempDir() is <Windows>\SystemTemp. */
  isSystemAccount: boolean
  /** What this platform could not provide, said once in the check's summary details. */
  notes: string[]
  probe: Omit<ProbeTarget, 'execTimeoutMs'>
  /** The static facts that explain a probe failure: mount and mode (Unix), DACL (Windows). */
  explain(path: string): Promise<StaticFacts>
}
