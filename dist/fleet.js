import { g as getInput, s as summary, e as error, w as warning, a as setOutput, i as info, E as ExitCode, b as setFailed, d as debug } from './shared-core.js';
import { statSync, openSync, fstatSync, readSync, closeSync, readdirSync, existsSync } from 'node:fs';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { isAbsolute, resolve, join, relative, sep } from 'node:path';
import { U as UserError, e as errorMessage, f as formatUs, a as formatNumber, b as findCheck, c as escapeText, t as table, d as escapeCell, r as readChoice, g as readRunContext } from './shared-inputs.js';
import { A as ANNOTATIONS_PER_LEVEL, V as VERSION } from './shared-annotations.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:os';
import 'process';
import 'buffer';

// Input `reports` to files: a folder (every *.json below it) or a glob (`*`, `**`, `?`), read
// with a size cap per file and a cap on how many. The pattern matching is pure; the walk is thin.
/** A report of 100,000 samples per trial is well under 1 MiB; a bigger file is not a report. */
const MAX_REPORT_BYTES = 4 * 1024 * 1024;
const MAX_REPORTS = 2000;
/** Directory entries looked at while walking, so a glob over a huge tree ends. */
const MAX_ENTRIES_WALKED = 200_000;
/** `**` any number of folders, `*` any name part, `?` one character; `/` separates. */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            source += slash ? '(?:[^/]*/)*' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
const hasGlob = (segment) => /[*?]/.test(segment);
/** The folder a pattern's walk starts from and the pattern relative to it, `/`-separated. */
function splitPattern(pattern) {
    const segments = pattern.replace(/\\/g, '/').split('/');
    const first = segments.findIndex(hasGlob);
    if (first === -1)
        return { base: segments.join('/'), rest: '' };
    return { base: segments.slice(0, first).join('/') || '.', rest: segments.slice(first).join('/') };
}
/** Absolute paths of the report files `reports` names (one folder or glob per line). */
function listReportFiles(reports, workspace) {
    const notes = [];
    const files = new Set();
    let walked = 0;
    const lines = reports
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    if (lines.length === 0)
        throw new UserError("Input 'reports' is empty: expected a folder or a glob of report JSON files.");
    for (const line of lines) {
        const { base, rest } = splitPattern(line);
        const root = isAbsolute(base) || /^[A-Za-z]:/.test(base) ? base : resolve(workspace, base);
        const matcher = rest === '' ? /\.json$/i : globToRegExp(rest);
        let stat;
        try {
            stat = statSync(root);
        }
        catch {
            notes.push(`Input 'reports': ${line} matches nothing (${root} does not exist).`);
            continue;
        }
        if (stat.isFile() && rest === '') {
            files.add(root);
            continue;
        }
        const walk = (dir) => {
            let entries;
            try {
                entries = readdirSync(dir, { withFileTypes: true });
            }
            catch (error) {
                notes.push(`Could not list ${dir}: ${errorMessage(error)}`);
                return;
            }
            for (const entry of entries) {
                if (++walked > MAX_ENTRIES_WALKED)
                    return;
                const path = join(dir, entry.name);
                if (entry.isDirectory())
                    walk(path);
                else if (entry.isFile() && matcher.test(relative(root, path).split(sep).join('/')))
                    files.add(path);
            }
        };
        const before = files.size;
        walk(root);
        if (files.size === before)
            notes.push(`Input 'reports': ${line} matches no file.`);
    }
    if (walked > MAX_ENTRIES_WALKED)
        notes.push(`Stopped looking after ${MAX_ENTRIES_WALKED} directory entries.`);
    const sorted = [...files].sort();
    if (sorted.length > MAX_REPORTS)
        notes.push(`${sorted.length} files match; the first ${MAX_REPORTS} (by path) are merged.`);
    return { files: sorted.slice(0, MAX_REPORTS), notes };
}
/** A file's text, or why not; never more than `maxBytes` are read. */
function readCapped(path, label, maxBytes = MAX_REPORT_BYTES) {
    let fd;
    try {
        fd = openSync(path, 'r');
        // Sized from fstat, but read until the end: a file still growing cannot pass the cap.
        let buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            const read = readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length === buffer.length && length <= maxBytes) {
                const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(grown);
                buffer = grown;
            }
            if (length > maxBytes)
                return { file: label, unreadable: `larger than ${maxBytes} bytes: not a report` };
        }
        return { file: label, text: buffer.subarray(0, length).toString('utf8') };
    }
    catch (error) {
        return {
            file: label,
            unreadable: `could not be read (${errorMessage(error)})`
        };
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}

