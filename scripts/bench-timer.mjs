#!/usr/bin/env node
// Accuracy and speed of the Linux timer backend against references nobody here wrote:
// a minimal C loop doing the same clock_nanosleep(TIMER_ABSTIME) deadlines, and cyclictest
// (Debian rt-tests; run as root for SCHED_FIFO), interleaved round by round in one run.
// Usage: node scripts/bench-timer.mjs [--rounds 5] [--samples 300]
// Needs: Linux, cc, and optionally cyclictest (apt-get install rt-tests) and Go 1.19+ at
// /usr/lib/go-1.19/bin/go (or GO_BINARY) for the Go probe in the stage timing.
// Prints each figure, its target and ratio, and a last line `BENCH_TIMER_JSON {...}`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const ROUNDS = option('rounds', 5)
const SAMPLES = option('samples', 300)
const INTERVAL_US = 1000
const WARMUP = 10

if (process.platform !== 'linux') {
  console.error('bench-timer runs on Linux only (the references are Linux tools).')
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'bench-timer-'))
try {
  await main()
} finally {
  rmSync(work, { recursive: true, force: true })
}

async function main() {
  // Our code, compiled as is (no bundle needed): the timer stage and the input defaults.
  const out = join(work, 'build')
  symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'))
  const tsc = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--ignoreConfig',
      ...['--outDir', out, '--rootDir', join(repoRoot, 'src'), '--module', 'NodeNext'],
      ...[
        '--moduleResolution',
        'NodeNext',
        '--target',
        'ES2022',
        '--skipLibCheck',
        '--types',
        'node'
      ],
      join(repoRoot, 'src', 'timer', 'index.ts'),
      join(repoRoot, 'src', 'inputs.ts'),
      join(repoRoot, 'src', 'context.ts')
    ],
    { encoding: 'utf8', timeout: 180_000 }
  )
  if (!existsSync(join(out, 'timer', 'index.js'))) {
    throw new Error(`tsc produced no build: ${tsc.stdout}${tsc.stderr}`)
  }
  const { openLinuxBackend } = await import(join(out, 'timer', 'linux.js'))
  const { measureTimers } = await import(join(out, 'timer', 'index.js'))
  const { readInputs } = await import(join(out, 'inputs.js'))
  const { readRunContext } = await import(join(out, 'context.js'))
  const { latencyStats } = await import(join(out, 'timer', 'stats.js'))

  const cLoop = buildCLoop()
  const cyclictest = findCyclictest()
  const runs = { ours: [], c: [], cyclictest: [] }
  const backend = openLinuxBackend(INTERVAL_US)
  const latencies = new Float64Array(SAMPLES)
  const wake = new Float64Array(SAMPLES)
  for (let round = 0; round < ROUNDS; round++) {
    const c = execFileSync(cLoop, [String(SAMPLES), String(INTERVAL_US), String(WARMUP)], {
      encoding: 'utf8',
      timeout: 60_000
    })
    runs.c.push(c.trim().split('\n').map(Number))
    const n = backend.loops[0].run(SAMPLES, WARMUP, 60_000, latencies, wake)
    runs.ours.push(Array.from(latencies.subarray(0, n)))
    if (cyclictest.path) runs.cyclictest.push(runCyclictest(cyclictest))
  }
  const readCostNs = backend.clock.readCostNs
  backend.close()

  const summary = tool => {
    const rounds = runs[tool].map(r => latencyStats(r))
    if (rounds.length === 0) return undefined
    const median = values => latencyStats(values).median
    return {
      median: median(rounds.map(r => r.median)),
      p99: rounds.every(r => r.p99 !== null) ? median(rounds.map(r => r.p99)) : null,
      max: Math.max(...rounds.map(r => r.max))
    }
  }
  const ours = summary('ours')
  const c = summary('c')
  const cyc = summary('cyclictest')

  const defaults = readInputs(() => '').timer
  const goBinary = process.env.GO_BINARY || '/usr/lib/go-1.19/bin/go'
  const go = existsSync(goBinary)
    ? { goBinary, goRoot: dirname(dirname(goBinary)), version: 'unknown', source: 'path' }
    : undefined
  const ctx = readRunContext()
  const withGo = await measureTimers(defaults, go, ctx)
  const native = await measureTimers({ ...defaults, goProbe: false }, undefined, ctx)
  const stageMs = withGo.check.details?.stageMs ?? NaN
  const nativeStageMs = native.check.details?.stageMs ?? NaN

  const fmt = v => (v === null || v === undefined ? 'n/a' : v.toFixed(1))
  console.log(
    `timer bench: ${ROUNDS} interleaved rounds × ${SAMPLES} wake-ups at ${INTERVAL_US} us`
  )
  console.log(
    `  ours (koffi)   median ${fmt(ours.median)} us  p99 ${fmt(ours.p99)} us  max ${fmt(ours.max)} us`
  )
  console.log(
    `  C loop (cc)    median ${fmt(c.median)} us  p99 ${fmt(c.p99)} us  max ${fmt(c.max)} us`
  )
  if (cyc) {
    console.log(
      `  cyclictest     median ${fmt(cyc.median)} us  p99 ${fmt(cyc.p99)} us  max ${fmt(cyc.max)} us  (${cyclictest.mode})`
    )
  } else {
    console.log(`  cyclictest     not run: ${cyclictest.reason}`)
  }
  const medianDiff = ours.median - c.median
  const p99Ratio = ours.p99 !== null && c.p99 !== null ? ours.p99 / c.p99 : NaN
  const checks = [
    [
      `median vs C loop: ${fmt(medianDiff)} us (target |diff| <= 10 us)`,
      Math.abs(medianDiff) <= 10
    ],
    [
      `p99 vs C loop: ratio ${p99Ratio.toFixed(3)} (target 0.75..1.25)`,
      Math.abs(p99Ratio - 1) <= 0.25
    ],
    [`FFI clock read: ${readCostNs.toFixed(0)} ns (target < 1000 ns)`, readCostNs < 1000],
    [
      `timer stage with defaults: ${(stageMs / 1000).toFixed(2)} s with the Go probe` +
        `${go ? '' : ' (no Go found: probe skipped)'}, ${(nativeStageMs / 1000).toFixed(2)} s native only (target < 3.5 s)`,
      stageMs < 3500
    ]
  ]
  for (const [text, ok] of checks) console.log(`  ${ok ? 'OK  ' : 'MISS'} ${text}`)
  console.log(
    `BENCH_TIMER_JSON ${JSON.stringify({
      ours,
      c,
      cyclictest: cyc ?? null,
      medianDiffUs: medianDiff,
      p99Ratio,
      readCostNs,
      stageMs,
      nativeStageMs,
      allMet: checks.every(([, ok]) => ok)
    })}`
  )
}

