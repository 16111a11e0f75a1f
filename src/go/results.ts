// The go-install and go-env results, built from what the plan and its effects found with the
// shared result rules (checks/result.ts). Pure but for the durations.
import {
  resultBuilder,
  statusFromFindings,
  type CheckResultOf,
  type Finding
} from '../checks/result.js'
import type { GoInstallDetails } from './details.js'

export const NO_GO = 'no go-version given and no go on PATH: checks that need Go are skipped'

type InstallResult = CheckResultOf<'go-install', GoInstallDetails>
export type GoEnvResult = CheckResultOf<'go-env', never>

const installResult = (started?: number) =>
  resultBuilder<'go-install', GoInstallDetails>('go-install', 'Go toolchain', started)

/** The go-env result; `started` defaults to now for the pure evaluation. */
export const goEnvResult = (started?: number) =>
  resultBuilder<'go-env', never>('go-env', 'Go environment', started)

/** After an install (downloaded or from the tool cache). */
export function installCheck(
  details: GoInstallDetails,
  findings: Finding[],
  started: number
): InstallResult {
  const seconds = (ms = 0) => `${(ms / 1000).toFixed(2)} s`
  const t = details.timingsMs
  let summary: string
  if (details.cacheHit) {
    summary = `${details.goVersion} from the tool cache (${details.goRoot})`
  } else {
    const mb = ((details.bytes ?? 0) / 1e6).toFixed(1)
    const check = details.checksum === 'verified' ? 'sha256 verified' : 'sha256 NOT verified'
    summary =
      `Installed ${details.goVersion} from ${details.url}: ${check}, ${mb} MB; download ${seconds(t.download)}, ` +
      `verify ${seconds(t.verify)}, extract ${seconds(t.extract)} (${details.extractor}), cache ${seconds(t.cache)}`
  }
  return installResult(started)({
    status: statusFromFindings(findings),
    summary,
    findings,
    details
  })
}

/** No version asked: the Go found on PATH is used as it is. */
export function pathCheck(
  goBinary: string,
  goRoot: string,
  version: string,
  started: number
): InstallResult {
  return installResult(started)({
    status: 'pass',
    summary: `No go-version given: using ${version} found on PATH (${goBinary})`,
    findings: [],
    details: {
      source: 'path',
      checksum: 'not-applicable',
      cacheHit: false,
      goRoot,
      goVersion: version,
      timingsMs: {}
    }
  })
}

/**
 * No Go to check: go-install and go-env both skipped (nothing asked, nothing on PATH), or
 * unknown (the go on PATH does not run), with the same reason.
 */
export function withoutGo(
  status: 'skipped' | 'unknown',
  summary: string,
  started: number
): [InstallResult, GoEnvResult] {
  const details: GoInstallDetails = {
    source: 'none',
    checksum: 'not-applicable',
    cacheHit: false,
    timingsMs: {}
  }
  return [
    installResult(started)({ status, summary, findings: [], details }),
    goEnvResult(started)({ status, summary, findings: [] })
  ]
}