// Pure: which runners stand out from the fleet. A figure stands out when it lies more than
// OUTLIER_DISTANCE scaled MADs above the fleet median (the modified z-score of Iglewicz and
// Hoaglin; a fixed limit would not fit a fleet that is slow or fast as a whole). A check stands
// out when it fails on a runner and passes on most of the others.
const OUTLIER_DISTANCE = 3.5;
/** Below this many runners with a figure, a fleet median says nothing about one of them. */
const MIN_RUNNERS_FOR_MEDIAN = 3;
/**
 * A single trial's p99 carries no spread of its own. On one idle VM single-trial p99s varied
 * 34 % between trials (field notes §4): with no runner reporting two trials, that is the noise.
 */
const SINGLE_TRIAL_P99_NOISE = 0.35;
const MAD_TO_SIGMA = 1.4826;
const pct$1 = (value) => `${formatNumber(value)} %`;
const SPECS = [
    {
        metric: 'wakeP99Us',
        label: 'wake-up p99',
        format: formatUs,
        noiseFloor: (median, runners) => median * relativeP99Noise(runners)
    },
    {
        metric: 'wakeP50Us',
        label: 'wake-up p50',
        format: formatUs,
        // Trials agree on the median far better than on the tail (14 % vs 34 %, field notes §4).
        noiseFloor: median => median * 0.14
    },
    // Percentages: one percentage point is below anything a person would act on.
    {
        metric: 'sleepDeviationPct',
        label: '100 ms sleep deviation',
        format: pct$1,
        noiseFloor: () => 1
    },
    { metric: 'throttledPct', label: 'CPU throttling', format: pct$1, noiseFloor: () => 1 }
];
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * The fleet's run-to-run p99 noise, relative: the median over runners with two trials or more
 * of half their trials' p99 range divided by their p99; SINGLE_TRIAL_P99_NOISE when none has.
 */
