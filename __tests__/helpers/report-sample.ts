// A hand-built report (not measured anywhere) that fills every field of the types, for the
// rendering tests and for checking docs/report.md against the schema.
import type { Report } from '../../src/report/types.js'
import type { DefenderDetails } from '../../src/checks/defender/types.js'
import type { EndangeredTestsDetails } from '../../src/checks/endangered/types.js'
import type { GoInstallDetails } from '../../src/go/details.js'
import type { LatencyStats, TimerDetails, WakeupLoop } from '../../src/timer/types.js'
import type { TempDetails } from '../../src/checks/temp/types.js'

export const stats = (
  p50: number,
  p99: number | null,
  max: number,
  count = 2000
): LatencyStats => ({
  count,
  min: p50 / 2,
  mean: p50 * 1.1,
  median: p50,
  p90: p50 * 1.5,
  p95: p50 * 2,
  p99,
  p999: count >= 10_000 ? max * 0.9 : null,
  max,
  stddev: p50 / 3,
  madScaled: p50 / 4
})

export function wakeupLoop(): WakeupLoop {
  return {
    backend: 'windows-high-resolution-timer',
    intervalUs: 1000,
    trials: [stats(480, 1700, 6900), stats(510, 1900, 5200)],
    aggregate: stats(495, 1800, 6900, 4000),
    trialSpread: { p50: [480, 510], p99: [1700, 1900] },
    histogram: [
      { fromUs: 0, toUs: 250, count: 120 },
      { fromUs: 250, toUs: 500, count: 1900 },
      { fromUs: 500, toUs: 750, count: 1700 },
      { fromUs: 750, toUs: 1000, count: 200 },
      { fromUs: 1000, toUs: 2000, count: 70 },
      { fromUs: 2000, toUs: 8000, count: 10 }
    ],
    outliers: [
      {
        backend: 'windows-high-resolution-timer',
        trial: 1,
        index: 17,
        offsetMs: 120,
        valueUs: 6900
      },
      {
        backend: 'windows-high-resolution-timer',
        trial: 1,
        index: 18,
        offsetMs: 150,
        valueUs: 4100
      },
      {
        backend: 'windows-high-resolution-timer',
        trial: 2,
        index: 900,
        offsetMs: 3400,
        valueUs: 5200
      }
    ],
    outlierRule: 'above median + 10 × scaled MAD',
    note: 'high-resolution flag accepted'
  }
}

export function timerDetails(): TimerDetails {
  return {
    clock: {
      name: 'QueryPerformanceCounter',
      frequencyHz: 10_000_000,
      resolutionNs: 100,
      readCostNs: 25
    },
    timerResolution: { coarsestMs: 15.625, finestMs: 0.5, currentMs: 15.625 },
    timerSlackNs: 50_000,
    loops: [wakeupLoop()],
    sleep: { targetMs: 100, samplesMs: [100.9, 101.2, 115.6], meanPct: 5.9, worstPct: 15.6 },
    cpu: {
      quota: 'cgroup v2 cpu.max 20000 100000',
      quotaUs: 20_000,
      periodUs: 100_000,
      throttledPeriods: 12,
      throttledUs: 340_000,
      throttledPct: 8.5,
      stealPct: 1.2,
      pressureSomeAvg10: 3.4,
      notes: ['cgroup v2']
    },
    goProbe: {
      status: 'ok',
      reason: 'ran',
      goVersion: 'go1.22.5',
      results: [
        {
          name: 'time.Sleep',
          variant: 'default',
          requestedUs: 1000,
          stats: stats(1500, 15_600, 16_000)
        }
      ]
    },
    stageMs: 5200,
    notes: ['timeBeginPeriod affects only this process']
  }
}

export const goInstall: GoInstallDetails = {
  requested: '1.22',
  resolvedVersion: '1.22.5',
  source: 'download',
  url: 'https://go.dev/dl/go1.22.5.windows-amd64.zip',
  sha256: 'aaaa',
  checksum: 'verified',
  bytes: 75_000_000,
  timingsMs: { resolve: 120, download: 3400, verify: 200, extract: 9000, cache: 800 },
  cacheHit: false,
  goRoot: 'C:\\hostedtoolcache\\windows\\go\\1.22.5\\x64',
  goVersion: 'go1.22.5',
  extractor: '7z'
}

