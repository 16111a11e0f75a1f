// The go-install check's result, built from what the plan and its effects found. Pure.
import type { CheckResultOf } from '../checks/result.js'
import type { CheckResult, Finding } from '../report/types.js'
import type { GoInstallDetails } from './details.js'

const TITLE = 'Go toolchain'

export const NO_GO = 'no go-version given and no go on PATH: checks that need Go are skipped'

/** After an install (downloaded or from the tool cache). */
export function installCheck(
  details: GoInstallDetails,
  findings: Finding[],
  durationMs: number
): CheckResultOf<'go-install', GoInstallDetails> {
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
  const status = findings.some(finding => finding.severity === 'error')
    ? 'fail'
    : findings.some(finding => finding.severity === 'warning')
      ? 'warn'
      : 'pass'
  return { id: 'go-install', title: TITLE, status, summary, findings, details, durationMs }
}

/** No version asked: the Go found on PATH is used as it is. */
export function pathCheck(
  goBinary: string,
  goRoot: string,
  version: string,
  durationMs: number
): CheckResultOf<'go-install', GoInstallDetails> {
  return {
    id: 'go-install',
    title: TITLE,
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
    },
    durationMs
  }
}

/**
 * No Go to check: go-install and go-env both skipped (nothing asked, nothing on PATH), or
 * unknown (the go on PATH does not run), with the same reason.
 */
export function withoutGo(status: 'skipped' | 'unknown', summary: string): CheckResult[] {
  const details: GoInstallDetails = {
    source: 'none',
    checksum: 'not-applicable',
    cacheHit: false,
    timingsMs: {}
  }
  return [
    { id: 'go-install', title: TITLE, status, summary, findings: [], details },
    { id: 'go-env', title: 'Go environment', status, summary, findings: [] }
  ]
}
