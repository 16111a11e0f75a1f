// go-version-file: go.mod / go.work (toolchain line rule), .tool-versions (asdf), .go-version.
// The parser is pure; reading the file is the only effect.
import { basename } from 'node:path'
import { UserError, quoteValue } from '../errors.js'
import { readBoundedText } from '../files.js'
import { resolveInputPath } from '../paths.js'

/** A version file is a few lines; go.mod with many requires stays far below this. */
export const VERSION_FILE_MAX_BYTES = 64 * 1024
/** Longer than any Go version or range: the rest of such a line is not echoed. */
const VERSION_MAX_LENGTH = 64

export interface VersionFromFile {
  /** The version text as found, e.g. `1.22`, `1.22.5`, `1.23rc1`. */
  version: string
  /** Which line supplied it, for the report: `toolchain line 5 of go.mod`. */
  origin: string
}

/**
 * In go.mod and go.work the `toolchain go1.x.y` line wins over the `go 1.x` line, because that
 * is what `go` itself would switch to, unless GOTOOLCHAIN=local is already set: then go uses
 * the local toolchain and only the `go` line constrains it.
 */
export function parseVersionFile(
  fileName: string,
  content: string,
  env: { GOTOOLCHAIN?: string }
): VersionFromFile {
  const name = basename(fileName)
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (name === 'go.mod' || name === 'go.work')
    return parseGoMod(name, lines, env.GOTOOLCHAIN === 'local')
  if (name === '.tool-versions') return parseToolVersions(name, lines)
  const index = lines.findIndex(line => line.trim() !== '' && !line.trim().startsWith('#'))
  if (index === -1)
    throw new UserError(`go-version-file ${name} is empty: expected a Go version such as 1.22.5.`)
  return checked({ version: lines[index].trim(), origin: `line ${index + 1} of ${name}` })
}

/** A version longer than any real one is refused without echoing the line. */
function checked(found: VersionFromFile): VersionFromFile {
  if (found.version.length > VERSION_MAX_LENGTH) {
    throw new UserError(
      `go-version-file: ${found.origin} is ${found.version.length} characters long: expected a Go version such as 1.22.5.`
    )
  }
  return found
}

function parseGoMod(name: string, lines: string[], localToolchain: boolean): VersionFromFile {
  let go: VersionFromFile | undefined
  let toolchain: VersionFromFile | undefined
  lines.forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim()
    const goLine = /^go\s+(\S+)$/.exec(line)
    if (goLine && !go) go = { version: goLine[1], origin: `go line ${index + 1} of ${name}` }
    // `toolchain default` (or any non-go name) means "no preference".
    const toolchainLine = /^toolchain\s+go(\d\S*)$/.exec(line)
    if (toolchainLine && !toolchain) {
      toolchain = { version: toolchainLine[1], origin: `toolchain line ${index + 1} of ${name}` }
    }
  })
  if (toolchain && !localToolchain) return checked(toolchain)
  if (go) return checked(go)
  throw new UserError(
    `go-version-file ${name} has no 'go' line: expected a line such as 'go 1.22'.`
  )
}

function parseToolVersions(name: string, lines: string[]): VersionFromFile {
  for (const [index, raw] of lines.entries()) {
    const [tool, version] = raw.replace(/#.*$/, '').trim().split(/\s+/)
    if ((tool === 'golang' || tool === 'go') && version)
      return checked({ version, origin: `golang line ${index + 1} of ${name}` })
  }
  throw new UserError(
    `go-version-file ${name} has no golang line: expected a line such as 'golang 1.22.5'.`
  )
}

/** Reads the file (inside the workspace, at most 64 KiB) and parses it; errors name the input. */
export function readVersionFile(
  file: string,
  workspace: string,
  env: { GOTOOLCHAIN?: string },
  platform: NodeJS.Platform = process.platform
): VersionFromFile {
  const path = resolveInputPath(file, {
    input: 'go-version-file',
    workspace,
    platform,
    followLinks: true
  })
  const content = readBoundedText(
    path,
    VERSION_FILE_MAX_BYTES,
    `Input 'go-version-file' file ${quoteValue(file)}`
  )
  return parseVersionFile(path, content, env)
}
