import { a as formatNumber, f as formatUs } from './shared-markdown.js';

/** The action's version, as in package.json (a test keeps them equal). */
const VERSION = '0.1.0';

// One name per check and per timer backend, used by the log, the summary and the annotations.
const CHECK_NAMES = {
    'go-install': 'Go toolchain',
    'go-env': 'Go environment',
    timer: 'Timers',
    'temp-dirs': 'Temp directories',
    defender: 'Microsoft Defender',
    'endangered-tests': 'Timing-sensitive tests'
};
function checkName(id, fallback) {
    return CHECK_NAMES[id] ?? fallback ?? id;
}
const BACKEND_NAMES = {
    'linux-clock_nanosleep': 'Linux clock_nanosleep',
    'windows-high-resolution-timer': 'Windows high-resolution timer',
    'windows-sleep-1': 'Windows Sleep(1)',
    'darwin-mach_wait_until': 'macOS mach_wait_until'
};
function backendName(backend) {
    return BACKEND_NAMES[backend] ?? backend;
}
/** What each judged metric means, in one line a Go developer reads without the docs. */
const METRIC_MEANINGS = {
    'wake-p99': '1 in 100 timer wake-ups is later than this',
    'sleep-deviation-pct': 'how much longer a 100 ms sleep lasted',
    'timer-resolution': 'the finest step the timer counts in: no wait is shorter',
    'cpu-throttled-pct': 'share of CPU-quota periods the job was paused'
};

/**
 * Outliers within this distance of another one form a burst. 100 ms is the CFS bandwidth
 * period: bursts at that scale point to CPU throttling or a noisy neighbour, isolated spikes
 * to a single preemption or interrupt storm.
 */
const BURST_WINDOW_MS = 100;
function outlierGroups(loop) {
    const byTime = [...loop.outliers].sort((a, b) => a.offsetMs - b.offsetMs);
    const kinds = new Map();
    byTime.forEach((outlier, i) => {
        const near = (i > 0 && outlier.offsetMs - byTime[i - 1].offsetMs <= BURST_WINDOW_MS) ||
            (i < byTime.length - 1 && byTime[i + 1].offsetMs - outlier.offsetMs <= BURST_WINDOW_MS);
        kinds.set(outlier, near ? 'burst' : 'isolated');
    });
    const groups = [];
    for (const kind of ['burst', 'isolated']) {
        const outliers = byTime.filter(o => kinds.get(o) === kind).sort((a, b) => b.valueUs - a.valueUs);
        if (outliers.length > 0)
            groups.push({ backend: loop.backend, kind, outliers });
    }
    return groups;
}

// Pure: the verdict in one sentence, the cause that decided it and the fix, shared by the
// summary's first lines and the verdict annotation so both say the same thing.
const RANK = { error: 0, warning: 1, notice: 2 };
/** What blocks `go test` outright comes before what makes it flaky. */
const CHECK_IMPORTANCE = {
    'go-install': 1,
    'temp-dirs': 2,
    defender: 3,
    timer: 4,
    'go-env': 5,
    'endangered-tests': 6
};
const SENTENCES = {
    pass: 'PASS: this runner can run Go tests reliably.',
    warn: 'WARN: Go tests may be flaky or slow on this runner.',
    fail: 'FAIL: Go tests will fail on this runner.'
};
/**
 * How far the threshold row lets a check's findings count (`ignore` drops them). Findings of
 * checks the row does not weigh keep their own level.
 */
