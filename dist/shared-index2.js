import { j as exportVariable, k as saveState, i as info, w as warning, m as getState, s as summary, d as debug } from './shared-core.js';
import { readdir, copyFile, chmod, statfs, mkdtemp, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, isAbsolute, basename } from 'node:path';
import { p as pathList, e as errorMessage, U as UserError, c as escapeText, d as escapeCell, F as formatBytes, t as table, a as formatNumber } from './shared-inputs.js';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { statSync, accessSync, constants, existsSync, readdirSync, lstatSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { c as create, h as hashFiles } from './shared-glob.js';

// The one way this action starts a process: no shell, arguments as an array, always a timeout.
function runProcess(file, args, options) {
    const limit = options.maxOutputBytes ?? 16 * 1024 * 1024;
    const started = performance.now();
    return new Promise(resolveResult => {
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let settled = false;
        // Set once the process has started; a spawn that throws never arms it.
        let timer = undefined;
        const finish = (partial) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolveResult({
                exitCode: null,
                signal: null,
                stdout,
                stderr,
                timedOut,
                durationMs: performance.now() - started,
                ...partial
            });
        };
        let child;
        try {
            child = spawn(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                windowsHide: true,
                shell: false
            });
        }
        catch (error) {
            // Node throws (rather than emits) spawn errors it has no code for, e.g. libuv's UNKNOWN
            // for Windows error 1260, "blocked by group policy".
            finish({ spawnError: error });
            return;
        }
        timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (stdout.length < limit)
                stdout += chunk;
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < limit)
                stderr += chunk;
        });
        child.stdin.on('error', () => undefined);
        child.on('error', error => finish({ spawnError: error }));
        child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
        if (options.stdin)
            pipeline(options.stdin, child.stdin).catch(() => child.kill('SIGKILL'));
        else
            child.stdin.end(options.input ?? '');
    });
}
/** PATH's folders, in order (`Path` as Windows spells it). */
function pathEntries(env, platform) {
    return pathList(env.PATH ?? env.Path ?? '', platform);
}
/** Finds an executable by name on a PATH, the way a shell would (PATHEXT on Windows). */
function whichOnPath(name, path, platform, pathext) {
    const extensions = platform === 'win32' ? (pathext || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
    for (const dir of path) {
        for (const extension of extensions) {
            const candidate = join(dir, name + extension.toLowerCase());
            try {
                if (!statSync(candidate).isFile())
                    continue;
                if (platform !== 'win32')
                    accessSync(candidate, constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}

// The functional probe, the verdict of this check: do in a directory what `go test` does there.
// Create a fresh folder, list the parent, write a small executable, run it twice, delete it all.
// Every step is timed; the folder is removed even when a step fails.
/** Go's testing.removeAll gives up after 2 s; it naps 1 ms, then longer. Deterministic here. */
const DELETE_RETRY_BUDGET_MS = 2000;
function deleteRetryDelays(budgetMs = DELETE_RETRY_BUDGET_MS) {
    const delays = [];
    let total = 0;
    for (let next = 1; total + next <= budgetMs; next *= 2) {
        delays.push(next);
        total += next;
    }
    return delays;
}
/** Errors worth retrying: Node's names for ERROR_SHARING_VIOLATION and ERROR_ACCESS_DENIED. */
function isRetryableDeleteError(code) {
    return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ENOTEMPTY';
}
const PROBE_PREFIX = 'go-win-preflight-probe-';
function errorCode(error) {
    return error?.code ?? 'ERROR';
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
async function removeWithRetries(path, retry) {
    const delays = retry ? deleteRetryDelays() : [];
    for (let attempt = 0;; attempt++) {
        try {
            await rm(path, { recursive: true, force: true });
            return { retries: attempt };
        }
        catch (error) {
            if (attempt >= delays.length || !isRetryableDeleteError(errorCode(error)))
                return { retries: attempt, error };
            await new Promise(resolve => setTimeout(resolve, delays[attempt]));
        }
    }
}
/** Free space and inodes; undefined where the file system does not report them (e.g. inodes on Windows). */
async function freeSpace(directory) {
    try {
        const stats = await statfs(directory);
        return {
            freeBytes: stats.bavail * stats.bsize,
            freeInodes: stats.files > 0 ? stats.ffree : undefined
        };
    }
    catch {
        return {};
    }
}
async function probeDirectory(directory, target) {
    const outcome = { steps: [], deleteRetries: 0, ...(await freeSpace(directory)) };
    let failed = false;
    const step = async (name, work) => {
        const started = performance.now();
        try {
            const result = await work();
            outcome.steps.push({ step: name, ok: true, ms: elapsed(started) });
            return result;
        }
        catch (error) {
            failed = true;
            outcome.steps.push({ step: name, ok: false, ms: elapsed(started), error: errorText(error) });
            outcome.failure ??= {
                step: name,
                code: errorCode(error),
                message: errorText(error),
                win32Error: error.win32Error
            };
            return undefined;
        }
    };
    const work = await step('create', () => mkdtemp(join(directory, PROBE_PREFIX)));
    if (work === undefined)
        return outcome;
    try {
        await step('list', () => readdir(directory));
        const executable = join(work, `probe-${randomBytes(4).toString('hex')}${target.executableSuffix}`);
        if (!failed) {
            await step('write', async () => {
                await copyFile(target.sourceExecutable, executable);
                if (target.executableSuffix === '')
                    await chmod(executable, 0o755);
            });
        }
        for (const name of ['exec-first', 'exec-second']) {
            if (failed)
                break;
            const ms = await step(name, () => runExecutable(executable, work, target));
            if (ms === undefined)
                break;
            // The step records the whole spawn-to-exit time; the run times are what the Defender check compares.
            outcome.steps[outcome.steps.length - 1].ms = ms;
            if (name === 'exec-first')
                outcome.firstRunMs = ms;
            else
                outcome.secondRunMs = ms;
        }
    }
    finally {
        const started = performance.now();
        const removal = await removeWithRetries(work, target.retryDelete);
        outcome.deleteRetries = removal.retries;
        outcome.steps.push({
            step: 'delete',
            ok: removal.error === undefined,
            ms: elapsed(started),
            ...(removal.error === undefined ? {} : { error: errorText(removal.error) })
        });
        if (removal.error !== undefined) {
            outcome.leftover = work;
            outcome.failure ??= {
                step: 'delete',
                code: errorCode(removal.error),
                message: errorText(removal.error)
            };
        }
    }
    return outcome;
}
function spawnFailure(executable, error, target) {
    return Object.assign(new Error(`${executable} could not start: ${error.message}`), {
        code: error.code,
        win32Error: target.spawnErrorCode?.(executable)
    });
}
async function runExecutable(executable, cwd, target) {
    let result;
    try {
        result = await runProcess(executable, [], {
            timeoutMs: target.execTimeoutMs,
            cwd,
            maxOutputBytes: 64 * 1024
        });
    }
    catch (error) {
        // Node throws (rather than emits) spawn errors other than EACCES/ENOENT/EAGAIN/EMFILE/ENFILE,
        // e.g. UNKNOWN, which is how libuv reports ERROR_ACCESS_DISABLED_BY_POLICY.
        throw spawnFailure(executable, error, target);
    }
    if (result.spawnError)
        throw spawnFailure(executable, result.spawnError, target);
    if (result.timedOut) {
        throw Object.assign(new Error(`${executable} did not exit within ${target.execTimeoutMs} ms`), {
            code: 'TIMEOUT'
        });
    }
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().slice(0, 200);
        throw Object.assign(new Error(`${executable} exited with ${result.exitCode ?? result.signal}: ${detail}`), {
            code: 'EXIT'
        });
    }
    return Math.round(result.durationMs * 10) / 10;
}
function elapsed(started) {
    return Math.round((performance.now() - started) * 10) / 10;
}

// fix-temp: a fresh directory Go can use, proven by the probe, exported to later steps. It is
// created by this action (mode 0700 on Unix), so no existing directory's permissions change.
const FIX_STATE = 'temp-fix';
const FIX_PREFIX = 'go-win-preflight-tmp-';
const FIX_VARIABLES = ['GOTMPDIR', 'TMPDIR', 'TMP', 'TEMP'];
/** Reads the post step's state; anything else than what checkTempDirs saved is refused. */
function parseFixState(raw) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        throw new UserError(`State '${FIX_STATE}' is not JSON: expected {"directory": "...", "exported": [...]}.`);
    }
    const state = value;
    if (!state ||
        typeof state.directory !== 'string' ||
        !isAbsolute(state.directory) ||
        !basename(state.directory).startsWith(FIX_PREFIX) ||
        !Array.isArray(state.exported)) {
        throw new UserError(`State '${FIX_STATE}' is ${raw.slice(0, 200)}: expected an absolute directory named ${FIX_PREFIX}* and an exported list.`);
    }
    return { directory: state.directory, exported: state.exported.map(String) };
}
/** Creates and proves a directory under RUNNER_TEMP (or the home directory), then exports it. */
async function applyTempFix(env, target) {
    const bases = [...new Set([env.RUNNER_TEMP, homedir()].filter((base) => !!base))];
    const rejected = [];
    for (const base of bases) {
        let directory;
        try {
            directory = await mkdtemp(join(base, FIX_PREFIX));
        }
        catch (error) {
            rejected.push(`${base}: ${errorMessage(error)}`);
            continue;
        }
        const probe = await probeDirectory(directory, target);
        if (probe.failure) {
            rejected.push(`${base}: probe step ${probe.failure.step} failed: ${probe.failure.message}`);
            await rm(directory, { recursive: true, force: true, maxRetries: 5 });
            continue;
        }
        for (const name of FIX_VARIABLES)
            exportVariable(name, directory);
        const state = { directory, exported: [...FIX_VARIABLES] };
        saveState(FIX_STATE, JSON.stringify(state));
        info(`fix-temp: later steps use ${directory} (${FIX_VARIABLES.join(', ')}); the post step removes it.`);
        return {
            fix: { directory, exported: [...FIX_VARIABLES] },
            report: {
                path: directory,
                names: ['fix-temp'],
                status: 'pass',
                steps: probe.steps,
                firstRunMs: probe.firstRunMs,
                secondRunMs: probe.secondRunMs,
                freeBytes: probe.freeBytes,
                freeInodes: probe.freeInodes,
                explanation: `created by fix-temp under ${base} and exported as ${FIX_VARIABLES.join(', ')}`
            },
            rejected
        };
    }
    return { rejected };
}

/**
 * Defender expands variables in exclusions as the SYSTEM account: these differ from the runner
 * user's values, so an exclusion using them only possibly covers what they mean for the user.
 */
const PER_ACCOUNT_VARIABLES = new Set([
    'appdata',
    'homedrive',
    'homepath',
    'localappdata',
    'temp',
    'tmp',
    'userdomain',
    'username',
    'userprofile'
]);
const RANK = {
    unknown: 0,
    'not-covered': 1,
    'possibly-covered': 2,
    'covered-by-parent': 3,
    covered: 4
};
/** A path as Windows compares it: lower case, `\` only, no `\\?\`, no trailing separator. */
function normalizeWindowsPath(path) {
    let text = path.trim().replace(/\//g, '\\');
    let prefix = '';
    if (/^\\\\\?\\unc\\/i.test(text)) {
        prefix = '\\\\';
        text = text.slice(8);
    }
    else if (/^\\\\[?.]\\/.test(text)) {
        text = text.slice(4);
    }
    else if (text.startsWith('\\\\')) {
        prefix = '\\\\';
        text = text.slice(2);
    }
    text = text.replace(/\\{2,}/g, '\\').replace(/\\+$/, '');
    return (prefix + text).toLowerCase();
}
/** `inner` is `outer` or lies below it (both normalised). */
function isWithin(inner, outer) {
    if (inner === outer)
        return 'same';
    return inner.startsWith(`${outer}\\`) ? 'below' : undefined;
}
function expandExclusion(raw, env, longPath) {
    const values = new Map();
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined)
            values.set(name.toLowerCase(), value);
    }
    const unresolved = [];
    const perAccount = [];
    const expanded = raw.replace(/%([^%\\/]+)%/g, (whole, name) => {
        const value = values.get(name.toLowerCase());
        if (value === undefined) {
            unresolved.push(whole);
            return '*';
        }
        if (PER_ACCOUNT_VARIABLES.has(name.toLowerCase()))
            perAccount.push(whole);
        return value;
    });
    const wildcard = /[*?]/.test(expanded);
    const long = !wildcard && expanded.includes('~') ? longPath(expanded) : undefined;
    const doubts = [];
    if (unresolved.length > 0)
        doubts.push(`${unresolved.join(', ')} not set here`);
    if (perAccount.length > 0) {
        doubts.push(`Defender expands ${perAccount.join(', ')} as SYSTEM, not as the runner user`);
    }
    if (wildcard && unresolved.length === 0)
        doubts.push('wildcard');
    return {
        raw,
        pattern: normalizeWindowsPath(long ?? expanded),
        wildcard,
        doubt: doubts.length > 0 ? doubts.join('; ') : undefined
    };
}
function wildcardRegex(pattern) {
    const body = pattern
        .split('')
        .map(char => char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    // The exclusion or any folder above the path may match.
    return new RegExp(`^${body}(\\\\.*)?$`);
}
function judgeOne(forms, exclusion) {
    if (exclusion.wildcard) {
        const regex = wildcardRegex(exclusion.pattern);
        return forms.some(form => regex.test(form)) ? 'possibly-covered' : 'not-covered';
    }
    let best = 'not-covered';
    for (const form of forms) {
        const relation = isWithin(form, exclusion.pattern);
        if (!relation)
            continue;
        const coverage = relation === 'same' ? 'covered' : 'covered-by-parent';
        if (RANK[coverage] > RANK[best])
            best = coverage;
    }
    if (best !== 'not-covered' && exclusion.doubt)
        return 'possibly-covered';
    return best;
}
/** Every name a path goes by: as given and, when it holds `~`, its long form. */
function pathForms(path, longPath) {
    const forms = [normalizeWindowsPath(path)];
    if (path.includes('~')) {
        const long = longPath(path);
        if (long)
            forms.push(normalizeWindowsPath(long));
    }
    return [...new Set(forms)];
}
function judgeCoverage(args) {
    const { exclusions, longPath } = args;
    const expanded = exclusions && !exclusions.hidden
        ? exclusions.entries.map(raw => expandExclusion(raw, args.env, longPath))
        : [];
    const costs = scanCosts(args.temp, longPath);
    return args.paths.map(({ label, path }) => {
        const forms = pathForms(path, longPath);
        const scanCostMs = forms.map(form => costs.get(form)).find(cost => cost !== undefined);
        const entry = {
            label,
            path,
            coverage: 'unknown',
            ...(scanCostMs === undefined ? {} : { scanCostMs })
        };
        if (!exclusions || exclusions.hidden)
            return entry;
        entry.coverage = 'not-covered';
        for (const exclusion of expanded) {
            const coverage = judgeOne(forms, exclusion);
            if (RANK[coverage] > RANK[entry.coverage]) {
                entry.coverage = coverage;
                entry.by = exclusion.doubt ? `${exclusion.raw} (${exclusion.doubt})` : exclusion.raw;
            }
        }
        return entry;
    });
}
/** First start minus second start of a fresh executable, per probed directory (normalised). */
function scanCosts(temp, longPath) {
    const costs = new Map();
    for (const directory of temp?.directories ?? []) {
        if (directory.firstRunMs === undefined || directory.secondRunMs === undefined)
            continue;
        const cost = Math.round((directory.firstRunMs - directory.secondRunMs) * 10) / 10;
        for (const form of pathForms(directory.path, longPath))
            costs.set(form, cost);
    }
    return costs;
}
/** Process exclusions that name go.exe (by name, path or wildcard). */
function goProcessExclusions(entries) {
    return entries.filter(entry => {
        const name = entry.trim().replace(/\//g, '\\').split('\\').pop() ?? '';
        if (/[*?]/.test(name))
            return wildcardRegex(name.toLowerCase()).test('go.exe');
        return name.toLowerCase() === 'go.exe';
    });
}
/** The fewest paths whose exclusion covers all of `paths`: children of another are dropped. */
function outermostPaths(paths) {
    const keyed = paths.map(path => ({ path, key: normalizeWindowsPath(path) }));
    return keyed
        .filter((candidate, index) => !keyed.some((other, otherIndex) => otherIndex !== index &&
        (isWithin(candidate.key, other.key) === 'below' ||
            (other.key === candidate.key && otherIndex < index))))
        .map(candidate => candidate.path);
}
/** A drive root (`C:\`) or a share root: too broad for an exclusion this action adds. */
function isRootPath(path) {
    const key = normalizeWindowsPath(path);
    return /^[a-z]:$/.test(key) || /^\\\\[^\\]+(\\[^\\]+)?$/.test(key);
}
/** Whether `list` (read back from Defender) holds `path`, compared as Windows compares paths. */
function listHolds(list, path) {
    const key = normalizeWindowsPath(path);
    return list.some(entry => normalizeWindowsPath(entry) === key);
}
/** `path` as a PowerShell single-quoted literal: only `'` needs escaping, by doubling. */
function powershellQuote(path) {
    return `'${path.replace(/['\u2018\u2019\u201a\u201b]/g, quote => quote + quote)}'`;
}

// Reads what the Defender script printed, defensively: Windows PowerShell 5.1 turns one-element
// arrays into scalars and may wrap arrays as {value, Count}; non-admins see "N/A: ..." in place of
// exclusions; a missing, hanging or stub PowerShell prints nothing usable. Pure: data in, data out.
const HIDDEN_PREFIX = /^N\/A:/i;
const DEFENDER_INACTIVE = /0x800106ba/i;
const INVALID_CLASS = /0x80041010|invalid class/i;
/** The JSON object the script printed, or a UserError saying exactly what came back instead. */
function readScriptOutput(run, timeoutMs) {
    const { executable, result } = run;
    if (result.spawnError) {
        if (result.spawnError.code === 'ENOENT') {
            throw new UserError('PowerShell was not found: neither powershell.exe nor pwsh.exe is on PATH.');
        }
        throw new UserError(`${executable} could not start: ${result.spawnError.message}.`);
    }
    if (result.timedOut) {
        throw new UserError(`${executable} did not finish within ${timeoutMs} ms (input defender-timeout); it was stopped.`);
    }
    const stdout = result.stdout.trim();
    const errorLine = firstLine(result.stderr);
    if (stdout === '') {
        throw new UserError(`${executable} printed nothing (exit code ${result.exitCode})${errorLine ? `: ${errorLine}` : ''}; a working Windows PowerShell prints the Defender JSON (Wine's powershell.exe is a stub that prints nothing).`);
    }
    // Warnings can precede the JSON on stdout: take the last line that is the script's object.
    for (const line of stdout.split(/\r?\n/).reverse()) {
        const text = line.trim();
        if (!text.startsWith('{'))
            continue;
        try {
            const parsed = JSON.parse(text);
            if (isRecord(parsed) && parsed.schema === 1)
                return parsed;
        }
        catch {
            // Not this line: keep looking.
        }
    }
    throw new UserError(`${executable} output is not the Defender script's JSON (exit code ${result.exitCode}): it starts with ${JSON.stringify(stdout.slice(0, 80))}${errorLine ? `; stderr: ${errorLine}` : ''}.`);
}
function parseStatusProbe(output) {
    const probe = {
        elevated: optionalBoolean(output.elevated, 'elevated'),
        computerStatusError: optionalFailure(output.computerStatusError),
        preferenceError: optionalFailure(output.preferenceError),
        appLockerError: optionalFailure(output.appLockerError)
    };
    if (isRecord(output.computerStatus)) {
        const s = output.computerStatus;
        probe.computerStatus = {
            amRunningMode: optionalString(s.AMRunningMode),
            amServiceEnabled: optionalBoolean(s.AMServiceEnabled, 'AMServiceEnabled'),
            antivirusEnabled: optionalBoolean(s.AntivirusEnabled, 'AntivirusEnabled'),
            realTimeProtectionEnabled: optionalBoolean(s.RealTimeProtectionEnabled, 'RealTimeProtectionEnabled'),
            isTamperProtected: optionalBoolean(s.IsTamperProtected, 'IsTamperProtected'),
            productVersion: optionalString(s.AMProductVersion)
        };
    }
    if (isRecord(output.preference)) {
        const p = output.preference;
        probe.preference = {
            disableRealtimeMonitoring: optionalBoolean(p.DisableRealtimeMonitoring, 'DisableRealtimeMonitoring'),
            exclusionPath: exclusionList(p.ExclusionPath, 'ExclusionPath'),
            exclusionProcess: exclusionList(p.ExclusionProcess, 'ExclusionProcess'),
            exclusionExtension: exclusionList(p.ExclusionExtension, 'ExclusionExtension'),
            performanceModeStatus: optionalString(p.PerformanceModeStatus)
        };
    }
    if (isRecord(output.appLocker)) {
        const a = output.appLocker;
        const rules = Number(unwrap(a.exeRules) ?? 0);
        probe.appLocker = {
            exeEnforcementMode: optionalString(a.exeEnforcementMode) ?? 'NotConfigured',
            exeRules: Number.isFinite(rules) ? rules : 0,
            appIdSvc: optionalString(a.appIdSvc)
        };
    }
    return probe;
}
function parseChangeOutcome(output) {
    const results = listOf(output.results, 'results', true).map(entry => {
        if (!isRecord(entry) || typeof entry.path !== 'string') {
            throw new UserError(`Defender script result ${JSON.stringify(entry)} is not {path, ok[, error]}.`);
        }
        return {
            path: entry.path,
            ok: optionalBoolean(entry.ok, 'ok') === true,
            error: optionalFailure(entry.error)
        };
    });
    return {
        elevated: optionalBoolean(output.elevated, 'elevated'),
        results,
        exclusionPath: 'exclusionPath' in output ? exclusionList(output.exclusionPath, 'exclusionPath') : undefined,
        readBackError: optionalFailure(output.readBackError)
    };
}
/** `string | string[] | null | {value, Count}` → string[]: every shape PowerShell 5.1 and 7 emit. */
function toStringList(value, field) {
    return listOf(value, field).map(item => {
        if (typeof item === 'string')
            return item;
        if (typeof item === 'number' || typeof item === 'boolean')
            return String(item);
        throw new UserError(`Defender field ${field} holds ${JSON.stringify(item)}: expected strings.`);
    });
}
function exclusionList(value, field) {
    const entries = toStringList(value, field)
        .map(entry => entry.trim())
        .filter(entry => entry !== '');
    const placeholder = entries.find(entry => HIDDEN_PREFIX.test(entry));
    return placeholder === undefined ? { hidden: false, entries } : { hidden: true, placeholder };
}
/** Defender's state, from AMRunningMode first: passive mode still reads RealTimeProtectionEnabled=True. */
function deriveState(probe) {
    const failure = probe.computerStatusError;
    if (failure)
        return stateFromFailure(failure, 'Get-MpComputerStatus');
    const status = probe.computerStatus;
    if (!status) {
        return { state: 'unknown', reason: 'Get-MpComputerStatus returned nothing.' };
    }
    const rtp = status.realTimeProtectionEnabled === undefined
        ? undefined
        : status.realTimeProtectionEnabled && probe.preference?.disableRealtimeMonitoring !== true;
    const mode = (status.amRunningMode ?? '').trim();
    const lower = mode.toLowerCase();
    if (lower === 'passive mode' || lower === 'sxs passive mode') {
        return {
            state: 'passive',
            reason: `Defender runs in ${mode} (AMRunningMode): another antivirus is primary and Defender does not scan files on access, although RealTimeProtectionEnabled may read true.`,
            realTimeProtection: false
        };
    }
    if (lower === 'edr block mode') {
        return {
            state: 'passive',
            reason: 'Defender runs in EDR Block Mode (AMRunningMode): passive antivirus, it does not scan files on access.',
            realTimeProtection: false
        };
    }
    if (lower === 'not running' || status.amServiceEnabled === false) {
        return {
            state: 'not-running',
            reason: lower === 'not running'
                ? 'Defender is not running (AMRunningMode "Not running").'
                : 'The Defender antimalware service is disabled (AMServiceEnabled false).',
            realTimeProtection: false
        };
    }
    const prefix = lower === 'normal' ? '' : `AMRunningMode is ${JSON.stringify(mode)} (not a known mode); `;
    if (status.antivirusEnabled === false) {
        return {
            state: 'off',
            reason: `${prefix}Defender antivirus is disabled (AntivirusEnabled false).`,
            realTimeProtection: false
        };
    }
    if (rtp === undefined) {
        return {
            state: 'unknown',
            reason: `${prefix}Get-MpComputerStatus did not say whether real-time protection is on.`
        };
    }
    if (!rtp) {
        const why = probe.preference?.disableRealtimeMonitoring === true
            ? 'DisableRealtimeMonitoring is set'
            : 'RealTimeProtectionEnabled is false';
        return {
            state: 'off',
            reason: `${prefix}Real-time protection is off (${why}).`,
            realTimeProtection: false
        };
    }
    return {
        state: 'active',
        reason: `${prefix}Defender is the active antivirus and scans files on access (real-time protection on).`,
        realTimeProtection: true
    };
}
function stateFromFailure(failure, cmdlet) {
    if (DEFENDER_INACTIVE.test(failure.id) || DEFENDER_INACTIVE.test(failure.message)) {
        return {
            state: 'not-running',
            reason: `${cmdlet} failed with HRESULT 0x800106ba: Defender is not the active antivirus or its service is not running (another antivirus may be installed).`
        };
    }
    if (INVALID_CLASS.test(failure.id) || INVALID_CLASS.test(failure.message)) {
        return {
            state: 'unknown',
            reason: `${cmdlet} failed with "Invalid class": Defender's WMI classes are missing (Defender not installed, or the WMI repository is damaged).`
        };
    }
    if (failure.id.startsWith('CommandNotFoundException')) {
        return {
            state: 'unknown',
            reason: `${cmdlet} is not available: the Defender PowerShell module is missing.`
        };
    }
    return {
        state: 'unknown',
        reason: `${cmdlet} failed: ${failure.id || 'no error id'}${failure.message ? ` (${firstLine(failure.message)})` : ''}.`
    };
}
/** Whether AppLocker will refuse executables outside its allow rules, and why, in one line. */
function describeAppLocker(facts) {
    const mode = facts.exeEnforcementMode;
    const service = facts.appIdSvc ? `, Application Identity service ${facts.appIdSvc}` : '';
    // A collection "NotConfigured" with rules in it is enforced; "AuditOnly" only logs.
    const configured = facts.exeRules > 0 && (mode === 'Enabled' || mode === 'NotConfigured');
    const serviceStopped = facts.appIdSvc !== undefined && facts.appIdSvc !== 'Running';
    return {
        enforcesExe: configured && !serviceStopped,
        detail: `Exe rule collection ${mode} with ${facts.exeRules} rule(s)${service} (effective policy)`
    };
}
/** A list in any PowerShell shape; one object stands for a one-element list when `ofObjects`. */
function listOf(value, field, ofObjects = false) {
    const inner = unwrap(value);
    if (inner === null || inner === undefined)
        return [];
    if (Array.isArray(inner))
        return inner.map(unwrap);
    if (isRecord(inner) && !ofObjects) {
        throw new UserError(`Defender field ${field} is ${JSON.stringify(inner).slice(0, 80)}: expected a string or a list of strings.`);
    }
    return [inner];
}
/** PowerShell 5.1's `{"value": [...], "Count": n}` array wrapper → the array. */
function unwrap(value) {
    if (isRecord(value) && 'value' in value && 'Count' in value && Object.keys(value).length === 2) {
        return value.value;
    }
    return value;
}
function optionalBoolean(value, field) {
    const inner = unwrap(value);
    if (inner === null || inner === undefined || inner === '')
        return undefined;
    if (typeof inner === 'boolean')
        return inner;
    if (typeof inner === 'string' && /^(true|false)$/i.test(inner)) {
        return inner.toLowerCase() === 'true';
    }
    if (inner === 0 || inner === 1)
        return inner === 1;
    throw new UserError(`Defender field ${field} is ${JSON.stringify(inner)}: expected true or false.`);
}
function optionalString(value) {
    const inner = unwrap(value);
    if (inner === null || inner === undefined)
        return undefined;
    const text = String(inner).trim();
    return text === '' ? undefined : text;
}
function optionalFailure(value) {
    if (!isRecord(value))
        return undefined;
    return { id: optionalString(value.id) ?? '', message: optionalString(value.message) ?? '' };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .map(line => line.trim())
        .find(line => line !== '' && !line.startsWith('#< CLIXML')) ?? '').slice(0, 200);
}

var script = "# The Defender check's one script, run as `powershell.exe -EncodedCommand` (see powershell.ts).\n# Windows PowerShell 5.1 compatible. The request ({\"mode\": \"status\" | \"add\" | \"remove\",\n# \"paths\": [...]}) arrives as JSON in $env:GO_WIN_PREFLIGHT_DEFENDER_REQUEST, never as script text.\n# Every cmdlet runs in its own try/catch and reports its FullyQualifiedErrorId (the HRESULT lives\n# there; the message text is often a template). Output: one line of compact JSON, non-ASCII\n# escaped because stdout uses the OEM code page.\n$ErrorActionPreference = 'Stop'\n$ProgressPreference = 'SilentlyContinue'\ntry { Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue } catch { }\nfunction Get-Failure($record) {\n  [ordered]@{ id = [string]$record.FullyQualifiedErrorId; message = [string]$record.Exception.Message }\n}\nfunction Get-List($value) {\n  if ($null -eq $value) { return $null }\n  return ,([string[]]@($value))\n}\nfunction Get-Exclusions {\n  $preference = Get-MpPreference\n  return ,(Get-List $preference.ExclusionPath)\n}\n$out = [ordered]@{ schema = 1; psVersion = [string]$PSVersionTable.PSVersion }\n$request = $null\ntry {\n  $request = $env:GO_WIN_PREFLIGHT_DEFENDER_REQUEST | ConvertFrom-Json\n  $out.mode = [string]$request.mode\n} catch { $out.requestError = Get-Failure $_ }\ntry {\n  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()\n  $principal = New-Object Security.Principal.WindowsPrincipal($identity)\n  $out.elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)\n} catch { $out.elevatedError = Get-Failure $_ }\nif ($out.mode -eq 'status') {\n  try {\n    $status = Get-MpComputerStatus\n    $out.computerStatus = [ordered]@{\n      AMRunningMode = [string]$status.AMRunningMode\n      AMServiceEnabled = $status.AMServiceEnabled\n      AntivirusEnabled = $status.AntivirusEnabled\n      RealTimeProtectionEnabled = $status.RealTimeProtectionEnabled\n      IsTamperProtected = $status.IsTamperProtected\n      AMProductVersion = [string]$status.AMProductVersion\n    }\n  } catch { $out.computerStatusError = Get-Failure $_ }\n  try {\n    $preference = Get-MpPreference\n    $out.preference = [ordered]@{\n      DisableRealtimeMonitoring = $preference.DisableRealtimeMonitoring\n      ExclusionPath = Get-List $preference.ExclusionPath\n      ExclusionProcess = Get-List $preference.ExclusionProcess\n      ExclusionExtension = Get-List $preference.ExclusionExtension\n      PerformanceModeStatus = [string]$preference.PerformanceModeStatus\n    }\n  } catch { $out.preferenceError = Get-Failure $_ }\n  try {\n    $policy = [xml](Get-AppLockerPolicy -Effective -Xml)\n    $exe = @($policy.AppLockerPolicy.RuleCollection | Where-Object { $_.Type -eq 'Exe' })\n    $mode = 'NotConfigured'\n    $rules = 0\n    if ($exe.Count -gt 0) {\n      if ($exe[0].EnforcementMode) { $mode = [string]$exe[0].EnforcementMode }\n      $rules = @($exe[0].ChildNodes | Where-Object { $_.LocalName -like '*Rule' }).Count\n    }\n    $out.appLocker = [ordered]@{ exeEnforcementMode = $mode; exeRules = $rules }\n    try { $out.appLocker.appIdSvc = [string](Get-Service -Name AppIDSvc).Status } catch { }\n  } catch { $out.appLockerError = Get-Failure $_ }\n} elseif ($out.mode -eq 'add' -or $out.mode -eq 'remove') {\n  $out.results = @(foreach ($path in @($request.paths)) {\n    try {\n      if ($out.mode -eq 'add') { Add-MpPreference -ExclusionPath $path -ErrorAction Stop } else { Remove-MpPreference -ExclusionPath $path -ErrorAction Stop }\n      [ordered]@{ path = [string]$path; ok = $true }\n    } catch { [ordered]@{ path = [string]$path; ok = $false; error = Get-Failure $_ } }\n  })\n  try { $out.exclusionPath = Get-Exclusions } catch { $out.readBackError = Get-Failure $_ }\n}\n$json = ConvertTo-Json -InputObject $out -Compress -Depth 4\n$json = [regex]::Replace($json, '[^\\x00-\\x7e]', { param($m) '\\u{0:x4}' -f [int]$m.Value[0] })\n[Console]::Out.WriteLine($json)\n";

// The one PowerShell script this check runs. Its text is constant: what a run asks for (mode and
// paths) arrives as JSON in an environment variable, so no path ever becomes script text.
/** Environment variable carrying the request, `{"mode": "status" | "add" | "remove", "paths": [...]}`. */
const REQUEST_VARIABLE = 'GO_WIN_PREFLIGHT_DEFENDER_REQUEST';
/** defender.ps1, bundled as its text (see its header). */
const DEFENDER_SCRIPT = script;
/** `-EncodedCommand` takes the script as base64 of its UTF-16LE text. */
function encodedScript() {
    return Buffer.from(DEFENDER_SCRIPT, 'utf16le').toString('base64');
}

// Runs the constant Defender script in one PowerShell process, with a timeout. Windows PowerShell
// first (it always has the Defender module); PowerShell 7 only when Windows PowerShell is absent.
/** Looked up on PATH by name, as CreateProcess / execvp do. */
const POWERSHELL_CANDIDATES = ['powershell.exe', 'pwsh.exe'];
async function runDefenderScript(request, options) {
    const args = [
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-ExecutionPolicy',
        'Bypass',
        '-EncodedCommand',
        encodedScript()
    ];
    const env = { ...options.env, [REQUEST_VARIABLE]: JSON.stringify(request) };
    const deadline = performance.now() + options.timeoutMs;
    let run;
    for (const executable of POWERSHELL_CANDIDATES) {
        const timeoutMs = Math.max(1, Math.round(deadline - performance.now()));
        run = { executable, result: await runProcess(executable, args, { timeoutMs, env }) };
        if (run.result.spawnError?.code !== 'ENOENT')
            return run;
    }
    return run;
}

// What the main step added to Defender, handed to the post step through the action's state.
const ADDED_STATE = 'defender-added';
function serializeAddedState(state) {
    return JSON.stringify(state);
}
function parseAddedState(raw) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        value = undefined;
    }
    const record = value;
    if (typeof record !== 'object' ||
        record === null ||
        !Array.isArray(record.paths) ||
        !record.paths.every(path => typeof path === 'string' && path !== '') ||
        typeof record.restore !== 'boolean') {
        throw new UserError(`Saved state '${ADDED_STATE}' is ${JSON.stringify(raw.slice(0, 80))}: expected {"paths": [strings], "restore": boolean}.`);
    }
    return { paths: record.paths, restore: record.restore };
}

// Pure: the dependency cache in the job summary. Main writes the restore; post appends the save.
const STATUS_TEXT = {
    hit: '✅ hit',
    partial: '♻️ restored from a restore key',
    miss: '⭕ miss',
    disabled: '⏭️ disabled',
    unavailable: '❔ no cache service',
    skipped: '⚠️ skipped'
};
const seconds = (ms) => `${formatNumber(ms / 1000, 2)} s`;
function renderCacheSection(cache) {
    const lines = [
        '### Dependency cache',
        '',
        `**${STATUS_TEXT[cache.status]}**: ${escapeText(cache.summary)}`
    ];
    const rows = [];
    if (cache.key !== null)
        rows.push(['Key', `\`${escapeCell(cache.key)}\``]);
    if (cache.restoreKeys.length > 0)
        rows.push(['Restore keys', cache.restoreKeys.map(key => `\`${escapeCell(key)}\``).join('<br>')]);
    if (cache.dependencyFiles.length > 0)
        rows.push(['Hashed files', escapeCell(cache.dependencyFiles.join('\n'))]);
    if (cache.paths.length > 0)
        rows.push(['Folders', escapeCell(cache.paths.join('\n'))]);
    if (cache.restore !== null) {
        const { ms, bytesBefore, bytesAfter } = cache.restore;
        rows.push([
            'Restore',
            `${seconds(ms)}; folders ${formatBytes(bytesBefore)} before, ${formatBytes(bytesAfter)} after`
        ]);
    }
    if (rows.length > 0)
        lines.push('', table(['', ''], rows));
    if (cache.key !== null)
        lines.push('', '_The post step saves the cache and adds its figures below._');
    return lines.join('\n');
}
function renderCacheSave(save) {
    const figures = save.ms === null ? '' : ` (${seconds(save.ms)}, ${formatBytes(save.bytes ?? 0)} of folders)`;
    return `### Dependency cache save\n\n**${save.status}**: ${escapeText(save.summary)}${figures}\n`;
}

// Pure: what the dependency cache restores and saves, under which key, and whether to save.
// The key is setup-go's own, so a repository that switches from setup-go keeps its warm entries.
const RUNNER_OS = {
    linux: 'Linux',
    win32: 'Windows',
    darwin: 'macOS'
};
/** RUNNER_OS, or the runner's spelling of this platform outside Actions. */
function runnerOsName(env, platform) {
    return env.RUNNER_OS || RUNNER_OS[platform] || platform;
}
/**
 * setup-go's primary key, `setup-go-<os>-<arch>-<image->go-<version>-<hash>`, and one restore
 * key (the same without the hash) that setup-go does not have: a changed go.sum then starts from
 * the previous module cache instead of from nothing. Go's caches are content-addressed, so an
 * entry from older dependencies holds nothing wrong, only files the build no longer reads.
 */
function cacheKeys(facts) {
    const image = facts.runnerOs === 'Linux' && facts.imageOs ? `${facts.imageOs}-` : '';
    const prefix = `setup-go-${facts.runnerOs}-${facts.arch}-${image}go-${facts.goVersion}-`;
    return { primary: `${prefix}${facts.fileHash}`, restoreKeys: [prefix] };
}
/** `go1.22.5` → `1.22.5`, as setup-go's `go-version` output. */
function versionWithoutPrefix(goVersion) {
    return goVersion.replace(/^go/, '');
}
/**
 * The glob patterns to hash. Given lines are relative to the workspace (absolute ones stay);
 * a leading `!` (exclude) is kept in front. Default: go.mod of the working directory, as
 * setup-go v6 (which looks in the workspace root; here the module may live in a subfolder).
 */
function dependencyPatterns(lines, workingDirectory, workspace) {
    if (lines.length === 0)
        return [join(workingDirectory, 'go.mod')];
    return lines.map(line => {
        const negated = line.startsWith('!');
        const pattern = negated ? line.slice(1) : line;
        const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
        return negated ? `!${absolute}` : absolute;
    });
}
/** GOMODCACHE and GOCACHE from `go env`, as setup-go caches them; `off` and empty are left out. */
function cachePaths(goEnv) {
    return [goEnv.GOMODCACHE, goEnv.GOCACHE].filter((path) => path !== undefined && path !== '' && path !== 'off');
}
function encodeSaveState(state) {
    return JSON.stringify(state);
}
/** The state main wrote, or undefined when main did not write it (or it is not ours). */
function decodeSaveState(text) {
    if (text === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const record = value;
    const strings = (list) => Array.isArray(list) && list.every(item => typeof item === 'string');
    if (typeof record !== 'object' ||
        record === null ||
        typeof record.key !== 'string' ||
        !strings(record.paths) ||
        !strings(record.reportFiles) ||
        (record.matchedKey !== undefined && typeof record.matchedKey !== 'string'))
        return undefined;
    return {
        key: record.key,
        paths: record.paths,
        matchedKey: record.matchedKey,
        reportFiles: record.reportFiles
    };
}
/** Save unless the restore hit the key exactly or none of the folders exists. */
function decideSave(state, existing) {
    if (state.matchedKey === state.key)
        return { save: false, reason: `the restore hit ${state.key} exactly: nothing new to save` };
    if (existing.length === 0)
        return {
            save: false,
            reason: `none of the cache folders exists (${state.paths.join(', ')})`
        };
    return { save: true };
}
/** The restore's outcome, as the report and the `cache-hit` output say it. */
function restoreOutcome(keys, matchedKey) {
    if (matchedKey === undefined)
        return {
            status: 'miss',
            summary: `no entry for ${keys.primary} or its prefix: the post step saves one`
        };
    if (matchedKey === keys.primary)
        return { status: 'hit', summary: `restored ${matchedKey} (exact key)` };
    return {
        status: 'partial',
        summary: `restored ${matchedKey} (restore key; the dependency files changed): the post step saves ${keys.primary}`
    };
}

// The dependency cache's effects: hash the dependency files (@actions/glob), restore and save
// GOMODCACHE and GOCACHE (@actions/cache), hand the key from main to post through the runner's
// state. Every decision is in plan.ts. A cache problem is a warning, never a failed job.
const STATE = 'dependency-cache';
/** @actions/cache (with the Azure SDK) loads only when a cache is really restored or saved. */
const loadCacheClient = () => import('./shared-cache.js');
const notRestored = (status, summary, paths = []) => ({
    status,
    summary,
    key: null,
    restoreKeys: [],
    matchedKey: null,
    paths,
    dependencyFiles: [],
    restore: null,
    save: null
});
/** Restores the module and build cache for the Go just set up. Never throws. */
async function restoreDependencyCache(inputs, go, workingDirectory, ctx) {
    if (!inputs.enabled)
        return notRestored('disabled', 'input cache is false');
    if (!go.toolchain || !go.goEnv)
        return notRestored('skipped', 'no Go to cache for (no go-version and no go on PATH)');
    const paths = cachePaths(go.goEnv);
    if (paths.length === 0)
        return notRestored('skipped', 'go env gives neither GOMODCACHE nor GOCACHE');
    const cache = await loadCacheClient();
    if (!cache.isFeatureAvailable()) {
        const why = 'the runner gives no cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL): caching is skipped';
        // As setup-go: a warning on a runner; outside Actions (a local run) there is nothing to fix.
        if (ctx.env.GITHUB_ACTIONS === 'true')
            warning(`Dependency cache: ${why}.`);
        return notRestored('unavailable', why, paths);
    }
    try {
        const patterns = dependencyPatterns(inputs.dependencyPath, workingDirectory, ctx.workspace);
        const joined = patterns.join('\n');
        const globber = await create(joined, { matchDirectories: false });
        const dependencyFiles = await globber.glob();
        const fileHash = await hashFiles(joined, ctx.workspace);
        if (fileHash === '') {
            const why = `no dependency file matches ${patterns.join(', ')} inside the workspace ${ctx.workspace}: caching is skipped`;
            warning(`Dependency cache: ${why}. Set cache-dependency-path (for example go.sum).`);
            return notRestored('skipped', why, paths);
        }
        const keys = cacheKeys({
            runnerOs: runnerOsName(ctx.env, ctx.platform),
            arch: ctx.arch,
            imageOs: ctx.env.ImageOS,
            goVersion: versionWithoutPrefix(go.toolchain.version),
            fileHash
        });
        const bytesBefore = folderBytes(paths);
        const begun = performance.now();
        const matchedKey = await cache.restoreCache([...paths], keys.primary, keys.restoreKeys);
        const ms = Math.round(performance.now() - begun);
        const outcome = restoreOutcome(keys, matchedKey);
        info(`Dependency cache: ${outcome.summary}`);
        return {
            ...outcome,
            key: keys.primary,
            restoreKeys: keys.restoreKeys,
            matchedKey: matchedKey ?? null,
            paths,
            dependencyFiles,
            restore: { ms, bytesBefore, bytesAfter: folderBytes(paths) },
            save: null
        };
    }
    catch (error) {
        // @actions/cache throws only for keys it rejects; glob for unreadable patterns.
        const why = `the restore could not run: ${errorMessage(error)}`;
        warning(`Dependency cache: ${why}`);
        return notRestored('skipped', why, paths);
    }
}
/**
 * Called at the end of a main step that succeeded: tells the post step what to save. Without
 * this state (main failed, or there was nothing to cache) the post step saves nothing.
 */
function handOverToPost(report, reportFiles) {
    if (report.key === null)
        return;
    saveState(STATE, encodeSaveState({
        key: report.key,
        paths: report.paths,
        matchedKey: report.matchedKey ?? undefined,
        reportFiles
    }));
}
/** The post step's save. Problems are warnings; the figures go to the report and the summary. */
async function saveDependencyCache() {
    const state = decodeSaveState(getState(STATE));
    if (!state)
        return;
    const existing = state.paths.filter(path => existsSync(path));
    const decision = decideSave(state, existing);
    let save;
    if (!decision.save) {
        info(`Dependency cache: not saved: ${decision.reason}.`);
        save = { status: 'skipped', summary: decision.reason, ms: null, bytes: null };
    }
    else {
        const cache = await loadCacheClient();
        const bytes = folderBytes(existing);
        const begun = performance.now();
        // The same path list as the restore: it is part of the entry's version.
        const id = await cache.saveCache([...state.paths], state.key);
        const ms = Math.round(performance.now() - begun);
        save =
            id === -1
                ? {
                    status: 'failed',
                    summary: `${state.key} was not saved (the cache service's answer is in the log above; another job may be saving the same key)`,
                    ms,
                    bytes
                }
                : { status: 'saved', summary: `saved ${state.key}`, ms, bytes };
        if (save.status === 'failed')
            warning(`Dependency cache: ${save.summary}.`);
        else
            info(`Dependency cache: ${save.summary}.`);
    }
    for (const file of state.reportFiles)
        addSaveToReport(file, save);
    if (process.env.GITHUB_STEP_SUMMARY)
        await summary.addRaw(renderCacheSave(save), true).write();
}
/** The report written by main gets the save's figures; a report that is gone is left alone. */
function addSaveToReport(file, save) {
    try {
        const report = JSON.parse(readFileSync(file, 'utf8'));
        if (!report.cache)
            return;
        report.cache.save = save;
        writeFileSync(`${file}.partial`, `${JSON.stringify(report, null, 2)}\n`);
        renameSync(`${file}.partial`, file);
    }
    catch (error) {
        debug(`Dependency cache: could not add the save to ${file}: ${errorMessage(error)}`);
    }
}
/** Bytes of the regular files under the given folders (links are not followed). */
function folderBytes(paths) {
    let total = 0;
    const pending = paths.filter(path => existsSync(path));
    while (pending.length > 0) {
        const dir = pending.pop();
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const path = join(dir, entry.name);
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isFile()) {
                try {
                    total += lstatSync(path).size;
                }
                catch {
                    // Removed while counting: it no longer takes space.
                }
            }
        }
    }
    return total;
}

export { ADDED_STATE as A, FIX_STATE as F, applyTempFix as a, probeDirectory as b, powershellQuote as c, runDefenderScript as d, parseStatusProbe as e, readScriptOutput as f, goProcessExclusions as g, deriveState as h, describeAppLocker as i, judgeCoverage as j, isRootPath as k, parseChangeOutcome as l, listHolds as m, renderCacheSection as n, outermostPaths as o, pathEntries as p, restoreDependencyCache as q, runProcess as r, serializeAddedState as s, handOverToPost as t, parseFixState as u, versionWithoutPrefix as v, whichOnPath as w, parseAddedState as x, saveDependencyCache as y };
