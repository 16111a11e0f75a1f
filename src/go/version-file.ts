// go-version-file: go.mod / go.work (toolchain line rule), .tool-versions (asdf), .go-version.
// The parser is pure; reading the file is the only effect.
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { UserError, errorMessage } from '../errors.js'

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
    throw new UserError(
      `go-version-file ${fileName} is empty: expected a Go version such as 1.22.5.`
    )
  return { version: lines[index].trim(), origin: `line ${index + 1} of ${name}` }
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
  if (toolchain && !localToolchain) return toolchain
  if (go) return go
  throw new UserError(
    `go-version-file ${name} has no 'go' line: expected a line such as 'go 1.22'.`
  )
}

function parseToolVersions(name: string, lines: string[]): VersionFromFile {
  for (const [index, raw] of lines.entries()) {
    const [tool, version] = raw.replace(/#.*$/, '').trim().split(/\s+/)
    if ((tool === 'golang' || tool === 'go') && version)
      return { version, origin: `golang line ${index + 1} of ${name}` }
  }
  throw new UserError(
    `go-version-file ${name} has no golang line: expected a line such as 'golang 1.22.5'.`
  )
}

/** Reads the file (relative to the workspace) and parses it; errors name the file. */
export function readVersionFile(
  file: string,
  workspace: string,
  env: { GOTOOLCHAIN?: string }
): VersionFromFile {
  const path = resolve(workspace, file)
  let content: string
  try {
    content = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UserError(`go-version-file ${file} cannot be read (${path}): ${errorMessage(error)}`)
  }
  return parseVersionFile(path, content, env)
}