function weighedLevel(report, checkId, level) {
    const weight = report.decision.thresholds[checkId];
    if (weight === 'ignore')
        return null;
    if (weight === 'error' || weight === 'warning' || weight === 'notice')
        return RANK[level] >= RANK[weight] ? level : weight;
    return level;
}
/** Every problem the run found, with the level the threshold row gives it, worst first. */
function causesOf(report) {
    const causes = [];
    for (const check of report.checks) {
        if (check.status === 'unknown') {
            causes.push({
                checkId: check.id,
                level: 'warning',
                text: `${checkName(check.id, check.title)} could not be checked: ${check.summary}`
            });
        }
        for (const finding of check.findings) {
            const breach = report.decision.breaches.find(b => `policy.${b.metric}` === finding.id);
            const level = breach ? breach.severity : weighedLevel(report, check.id, finding.severity);
            if (level === null)
                continue;
            causes.push(breach ? breachCause(report, check, breach, finding) : findingCause(check, finding, level));
        }
    }
    return causes
        .map((cause, order) => ({ cause, order }))
        .sort((a, b) => RANK[a.cause.level] - RANK[b.cause.level] ||
        (CHECK_IMPORTANCE[a.cause.checkId] ?? 9) - (CHECK_IMPORTANCE[b.cause.checkId] ?? 9) ||
        a.order - b.order)
        .map(({ cause }) => cause);
}
function findingCause(check, finding, level) {
    return {
        checkId: check.id,
        level,
        text: `${checkName(check.id, check.title)}: ${finding.title}${finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''}.`,
        remedy: finding.remedy,
        remedyLanguage: finding.remedyLanguage,
        finding
    };
}
const BREACH_WORDS = {
    'wake-p99': (value, limit) => `timer wake-ups are late: 1 in 100 is ${value} or later, over the limit of ${limit}`,
    'sleep-deviation-pct': (value, limit) => `a 100 ms sleep lasted ${value} longer than asked, over the limit of ${limit}`,
    'timer-resolution': (value, limit) => `the system timer ticks every ${value}, coarser than the limit of ${limit}`,
    'cpu-throttled-pct': (value, limit) => `the CPU quota paused the job in ${value} of its periods, over the limit of ${limit}`
};
function formatValue(value, unit) {
    if (unit === '%')
        return `${formatNumber(value)} %`;
    if (unit === 'ms')
        return formatUs(value * 1000);
    if (unit === 's')
        return formatUs(value * 1_000_000);
    if (unit === 'us')
        return formatUs(value);
    return `${formatNumber(value)} ${unit}`;
}
/** A limit to suggest when the user accepts this runner as it is: the measured value, rounded up. */
function acceptedLimit(breach) {
    const value = breach.value * 1.5;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    const rounded = Math.ceil(value / magnitude) * magnitude;
    return `${Number(rounded.toPrecision(2))}${breach.unit}`;
}
function breachCause(report, check, breach, finding) {
    const value = formatValue(breach.value, breach.unit);
    const limit = formatValue(breach.limit, breach.unit);
    const words = BREACH_WORDS[breach.metric];
    const env = report.environment.class;
    return {
        checkId: check.id,
        level: breach.severity,
        text: `${checkName(check.id, check.title)}: ${words ? words(value, limit) : `${breach.metric} is ${value}, over the limit of ${limit}`} (${env} runner).`,
        remedy: `# Run on a less loaded runner, or accept this one's figures:\n` +
            `thresholds: |\n  ${env}:\n    ${breach.metric}: ${acceptedLimit(breach)}`,
        remedyLanguage: 'yaml',
        finding
    };
}
function verdictStatement(report) {
    const worst = report.verdict === 'fail' ? 'error' : report.verdict === 'warn' ? 'warning' : null;
    const causes = worst === null ? [] : causesOf(report).filter(cause => RANK[cause.level] <= RANK[worst]);
    // A reason no check or metric carries (a unit slip between the timer and the policy) still
    // decides the verdict: say it as the policy wrote it.
    if (worst !== null && causes.length === 0 && report.reasons.length > 0)
        causes.push({ checkId: 'policy', level: worst, text: report.reasons[0] });
    const advice = worst === null ? causesOf(report)[0] : undefined;
    return { sentence: SENTENCES[report.verdict], cause: causes[0], causes, advice };
}
/**
 * A remedy that opens with `# or set \`input: value\` on this action` has a shorter fix: that
 * input, as the user types it. The rest is the fix without this action's help.
 */
