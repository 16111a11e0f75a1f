// Every one-line error the Go installer gives, in one place: the plan's refusals (no such version,
// no listing for a range, a checksum required but not given) and the translation of what the
// effects hit (HTTP 404, a full disk, a digest mismatch, an archive that cannot be unpacked).
import { UserError, errorMessage } from '../errors.js'
import { HttpStatusError } from './download.js'
import type { Candidate } from './version-spec.js'
import { nearestVersions, semverToGo, type VersionSpec } from './version-spec.js'
import type { GoTarget } from './target.js'

/** What a failure message needs to know about the file being installed. */
export interface FailingFile {
  /** semver */
  version: string
  fileName: string
  url: string
  /** `linux/amd64` */
  platform: string
  sha256?: string
  unverifiable?: string
}

export function unknownVersion(
  spec: VersionSpec,
  target: GoTarget,
  baseUrl: string,
  candidates: Candidate[]
): UserError {
  const { near, newest } = nearestVersions(spec, candidates)
  const nearText = near.length > 0 ? `nearest available: ${near.map(semverToGo).join(', ')}; ` : ''
  const newestText = newest
    ? `newest stable: ${semverToGo(newest)}`
    : 'the listing has no stable release for it'
  return new UserError(
    `Go ${spec.text} is not available for ${target.os}/${target.arch} at ${baseUrl}: ${nearText}${newestText}.`
  )
}

export function rangeWithoutListing(listingUrl: string, reason: string, spec: VersionSpec) {
  return new UserError(
    `${listingUrl} has no Go listing (${reason}), so go-version ${spec.text} cannot be resolved: give an exact version such as 1.22.5.`
  )
}

export function checksumRequired(file: FailingFile & { unverifiable: string }): UserError {
  return new UserError(
    `require-checksum is true but ${file.unverifiable}: the download of ${file.url} cannot be verified.`
  )
}

export function digestMismatch(file: FailingFile, got: string): UserError {
  return new UserError(
    `sha256 mismatch for ${file.url}: expected ${file.sha256}, got ${got}. Nothing was kept and nothing was cached.`
  )
}

export function cannotExtract(file: FailingFile, extractor: string, cause: unknown): UserError {
  return new UserError(
    `Cannot extract ${file.fileName} from ${file.url} (${extractor}): ${errorMessage(cause)}`
  )
}

export function cannotWrite(path: string, cause: unknown): UserError {
  return new UserError(`Cannot write ${path}: ${errorMessage(cause)}`)
}

export function notGoArchive(file: FailingFile, platform: NodeJS.Platform): UserError {
  return new UserError(
    `${file.fileName} from ${file.url} has no go/bin/go${platform === 'win32' ? '.exe' : ''}: it is not a Go distribution archive.`
  )
}

/**
 * What the download, extraction and cache placement threw, in the user's terms; anything not
 * recognised is returned as it came. A 404 on a listed file means an incomplete mirror; on a
 * guessed name, a wrong version.
 */
export function translateInstallError(
  error: unknown,
  file: FailingFile,
  installRoot: string
): unknown {
  if (error instanceof HttpStatusError && error.status === 404) {
    return new UserError(
      file.sha256 || file.unverifiable?.startsWith('the listing')
        ? `The listing names ${file.fileName} but ${error.url} answers HTTP 404: the mirror is incomplete.`
        : `Go ${semverToGo(file.version)} for ${file.platform} is not at ${error.url} (HTTP 404): check go-version and go-download-base-url.`
    )
  }
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC') {
    return new UserError(
      `No space left on device while installing Go ${semverToGo(file.version)} into ${installRoot}.`
    )
  }
  return error
}