export const temp: TempDetails = {
  directories: [
    {
      path: 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
      names: ['TMP', 'TEMP', 'os.TempDir()'],
      status: 'fail',
      steps: [
        { step: 'create', ok: true, ms: 1.2 },
        { step: 'list', ok: true, ms: 0.4 },
        { step: 'write', ok: true, ms: 2.1 },
        { step: 'exec-first', ok: false, ms: 30.5, error: 'Access is denied. | <b>' },
        { step: 'exec-second', ok: false, ms: 12 },
        { step: 'delete', ok: true, ms: 3 }
      ],
      firstRunMs: 420,
      secondRunMs: 35,
      freeBytes: 10_000_000_000,
      freeInodes: 1_000_000,
      explanation: 'DACL denies execute to BUILTIN\\Users'
    }
  ],
  fix: { directory: 'D:\\a\\_temp\\go-tmp', exported: ['GOTMPDIR', 'TMP', 'TEMP'] }
}

export const defender: DefenderDetails = {
  state: 'active',
  stateReason: 'AMRunningMode Normal',
  realTimeProtection: true,
  tamperProtected: false,
  productVersion: '4.18.24090.11',
  elevated: true,
  coverage: [
    {
      label: 'GOCACHE',
      path: 'C:\\go-cache',
      coverage: 'not-covered',
      by: 'C:\\x',
      scanCostMs: 385
    }
  ],
  processExclusions: ['go.exe'],
  appLocker: { enforcesExe: false, detail: 'no policy' },
  exclusionsAdded: ['D:\\a\\_temp']
}