function relativeP99Noise(runners) {
    const spreads = runners
        .filter(r => r.wakeP99TrialsUs.length >= 2 && r.wakeP99Us !== undefined && r.wakeP99Us > 0)
        .map(r => halfRange(r.wakeP99TrialsUs) / r.wakeP99Us);
    return spreads.length === 0 ? SINGLE_TRIAL_P99_NOISE : median(spreads);
}
function halfRange(values) {
    return values.length < 2 ? 0 : (Math.max(...values) - Math.min(...values)) / 2;
}
function findStandOuts(runners) {
    const standOut = [];
    const notes = [
        `A figure stands out when it is more than ${OUTLIER_DISTANCE} scaled MADs (median absolute ` +
            `deviation × ${MAD_TO_SIGMA}) above the fleet median; the scale is never below the ` +
            'run-to-run noise, so a MAD of 0 (most runners alike) does not make every small difference count.'
    ];
    for (const spec of SPECS) {
        const measured = runners.filter(r => r[spec.metric] !== undefined);
        if (measured.length === 0)
            continue;
        if (measured.length < MIN_RUNNERS_FOR_MEDIAN) {
            notes.push(`${spec.label}: ${measured.length} runner(s) report it, too few for a fleet median ` +
                `(${MIN_RUNNERS_FOR_MEDIAN} needed): no runner is compared on it.`);
            continue;
        }
        const values = measured.map(r => r[spec.metric]);
        const center = median(values);
        const mad = median(values.map(v => Math.abs(v - center))) * MAD_TO_SIGMA;
        const floor = spec.noiseFloor(center, runners);
        const scale = Math.max(mad, floor);
        if (mad < floor)
            notes.push(`${spec.label}: fleet median ${spec.format(center)}, scaled MAD ${spec.format(mad)} is ` +
                `below the run-to-run noise ${spec.format(floor)}, which is used as the scale instead.`);
        if (scale <= 0)
            continue;
        for (const runner of measured) {
            const value = runner[spec.metric];
            const distance = (value - center) / scale;
            if (distance <= OUTLIER_DISTANCE)
                continue;
            standOut.push({
                key: runner.key,
                name: runner.name,
                what: spec.metric,
                value,
                fleetMedian: center,
                distance,
                message: `${spec.label} ${spec.format(value)} is ${formatNumber(distance)} MADs above the ` +
                    `fleet median ${spec.format(center)}`
            });
        }
    }
    standOut.push(...checkStandOuts(runners));
    standOut.sort((a, b) => severityOf(b) - severityOf(a));
    return { standOut, notes };
}
/** A check failing here while it passes on more than half of the runners where it ran. */
function checkStandOuts(runners) {
    const result = [];
    const failing = new Set(runners.flatMap(r => Object.keys(r.checks).filter(id => r.checks[id] === 'fail')));
    for (const id of failing) {
        const ran = runners.filter(r => r.checks[id] === 'fail' || r.checks[id] === 'pass');
        const passing = ran.filter(r => r.checks[id] === 'pass').length;
        if (ran.length < 2 || passing * 2 <= ran.length)
            continue;
        for (const runner of ran.filter(r => r.checks[id] === 'fail'))
            result.push({
                key: runner.key,
                name: runner.name,
                what: `check:${id}`,
                message: `${id} fails here and passes on ${passing} of ${ran.length} runners`
            });
    }
    return result;
}
/** Failed checks before figures; figures by distance. */
function severityOf(standOut) {
    return standOut.what.startsWith('check:') ? Number.MAX_SAFE_INTEGER : (standOut.distance ?? 0);
}

const FLEET_KIND = 'go-win-preflight-fleet';
const FLEET_SCHEMA_VERSION = 1;

// Pure: a previous fleet report (input `baseline`) read back, and what changed per runner since.
function parseBaseline(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { reason: `not JSON (${errorMessage(error)})` };
    }
    const fleet = value;
    if (typeof fleet !== 'object' || fleet === null || fleet.kind !== FLEET_KIND)
        return {
            reason: `not a fleet report: expected the JSON of output fleet-report (kind "${FLEET_KIND}")`
        };
    if (fleet.schemaVersion !== FLEET_SCHEMA_VERSION)
        return {
            reason: `fleet report schemaVersion ${JSON.stringify(fleet.schemaVersion)}: this action reads version ${FLEET_SCHEMA_VERSION}`
        };
    const runners = fleet.runners;
    if (!Array.isArray(runners) ||
        !runners.every(r => typeof r?.key === 'string' &&
            typeof r.verdict === 'string' &&
            Array.isArray(r.wakeP99TrialsUs)))
        return { reason: 'a fleet report whose runners lack key, verdict or wakeP99TrialsUs' };
    return { baseline: fleet };
}
/**
 * Half the width of the band a runner's p99 lies in from run to run: half its trials' p99 range,
 * or, from a single trial, SINGLE_TRIAL_P99_NOISE of the p99.
 */