function splitRemedy(remedy) {
    const match = /^# or set `([^`\n]+)` on this action\n/.exec(remedy);
    return match ? { input: match[1], rest: remedy.slice(match[0].length) } : { rest: remedy };
}
/** The statement as plain lines: the verdict annotation's message and the log's last lines. */
function verdictLines(statement) {
    const { cause, causes } = statement;
    if (!cause)
        return [statement.sentence];
    const more = causes.length > 1 ? ` (and ${causes.length - 1} more: see the job summary)` : '';
    const lines = [statement.sentence, `Cause: ${cause.text}${more}`];
    if (cause.remedy) {
        const { input, rest } = splitRemedy(cause.remedy);
        lines.push(input ? `Fix: set \`${input}\` on this step (under with:)` : `Fix: ${rest}`);
    }
    return lines;
}

// Pure: which annotations the step emits. GitHub keeps at most 10 errors, 10 warnings and
// 10 notices per step, so findings are ranked and the overflow is summarised in one annotation.
// Each annotation's level is the one the threshold row gives its check, and its text names
// nothing measured unless a measurement is the cause: the same code on the same runner gets
// the same annotations run after run.
const ANNOTATIONS_PER_LEVEL = 10;
const LEVELS = ['error', 'warning', 'notice'];
function selectAnnotations(report) {
    const candidates = [];
    const add = (annotation, importance, impact) => candidates.push({ annotation, importance, impact, order: candidates.length });
    const findingAnnotations = [];
    for (const check of report.checks) {
        for (const finding of check.findings) {
            // A metric breach is said by the verdict annotation, or on its own below.
            if (finding.id.startsWith('policy.'))
                continue;
            const level = weighedLevel(report, check.id, finding.severity);
            if (level === null)
                continue;
            const annotation = {
                level,
                title: `${checkName(check.id, check.title)}: ${finding.title}`,
                message: finding.remedy ? `${finding.message}\nFix: ${finding.remedy}` : finding.message
            };
            if (finding.file !== undefined)
                annotation.file = finding.file;
            if (finding.line !== undefined)
                annotation.line = finding.line;
            // The shorter a timing-sensitive wait, the likelier the flake: it ranks first.
            const hit = endangeredHit(check, finding.file, finding.line);
            if (hit)
                annotation.column = hit.column;
            findingAnnotations.push({ annotation, checkId: check.id, impact: hit ? -hit.durationUs : 0 });
        }
    }
    // The verdict's own annotation carries the summary's first lines. When the step fails it is
    // the failure message (an error, even for fail-on: warning). It is left out when it would
    // only repeat the one finding that decided it, at the same level.
    const { failStep } = report.decision;
    const statement = verdictStatement(report);
    let verdictAnnotated = false;
    if (report.verdict !== 'pass' || failStep) {
        const level = failStep || report.verdict === 'fail' ? 'error' : 'warning';
        const only = statement.causes.length === 1 ? statement.causes[0].finding : undefined;
        const repeats = findingAnnotations.some(f => only !== undefined && f.annotation.level === level && sameFinding(f.annotation, only));
        verdictAnnotated = !repeats;
        if (verdictAnnotated) {
            add({
                level,
                title: `Go test preflight: ${report.verdict.toUpperCase()} (${report.environment.class} runner)${failStep ? ', step failed' : ''}`,
                message: verdictLines(statement).join('\n')
            }, 0, 0);
        }
    }
    // A breach that did not make the verdict (on-breach: annotate) is annotated on its own.
    if (!verdictAnnotated) {
        for (const cause of causesOf(report)) {
            if (!cause.finding?.id.startsWith('policy.'))
                continue;
            add({
                level: cause.level,
                title: `${checkName(cause.checkId)}: ${cause.finding.title}`,
                message: cause.text
            }, CHECK_IMPORTANCE[cause.checkId] ?? 7, 0);
        }
    }
    for (const { annotation, checkId, impact } of findingAnnotations)
        add(annotation, CHECK_IMPORTANCE[checkId] ?? 7, impact);
    const jitter = jitterAnnotation(report);
    if (jitter)
        add(jitter, CHECK_IMPORTANCE.timer, 0);
    const selected = [];
    // Within a level, what points at a line of code comes before what is about the runner.
    const located = (c) => (c.annotation.file !== undefined ? 0 : 1);
    for (const level of LEVELS) {
        const ranked = candidates
            .filter(c => c.annotation.level === level)
            .sort((a, b) => located(a) - located(b) ||
            a.importance - b.importance ||
            b.impact - a.impact ||
            a.order - b.order);
        if (ranked.length <= ANNOTATIONS_PER_LEVEL) {
            selected.push(...ranked.map(c => c.annotation));
            continue;
        }
        const shown = ranked.slice(0, ANNOTATIONS_PER_LEVEL - 1);
        const rest = ranked.slice(ANNOTATIONS_PER_LEVEL - 1);
        selected.push(...shown.map(c => c.annotation), overflowAnnotation(level, rest.map(c => c.annotation)));
    }
    return selected;
}
function sameFinding(annotation, finding) {
    return (annotation.file === finding.file &&
        annotation.line === finding.line &&
        annotation.message.startsWith(finding.message));
}
/** The timing-sensitive-tests hit a finding points at, for its column and its impact. */
function endangeredHit(check, file, line) {
    if (check.id !== 'endangered-tests' || file === undefined)
        return undefined;
    const details = check.details;
    return details?.hits?.find(hit => hit.file === file && hit.line === line);
}
/**
 * When wake-up lateness breached its limit: when in the run the late wake-ups happened, which
 * tells throttling (bursts) from single preemptions. Nothing to act on otherwise, so no notice.
 */