export const endangered: EndangeredTestsDetails = {
  filesScanned: 42,
  thresholdUs: 3600,
  cutoffRule: '2 × the vm limit for wake-p99, 1.8 ms',
  hits: [
    {
      file: 'pkg/worker_test.go',
      line: 31,
      column: 2,
      call: 'time.Sleep',
      durationUs: 50,
      expression: '50 * time.Microsecond'
    },
    {
      file: 'pkg/a|b_test.go',
      line: 9,
      column: 3,
      call: 'select <-time.After',
      durationUs: 2000,
      expression: '2*time.Millisecond'
    }
  ],
  needs: [
    {
      test: 'TestWorkerDone',
      file: 'pkg/worker_test.go',
      line: 40,
      column: 2,
      wait: 'time.Sleep(200 * time.Millisecond)',
      waitUs: 200_000,
      kind: 'elapsed',
      bound: 'elapsed > 220*time.Millisecond',
      boundUs: 220_000,
      marginUs: 20_000,
      periodicUs: 0,
      risk: 'unlikely',
      chance: 0,
      rule: "within this runner's lateness, 0% chance per run: p99 over the margin in 0 of 5 trials measured (median p99 1.8 ms), max 6 ms"
    }
  ],
  testsScanned: 12,
  safeWaits: 3,
  lateness: {
    p50Us: [60, 62, 61, 70, 58],
    p90Us: [400, 420, 450, 900, 380],
    p99Us: [1650, 1720, 1800, 2900, 1610],
    p999Us: [null, null, null, null, null],
    maxUs: [4000, 5200, 6000, 3900, 4100],
    throttle: { quotaUs: 20_000, periodUs: 100_000, throttledPct: 0 }
  }
}

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'go-win-preflight', version: '0.1.0' },
    startedAt: '2025-06-01T10:00:00.000Z',
    durationMs: 41_000,
    platform: { os: 'win32', arch: 'x64', release: '10.0.20348' },
    runner: {
      name: 'build-pool-07',
      os: 'Windows',
      arch: 'X64',
      labels: ['self-hosted', 'windows', 'x64'],
      imageOS: 'win22',
      imageVersion: '20250601.1',
      hostname: 'BUILD-POOL-07',
      cpu: { count: 4, model: 'Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz' },
      memoryBytes: 17_179_869_184,
      job: 'test',
      runId: '9876543210',
      runAttempt: '1',
      matrix: { os: 'windows-2022', go: '1.22' }
    },
    verdict: 'fail',
    suspicious: false,
    reasons: [
      'wake-p99 1.8 ms exceeds 1 ms (vm)',
      'temp dir C:\\Users\\RUNNER~1\\AppData\\Local\\Temp cannot run executables'
    ],
    environment: {
      class: 'vm',
      detected: 'vm',
      overridden: false,
      evidence: [{ signal: 'BIOS SystemProductName', value: 'Virtual Machine', indicates: 'vm' }],
      runner: {
        os: 'Windows',
        arch: 'X64',
        environment: 'self-hosted',
        imageOS: 'win22',
        imageVersion: '20250601.1'
      }
    },
    decision: {
      verdict: 'fail',
      suspicious: false,
      reasons: ['wake-p99 1.8 ms exceeds 1 ms (vm)'],
      breaches: [
        {
          metric: 'wake-p99',
          unit: 'us',
          value: 1800,
          limit: 1000,
          severity: 'error',
          rule: 'median of 2 trials p99 > limit'
        }
      ],
      thresholds: { environment: 'vm', 'wake-p99': '1ms', 'sleep-deviation-pct': '10' },
      failStep: true,
      withinLimits: ['timer-resolution within 16ms: the single measurement is 15.625ms.'],
      failureReasons: ['sleep-deviation-pct over the serverless limit']
    },
    metrics: [
      {
        id: 'wake-p99',
        unit: 'us',
        value: 1800,
        trials: [1700, 1900],
        aggregation: "median of 2 trials' p99",
        source: 'windows-high-resolution-timer'
      }
    ],
    timingsMs: { startup: 180, koffiLoad: 35, stages: { 'go-install': 13_520, timer: 5200 } },
    cache: {
      status: 'partial',
      summary:
        'restored setup-go-Windows-x64-go-1.22.5-0f1e (restore key; the dependency files changed)',
      key: `setup-go-Windows-x64-go-1.22.5-${'ab'.repeat(32)}`,
      restoreKeys: ['setup-go-Windows-x64-go-1.22.5-'],
      matchedKey: 'setup-go-Windows-x64-go-1.22.5-0f1e',
      paths: [
        'C:\\Users\\runneradmin\\go\\pkg\\mod',
        'C:\\Users\\runneradmin\\AppData\\Local\\go-build'
      ],
      dependencyFiles: ['D:\\a\\app\\app\\go.sum'],
      restore: { ms: 41_200, bytesBefore: 0, bytesAfter: 768_713_962 },
      save: {
        status: 'saved',
        summary: 'saved setup-go-Windows-x64-go-1.22.5-abab',
        ms: 62_000,
        bytes: 790_000_000
      }
    },
    checks: [
      {
        id: 'go-install',
        title: 'Go install',
        status: 'pass',
        summary: 'go1.22.5 downloaded and verified',
        findings: [],
        details: goInstall,
        durationMs: 13_520
      },
      {
        id: 'timer',
        title: 'Timers',
        status: 'fail',
        summary: 'p99 wake-up latency 1.8 ms',
        findings: [
          {
            id: 'timer.wake-p99',
            severity: 'error',
            title: 'Wake-ups are late',
            message: 'p99 wake-up latency is 1.8 ms (limit 1 ms)',
            remedy: 'jobs:\n  test:\n    runs-on: [self-hosted, low-latency]',
            remedyLanguage: 'yaml'
          }
        ],
        details: timerDetails(),
        durationMs: 5200
      },
      {
        id: 'temp-dirs',
        title: 'Temp directories',
        status: 'fail',
        summary: '1 of 1 directories cannot run executables',
        findings: [
          {
            id: 'temp.exec-denied',
            severity: 'error',
            title: 'Temp dir cannot run executables',
            message: 'go test writes its test binary here and cannot start it',
            remedy:
              'New-Item -ItemType Directory -Force D:\\go-tmp\n"GOTMPDIR=D:\\go-tmp" >> $env:GITHUB_ENV',
            remedyLanguage: 'powershell'
          }
        ],
        details: temp,
        durationMs: 900
      },
      {
        id: 'defender',
        title: 'Microsoft Defender',
        status: 'warn',
        summary: 'real-time protection on; GOCACHE not excluded',
        findings: [
          {
            id: 'defender.not-covered',
            severity: 'warning',
            title: 'GOCACHE is scanned',
            message: 'each new test binary costs 385 ms of scanning'
          }
        ],
        details: defender,
        durationMs: 2100
      },
      {
        id: 'endangered-tests',
        title: 'Endangered tests',
        status: 'warn',
        summary: '2 waits this runner may not honour',
        findings: endangered.hits.map(hit => ({
          id: 'endangered.short-wait',
          severity: 'warning' as const,
          title: 'Timing-sensitive wait',
          message: `${hit.call} waits ${hit.durationUs} us; this runner's p99 wake-up latency is 1.8 ms`,
          remedy: 'Wait for the event instead.',
          file: hit.file,
          line: hit.line
        })),
        details: endangered,
        durationMs: 2500
      }
    ]
  }
}