function p99Uncertainty(runner) {
    const p99 = runner.wakeP99Us ?? 0;
    return runner.wakeP99TrialsUs.length >= 2
        ? halfRange(runner.wakeP99TrialsUs)
        : p99 * SINGLE_TRIAL_P99_NOISE;
}
const failed = (runner) => Object.keys(runner.checks).filter(id => runner.checks[id] === 'fail');
function compareWithBaseline(runners, baseline) {
    const before = new Map(baseline.runners.map(r => [r.key, r]));
    const changes = [];
    for (const now of runners) {
        const then = before.get(now.key);
        const change = (kind, message) => changes.push({ key: now.key, name: now.name, kind, message });
        if (then === undefined) {
            change('new-runner', `not in the baseline; verdict ${now.verdict}`);
            continue;
        }
        const newlyFailed = failed(now).filter(id => then.checks?.[id] !== 'fail');
        if (now.verdict === 'fail' && then.verdict !== 'fail')
            change('new-failure', `verdict ${then.verdict} → fail` +
                (newlyFailed.length > 0 ? `; newly failing: ${newlyFailed.join(', ')}` : ''));
        else if (newlyFailed.length > 0)
            change('new-failure', `newly failing: ${newlyFailed.join(', ')}`);
        else if (then.verdict === 'fail' && now.verdict !== 'fail')
            change('fixed', `verdict fail → ${now.verdict}`);
        if (now.wakeP99Us !== undefined && then.wakeP99Us !== undefined) {
            // The bands the two p99s lie in from run to run must not overlap.
            const noise = p99Uncertainty(now) + p99Uncertainty(then);
            const delta = now.wakeP99Us - then.wakeP99Us;
            const figures = `${formatUs(then.wakeP99Us)} → ${formatUs(now.wakeP99Us)}, beyond the run-to-run noise of ±${formatUs(noise)}`;
            if (delta > noise)
                change('p99-regression', `wake-up p99 ${figures}`);
            else if (-delta > noise)
                change('p99-improvement', `wake-up p99 ${figures}`);
        }
    }
    const present = new Set(runners.map(r => r.key));
    for (const then of baseline.runners)
        if (!present.has(then.key))
            changes.push({
                key: then.key,
                name: then.name,
                kind: 'gone',
                message: 'in the baseline, no report this time'
            });
    const order = [
        'new-failure',
        'p99-regression',
        'new-runner',
        'gone',
        'fixed',
        'p99-improvement'
    ];
    return changes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

// Pure: a report file's text to one fleet row, or the one line that says why it is not a report.
const VERDICTS = ['pass', 'warn', 'fail'];
const STATUSES = ['pass', 'warn', 'fail', 'unknown', 'skipped'];
function extractRunner(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { reason: `not JSON (${errorMessage(error)})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { reason: 'not a go-win-preflight report: expected a JSON object' };
    const report = value;
    if (report.kind === FLEET_KIND)
        return { reason: 'a fleet report, not a runner report (pass it as input `baseline`)' };
    if (report.tool?.name !== 'go-win-preflight')
        return { reason: 'not a go-win-preflight report: no tool.name "go-win-preflight"' };
    if (report.schemaVersion !== 1)
        return {
            reason: `report schemaVersion ${JSON.stringify(report.schemaVersion)}: this fleet action reads version 1`
        };
    if (!VERDICTS.includes(report.verdict) || !Array.isArray(report.checks))
        return {
            reason: 'a go-win-preflight report without a verdict or checks: expected the whole report'
        };
    try {
        return { runner: toRunner(report, file) };
    }
    catch (error) {
        return {
            reason: `malformed report (${errorMessage(error)})`
        };
    }
}
function toRunner(report, file) {
    const identity = report.runner;
    const metric = (id) => {
        const value = report.metrics?.find(m => m.id === id)?.value;
        return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    };
    // A report read from a file may miss any field: every read below is optional.
    const timer = findCheck(report.checks, 'timer')?.details;
    const loop = timer?.loops?.[0];
    const install = findCheck(report.checks, 'go-install')?.details;
    const p99Metric = report.metrics?.find(m => m.id === 'wake-p99');
    // A report is user data: every field the summary prints becomes a string here.
    const runnerName = text(identity?.name) ?? text(identity?.hostname) ?? file;
    const matrix = typeof identity?.matrix === 'object' &&
        identity.matrix !== null &&
        !Array.isArray(identity.matrix)
        ? identity.matrix
        : undefined;
    const matrixText = matrix === undefined ? '' : describeMatrix(matrix);
    const os = text(identity?.os) ??
        text(report.environment?.runner?.os) ??
        text(report.platform?.os) ??
        'unknown';
    const imageOS = text(identity?.imageOS) ?? text(report.environment?.runner?.imageOS);
    const imageVersion = text(identity?.imageVersion) ?? text(report.environment?.runner?.imageVersion);
    const throttled = timer?.cpu?.throttledPct ??
        (report.platform?.os === 'linux' && timer?.cpu !== undefined && timer.cpu.quota === undefined
            ? 0
            : undefined);
    return {
        key: matrix === undefined
            ? runnerName
            : `${text(identity?.job) ?? ''} ${JSON.stringify(sortKeys(matrix))}`.trim(),
        name: matrixText === '' ? runnerName : `${runnerName} (${matrixText})`,
        file,
        os,
        image: imageOS === undefined ? undefined : `${imageOS}${imageVersion ? ` ${imageVersion}` : ''}`,
        environment: text(report.environment?.class) ?? 'unknown',
        verdict: report.verdict,
        reasons: Array.isArray(report.reasons) ? report.reasons.map(String) : [],
        checks: Object.fromEntries(report.checks.filter(c => STATUSES.includes(c?.status)).map(c => [String(c.id), c.status])),
        wakeP50Us: finite(loop?.aggregate?.median),
        wakeP99Us: metric('wake-p99'),
        wakeP99TrialsUs: (p99Metric?.trials ?? []).filter(Number.isFinite),
        sleepDeviationPct: metric('sleep-deviation-pct'),
        throttledPct: finite(throttled),
        goVersion: text(install?.goVersion) ?? text(timer?.goProbe?.goVersion),
        startedAt: String(report.startedAt ?? ''),
        runId: text(identity?.runId),
        runAttempt: text(identity?.runAttempt)
    };
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** `os=windows-latest, go=1.22`: scalars as they are, objects as compact JSON. */
function describeMatrix(matrix) {
    return Object.entries(matrix)
        .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
        .join(', ');
}
function sortKeys(value) {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const VERDICT_RANK = { pass: 0, warn: 1, fail: 2 };
/** What blocks `go test` outright before what makes it flaky (as the step's annotations rank). */
const CHECK_WEIGHT = {
    'go-install': 6,
    'temp-dirs': 5,
    defender: 4,
    timer: 3,
    'go-env': 2,
    'endangered-tests': 1
};
/** Larger is more severe: verdict, then the failed checks by weight, then the p99. */
function severity(runner) {
    const failedWeight = Object.entries(runner.checks)
        .filter(([, status]) => status === 'fail')
        .reduce((sum, [id]) => sum + (CHECK_WEIGHT[id] ?? 1), 0);
    return [VERDICT_RANK[runner.verdict], failedWeight, runner.wakeP99Us ?? 0];
}
function sortBySeverity(runners) {
    const severities = new Map(runners.map(r => [r, severity(r)]));
    return runners.sort((a, b) => {
        const [sa, sb] = [severities.get(a), severities.get(b)];
        for (let i = 0; i < sa.length; i++)
            if (sa[i] !== sb[i])
                return sb[i] - sa[i];
        return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
}
function mergeFleet(input) {
    const rejected = [];
    const notes = [...(input.notes ?? [])];
    const byKey = new Map();
    for (const file of input.files) {
        if (file.text === undefined) {
            rejected.push({ file: file.file, reason: file.unreadable ?? 'unreadable' });
            continue;
        }
        const extracted = extractRunner(file.text, file.file);
        if ('reason' in extracted) {
            rejected.push({ file: file.file, reason: extracted.reason });
            continue;
        }
        const runner = extracted.runner;
        const earlier = byKey.get(runner.key);
        if (earlier !== undefined) {
            // Re-run attempts of one job write one report each: the latest speaks for the runner.
            const latest = later(earlier, runner);
            notes.push(`${runner.name}: reports ${earlier.file} and ${runner.file}; the later one (${latest.file}) is used.`);
            byKey.set(runner.key, latest);
        }
        else
            byKey.set(runner.key, runner);
    }
    const runners = sortBySeverity([...byKey.values()]);
    const verdict = runners.reduce((worst, r) => (VERDICT_RANK[r.verdict] > VERDICT_RANK[worst] ? r.verdict : worst), 'pass');
    const failStep = (input.failOn === 'error' && verdict === 'fail') ||
        (input.failOn === 'warning' && verdict !== 'pass');
    const { standOut, notes: outlierNotes } = findStandOuts(runners);
    let baseline;
    if (input.baseline !== undefined) {
        const { file, text, unreadable } = input.baseline;
        const parsed = text === undefined ? { reason: unreadable ?? 'unreadable' } : parseBaseline(text);
        if ('reason' in parsed)
            notes.push(`Input 'baseline' (${file}): ${parsed.reason}; no comparison.`);
        else
            baseline = {
                generatedAt: parsed.baseline.generatedAt,
                runners: parsed.baseline.runners.length,
                changes: compareWithBaseline(runners, parsed.baseline)
            };
    }
    return {
        kind: FLEET_KIND,
        schemaVersion: FLEET_SCHEMA_VERSION,
        tool: { name: 'go-win-preflight', version: input.version },
        generatedAt: input.now.toISOString(),
        verdict,
        failOn: input.failOn,
        failStep,
        failingRunners: runners.filter(r => r.verdict === 'fail').map(r => r.name),
        runners,
        standOut,
        outlierNotes,
        baseline,
        rejected,
        notes
    };
}
function later(a, b) {
    const attempt = (r) => Number(r.runAttempt ?? 0);
    if (attempt(a) !== attempt(b))
        return attempt(a) > attempt(b) ? a : b;
    return b.startedAt > a.startedAt ? b : a;
}

// Pure: the fleet's job summary (Markdown) and its annotations.
/** Mermaid charts with hundreds of bars are unreadable: the worst ones are charted. */
const MAX_CHART_RUNNERS = 40;
/** A few hundred rows stay far below GitHub's 1 MiB per step; beyond this the rest is counted. */
const MAX_TABLE_RUNNERS = 1000;
const BANNER = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
const pct = (value) => value === undefined ? '—' : `${formatNumber(value)} %`;
const us = (value) => (value === undefined ? '—' : formatUs(value));
const status = (value) => value ?? '—';
function renderFleetSummary(fleet) {
    const parts = [];
    const count = (verdict) => fleet.runners.filter(r => r.verdict === verdict).length;
    parts.push(`## go-win-preflight fleet: ${BANNER[fleet.verdict]}`);
    parts.push(`${fleet.runners.length} runners: ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail. ` +
        (fleet.failStep
            ? `The step fails (fail-on: ${fleet.failOn}).`
            : `The step does not fail (fail-on: ${fleet.failOn}).`) +
        (fleet.rejected.length > 0 ? ` ${fleet.rejected.length} file(s) not merged (see below).` : ''));
    if (fleet.failingRunners.length > 0)
        parts.push(`Failing runners: ${fleet.failingRunners.map(escapeText).join(', ')}.`);
    parts.push('### Runners');
    const shown = fleet.runners.slice(0, MAX_TABLE_RUNNERS);
    parts.push(table([
        'Runner',
        'OS / image',
        'Environment',
        'Verdict',
        'Wake-up p50',
        'Wake-up p99',
        'Sleep deviation',
        'Throttled',
        'Temp dirs',
        'Defender',
        'Go'
    ], shown.map(r => [
        escapeCell(r.name),
        escapeCell(r.image === undefined ? r.os : `${r.os} / ${r.image}`),
        escapeCell(r.environment),
        `**${r.verdict}**`,
        us(r.wakeP50Us),
        us(r.wakeP99Us),
        pct(r.sleepDeviationPct),
        pct(r.throttledPct),
        status(r.checks['temp-dirs']),
        status(r.checks.defender),
        escapeCell(r.goVersion ?? '—')
    ])));
    if (fleet.runners.length > shown.length)
        parts.push(`${fleet.runners.length - shown.length} more runners are in the fleet report JSON.`);
    parts.push('### Runners that stand out');
    parts.push(fleet.standOut.length === 0
        ? 'None: every runner is within the fleet’s spread.'
        : fleet.standOut.map(s => `- **${escapeText(s.name)}**: ${escapeText(s.message)}`).join('\n'));
    parts.push(fleet.outlierNotes.map(note => `> ${escapeText(note)}`).join('\n>\n'));
    const charted = fleet.runners
        .filter(r => r.wakeP99Us !== undefined)
        .sort((a, b) => b.wakeP99Us - a.wakeP99Us)
        .slice(0, MAX_CHART_RUNNERS);
    if (charted.length > 0) {
        parts.push('### Wake-up p99 per runner');
        const label = (r) => JSON.stringify(r.name.replace(/["\\\n\r`]/g, "'").slice(0, 40));
        parts.push([
            '```mermaid',
            'xychart-beta',
            '  title "Wake-up p99 (ms)"',
            `  x-axis [${charted.map(label).join(', ')}]`,
            '  y-axis "ms"',
            `  bar [${charted.map(r => formatNumber(r.wakeP99Us / 1000, 3)).join(', ')}]`,
            '```'
        ].join('\n'));
        parts.push(table(['Runner', 'Wake-up p99', 'Trials’ p99'], charted.map(r => [
            escapeCell(r.name),
            us(r.wakeP99Us),
            r.wakeP99TrialsUs.map(formatUs).join(', ') || '—'
        ])));
        if (charted.length < fleet.runners.filter(r => r.wakeP99Us !== undefined).length)
            parts.push(`The ${MAX_CHART_RUNNERS} highest are shown.`);
    }
    if (fleet.baseline !== undefined) {
        parts.push(`### Since the baseline of ${escapeText(fleet.baseline.generatedAt)}`);
        parts.push(fleet.baseline.changes.length === 0
            ? `No change on the ${fleet.baseline.runners} runners of the baseline.`
            : table(['Runner', 'Change', 'What'], fleet.baseline.changes.map(c => [escapeCell(c.name), c.kind, escapeCell(c.message)])));
    }
    if (fleet.rejected.length > 0) {
        parts.push('### Files not merged');
        parts.push(table(['File', 'Why'], fleet.rejected.map(r => [escapeCell(r.file), escapeCell(r.reason)])));
    }
    if (fleet.notes.length > 0)
        parts.push(fleet.notes.map(n => `- ${escapeText(n)}`).join('\n'));
    return `${parts.join('\n\n')}\n`;
}
/**
 * One error per failing runner, most severe first, one warning per runner that warns and per
 * file not merged; GitHub keeps 10 of each level per step, so the 10th says how many more.
 */
function fleetAnnotations(fleet) {
    const errors = fleet.runners
        .filter(r => r.verdict === 'fail')
        .map(r => ({
        level: 'error',
        title: `Runner ${r.name}: fail (${r.environment})`,
        message: r.reasons.length > 0 ? r.reasons.join('\n') : 'See the fleet summary.'
    }));
    const warnings = [
        ...fleet.runners
            .filter(r => r.verdict === 'warn')
            .map(r => ({
            level: 'warning',
            title: `Runner ${r.name}: warn (${r.environment})`,
            message: r.reasons.length > 0 ? r.reasons.join('\n') : 'See the fleet summary.'
        })),
        ...fleet.rejected.map(r => ({
            level: 'warning',
            title: `Not merged: ${r.file}`,
            message: r.reason
        }))
    ];
    // fail-on: warning with no runner failing: one error still says why the step fails.
    if (fleet.failStep && errors.length === 0)
        errors.push({
            level: 'error',
            title: `Fleet: ${fleet.verdict}, step failed (fail-on: ${fleet.failOn})`,
            message: fleet.runners
                .filter(r => r.verdict !== 'pass')
                .map(r => `${r.name}: ${r.verdict}`)
                .join('\n')
        });
    return [...capped(errors, 'failing runners'), ...capped(warnings, 'warnings')];
}
function capped(annotations, what) {
    if (annotations.length <= ANNOTATIONS_PER_LEVEL)
        return annotations;
    const kept = annotations.slice(0, ANNOTATIONS_PER_LEVEL - 1);
    const rest = annotations.slice(ANNOTATIONS_PER_LEVEL - 1);
    return [
        ...kept,
        {
            level: rest[0].level,
            title: `${rest.length} more ${what} in the fleet summary`,
            message: rest.map(a => a.title).join('\n')
        }
    ];
}

// The fleet action's effects: read the inputs and files, merge, write the fleet JSON, the job
// summary, the annotations and the outputs. Every decision lives in merge/outliers/baseline/render.
async function runFleet() {
    try {
        const read = (name) => getInput(name);
        const failOn = readChoice(read, 'fail-on', ['error', 'warning', 'never'], 'error');
        const ctx = readRunContext();
        const begun = performance.now();
        const listing = listReportFiles(read('reports'), ctx.workspace);
        const label = (file) => relative(ctx.workspace, file).split('\\').join('/') || file;
        function* files() {
            for (const file of listing.files)
                yield readCapped(file, label(file));
        }
        const baselineInput = read('baseline').trim();
        const baselinePath = baselineInput === '' ? '' : resolve(ctx.workspace, baselineInput);
        const notes = [...listing.notes];
        if (baselinePath !== '' && !existsSync(baselinePath))
            // The first run of a workflow has no previous fleet report in its cache or artifacts.
            notes.push(`Input 'baseline': ${baselineInput} does not exist yet; no comparison.`);
        const fleet = mergeFleet({
            files: files(),
            baseline: baselinePath !== '' && existsSync(baselinePath)
                ? readCapped(baselinePath, baselineInput)
                : undefined,
            failOn,
            version: VERSION,
            now: new Date(),
            notes
        });
        const mergeMs = performance.now() - begun;
        if (fleet.runners.length === 0)
            throw new UserError(`Input 'reports': no go-win-preflight report among ${listing.files.length} file(s) in ${read('reports').trim()}` +
                (fleet.rejected.length > 0
                    ? ` (${fleet.rejected
                        .slice(0, 3)
                        .map(r => `${r.file}: ${r.reason}`)
                        .join('; ')}${fleet.rejected.length > 3 ? `; ${fleet.rejected.length - 3} more` : ''})`
                    : '') +
                '; expected the JSON files that input report-path of the main action wrote.');
        const dir = join(ctx.runnerTemp, 'go-win-preflight');
        await mkdir(dir, { recursive: true });
        const file = join(dir, `fleet-${fleet.generatedAt.replace(/[:.]/g, '-')}-${process.pid}.json`);
        await writeFile(`${file}.partial`, `${JSON.stringify(fleet, null, 2)}\n`);
        await rename(`${file}.partial`, file);
        if (process.env.GITHUB_STEP_SUMMARY)
            await summary.addRaw(renderFleetSummary(fleet), true).write();
        for (const annotation of fleetAnnotations(fleet)) {
            if (annotation.level === 'error')
                error(annotation.message, { title: annotation.title });
            else
                warning(annotation.message, { title: annotation.title });
        }
        setOutput('verdict', fleet.verdict);
        setOutput('failing-runners', JSON.stringify(fleet.failingRunners));
        setOutput('fleet-report', file);
        info(`Fleet verdict: ${fleet.verdict}; ${fleet.runners.length} runners merged from ${listing.files.length} files ` +
            `in ${mergeMs.toFixed(1)} ms. Fleet report: ${file}`);
        // The failing runners' error annotations are the failure message (as in the main action).
        if (fleet.failStep)
            process.exitCode = ExitCode.Failure;
    }
    catch (error) {
        if (error instanceof UserError)
            setFailed(error.message);
        else {
            debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
            setFailed(`go-win-preflight fleet failed unexpectedly: ${errorMessage(error)}`);
        }
    }
}

await runFleet();