function jitterAnnotation(report) {
    const breach = report.decision.breaches.find(b => b.metric === 'wake-p99');
    const timer = report.checks.find(check => check.id === 'timer');
    if (!breach || !timer?.details)
        return undefined;
    const level = weighedLevel(report, 'timer', breach.severity);
    if (level === null)
        return undefined;
    const lines = [];
    for (const loop of timer.details.loops ?? []) {
        for (const group of outlierGroups(loop)) {
            const when = group.outliers
                .slice(0, 3)
                .map(o => `${formatUs(o.valueUs)} late at ${formatUs(o.offsetMs * 1000)}`)
                .join(', ');
            lines.push(`${backendName(loop.backend)}: ${group.outliers.length} ${group.kind === 'burst' ? 'late wake-ups in bursts (within 100 ms of each other: CPU throttling or a noisy neighbour)' : 'isolated late wake-ups (single preemptions)'}; worst ${when} into the timer stage.`);
        }
    }
    if (lines.length === 0)
        return undefined;
    return { level, title: 'Timers: when the late wake-ups happened', message: lines.join('\n') };
}
function overflowAnnotation(level, rest) {
    const counts = new Map();
    for (const annotation of rest)
        counts.set(annotation.title, (counts.get(annotation.title) ?? 0) + 1);
    const lines = [...counts].map(([title, count]) => (count > 1 ? `${title} (${count}×)` : title));
    const shown = lines.slice(0, 20);
    if (lines.length > shown.length)
        shown.push(`… and ${lines.length - shown.length} more kinds`);
    return {
        level,
        title: `${rest.length} more ${level === 'error' ? 'errors' : level === 'warning' ? 'warnings' : 'notices'} in the job summary`,
        message: `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per step; the rest are in the job summary and the JSON report:\n${shown.join('\n')}`
    };
}

export { ANNOTATIONS_PER_LEVEL as A, CHECK_NAMES as C, METRIC_MEANINGS as M, VERSION as V, selectAnnotations as a, backendName as b, checkName as c, verdictLines as d, formatValue as f, outlierGroups as o, splitRemedy as s, verdictStatement as v, weighedLevel as w };
