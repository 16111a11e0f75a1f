import { m as getState, d as debug, i as info, w as warning } from './shared-core.js';
import { U as UserError, e as errorMessage, D as readInputs } from './shared-inputs.js';
import { stat, rm } from 'node:fs/promises';
import { u as parseFixState, F as FIX_STATE, x as parseAddedState, d as runDefenderScript, l as parseChangeOutcome, f as readScriptOutput, m as listHolds, A as ADDED_STATE, y as saveDependencyCache } from './shared-index2.js';
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
import 'node:fs';
import 'node:path';
import 'node:os';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:stream/promises';
import './shared-glob.js';
import 'stream';

// Post step of fix-temp: removes the directory the main step created, and nothing else.
async function undoTempFix() {
    const raw = getState(FIX_STATE);
    if (raw === '') {
        debug('fix-temp created no directory: nothing to undo.');
        return;
    }
    const { directory } = parseFixState(raw);
    const exists = await stat(directory).then(() => true, () => false);
    if (!exists) {
        info(`fix-temp: ${directory} is already gone.`);
        return;
    }
    // Node retries EBUSY/EPERM (a scanner or a lingering test process holding a file) with backoff.
    await rm(directory, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    info(`fix-temp: removed ${directory}.`);
}

// Post step of `defender-exclusions: add`: removes exactly the exclusions the main step added
// (read from the action's state), in one PowerShell process, unless `defender-restore: false`.
async function undoDefenderExclusions(timeoutMs) {
    const raw = getState(ADDED_STATE);
    if (raw === '') {
        debug('defender-exclusions added nothing: nothing to undo.');
        return;
    }
    const state = parseAddedState(raw);
    if (!state.restore) {
        info(`Defender: keeping the exclusions this job added (defender-restore: false): ${state.paths.join(', ')}.`);
        return;
    }
    const run = await runDefenderScript({ mode: 'remove', paths: state.paths }, { timeoutMs, env: process.env });
    const outcome = parseChangeOutcome(readScriptOutput(run, timeoutMs));
    const failed = outcome.results.filter(result => !result.ok);
    const removed = outcome.results.filter(result => result.ok).map(result => result.path);
    if (removed.length > 0)
        info(`Defender: removed the exclusions this job added: ${removed.join(', ')}.`);
    const readBack = outcome.exclusionPath;
    const remaining = readBack && !readBack.hidden ? removed.filter(path => listHolds(readBack.entries, path)) : [];
    const problems = [
        ...failed.map(result => `${result.path}: ${result.error ? `${result.error.id}: ${result.error.message}` : 'failed'}`),
        ...remaining.map(path => `${path}: still listed after Remove-MpPreference`)
    ];
    if (problems.length > 0) {
        throw new UserError(`Defender exclusions added by this job could not all be removed (remove them with Remove-MpPreference -ExclusionPath in an elevated PowerShell): ${problems.join('; ')}.`);
    }
}

// The post step saves the dependency cache when the main step asked for it, then undoes what
// the main step changed on the machine, and only that: the temp directory made by `fix-temp`,
// the Defender exclusions added by `defender-exclusions: add`. Each runs whatever the others do.
async function runPost() {
    try {
        await saveDependencyCache();
    }
    catch (error) {
        warning(`Post step: could not save the dependency cache: ${errorMessage(error)}`);
    }
    let defenderTimeoutMs = 30_000;
    try {
        defenderTimeoutMs = readInputs().defenderTimeoutMs;
    }
    catch {
        // The main step already reported the bad input; cleanup still runs with the default limit.
    }
    for (const [what, undo] of [
        ['temp directory', () => undoTempFix()],
        ['Defender exclusions', () => undoDefenderExclusions(defenderTimeoutMs)]
    ]) {
        try {
            await undo();
        }
        catch (error) {
            warning(`Post step: could not undo the ${what}: ${errorMessage(error)}`);
        }
    }
}

await runPost();
