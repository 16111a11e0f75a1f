import { e as errorMessage, a as formatNumber, f as formatUs, v as checkName, y as entryOf, o as checkOfMetric, b as findCheck } from './shared-inputs.js';

/** The action's version, as in package.json (a test keeps them equal). */
const VERSION = '0.1.0';

// The ground floor of every check: the shape of a result and the rules every capability shares
// (how severities and statuses rank, the status findings give, a check that could not run).
/** Worst first: a smaller rank is more severe. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function worseSeverity(a, b) {
    return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
/** The milder of the two: `severity` lowered to at most `cap`. */
function milderSeverity(severity, cap) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[cap] ? severity : cap;
}
/** Findings worst first; findings of one severity keep their order. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
/** Best first: a larger rank is a worse status. */
const STATUS_RANK = {
    skipped: 0,
    pass: 1,
    unknown: 2,
    warn: 3,
    fail: 4
};
function worseStatus(a, b) {
    return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}
/** The status a breach or finding of this severity gives its check. */
const SEVERITY_STATUS = {
    error: 'fail',
    warning: 'warn',
    notice: 'pass'
};
/**
 * An error finding fails the check, a warning warns; with neither, the check has `otherwise`
 * (`pass`, or `unknown` when part of it could not be looked at).
 */
function statusFromFindings(findings, otherwise = 'pass') {
    if (findings.some(finding => finding.severity === 'error'))
        return 'fail';
    if (findings.some(finding => finding.severity === 'warning'))
        return 'warn';
    return otherwise;
}
/**
 * Builds a check's result with its id, title and the time since `started`: a check fills in
 * only what it found.
 */
function resultBuilder(id, title, started = performance.now()) {
    return found => ({
        id,
        title,
        ...found,
        durationMs: Math.round(performance.now() - started)
    });
}
/** A check that threw did not run: `unknown` with the reason, never a pass. */
function couldNotRun(id, title, error) {
    return {
        id,
        title,
        status: 'unknown',
        summary: `The check could not run: ${errorMessage(error)}`,
        findings: []
    };
}

// Pure: the verdict in one sentence, the cause that decided it and the fix, shared by the
// summary's first lines and the verdict annotation so both say the same thing.
/** What blocks `go test` outright comes before what makes it flaky; a cause of no check last. */
function importanceOf(checkId) {
    return checkId === undefined ? 9 : entryOf(checkId).importance;
}
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
        return milderSeverity(level, weight);
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
                text: `${checkName(check.id)} could not be checked: ${check.summary}`
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
        .sort((a, b) => SEVERITY_RANK[a.cause.level] - SEVERITY_RANK[b.cause.level] ||
        importanceOf(a.cause.checkId) - importanceOf(b.cause.checkId) ||
        a.order - b.order)
        .map(({ cause }) => cause);
}
function findingCause(check, finding, level) {
    return {
        checkId: check.id,
        level,
        text: `${checkName(check.id)}: ${finding.title}${finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''}.`,
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
        text: `${checkName(check.id)}: ${words ? words(value, limit) : `${breach.metric} is ${value}, over the limit of ${limit}`} (${env} runner).`,
        remedy: `# Run on a less loaded runner, or accept this one's figures:\n` +
            `thresholds: |\n  ${env}:\n    ${breach.metric}: ${acceptedLimit(breach)}`,
        remedyLanguage: 'yaml',
        finding
    };
}
function verdictStatement(report) {
    const worst = report.verdict === 'fail' ? 'error' : report.verdict === 'warn' ? 'warning' : null;
    const causes = worst === null ? [] : causesOf(report).filter(cause => SEVERITY_RANK[cause.level] <= SEVERITY_RANK[worst]);
    // A reason no check or metric carries (a unit slip between the timer and the policy) still
    // decides the verdict: say it as the policy wrote it.
    if (worst !== null && causes.length === 0 && report.reasons.length > 0)
        causes.push({ level: worst, text: report.reasons[0] });
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
                title: `${checkName(check.id)}: ${finding.title}`,
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
            if (cause.checkId === undefined || !cause.finding?.id.startsWith('policy.'))
                continue;
            add({
                level: cause.level,
                title: `${checkName(cause.checkId)}: ${cause.finding.title}`,
                message: cause.text
            }, importanceOf(cause.checkId), 0);
        }
    }
    for (const { annotation, checkId, impact } of findingAnnotations)
        add(annotation, importanceOf(checkId), impact);
    for (const { annotation, checkId } of breachAnnotations(report))
        add(annotation, importanceOf(checkId), 0);
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
    return check.details?.hits?.find(hit => hit.file === file && hit.line === line);
}
/**
 * A breach its check can explain from its details (when the timer's late wake-ups happened,
 * say). Nothing to act on without a breach, so no notice then.
 */
function breachAnnotations(report) {
    const annotations = [];
    for (const breach of report.decision.breaches) {
        const checkId = checkOfMetric(breach.metric);
        if (checkId === undefined)
            continue;
        const explain = entryOf(checkId).explainBreach;
        const details = findCheck(report.checks, checkId)?.details;
        if (!explain || details === undefined)
            continue;
        const level = weighedLevel(report, checkId, breach.severity);
        const explained = level === null ? undefined : explain(details, breach.metric);
        if (level === null || !explained)
            continue;
        annotations.push({
            annotation: { level, title: explained.title, message: explained.lines.join('\n') },
            checkId
        });
    }
    return annotations;
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

export { ANNOTATIONS_PER_LEVEL as A, SEVERITY_RANK as S, VERSION as V, worseStatus as a, bySeverity as b, SEVERITY_STATUS as c, splitRemedy as d, weighedLevel as e, formatValue as f, selectAnnotations as g, verdictLines as h, couldNotRun as i, milderSeverity as m, resultBuilder as r, statusFromFindings as s, verdictStatement as v, worseSeverity as w };
