// The waits the endangered-tests check found: the details of its result.

export interface EndangeredTestHit {
  file: string
  line: number
  column: number
  call: string
  durationUs: number
  expression: string
}

export interface EndangeredTestsDetails {
  filesScanned: number
  /**
   * Waits below this are flagged. Derived from the threshold row (never from this run's
   * measurement), so the same code gets the same findings run after run.
   */
  thresholdUs: number
  /** How thresholdUs was derived, e.g. `2 × the vm limit for wake-p99, 5 ms`. */
  cutoffRule?: string
  hits: EndangeredTestHit[]
}