/** The reference loop: same deadlines, same clock, same overrun rule, no FFI in between. */
function buildCLoop() {
  const source = join(work, 'loop.c')
  const binary = join(work, 'loop')
  writeFileSync(
    source,
    `#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long ns(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }
static void set(struct timespec *t, long long v) { t->tv_sec = v / 1000000000LL; t->tv_nsec = v % 1000000000LL; }

int main(int argc, char **argv) {
  if (argc != 4) return 2;
  long count = atol(argv[1]), warmup = atol(argv[3]);
  long long interval = atoll(argv[2]) * 1000LL;
  double *lat = malloc(sizeof(double) * count);
  struct timespec now, deadline;
  clock_gettime(CLOCK_MONOTONIC, &now);
  long long next = ns(&now) + interval;
  long written = 0;
  for (long i = 0; i < warmup + count; i++) {
    set(&deadline, next);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == EINTR) {}
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long woke = ns(&now);
    if (i >= warmup) lat[written++] = (woke - next) / 1000.0;
    next += interval;
    if (next <= woke) next = woke + interval;
  }
  for (long i = 0; i < written; i++) printf("%.3f\\n", lat[i]);
  return 0;
}
`
  )
  execFileSync('cc', ['-O2', '-o', binary, source], { timeout: 60_000 })
  return binary
}

function findCyclictest() {
  const path = ['/usr/bin/cyclictest', '/usr/sbin/cyclictest'].find(p => existsSync(p))
  if (!path) return { reason: 'cyclictest not installed (apt-get install rt-tests)' }
  const root = process.getuid?.() === 0
  return { path, root, mode: root ? 'root, SCHED_FIFO priority 80' : 'not root: SCHED_OTHER' }
}

/** One cyclictest run of SAMPLES loops; its 1 us histogram expanded back to samples. */
function runCyclictest({ path, root }) {
  const args = [
    '-q',
    '-i',
    String(INTERVAL_US),
    '-l',
    String(SAMPLES),
    '-h',
    '20000',
    '--default-system'
  ]
  if (root) args.push('-p', '80', '-m')
  const result = spawnSync(path, args, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`cyclictest failed: ${result.stderr}`)
  const samples = []
  for (const line of result.stdout.split('\n')) {
    const match = /^(\d{6}) (\d{6})$/.exec(line)
    if (match) for (let i = 0; i < Number(match[2]); i++) samples.push(Number(match[1]))
  }
  const overflow = /# Histogram Overflows: (\d+)/.exec(result.stdout)
  for (let i = 0; i < Number(overflow?.[1] ?? 0); i++) samples.push(20000)
  if (samples.length === 0) throw new Error('cyclictest printed no histogram')
  return samples
}
