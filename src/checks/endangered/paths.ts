// Which `*_test.go` files a `test-paths` list names, with the `go test` package-pattern rules:
// `dir/...` walks recursively, skipping `vendor`, `testdata` and directories starting with `.`
// or `_` (as the go command does); a plain directory means its own files; a `.go` file itself.
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UserError } from '../../errors.js'

export interface TestPathPattern {
  /** Absolute directory or file. */
  path: string
  recursive: boolean
}

/** Pure: turn one `test-paths` entry into an absolute path and whether it recurses. */
export function parseTestPath(entry: string, baseDir: string): TestPathPattern {
  const normalised = entry.replace(/\\/g, '/')
  if (normalised === '...' || normalised.endsWith('/...')) {
    const dir = normalised === '...' ? '.' : normalised.slice(0, -'/...'.length) || '/'
    return { path: resolve(baseDir, dir), recursive: true }
  }
  if (normalised.includes('...')) {
    throw new UserError(
      `Input 'test-paths' entry ${JSON.stringify(entry)} is not supported: expected a directory, a directory followed by /..., or a .go file.`
    )
  }
  return { path: resolve(baseDir, normalised), recursive: false }
}

/** Directories `./...` skips below its root. */
export function isSkippedDirectory(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name.startsWith('.') || name.startsWith('_')
}

export function isTestFile(name: string): boolean {
  return name.endsWith('_test.go') && !name.startsWith('.') && !name.startsWith('_')
}

/** The test files the entries name, absolute, sorted, without duplicates. */
export async function listTestFiles(
  entries: readonly string[],
  baseDir: string
): Promise<string[]> {
  const found = new Set<string>()
  for (const entry of entries) {
    const pattern = parseTestPath(entry, baseDir)
    const info = await stat(pattern.path).catch(() => undefined)
    if (info === undefined) {
      throw new UserError(
        `Input 'test-paths' entry ${JSON.stringify(entry)} names ${pattern.path}, which does not exist: expected a directory or a .go file in the repository.`
      )
    }
    if (info.isFile()) {
      if (pattern.recursive || !pattern.path.endsWith('.go')) {
        throw new UserError(
          `Input 'test-paths' entry ${JSON.stringify(entry)} names a file that is not a .go file: expected a directory or a .go file.`
        )
      }
      found.add(pattern.path)
      continue
    }
    await collect(pattern.path, pattern.recursive, found)
  }
  return [...found].sort()
}

async function collect(dir: string, recursive: boolean, found: Set<string>): Promise<void> {
  // Symbolic links are neither files nor directories for Dirent: skipped, as `go test ./...` does.
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.isFile() && isTestFile(entry.name)) found.add(join(dir, entry.name))
    else if (recursive && entry.isDirectory() && !isSkippedDirectory(entry.name)) {
      await collect(join(dir, entry.name), true, found)
    }
  }
}
