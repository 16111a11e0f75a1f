// What the Defender check found: the details of its result.

export type DefenderState = 'active' | 'passive' | 'off' | 'not-running' | 'unknown'

export type Coverage =
  'covered' | 'covered-by-parent' | 'possibly-covered' | 'not-covered' | 'unknown'

export interface DefenderPathCoverage {
  label: string
  path: string
  coverage: Coverage
  /** The exclusion that covers it, when one does. */
  by?: string
  /** First-run minus second-run start of a new executable in this path, from the temp probe. */
  scanCostMs?: number
}

export interface DefenderDetails {
  state: DefenderState
  stateReason: string
  realTimeProtection?: boolean
  tamperProtected?: boolean
  productVersion?: string
  elevated?: boolean
  coverage: DefenderPathCoverage[]
  processExclusions: string[]
  appLocker?: { enforcesExe: boolean; detail: string }
  exclusionsAdded: string[]
}
