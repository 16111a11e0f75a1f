/** The Go toolchain the tests will use, wherever it came from. */
export interface GoToolchain {
  /** Absolute path to the `go` executable. */
  goBinary: string
  goRoot: string
  /** As `go env GOVERSION` prints it, e.g. `go1.19.8`. */
  version: string
  source: 'tool-cache' | 'download' | 'path'
}
