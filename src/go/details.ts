// What the go-install check did: the details of its result.

export interface GoInstallDetails {
  requested?: string
  resolvedVersion?: string
  source: 'tool-cache' | 'download' | 'path' | 'none'
  url?: string
  sha256?: string
  checksum: 'verified' | 'unverified' | 'not-applicable'
  bytes?: number
  timingsMs: {
    resolve?: number
    download?: number
    verify?: number
    extract?: number
    cache?: number
  }
  cacheHit: boolean
  goRoot?: string
  goVersion?: string
  extractor?: string
}
