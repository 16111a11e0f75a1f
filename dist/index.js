import { c as getProxyUrl, H as HttpClient, f as getDefaultExportFromCjs, i as info, h as addPath, j as exportVariable, d as debug, k as saveState, s as summary, e as error, w as warning, n as notice, a as setOutput, E as ExitCode, b as setFailed, l as group } from './shared-core.js';
import { endianness, totalmem, cpus, hostname, release } from 'node:os';
import R, { join, dirname, win32, posix, basename, resolve, relative, isAbsolute as isAbsolute$1, sep } from 'node:path';
import { U as UserError, e as errorMessage, q as quoteValue, s as samePath, i as isWithin, p as pathList, h as readVersionFile, j as describeRow, M as METRIC_IDS, k as formatBase, l as toBase, b as findCheck, m as METRIC_KIND, W as WEIGHED_CHECK_IDS, n as pathKey, f as formatUs, o as checkOfMetric, c as escapeText, K as KEEP, u as parseLimit, d as escapeCell, v as checkName, t as table, w as collapsible, a as formatNumber$1, x as fenced, y as entryOf, S as STATUS_ICON, C as CHECK_IDS, z as MAX_FINDINGS_PER_ID, A as escapeExcerpt, B as runnerIdentity, g as readRunContext, D as readInputs, E as loadThresholds } from './shared-inputs.js';
import u, { createWriteStream, readFileSync, mkdirSync, writeFileSync, renameSync, readdirSync, existsSync, rmSync, symlinkSync, createReadStream, realpathSync } from 'node:fs';
import { createHash, randomUUID, randomBytes } from 'node:crypto';
import { s as semver } from './shared-index.js';
import { Agent } from 'node:http';
import ro, { rm, mkdir, readdir, mkdtemp, rename, writeFile, stat, readFile, realpath, copyFile } from 'node:fs/promises';
import require$$0, { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { s as statusFromFindings, r as resultBuilder, S as SEVERITY_RANK, w as worseSeverity, m as milderSeverity, b as bySeverity, a as worseStatus, c as SEVERITY_STATUS, v as verdictStatement, f as formatValue, d as splitRemedy, e as weighedLevel, g as selectAnnotations, V as VERSION, h as verdictLines, i as couldNotRun } from './shared-annotations.js';
import { createGunzip } from 'node:zlib';
import require$$4__default, { EventEmitter as EventEmitter$1 } from 'events';
import fs__default from 'fs';
import { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import path__default, { parse, dirname as dirname$1 } from 'path';
import assert from 'assert';
import { Buffer as Buffer$1 } from 'buffer';
import * as Ps from 'zlib';
import Ps__default from 'zlib';
import require$$0$1 from 'node:assert';
import util__default from 'util';
import require$$5__default from 'stream';
import { r as runProcess, w as whichOnPath, p as pathEntries, a as applyTempFix, b as probeDirectory, g as goProcessExclusions, c as powershellQuote, d as runDefenderScript, e as parseStatusProbe, f as readScriptOutput, j as judgeCoverage, h as deriveState, i as describeAppLocker, k as isRootPath, o as outermostPaths, l as parseChangeOutcome, m as listHolds, s as serializeAddedState, A as ADDED_STATE, n as renderCacheSection, q as restoreDependencyCache, v as versionWithoutPrefix, t as handOverToPost } from './shared-index2.js';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import 'os';
import 'crypto';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'node:net';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'process';
import 'node:child_process';
import './shared-glob.js';

// An http:// URL behind an http:// proxy is requested from the proxy in absolute form
// (`GET http://mirror/go.tar.gz`), as curl and browsers do. @actions/http-client tunnels every
// proxied request with CONNECT, which stock proxies refuse for any port but 443 (squid's shipped
// `http_access deny CONNECT !SSL_ports`). https:// URLs keep http-client's CONNECT tunnel, and
// the proxy rules (NO_PROXY, loopback goes direct) stay http-client's own (getProxyUrl).
/** The handlers that send a request for `url` through a forwarding proxy; none when not. */
function forwardProxyHandlers(url) {
    const target = new URL(url);
    const proxied = target.protocol === 'http:' ? getProxyUrl(url) : '';
    if (!proxied)
        return [];
    const proxy = new URL(proxied);
    if (proxy.protocol !== 'http:')
        return [];
    return [
        {
            prepareRequest: options => {
                // http-client passes its headers as a plain object.
                const headers = {
                    ...options.headers,
                    host: target.host
                };
                if (proxy.username || proxy.password) {
                    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
                    headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
                }
                options.headers = headers;
                options.host = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
                options.port = Number(proxy.port || 80);
                options.path = target.href;
                // A plain agent: the tunnelling one http-client chose would CONNECT.
                options.agent = new Agent({ keepAlive: false });
            },
            canHandleAuthentication: () => false,
            handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
        }
    ];
}

// HTTP for the installer, on @actions/http-client (node:http, the library tool-cache uses):
// proxies from HTTPS_PROXY/HTTP_PROXY/NO_PROXY as runners set them, bounded time to the first
// byte and bounded silence, bounded retries, the token only for github.com hosts, and a sha256
// computed while the bytes stream to whatever consumes them (a file, or an extractor).
//
// Never Node's fetch: @actions/http-client bundles undici 6, whose module load installs its own
// Agent as fetch's global dispatcher, and that Agent crashes the process with an uncatchable
// `assert(!this.paused)` when a server closes the connection under backpressure
// (nodejs/undici#5360). The eslint config forbids `fetch` in src/ for that reason. node:http
// also connects before it touches keep-alive, which Wine's Windows Node needs (no keep-alive
// here at all: one connection per request).
const DEFAULT_NETWORK = {
    headersTimeoutMs: 30_000,
    idleTimeoutMs: 30_000,
    retryDelaysMs: [2_000, 5_000],
    maxRedirects: 5
};
/** An HTTP status the caller may want to explain in its own words (404 → unknown version). */
class HttpStatusError extends UserError {
    status;
    url;
    constructor(status, url, message) {
        super(message);
        this.status = status;
        this.url = url;
        this.name = 'HttpStatusError';
    }
}
/** A failure worth another attempt: network errors, timeouts, 5xx, 408, 429, cut-off bodies. */
class TransientError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The token goes to github.com and its subdomains only, checked again on every redirect. */
function mayReceiveToken(url) {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'github.com' || hostname.endsWith('.github.com'));
}
function statusMessage(status, url, tokenSent) {
    const host = new URL(url).hostname;
    if (status === 404)
        return `HTTP 404 Not Found: ${url}`;
    if (status === 407)
        return `HTTP 407 from the proxy for ${url}: it wants credentials; give them in the proxy URL (http://user:password@proxy:port in HTTP_PROXY / HTTPS_PROXY)`;
    if (status === 403 || status === 429) {
        const hint = mayReceiveToken(url)
            ? tokenSent
                ? 'the token given in `token` was refused or is rate-limited'
                : 'set the `token` input to raise GitHub rate limits'
            : `${host} is rate-limiting or refusing this runner; retry later or point go-download-base-url at a mirror you control (the token is only sent to github.com)`;
        return `HTTP ${status} from ${url}: ${hint}`;
    }
    return `HTTP ${status} from ${url}`;
}
/** Whether a status is worth retrying. Pure. */
function isTransientStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
/**
 * Why a body of `bytes` is shorter or longer than promised, or undefined when it is whole: it
 * must match Content-Length when the server sends one, and the listing's size when that is
 * known (0 there means unknown: old go.dev entries list `"size": 0`). Pure.
 */
function lengthProblem(bytes, contentLength, listedSize) {
    const declared = contentLength === undefined ? NaN : Number(contentLength);
    if (Number.isSafeInteger(declared) && bytes !== declared)
        return `got ${bytes} of ${declared} bytes (Content-Length)`;
    if (listedSize !== undefined && listedSize > 0 && bytes !== listedSize)
        return `got ${bytes} of ${listedSize} bytes (the listing's size)`;
    return undefined;
}
/** One request: follows redirects itself so the Authorization header never leaves github.com. */
async function open(url, token, options) {
    let current = url;
    for (let hop = 0;; hop++) {
        // keepAlive false: a fresh http.Agent without keep-alive, one connection per request.
        // http-client reads the proxy variables on every request and tunnels https through the
        // proxy (CONNECT); http goes to the proxy in absolute form (forward-proxy.ts); loopback
        // targets and NO_PROXY entries go direct.
        const client = new HttpClient('go-win-preflight', forwardProxyHandlers(current), {
            allowRedirects: false,
            allowRetries: false,
            keepAlive: false,
            socketTimeout: options.headersTimeoutMs
        });
        const sendToken = token !== '' && mayReceiveToken(current);
        // identity: a server that labels a .tar.gz with Content-Encoding must not get it unpacked
        // (the digest is of the archive as published).
        const headers = { 'accept-encoding': 'identity' };
        if (sendToken)
            headers.authorization = `token ${token}`;
        let message;
        try {
            message = (await client.get(current, headers)).message;
        }
        catch (error) {
            throw new TransientError(/^Request timeout/.test(errorMessage(error))
                ? `no response within ${options.headersTimeoutMs / 1000} s`
                : `cannot reach ${new URL(current).host}: ${errorMessage(error)}`);
        }
        // An error after this point (a reset while we drain or read) must never be unhandled.
        message.on('error', () => undefined);
        // http-client's socketTimeout bounds the wait for headers; for the body our own idle timer
        // takes over, which pauses while the sink is busy (else a slow disk would look like a
        // silent server and the socket would be ended under us).
        message.socket?.setTimeout(0);
        const status = message.statusCode ?? 0;
        const location = message.headers.location;
        if (status >= 300 && status < 400 && location) {
            message.destroy();
            if (hop >= options.maxRedirects)
                throw new UserError(`Too many redirects from ${url}`);
            current = new URL(location, current).toString();
            continue;
        }
        if (status >= 200 && status < 300)
            return { message, url: current };
        message.destroy();
        const text = statusMessage(status, current, sendToken);
        if (isTransientStatus(status))
            throw new TransientError(text, status);
        throw new HttpStatusError(status, current, text);
    }
}
/** Retries transient failures with the configured delays; the last failure becomes a UserError. */
async function withRetries(url, options, attempt) {
    for (let tried = 0;; tried++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof TransientError))
                throw error;
            const delay = options.retryDelaysMs[tried];
            if (delay === undefined) {
                const attempts = tried + 1;
                throw new UserError(`${error.message} (${url}, ${attempts} attempt${attempts > 1 ? 's' : ''})`);
            }
            await new Promise(resolveDelay => setTimeout(resolveDelay, delay));
        }
    }
}
/**
 * Streams `url` into `sink`, hashing on the way. A body shorter than Content-Length (or than
 * `listedSize`) is a cut-off transfer and is retried; the sink's leftovers are discarded
 * before each retry and after the last failure.
 */
async function download(url, token, options, listedSize, sink) {
    let attempts = 0;
    try {
        return await withRetries(url, options, async () => {
            attempts++;
            await sink.discard();
            return attempt(url, token, options, listedSize, sink, attempts);
        });
    }
    catch (error) {
        await sink.discard();
        throw error;
    }
}
async function attempt(url, token, options, listedSize, sink, attempts) {
    const started = performance.now();
    const { message, url: finalUrl } = await open(url, token, options);
    const header = message.headers['content-length'];
    const hash = createHash('sha256');
    let bytes = 0;
    let hashMs = 0;
    let silence;
    let timer;
    const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            silence = `no data for ${options.idleTimeoutMs / 1000} s`;
            message.destroy(new Error(silence));
        }, options.idleTimeoutMs);
    };
    touch();
    // The sink reads from `body`; the tap hashes every byte and forwards it while the sink
    // wants it. When the sink fails the tap keeps hashing to the end of the transfer.
    const body = new PassThrough({ highWaterMark: 1 << 20 });
    let sinkError;
    let waiting;
    let bodyEnded = 0;
    const sinkDone = sink.consume(body).then(() => performance.now(), (error) => {
        sinkError = error;
        const resume = waiting;
        waiting = undefined;
        if (resume) {
            touch();
            resume();
        }
        return performance.now();
    });
    const tap = new Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, callback) {
            touch();
            const begun = performance.now();
            hash.update(chunk);
            hashMs += performance.now() - begun;
            bytes += chunk.length;
            if (sinkError !== undefined || body.write(chunk))
                return callback();
            // The sink is busy (a loaded disk): our own pause, not the server's silence.
            clearTimeout(timer);
            waiting = callback;
            body.once('drain', () => {
                if (waiting === callback) {
                    waiting = undefined;
                    touch();
                    callback();
                }
            });
        },
        final(callback) {
            bodyEnded = performance.now();
            body.end();
            callback();
        }
    });
    try {
        await pipeline(message, tap);
    }
    catch (error) {
        body.destroy(new Error('the transfer was cut off'));
        await sinkDone;
        if (error.code === 'ENOSPC') {
            throw new UserError(`No space left on device while downloading ${url}.`);
        }
        throw new TransientError(silence ?? `download of ${finalUrl} was cut off after ${bytes} bytes: ${errorMessage(error)}`);
    }
    finally {
        clearTimeout(timer);
    }
    const sinkEnded = await sinkDone;
    const short = lengthProblem(bytes, header, listedSize);
    if (short)
        throw new TransientError(`download of ${finalUrl} was truncated: ${short}`);
    if (sinkError?.code === 'ENOSPC') {
        throw new UserError(`No space left on device while downloading ${url}.`);
    }
    return {
        bytes,
        sha256: hash.digest('hex'),
        ms: performance.now() - started,
        hashMs,
        sinkTailMs: Math.max(0, sinkEnded - bodyEnded),
        attempts,
        finalUrl,
        contentType: message.headers['content-type'] ?? '',
        ...(sinkError !== undefined && { sinkError })
    };
}
/** A sink that writes the body to `dest` (removed again on failure). */
function fileSink(dest) {
    return {
        consume: body => pipeline(body, createWriteStream(dest)),
        discard: () => rm(dest, { force: true })
    };
}
/** GET a small text document (the listing). */
async function fetchText(url, token, options) {
    const chunks = [];
    const result = await download(url, token, options, undefined, {
        consume: async (body) => {
            for await (const chunk of body)
                chunks.push(chunk);
        },
        discard: async () => {
            chunks.length = 0;
        }
    });
    return { text: Buffer.concat(chunks).toString('utf8'), contentType: result.contentType };
}

// What the user asked for (`1.22.5`, `1.22`, `^1.22`, `stable`, `1.23rc1`) and how it matches the
// versions a listing or the tool cache offers. Pure: no network, no files.
const GO_VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
/**
 * go.dev's spelling as semver: `go1.22.5` → `1.22.5`, `go1.20` → `1.20.0`, `go1.23rc1` →
 * `1.23.0-rc.1`, `go1.9.2rc2` → `1.9.2-rc.2`. Undefined for anything else.
 */
function goToSemver(version) {
    const match = GO_VERSION.exec(version.replace(/^go/, ''));
    if (!match)
        return undefined;
    const [, major, minor = '0', patch = '0', pre, preNumber] = match;
    const core = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
    return pre ? `${core}-${pre}.${Number(preNumber)}` : core;
}
/** `1.23.0-rc.1` → `1.23rc1`, `1.22.5` → `1.22.5`: the name go.dev gives that release's files. */
function semverToGo(version) {
    const parsed = semver.parse(version);
    if (!parsed)
        throw new Error(`not a semver version: ${version}`);
    const [pre, number] = parsed.prerelease;
    const base = `${parsed.major}.${parsed.minor}`;
    if (pre === undefined) {
        // Before 1.21 the first release of a minor had no `.0` (go1.20); from 1.21 on it has.
        return parsed.patch === 0 && parsed.major === 1 && parsed.minor < 21
            ? base
            : `${base}.${parsed.patch}`;
    }
    return `${base}${parsed.patch === 0 ? '' : `.${parsed.patch}`}${pre}${number}`;
}
const EXPECTED = 'a Go version such as 1.22.5, 1.22, ^1.22, ~1.22.1, ">=1.21 <1.23", 1.x, stable, oldstable or 1.23rc1';
/** Parses a spec; `origin` names where it came from (an input or a file) for the error. */
function parseVersionSpec(raw, origin = "input 'go-version'") {
    const text = raw.trim();
    const lower = text.toLowerCase();
    if (lower === 'stable' || lower === 'oldstable')
        return { kind: 'alias', text, alias: lower };
    const bare = text.replace(/^go(?=\d)/, '');
    // Three numbers, or any go.dev pre-release (`1.23rc1`, `1.9.2rc2`), names exactly one release.
    if (/^\d+\.\d+\.\d+$/.test(bare) || /^\d+\.\d+(\.\d+)?(beta|rc)\d+$/.test(bare)) {
        const version = goToSemver(bare);
        if (version)
            return { kind: 'exact', text, goVersion: bare, semver: version };
    }
    const range = text === '' ? null : semver.validRange(bare);
    if (range === null)
        throw new UserError(`${origin} has ${quoteValue(text)}: expected ${EXPECTED}.`);
    return { kind: 'range', text, range };
}
/**
 * The version a spec selects among candidates, or undefined. `stable` is the newest stable
 * release; `oldstable` the newest of the minor before it; ranges never pick pre-releases.
 */
function selectVersion(spec, candidates) {
    const versions = candidates.map(candidate => candidate.semver);
    switch (spec.kind) {
        case 'exact':
            return versions.find(version => semver.eq(version, spec.semver));
        case 'range':
            return semver.maxSatisfying(versions, spec.range) ?? undefined;
        case 'alias': {
            const stable = candidates
                .filter(candidate => candidate.stable)
                .map(candidate => candidate.semver);
            const newest = semver.rsort([...stable])[0];
            if (newest === undefined || spec.alias === 'stable')
                return newest;
            const previousMinor = stable.filter(version => semver.lt(version, `${semver.major(newest)}.${semver.minor(newest)}.0`));
            return semver.rsort(previousMinor)[0];
        }
    }
}
/** The versions closest to what was asked (two below, two above) and the newest stable one. */
function nearestVersions(spec, candidates) {
    const stable = semver.sort(candidates.filter(candidate => candidate.stable).map(candidate => candidate.semver));
    const newest = stable.at(-1);
    const anchor = spec.kind === 'exact'
        ? spec.semver
        : spec.kind === 'range'
            ? semver.minVersion(spec.range)?.version
            : undefined;
    if (anchor === undefined)
        return { near: [], newest };
    const above = stable.findIndex(version => semver.gt(version, anchor));
    const split = above === -1 ? stable.length : above;
    return { near: stable.slice(Math.max(0, split - 2), split + 2), newest };
}

// The go.dev-style JSON listing (`<base>/?mode=json&include=all`): every release with the
// sha256 of every file. Fetched at most once per job: the answer is kept under RUNNER_TEMP.
const DEFAULT_BASE_URL = 'https://go.dev/dl';
function listingUrl(baseUrl) {
    return `${baseUrl}/?mode=json&include=all`;
}
/**
 * Checks a parsed listing. Only the frame is required (an array of releases with a version, a
 * boolean `stable` and a `files` array): a listing without it is not go.dev's format. Files are
 * judged one by one, because go.dev's own listing has files nobody can verify (`"sha256": ""`
 * for go1.5.2 and older, golang/go#37586) and sizes of 0: a file without a usable digest is
 * kept as unverifiable, which matters only if it is the one to install; a file without a name,
 * os, arch or kind cannot be chosen and is left out.
 */
function validateListing(data, url) {
    const bad = (what) => new UserError(`The Go listing at ${url} is not in go.dev's format: ${what}.`);
    if (!Array.isArray(data))
        throw bad('expected a JSON array of releases');
    return data.map((item, index) => {
        const release = item;
        if (typeof release !== 'object' || release === null)
            throw bad(`entry ${index} is not an object`);
        if (typeof release.version !== 'string' ||
            !release.version.startsWith('go') ||
            !goToSemver(release.version)) {
            throw bad(`entry ${index} has version ${JSON.stringify(release.version)}, expected e.g. "go1.22.5"`);
        }
        if (typeof release.stable !== 'boolean')
            throw bad(`${release.version} has no boolean "stable"`);
        if (!Array.isArray(release.files))
            throw bad(`${release.version} has no "files" array`);
        const files = release.files.flatMap((raw) => {
            const judged = judgeFile(raw);
            return judged ? [judged] : [];
        });
        return { version: release.version, stable: release.stable, files };
    });
}
/** One file of a listing, or undefined when it cannot be chosen at all. Pure. */
function judgeFile(raw) {
    const file = raw;
    if (typeof file !== 'object' || file === null)
        return undefined;
    const { filename, os, arch, kind, sha256, size } = file;
    if (typeof filename !== 'string' ||
        typeof os !== 'string' ||
        typeof arch !== 'string' ||
        typeof kind !== 'string')
        return undefined;
    const judged = { filename, os, arch, kind };
    if (typeof sha256 === 'string' && /^[0-9a-f]{64}$/i.test(sha256)) {
        judged.sha256 = sha256.toLowerCase();
    }
    else if (sha256 === undefined && typeof file.sha256Problem === 'string') {
        judged.sha256Problem = file.sha256Problem; // a listing this job already judged and kept
    }
    else if (sha256 === undefined || sha256 === '' || sha256 === null) {
        judged.sha256Problem = 'gives no sha256';
    }
    else {
        judged.sha256Problem = `gives sha256 ${JSON.stringify(sha256).slice(0, 80)}, not 64 hex digits`;
    }
    if (typeof size === 'number' && Number.isSafeInteger(size) && size > 0)
        judged.size = size;
    return judged;
}
/** The archive of each release for this target, keyed by semver. */
function archivesFor(releases, target) {
    const found = new Map();
    for (const release of releases) {
        const file = release.files.find(candidate => candidate.kind === 'archive' &&
            candidate.os === target.os &&
            candidate.arch === target.arch &&
            candidate.filename.endsWith(`.${target.extension}`));
        const version = goToSemver(release.version);
        if (file && version && !found.has(version))
            found.set(version, { release, file });
    }
    return found;
}
function candidatesOf(archives) {
    return [...archives].map(([semver, { release }]) => ({ semver, stable: release.stable }));
}
/**
 * The listing for `baseUrl`, from RUNNER_TEMP when this job already fetched it. A mirror that
 * answers 404/410, or with something that is not JSON (an HTML index), has no listing.
 */
async function loadListing(baseUrl, runnerTemp, token, network) {
    const url = listingUrl(baseUrl);
    const key = createHash('sha256').update(baseUrl).digest('hex').slice(0, 12);
    const cacheFile = join(runnerTemp, 'go-win-preflight', `go-listing-${key}.json`);
    let cached;
    try {
        cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    }
    catch {
        cached = undefined;
    }
    if (cached?.reason !== undefined)
        return { url, releases: null, reason: cached.reason };
    if (cached?.releases !== undefined)
        return { url, releases: validateListing(cached.releases, url) };
    let listing;
    try {
        const { text, contentType } = await fetchText(url, token, network);
        let data;
        try {
            data = JSON.parse(text);
        }
        catch {
            data = undefined;
        }
        listing =
            data === undefined
                ? {
                    url,
                    releases: null,
                    reason: `the answer is not JSON (${contentType || 'no content type'})`
                }
                : { url, releases: validateListing(data, url) };
    }
    catch (error) {
        if (!(error instanceof HttpStatusError) || (error.status !== 404 && error.status !== 410))
            throw error;
        listing = { url, releases: null, reason: `HTTP ${error.status}` };
    }
    mkdirSync(join(runnerTemp, 'go-win-preflight'), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(listing.releases ? { releases: listing.releases } : { reason: listing.reason }));
    renameSync(partial, cacheFile);
    return listing;
}

// The runner's tool cache, laid out as @actions/tool-cache and setup-go do
// (`<root>/<tool>/<semver>/<arch>` + `<arch>.complete`), so setup-go's caches and the hosted
// images' preinstalled Go count as hits. A version is committed only when fully extracted and
// verified: extraction happens in a staging folder, renamed into place, marker written last.
/** Builds from a mirror get their own tool name, as in setup-go, so they never pose as go.dev's. */
function toolName(baseUrl) {
    if (baseUrl === DEFAULT_BASE_URL)
        return 'go';
    return `go-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 8)}`;
}
/** Versions present and complete in the cache for this tool and arch. */
function cachedVersions(root, tool, arch) {
    let children;
    try {
        children = readdirSync(join(root, tool));
    }
    catch {
        return [];
    }
    return children.filter(child => semver.valid(child) !== null &&
        existsSync(join(root, tool, child, arch)) &&
        existsSync(join(root, tool, child, `${arch}.complete`)));
}
/** The complete versions in the cache for this tool and arch, with their folders. */
function cachedGo(root, tool, arch) {
    return cachedVersions(root, tool, arch).map(version => ({
        version,
        dir: join(root, tool, version, arch)
    }));
}
/** Pure: the cached version the spec selects; an alias (`stable`) always asks the listing. */
function pickCached(spec, cached) {
    if (spec.kind === 'alias')
        return undefined;
    const version = selectVersion(spec, cached.map(entry => ({ semver: entry.version, stable: true })));
    return cached.find(entry => entry.version === version);
}
/**
 * On GitHub-hosted Windows, C: is slow and D: is fast: install on D: and link the C: tool cache
 * entry to it, as setup-go does. Guarded exactly like setup-go: Windows, not self-hosted, a tool
 * cache on C:, and both C:\ and D:\ present. Returns the D: root, or undefined.
 */
function hostedWindowsInstallRoot(platform, toolCache, env, exists) {
    if (platform !== 'win32')
        return undefined;
    const selfHosted = env.RUNNER_ENVIRONMENT !== 'github-hosted' &&
        (env.AGENT_ISSELFHOSTED === '1' || env.AGENT_ISSELFHOSTED === undefined);
    if (selfHosted)
        return undefined;
    if (!/^c:/i.test(toolCache))
        return undefined;
    if (!exists('c:\\') || !exists('d:\\'))
        return undefined;
    return `D:${toolCache.slice(2)}`;
}
/** A fresh staging folder beside the final place (same volume, so the commit is a rename). */
function createStaging(location, tool) {
    const staging = join(location.installRoot, tool, `.staging-${randomUUID()}`);
    mkdirSync(staging, { recursive: true });
    return staging;
}
/** Moves a verified, extracted GOROOT into the cache and writes the marker last. */
async function commitToCache(goRoot, location, tool, version, arch) {
    const installed = join(location.installRoot, tool, version, arch);
    rmSync(`${installed}.complete`, { force: true });
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(dirname(installed), { recursive: true });
    await renameWithRetry(goRoot, installed);
    writeFileSync(`${installed}.complete`, '');
    if (location.installRoot === location.defaultRoot)
        return installed;
    const linked = join(location.defaultRoot, tool, version, arch);
    rmSync(`${linked}.complete`, { force: true });
    rmSync(linked, { recursive: true, force: true });
    mkdirSync(dirname(linked), { recursive: true });
    // A junction needs no privilege (a directory symlink does); elsewhere the type is ignored.
    symlinkSync(installed, linked, 'junction');
    writeFileSync(`${linked}.complete`, '');
    return linked;
}
/**
 * A scanner (antivirus, indexer) may still hold a just-extracted file on Windows: renaming the
 * folder then fails briefly with EPERM/EBUSY. tool-cache copies instead; a few retries keep the
 * commit a rename (seconds faster for Go's ~15,000 files).
 */
async function renameWithRetry(from, to) {
    for (const delayMs of [100, 400, 1500, undefined]) {
        try {
            renameSync(from, to);
            return;
        }
        catch (error) {
            const code = error.code;
            if (delayMs === undefined || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES'))
                throw error;
            await new Promise(resolveDelay => setTimeout(resolveDelay, delayMs));
        }
    }
}
/** `go` inside a GOROOT. */
function goBinaryIn(goRoot, platform) {
    return join(goRoot, 'bin', platform === 'win32' ? 'go.exe' : 'go');
}

// The go-install and go-env results, built from what the plan and its effects found with the
// shared result rules (checks/result.ts). Pure but for the durations.
const NO_GO = 'no go-version given and no go on PATH: checks that need Go are skipped';
const installResult = (started) => resultBuilder('go-install', 'Go toolchain', started);
/** The go-env result; `started` defaults to now for the pure evaluation. */
const goEnvResult = (started) => resultBuilder('go-env', 'Go environment', started);
/** After an install (downloaded or from the tool cache). */
function installCheck(details, findings, started) {
    const seconds = (ms = 0) => `${(ms / 1000).toFixed(2)} s`;
    const t = details.timingsMs;
    let summary;
    if (details.cacheHit) {
        summary = `${details.goVersion} from the tool cache (${details.goRoot})`;
    }
    else {
        const mb = ((details.bytes ?? 0) / 1e6).toFixed(1);
        const check = details.checksum === 'verified' ? 'sha256 verified' : 'sha256 NOT verified';
        summary =
            `Installed ${details.goVersion} from ${details.url}: ${check}, ${mb} MB; download ${seconds(t.download)}, ` +
                `verify ${seconds(t.verify)}, extract ${seconds(t.extract)} (${details.extractor}), cache ${seconds(t.cache)}`;
    }
    return installResult(started)({
        status: statusFromFindings(findings),
        summary,
        findings,
        details
    });
}
/** No version asked: the Go found on PATH is used as it is. */
function pathCheck(goBinary, goRoot, version, started) {
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
    });
}
/**
 * No Go to check: go-install and go-env both skipped (nothing asked, nothing on PATH), or
 * unknown (the go on PATH does not run), with the same reason.
 */
function withoutGo(status, summary, started) {
    const details = {
        source: 'none',
        checksum: 'not-applicable',
        cacheHit: false,
        timingsMs: {}
    };
    return [
        installResult(started)({ status, summary, findings: [], details }),
        goEnvResult(started)({ status, summary, findings: [] })
    ];
}

// The go-env check, pure: what `go env` answered (read by probe.ts) and the facts gathered around
// it go in, findings with remedies come out. Running go, probing folders and exporting PATH live
// in probe.ts and runner.ts.
/** The first GOPATH entry's bin folder: where `go install` puts tools. */
function gopathBin(goEnv, platform) {
    const first = pathList(goEnv.GOPATH ?? '', platform)[0];
    return first ? (platform === 'win32' ? win32 : posix).join(first, 'bin') : undefined;
}
/**
 * Go's line saying it could not create its work folder (in GOTMPDIR, else os.TempDir(), i.e.
 * TMPDIR or TMP/TEMP): every go build, test, run and a full `go env` then fail. Pure.
 */
function goWorkDirFailure(output) {
    return output
        .split(/\r?\n/)
        .map(line => line.trim())
        .find(line => line.startsWith('go: creating work dir:'));
}
/**
 * What the checks read from `go env`. Asked by name, `go env` skips the cgo flags and so needs no
 * work folder: it still answers when the temp folder is broken.
 */
const GO_ENV_NAMES = [
    'GOROOT',
    'GOPATH',
    'GOVERSION',
    'GOMOD',
    'GOWORK',
    'GOCACHE',
    'GOMODCACHE',
    'GOTMPDIR',
    'GOOS',
    'GOARCH',
    'GOFLAGS'
];
/** Go's first words on a failure: the line that says why. */
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .find(line => line.trim() !== '')
        ?.trim() ?? '');
}
/** Why a full `go env -json` failed, when the reason is the work folder: then ask by name. */
function workDirRefusal(full) {
    return full.exitCode === 0 ? undefined : goWorkDirFailure(full.stderr);
}
/** Why go refused to run in a folder (e.g. go.mod needs a newer Go). */
function refusal(result) {
    return firstLine(result.stderr) || `exit ${result.exitCode}`;
}
/** The variables from the last `go env -json` answer, or the one-line reason there are none. */
function goEnvFrom(goBinary, result) {
    if (result.exitCode !== 0) {
        const why = result.spawnError?.message ?? (result.timedOut ? 'timed out' : refusal(result));
        throw new UserError(`${goBinary} env -json failed: ${why}`);
    }
    try {
        return JSON.parse(result.stdout);
    }
    catch {
        throw new UserError(`${goBinary} env -json did not print JSON: ${firstLine(result.stdout)}`);
    }
}
/** Before Go 1.16 there is no GOVERSION: `go version` says it. */
function goVersionFrom(goVersionOutput) {
    return /go version (go\S+)/.exec(goVersionOutput)?.[1];
}
function hasTrailingSeparator(path) {
    // A drive or filesystem root keeps its separator legitimately.
    return /[\\/]$/.test(path) && !/^([A-Za-z]:)?[\\/]$/.test(path);
}
/** The `go-env` check: one finding per problem, each with a remedy. Pure. */
function evaluateGoEnvironment(facts) {
    const findings = [];
    const { platform } = facts;
    const shell = platform === 'win32' ? 'powershell' : 'shell';
    if (!facts.goOnPath) {
        findings.push({
            id: 'go-env.go-not-on-path',
            severity: 'error',
            title: '`go` is not on PATH',
            message: `No go executable is found on the PATH later steps get; ${facts.goBinary} exists but is not reachable by name.`,
            remedy: `echo "${join(facts.goRoot, 'bin')}" >> "$GITHUB_PATH"`,
            remedyLanguage: 'shell'
        });
    }
    else if (!samePath(facts.goOnPath, facts.realGoBinary, platform)) {
        findings.push({
            id: 'go-env.path-mismatch',
            severity: 'error',
            title: '`go` on PATH is another Go',
            message: `\`go\` resolves to ${facts.goOnPath}, not to the toolchain at ${facts.goBinary}: later steps would test with a different Go.`,
            remedy: `Remove the other Go's folder from PATH, or put ${join(facts.goRoot, 'bin')} first.`
        });
    }
    for (const [name, value] of [
        ['GOROOT (environment)', facts.envGoRoot],
        ['go env GOROOT', facts.goEnv.GOROOT]
    ]) {
        if (value && hasTrailingSeparator(value)) {
            findings.push({
                id: 'go-env.goroot-trailing-separator',
                severity: 'warning',
                title: 'GOROOT ends with a path separator',
                message: `${name} is ${JSON.stringify(value)}: tools that join paths onto GOROOT then build wrong paths (\`\\\\\` or \`//\`).`,
                remedy: `Set GOROOT without the trailing separator, or unset it: go finds its own root.`
            });
        }
    }
    if (!facts.goEnv.GOROOT ||
        !facts.realGoEnvRoot ||
        !samePath(facts.realGoEnvRoot, facts.realGoRoot, platform)) {
        findings.push({
            id: 'go-env.goroot-mismatch',
            severity: 'error',
            title: 'go env GOROOT is not the installed toolchain',
            message: `\`go env GOROOT\` says ${JSON.stringify(facts.goEnv.GOROOT ?? '')}, the toolchain is at ${facts.goRoot}${facts.envGoRoot ? ` (GOROOT is set to ${facts.envGoRoot} in the environment)` : ''}: the standard library would come from another Go.`,
            remedy: platform === 'win32'
                ? 'Remove-Item Env:GOROOT  # and drop GOROOT from the workflow env'
                : 'unset GOROOT  # and drop GOROOT from the workflow env',
            remedyLanguage: shell
        });
    }
    for (const entry of facts.gopath) {
        const protectedBy = facts.protectedDirs.find(dir => isWithin(dir, entry.path, platform));
        if (protectedBy) {
            findings.push({
                id: 'go-env.gopath-protected',
                severity: 'error',
                title: 'GOPATH is inside a protected folder',
                message: `GOPATH entry ${entry.path} is inside ${protectedBy}, which ordinary processes may not write: module downloads and \`go install\` fail there.`,
                remedy: 'env:\n  GOPATH: ${{ runner.temp }}\\gopath',
                remedyLanguage: 'yaml'
            });
        }
        else if (!entry.writable) {
            findings.push({
                id: 'go-env.gopath-not-writable',
                severity: 'error',
                title: 'GOPATH is not writable',
                message: `GOPATH entry ${entry.path} cannot be written (${entry.error ?? 'permission denied'}): module downloads and \`go install\` fail.`,
                remedy: 'env:\n  GOPATH: ${{ runner.temp }}/gopath',
                remedyLanguage: 'yaml'
            });
        }
    }
    const bin = gopathBin(facts.goEnv, platform);
    if (bin && !facts.path.some(entry => samePath(entry, bin, platform))) {
        findings.push({
            id: 'go-env.gopath-bin-not-on-path',
            severity: 'warning',
            title: 'GOPATH/bin is not on PATH',
            message: `Tools installed with \`go install\` land in ${bin}, which is not on PATH: later steps cannot run them by name.`,
            remedy: `echo "${bin}" >> "$GITHUB_PATH"`,
            remedyLanguage: 'shell'
        });
    }
    if (!facts.workingDirectoryExists) {
        findings.push({
            id: 'go-env.working-directory-missing',
            severity: 'error',
            title: 'The working directory does not exist',
            message: `${facts.workingDirectory} does not exist: \`go test ./...\` cannot run there.`,
            remedy: 'Set the `working-directory` input to the folder holding go.mod (check out the repository first).'
        });
    }
    else if (facts.moduleError) {
        findings.push({
            id: 'go-env.module-refused',
            severity: 'error',
            title: 'Go refuses to run in the working directory',
            message: `In ${facts.workingDirectory}, go says: ${facts.moduleError}`,
            remedy: 'with:\n  go-version-file: go.mod',
            remedyLanguage: 'yaml'
        });
    }
    else {
        const gomod = facts.goEnv.GOMOD ?? '';
        const gowork = facts.goEnv.GOWORK ?? '';
        const inModule = (gomod !== '' && gomod !== '/dev/null' && gomod.toUpperCase() !== 'NUL') ||
            (gowork !== '' && gowork !== 'off');
        if (!inModule) {
            findings.push({
                id: 'go-env.no-module',
                severity: 'warning',
                title: 'No go.mod or go.work for the working directory',
                message: `Neither ${facts.workingDirectory} nor a parent has a go.mod or go.work: \`go test ./...\` fails with "cannot find module providing package" (or "go.mod file not found").`,
                remedy: 'Set the `working-directory` input to the folder holding go.mod.'
            });
        }
    }
    const finish = goEnvResult();
    if (facts.workDirError) {
        // What go env answered by name is checked above; whether go build and go test work is not
        // known until the temp folder is fixed, so warnings alone leave it unknown.
        const problems = findings.length > 0 ? `; ${findings.map(f => f.title).join('; ')}` : '';
        return finish({
            status: findings.some(finding => finding.severity === 'error') ? 'fail' : 'unknown',
            summary: `go build and go test cannot run: ${facts.workDirError} (the temp-dirs check names the folder)${problems}`,
            findings
        });
    }
    const summary = findings.length === 0
        ? `go resolves to ${facts.goBinary}; GOROOT, GOPATH and the module in ${facts.workingDirectory} are in order`
        : `${findings.length} problem${findings.length > 1 ? 's' : ''} with the Go environment: ${findings.map(finding => finding.title).join('; ')}`;
    return finish({ status: statusFromFindings(findings), summary, findings });
}

var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:true});};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof require$$0||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof EventEmitter&&typeof s.pipe=="function"&&s.pipe!==require$$0.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain);}unpipe(){this.dest.removeListener("drain",this.ondrain);}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end();}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe();}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors);}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends EventEmitter{[g]=false;[Qt]=false;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=false;[nt]=false;[De]=false;[Ne]=false;[qt]=null;[_]=0;[S]=false;[Jt];[Ce]=false;[Rt]=0;[C]=false;writable=true;readable=true;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=true,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=false):(this[L]=false,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new StringDecoder(this[z]):null,e&&e.debugExposeBuffer===true&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===true&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()));}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t;}[xi](){this[Ce]=true,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason);}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return  false;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),true;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](true),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](true),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=false,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else {let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t);}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=true,this.writable=false,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=true),this[Qt]=false,this[g]=true,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"));}resume(){return this[Bt]()}pause(){this[g]=false,this[Qt]=true,this[C]=false;}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t);}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=false){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain");}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=false;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=false:e.end=e.end!==false,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=false),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe());}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=false,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt]);}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=false)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return (t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=false)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=true,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=false);}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return  false;if(t==="data")return !this[L]&&!i?false:this[Z]?(jt(()=>this[Oi](i)),true):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=true,!this[nt]&&!this[S])return  false;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):false;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===false&&this.pause();let e=this[C]?false:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?false:(this[nt]=true,this.readable=false,this[Z]?(jt(()=>this[Ti]()),true):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e);}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length);}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t());})}[Symbol.asyncIterator](){this[C]=false;let t=false,e=async()=>(this.pause(),t=true,{value:void 0,done:true});return {next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:false,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d);},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]});},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:true,value:void 0});},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a);})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=false;let t=false,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=true,{done:true,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:false,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=true,this[C]=true,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=fs__default.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=false;[m];[U];[Ci];[j]=false;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=true,this.writable=false,typeof t!="string")throw new TypeError("path must be a string");this[bt]=false,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=false,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:true,typeof this[m]=="number"?this[zt]():this[at]();}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){fs__default.open(this[U],"r",(t,e)=>this[Ht](t,e));}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]());}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=true;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));fs__default.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r));}}[Ii](t,e,i){this[j]=false,t?this[Ut](t):this[ki](e,i)&&this[zt]();}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.close(t,e=>e?this.emit("error",e):this.emit("close"));}}[Ut](t){this[j]=true,this[H](),this.emit("error",t);}[ki](t,e){let i=false;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=false,this[H](),super.end()),i}emit(t,...e){switch(t){case "prefinish":case "finish":return  false;case "drain":return typeof this[m]=="number"&&this[zt](),false;case "error":return this[bt]?false:(this[bt]=true,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=true;try{this[Ht](null,fs__default.openSync(this[U],"r")),t=!1;}finally{t&&this[H]();}}[zt](){let t=true;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:fs__default.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1;}t=!1;}finally{t&&this[H]();}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.closeSync(t),this.emit("close");}}},et=class extends require$$4__default{readable=false;writable=true;[bt]=false;[gt]=false;[te]=false;[Y]=[];[ke]=false;[U];[ie];[ht];[m];[Me];[tt];[Ni]=false;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:true;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]();}emit(t,...e){if(t==="error"){if(this[bt])return  false;this[bt]=true;}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=true,this.emit("error",t);}[at](){fs__default.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e));}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]());}end(t,e){return t&&this.write(t,e),this[te]=true,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),false):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=true,false):(this[gt]=true,this[ve](t),true)}[ve](t){fs__default.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i));}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=false,this[te]&&!this[Ni]?(this[Ni]=true,this[H](),this.emit("finish")):this[ke]&&(this[ke]=false,this.emit("drain"))));}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else {let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i));}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.close(t,e=>e?this.emit("error",e):this.emit("close"));}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=fs__default.openSync(this[U],this[tt],this[ie]);}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=fs__default.openSync(this[U],this[tt],this[ie]);this[Ht](null,t);}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.closeSync(t),this.emit("close");}}[ve](t){let e=true;try{this[Pt](null,fs__default.writeSync(this[m],t,0,t.length,this[ot])),e=!1;}finally{if(e)try{this[H]();}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return {};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i;}return t.chmod===void 0&&t.noChmod===false&&(t.chmod=true),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=Ps__default.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=Buffer$1.concat,zs=Object.getOwnPropertyDescriptor(Buffer$1,"concat"),nn=s=>s,Bi=zs?.writable===true||zs?.set!==void 0?s=>{Buffer$1.concat=s?nn:rn;}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor);}get name(){return "ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=false;#i=false;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof Ps[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new Ps[e](t);}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=true,this.close(),this.emit("error",i));},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close);}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"));}reset(){if(!this.#t)return assert(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(Buffer$1.alloc(0),{[Pi]:t})));}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=true,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=Buffer$1.from(t,e)),this.#t)return;assert(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(true);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1);}catch(l){Bi(false),this.#o(new Gt(l,this.write));}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"));}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](Buffer$1.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c]);}else a=this[Tt](Buffer$1.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy;}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),assert(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.();};try{this.handle.params(t,e);}finally{this.handle.flush=i;}this.handle&&(this.#t=t,this.#i=e);}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable;}[Tt](t){return this.#t?(this.#t=false,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip");}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e);}},We=class extends He{constructor(t){super(t,"BrotliCompress");}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress");}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e);}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress");}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress");}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256);},an=(s,t)=>{t[0]=255;var e=false;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=true,t[i-1]=Gs(r));}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=false,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=true,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1));}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1));}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=false;needPax=false;nullBlock=false;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t);}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,true),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path;}else {let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12);}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=true);}#i(t,e=false){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))));}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=true,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,false];else {r=posix.dirname(i),i=posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,false]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,true]:(i=posix.join(posix.basename(r),i),r=posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",true]);}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?false:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),true):(yn(s,t,e,i),false),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?false:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?false:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=false){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname;}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+basename(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return "";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=false){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case "path":case "linkpath":case "type":case "charset":case "comment":case "gname":case "uname":s[n]=o;break;case "ctime":case "atime":case "mtime":s[n]=new Date(Number(o)*1e3);break;case "size":let h=+o;h>=0&&(s[n]=h);break;case "gid":case "uid":case "dev":case "ino":case "nlink":case "mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=false;ignore=false;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=false;absolute;unsupported=false;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case "File":case "OldFile":case "Link":case "SymbolicLink":case "CharacterDevice":case "BlockDevice":case "Directory":case "FIFO":case "ContiguousFile":case "GNUDumpDir":break;case "NextFileHasLongLinkpath":case "NextFileHasLongPath":case "OldGnuLongPath":case "GlobalExtendedHeader":case "ExtendedHeader":case "OldExtendedHeader":this.meta=true;break;default:this.ignore=true;}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,true);}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?true:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=false){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))));}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==false?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i));};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>true,rt=class extends EventEmitter$1{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=true;readable=false;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=false;[w];[$]=false;[It];[je]=false;[ti]=false;[Yt]=false;[ae]=false;[Yi]=false;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===false)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format");}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end");}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:false;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?true:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry);}warn(t,e,i={}){Dt(this,t,e,i);}[Vs](t,e){this[It]===void 0&&(this[It]=false);let i;try{i=new F(t,e,this[V],this[he]);}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=true,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=true,this[At]("nullBlock"));else if(this[je]=false,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else {let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else {let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=true);};n.on("end",o);}else this[It]=true;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=true,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())));}}}[$s](){queueMicrotask(()=>this.emit("close"));}[Zs](t){let e=true;if(!t)this[it]=void 0,e=false;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r);}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=false);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"));}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return !this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i]);}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case "ExtendedHeader":case "OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],false);break;case "GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],true);break;case "NextFileHasLongPath":case "OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case "NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>true,e.end=()=>e,e.emit=()=>false,e.destroy?.();}this[$]=true,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:false});}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),false):true}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),false;if((this[w]===void 0||this.brotli===void 0&&this[w]===false)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),true;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=false);let o=false;if(this[w]===false&&this.zstd!==false){o=true;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=false;break}}let h=this.brotli===void 0&&!o;if(this[w]===false&&h)if(t.length<512)if(this[ut])this.brotli=true;else return this[p]=t,i?.(),true;else try{new F(t.subarray(0,512)),this.brotli=!1;}catch{this.brotli=true;}if(this[w]===void 0||this[w]===false&&(this.brotli||o)){let a=this[ut];this[ut]=false,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c);}),this[w].on("error",c=>{this[$]||this.abort(c);}),this[w].on("end",()=>{this[ut]=true,this[Xe]();}),this[Yt]=true,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=false,i?.(),l}}this[Yt]=true,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=false;let n=this[st].length>0?false:this[it]?this[it].flowing:true;return !n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t);}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=true;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end();}this[At](Je);}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=true,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e);}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e);}this[ae]=false;}(!this[p]||this[ut])&&this[Qe]();}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case "begin":case "header":this[Vs](t,e),e+=512;break;case "ignore":case "body":e+=this[Ki](t,e);break;case "meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e));}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=true,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume();}:e=>e.resume();},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),true])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,false),false;let l=h||parse(o).root||".",c;if(o===l)c=false;else {let d=e.get(o);c=d!==void 0?d:n(dirname$1(o),l,a+1);}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o));},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=u.openSync(e,"r");let r=u.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=u.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h));}else {let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=u.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a));}t.end();}}finally{if(typeof i=="number")try{u.closeSync(i);}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),u.stat(r,(a,l)=>{if(a)h(a);else {let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e);}});})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s);});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s);}return [t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=false;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=false;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o);}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||path__default.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]();}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=true),super.emit(t,...e)}[ss](){fs__default.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e);});}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]();}[tr](){switch(this.type){case "File":return this[er]();case "Directory":return this[ir]();case "SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=true),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t);}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end();}[is](){fs__default.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e);});}[ns](t){this.linkpath=f(t),this[fe](),this.end();}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(path__default.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end();}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute);}if(this[fe](),this.stat.size===0)return this.end();this[os]();}[os](){fs__default.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e);});}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]();}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");fs__default.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h);});}[pt](t=()=>{}){this.fd!==void 0&&fs__default.close(this.fd,t);}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]());}[as](t){this.once("drain",t);}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]();}},ni=class extends de{sync=true;[ss](){this[si](fs__default.lstatSync(this.absolute));}[is](){this[ns](fs__default.readlinkSync(this.absolute));}[os](){this[hs](fs__default.openSync(this.absolute,"r"));}[ii](){let t=true;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=fs__default.readSync(e,i,r,n,o);this[rs](h),t=!1;}finally{if(t)try{this[pt](()=>{});}catch{}}}[as](t){t();}[pt](t=()=>{}){this.fd!==void 0&&fs__default.closeSync(this.fd),t();}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=true),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=false;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h);}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this);}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e);}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value;}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++;}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++;}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next;}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev;}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r;}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++;}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++;}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0;}};var pi=class{path;absolute;entry;stat;readdir;pending=false;pendingLink=false;ignore=false;piped=false;constructor(t,e){this.path=t||"./",this.absolute=e;}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=false;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=false;[me]=false;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=true),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume());}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>true,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=false,this[me]=false;}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=true,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(path__default.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else {let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i);}this[Ft]();}[ci](t){let e=f(path__default.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]();}[ds](t){t.pending=true,this[G]+=1;let e=this.follow?"stat":"lstat";fs__default[e](t.absolute,(i,r)=>{t.pending=false,this[G]-=1,i?this.emit("error",i):this[li](t,r);});}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=true;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else {let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=true,t.pending=true;}this[Ft]();}[us](t){t.pending=true,this[G]+=1,fs__default.readdir(t.absolute,(e,i)=>{if(t.pending=false,this[G]-=1,e)return this.emit("error",e);this[fi](t,i);});}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]();}[Ft](){if(!this[Ee]){this[Ee]=true;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e;}this[Ee]=false,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()));}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=false,this[ai](n);}}this[Ft]();}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=false,t.pendingLink=false),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t);}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=true;return}t===this[Et]&&!t.piped&&this[di](t);}}}[cs](t){return {onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e);}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume();}[di](t){t.piped=true,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r);});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause();}):e.on("data",r=>{super.write(r)||e.pause();});}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i);}},kt=class extends wt{sync=true;constructor(t){super(t),this[ui]=ni;}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,fs__default[e](t.absolute));}[us](t){this[fi](t,fs__default.readdirSync(t.absolute));}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r);}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r);}):e.on("data",r=>{super[lr](r);});}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t);},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o);});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:R.resolve(s.cwd,e.slice(1)),sync:true,noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);}),s.end();},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:R.resolve(String(s.cwd),e.slice(1)),noResume:true,onReadEntry:i=>{s.add(i);}}):s.add(e);s.end();},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e};K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=fs__default.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||fs__default.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms$1=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return u.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{u.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null);});},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(R.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=R.resolve(s,t.name);Ei(o,e,i,r);});else {let n=R.resolve(s,t.name);Ei(n,e,i,r);}},Es=(s,t,e,i)=>{u.readdir(s,{withFileTypes:true},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a);});},so=(s,t,e,i)=>{t.isDirectory()&&ws(R.resolve(s,t.name),e,i),ps(R.resolve(s,t.name),e,i);},ws=(s,t,e)=>{let i;try{i=u.readdirSync(s,{withFileTypes:!0});}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e;}get name(){return "CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e;}get name(){return "SymlinkError"}};var no=(s,t)=>{u.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e);});},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?u.chmod(s,r,e):e();};if(s===d)return no(s,y);if(l)return ro.mkdir(s,{mode:r,recursive:true}).then(E=>y(null,E??void 0),y);let D=f(R.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y);},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(R.resolve(s+"/"+h));u.mkdir(a,e,br(a,t,e,i,r,n,o));},br=(s,t,e,i,r,n,o)=>h=>{h?u.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)u.unlink(s,c=>{if(c)return o(c);u.mkdir(s,e,br(s,t,e,i,r,n,o));});else {if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h);}}):(n=n||s,Ss(s,t,e,i,r,n,o));},oo=s=>{let t=false,e;try{t=u.statSync(s).isDirectory();}catch(i){e=i?.code;}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&u.chmodSync(s,i);};if(s===c)return oo(c),d();if(a)return d(u.mkdirSync(s,{mode:i,recursive:true})??void 0);let T=f(R.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(R.resolve(x));try{u.mkdirSync(x,i),D=D||x;}catch{let Le=u.lstatSync(x);if(Le.isDirectory())continue;if(l){u.unlinkSync(x),u.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=join(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt(join(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e]);}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else {let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]));}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return {paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?false:(this.#s.add(t),t(()=>this.#e(t)),true)}#e(t){if(!this.#s.has(t))return  false;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l);}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l);}else a.delete(t);}return this.#s.delete(t),n.forEach(o=>this.#r(o)),true}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return u.unlink(s,t);let e=s+".DELETE."+randomBytes(16).toString("hex");u.rename(s,e,i=>{if(i)return t(i);u.unlink(e,t);});},po=s=>{if(!Te)return u.unlinkSync(s);let t=s+".DELETE."+randomBytes(16).toString("hex");u.renameSync(s,t),u.unlinkSync(t);},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=false;[Oe]=false;[Ri]=0;reservations=new yi;transform;writable=true;readable=false;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=true,this[bs]();},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=true;}else this.uid=void 0,this.gid=void 0,this.setOwner=false;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===true,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(R.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e));}warn(t,e,i={}){return (t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=false),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"));}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return  true;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),false;let a=R.posix.dirname(t.path),l=R.posix.normalize(R.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),false}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),true}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return  false;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return  false}i.splice(0,this.strip),t.path=i.join("/");}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),false;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return  false;if(t.absolute=R.isAbsolute(t.path)?f(R.resolve(t.path)):f(R.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),false;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return  false;if(this.win32){let{root:r}=R.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=R.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length));}return  true}[Dr](t){if(!this[Fr](t))return t.resume();switch(require$$0$1.equal(typeof t.absolute,"string"),t.type){case "Directory":case "GNUDumpDir":t.mode&&(t.mode=t.mode|448);case "File":case "OldFile":case "ContiguousFile":case "Link":case "SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume());}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i);}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms$1(t.size),mode:i,autoClose:false});r.on("error",a=>{r.fd&&u.close(r.fd,()=>{}),r.write=()=>true,this[O](a,t),e();});let n=1,o=a=>{if(a){r.fd&&u.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&u.close(r.fd,l=>{l?this[O](l,t):this[$t](),e();});};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;u.futimes(l,c,d,y=>y?u.utimes(a,c,d,T=>o(T&&y)):o());}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&u.fchown(l,c,d,y=>y?u.chown(a,c,d,T=>o(T&&y)):o());}o();});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e();}),t.pipe(h)),h.pipe(r);}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume());};t.mtime&&!this.noMtime&&(n++,u.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,u.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o();});}[Cr](t){t.unsupported=true,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume();}[Ar](t,e){let i=f(R.relative(this.cwd,R.resolve(R.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e();});}[Ir](t,e){let i=f(R.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e();});}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=R.resolve(e,o);u.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,R.resolve(h,i.join("/"))));this[Re](t,h,i,r,n);});}[kr](){this[Ri]++;}[$t](){this[Ri]--,this[bs]();}[Ls](t){this[$t](),t.resume();}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i));}[Nr](t,e){let i=h=>{e(h);},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=true,n();});},n=()=>{if(t.absolute!==this.cwd){let h=f(R.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o();})}o();},o=()=>{u.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?u.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return u.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i));});};this[Oe]?n():r();}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case "File":case "OldFile":case "ContiguousFile":return this[Ts](e,i);case "Link":return this[Ir](e,i);case "SymbolicLink":return this[Ar](e,i);case "Directory":case "GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){u[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r();});}},ye=s=>{try{return [null,s()]}catch(t){return [t,null]}},xe=class extends Xt{sync=true;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=true;}if(t.absolute!==this.cwd){let n=f(R.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>u.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{u.chmodSync(String(t.absolute),Number(t.mode));}):[];return this[P](h,t)}let[n]=ye(()=>u.rmdirSync(String(t.absolute)));this[P](n,t);}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t);}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{u.closeSync(n);}catch(l){a=l;}(h||a)&&this[O](h||a,t),e();},n;try{n=u.openSync(String(t.absolute),ms$1(t.size),i);}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{u.writeSync(n,h,0,h.length);}catch(a){r(a);}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{u.futimesSync(n,a,l);}catch(c){try{u.utimesSync(String(t.absolute),a,l);}catch{h=c;}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{u.fchownSync(n,Number(a),Number(l));}catch(c){try{u.chownSync(String(t.absolute),Number(a),Number(l));}catch{h=h||c;}}}r(h);});}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{u.utimesSync(String(t.absolute),t.atime||new Date,t.mtime);}catch{}if(this[ge](t))try{u.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)));}catch{}e(),t.resume();}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=R.resolve(o,h);let[a,l]=ye(()=>u.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,R.resolve(e,i.join("/"))))}r();}[gi](t,e,i,r){let n=`${i}Sync`;try{u[n](e,String(t.absolute)),r(),t.resume();}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=u.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t);},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),u.stat(r,(a,l)=>{if(a)h(a);else {let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e);}});})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t);});var yo=(s,t)=>{let e=new kt(s),i=true,r,n;try{try{r=u.openSync(s.file,"r+");}catch(a){if(a?.code==="ENOENT")r=u.openSync(s.file,"w+");else throw a}let o=u.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=u.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime);}i=!1,Ro(s,e,n,r,t);}finally{if(i)try{u.closeSync(r);}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r);},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?u.close(n,E=>h(T)):h(null,D);},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return u.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,u.read(n,d,0,512,l,y);};u.read(n,d,0,512,l,y);};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",u.open(s.file,h,a);if(l||!c)return o(l);u.fstat(c,(d,y)=>{if(d)return u.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t);});});};u.open(s.file,h,a);})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:R.resolve(s.cwd,e.slice(1)),sync:true,noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);}),s.end();},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:R.resolve(String(s.cwd),e.slice(1)),noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);s.end();},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s);});var To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0));};

var yauzl$1 = {};

var fdSlicer = {};

var pend;
var hasRequiredPend;

function requirePend () {
	if (hasRequiredPend) return pend;
	hasRequiredPend = 1;
	pend = Pend;

	function Pend() {
	  this.pending = 0;
	  this.max = Infinity;
	  this.listeners = [];
	  this.waiting = [];
	  this.error = null;
	}

	Pend.prototype.go = function(fn) {
	  if (this.pending < this.max) {
	    pendGo(this, fn);
	  } else {
	    this.waiting.push(fn);
	  }
	};

	Pend.prototype.wait = function(cb) {
	  if (this.pending === 0) {
	    cb(this.error);
	  } else {
	    this.listeners.push(cb);
	  }
	};

	Pend.prototype.hold = function() {
	  return pendHold(this);
	};

	function pendHold(self) {
	  self.pending += 1;
	  var called = false;
	  return onCb;
	  function onCb(err) {
	    if (called) throw new Error("callback called twice");
	    called = true;
	    self.error = self.error || err;
	    self.pending -= 1;
	    if (self.waiting.length > 0 && self.pending < self.max) {
	      pendGo(self, self.waiting.shift());
	    } else if (self.pending === 0) {
	      var listeners = self.listeners;
	      self.listeners = [];
	      listeners.forEach(cbListener);
	    }
	  }
	  function cbListener(listener) {
	    listener(self.error);
	  }
	}

	function pendGo(self, fn) {
	  fn(pendHold(self));
	}
	return pend;
}

var hasRequiredFdSlicer;

function requireFdSlicer () {
	if (hasRequiredFdSlicer) return fdSlicer;
	hasRequiredFdSlicer = 1;
	// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
	var fs = fs__default;
	var util = util__default;
	var stream = require$$5__default;
	var Readable = stream.Readable;
	var PassThrough = stream.PassThrough;
	var Pend = requirePend();
	var EventEmitter = require$$4__default.EventEmitter;

	fdSlicer.BufferSlicer = BufferSlicer;
	fdSlicer.FdSlicer = FdSlicer;

	util.inherits(FdSlicer, EventEmitter);
	function FdSlicer(fd) {
	  EventEmitter.call(this);

	  this.fd = fd;
	  this.pend = new Pend();
	  this.pend.max = 1;
	  this.refCount = 0;
	}

	FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  var self = this;
	  self.pend.go(function(cb) {
	    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
	      cb();
	      callback(err, bytesRead, buffer);
	    });
	  });
	};

	FdSlicer.prototype.createReadStream = function(options) {
	  return new ReadStream(this, options);
	};

	FdSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	FdSlicer.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;
	  if (self.refCount < 0) throw new Error("invalid unref");
	  if (self.refCount > 0) return;

	  fs.close(self.fd, onCloseDone);

	  function onCloseDone(err) {
	    if (err) {
	      self.emit('error', err);
	    } else {
	      self.emit('close');
	    }
	  }
	};

	util.inherits(ReadStream, Readable);
	function ReadStream(context, options) {
	  options = options || {};
	  Readable.call(this, options);

	  this.context = context;
	  this.context.ref();

	  this.start = options.start || 0;
	  this.endOffset = options.end;
	  this.pos = this.start;
	}

	ReadStream.prototype._read = function(n) {
	  var self = this;

	  var toRead = Math.min(self._readableState.highWaterMark, n);
	  if (self.endOffset != null) {
	    toRead = Math.min(toRead, self.endOffset - self.pos);
	  }
	  if (toRead <= 0) {
	    self.push(null);
	    this._cleanup();
	    return;
	  }
	  self.context.pend.go(function(cb) {
	    var buffer = Buffer.allocUnsafe(toRead);
	    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
	      if (err) {
	        self.destroy(err);
	      } else if (bytesRead === 0) {
	        self.push(null);
	        self._cleanup();
	      } else {
	        self.pos += bytesRead;
	        self.push(buffer.slice(0, bytesRead));
	      }
	      cb();
	    });
	  });
	};

	ReadStream.prototype._destroy = function(err, cb) {
	  // Node 14+ calls this automatically at EOF.
	  this._cleanup();
	  cb(err);
	};

	ReadStream.prototype._cleanup = function() {
	  if (this.context != null) {
	    this.context.unref();
	    this.context = null;
	  }
	};

	util.inherits(BufferSlicer, EventEmitter);
	function BufferSlicer(buffer) {
	  EventEmitter.call(this);

	  this.refCount = 0;
	  this.buffer = buffer;
	}

	BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
	  if (position < 0) throw new RangeError("position is negative: " + position);
	  if (offset + length > buffer.length) {
	    // The caller's buffer can't hold all the bytes they're trying to read.
	    // Clamp the length instead of giving an error.
	    // The callback will be informed of fewer than expected bytes written.
	    length = buffer.length - offset;
	  }
	  if (position + length > this.buffer.length) {
	    // Clamp any attempt to read past the end of the source buffer.
	    length = this.buffer.length - position;
	  }
	  if (length <= 0) {
	    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
	    // This isn't an error; it's just zero bytes written.
	    setImmediate(function() {
	      callback(null, 0);
	    });
	    return;
	  }
	  this.buffer.copy(buffer, offset, position, position + length);
	  setImmediate(function() {
	    callback(null, length);
	  });
	};

	BufferSlicer.prototype.createReadStream = function(options) {
	  options = options || {};
	  var readStream = new PassThrough(options);
	  readStream.start = options.start || 0;
	  readStream.endOffset = options.end;
	  // by the time this function returns, we'll be done.
	  readStream.pos = readStream.endOffset || this.buffer.length;

	  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
	  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
	  // See https://github.com/thejoshwolfe/yauzl/issues/87
	  var maxChunkSize = 0x10000;
	  var offset = 0;
	  while (true) {
	    var nextOffset = offset + maxChunkSize;
	    if (nextOffset >= entireSlice.length) {
	      // last chunk
	      if (offset < entireSlice.length) {
	        readStream.write(entireSlice.slice(offset, entireSlice.length));
	      }
	      break;
	    }
	    readStream.write(entireSlice.slice(offset, nextOffset));
	    offset = nextOffset;
	  }

	  readStream.end();
	  return readStream;
	};

	BufferSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	BufferSlicer.prototype.unref = function() {
	  this.refCount -= 1;

	  if (this.refCount < 0) {
	    throw new Error("invalid unref");
	  }
	};
	return fdSlicer;
}

var crc32_1;
var hasRequiredCrc32;

function requireCrc32 () {
	if (hasRequiredCrc32) return crc32_1;
	hasRequiredCrc32 = 1;
	// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
	const CRC_TABLE = new Int32Array([
	  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
	  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
	  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
	  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
	  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
	  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
	  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
	  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
	  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
	  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
	  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
	  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
	  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
	  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
	  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
	  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
	  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
	  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
	  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
	  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
	  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
	  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
	  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
	  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
	  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
	  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
	  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
	  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
	  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
	  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
	  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
	  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
	]);

	function crc32(buf) {
	  let crc = -1;
	  for (let x of buf) {
	    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
	  }
	  return (crc ^ -1) >>> 0;
	}

	crc32_1 = crc32;
	return crc32_1;
}

var hasRequiredYauzl;

function requireYauzl () {
	if (hasRequiredYauzl) return yauzl$1;
	hasRequiredYauzl = 1;
	var fs = fs__default;
	var zlib = Ps__default;
	var fd_slicer = requireFdSlicer();
	var util = util__default;
	var EventEmitter = require$$4__default.EventEmitter;
	var Transform = require$$5__default.Transform;
	var PassThrough = require$$5__default.PassThrough;
	var Writable = require$$5__default.Writable;

	// Node 20 added zlib.crc32.
	const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : requireCrc32();

	yauzl$1.open = open;
	yauzl$1.fromFd = fromFd;
	yauzl$1.fromBuffer = fromBuffer;
	yauzl$1.fromRandomAccessReader = fromRandomAccessReader;
	yauzl$1.openPromise = openPromise;
	yauzl$1.fromFdPromise = fromFdPromise;
	yauzl$1.fromBufferPromise = fromBufferPromise;
	yauzl$1.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

	yauzl$1.dosDateTimeToDate = dosDateTimeToDate;
	yauzl$1.getFileNameLowLevel = getFileNameLowLevel;
	yauzl$1.validateFileName = validateFileName;
	yauzl$1.parseExtraFields = parseExtraFields;
	yauzl$1.ZipFile = ZipFile;
	yauzl$1.Entry = Entry;
	yauzl$1.LocalFileHeader = LocalFileHeader;
	yauzl$1.RandomAccessReader = RandomAccessReader;

	function openPromise(path, options) {
	  return new Promise((resolve, reject) => {
	    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromFdPromise(fd, options) {
	  return new Promise((resolve, reject) => {
	    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromBufferPromise(buffer, options) {
	  return new Promise((resolve, reject) => {
	    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromRandomAccessReaderPromise(reader, totalSize, options) {
	  return new Promise((resolve, reject) => {
	    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}

	function open(path, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.open(path, "r", function(err, fd) {
	    if (err) return callback(err);
	    fromFd(fd, options, function(err, zipfile) {
	      if (err) fs.close(fd, defaultCallback);
	      callback(err, zipfile);
	    });
	  });
	}

	function fromFd(fd, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.fstat(fd, function(err, stats) {
	    if (err) return callback(err);
	    var reader = new fd_slicer.FdSlicer(fd);
	    fromRandomAccessReader(reader, stats.size, options, callback);
	  });
	}

	function fromBuffer(buffer, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  var reader = new fd_slicer.BufferSlicer(buffer);
	  fromRandomAccessReader(reader, buffer.length, options, callback);
	}

	function fromRandomAccessReader(reader, totalSize, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  var decodeStrings = !!options.decodeStrings;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
	  if (totalSize > Number.MAX_SAFE_INTEGER) {
	    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
	  }

	  // the matching unref() call is in zipfile.close()
	  reader.ref();

	  // eocdr means End of Central Directory Record.
	  // search backwards for the eocdr signature.
	  // the last field of the eocdr is a variable-length comment.
	  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
	  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
	  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
	  var eocdrWithoutCommentSize = 22;
	  var zip64EocdlSize = 20; // Zip64 end of central directory locator
	  var maxCommentSize = 0xffff; // 2-byte size
	  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
	  var buffer = newBuffer(bufferSize);
	  var bufferReadStart = totalSize - buffer.length;
	  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
	    if (err) return callback(err);
	    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
	      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
	      // found eocdr
	      var eocdrBuffer = buffer.subarray(i);

	      // 0 - End of central directory signature = 0x06054b50
	      // 4 - Number of this disk
	      var diskNumber = eocdrBuffer.readUInt16LE(4);
	      // 6 - Disk where central directory starts
	      // 8 - Number of central directory records on this disk
	      // 10 - Total number of central directory records
	      var entryCount = eocdrBuffer.readUInt16LE(10);
	      // 12 - Size of central directory (bytes)
	      // 16 - Offset of start of central directory, relative to start of archive
	      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
	      // 20 - Comment length
	      var commentLength = eocdrBuffer.readUInt16LE(20);
	      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
	      if (commentLength !== expectedCommentLength) {
	        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
	      }
	      // 22 - Comment
	      // the encoding is always cp437.
	      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
	                                  : eocdrBuffer.subarray(22);

	      // Look for a Zip64 end of central directory locator
	      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
	        // ZIP64 format
	        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
	        // 0 - zip64 end of central dir locator signature = 0x07064b50
	        // 4 - number of the disk with the start of the zip64 end of central directory
	        // 8 - relative offset of the zip64 end of central directory record
	        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
	        // 16 - total number of disks

	        // ZIP64 end of central directory record
	        var zip64EocdrBuffer = newBuffer(56);
	        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
	          if (err) return callback(err);

	          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
	          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
	            return callback(new Error("invalid zip64 end of central directory record signature"));
	          }
	          // 4 - size of zip64 end of central directory record                8 bytes
	          // 12 - version made by                                             2 bytes
	          // 14 - version needed to extract                                   2 bytes
	          // 16 - number of this disk                                         4 bytes
	          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
	          if (diskNumber !== 0) {
	            // Check this only after zip64 overrides. See #118.
	            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	          }
	          // 20 - number of the disk with the start of the central directory  4 bytes
	          // 24 - total number of entries in the central directory on this disk         8 bytes
	          // 32 - total number of entries in the central directory            8 bytes
	          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
	          // 40 - size of the central directory                               8 bytes
	          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
	          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
	          // 56 - zip64 extensible data sector                                (variable size)
	          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
	        });
	      }

	      // Not ZIP64 format
	      if (diskNumber !== 0) {
	        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	      }
	      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

	    }

	    // Not a zip file.
	    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
	  });
	}

	util.inherits(ZipFile, EventEmitter);
	function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
	  var self = this;
	  EventEmitter.call(self);
	  self.reader = reader;
	  // forward close events
	  self.reader.on("error", function(err) {
	    // error closing the fd
	    emitError(self, err);
	  });
	  self.reader.once("close", function() {
	    self.emit("close");
	  });
	  self.readEntryCursor = centralDirectoryOffset;
	  self.fileSize = fileSize;
	  self.entryCount = entryCount;
	  self.comment = comment;
	  self.entriesRead = 0;
	  self.autoClose = !!autoClose;
	  self.lazyEntries = !!lazyEntries;
	  self.decodeStrings = !!decodeStrings;
	  self.validateEntrySizes = !!validateEntrySizes;
	  self.strictFileNames = !!strictFileNames;
	  self.isOpen = true;
	  self.emittedError = false;
	  self.hasEachEntryBeenCalled = false;

	  if (!self.lazyEntries) self._readEntry();
	}
	ZipFile.prototype.close = function() {
	  if (!this.isOpen) return;
	  this.isOpen = false;
	  this.reader.unref();
	};

	function emitErrorAndAutoClose(self, err) {
	  if (self.autoClose) self.close();
	  emitError(self, err);
	}
	function emitError(self, err) {
	  if (self.emittedError) return;
	  self.emittedError = true;
	  self.emit("error", err);
	}

	ZipFile.prototype.readEntry = function() {
	  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
	  this._readEntry();
	};
	ZipFile.prototype._readEntry = function() {
	  var self = this;
	  if (self.entryCount === self.entriesRead) {
	    // done with metadata
	    setImmediate(function() {
	      if (self.autoClose) self.close();
	      if (self.emittedError) return;
	      self.emit("end");
	    });
	    return;
	  }
	  if (self.emittedError) return;
	  var buffer = newBuffer(46);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	    if (err) return emitErrorAndAutoClose(self, err);
	    if (self.emittedError) return;
	    var entry = new Entry();
	    // 0 - Central directory file header signature
	    var signature = buffer.readUInt32LE(0);
	    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
	    // 4 - Version made by
	    entry.versionMadeBy = buffer.readUInt16LE(4);
	    // 6 - Version needed to extract (minimum)
	    entry.versionNeededToExtract = buffer.readUInt16LE(6);
	    // 8 - General purpose bit flag
	    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
	    // 10 - Compression method
	    entry.compressionMethod = buffer.readUInt16LE(10);
	    // 12 - File last modification time
	    entry.lastModFileTime = buffer.readUInt16LE(12);
	    // 14 - File last modification date
	    entry.lastModFileDate = buffer.readUInt16LE(14);
	    // 16 - CRC-32
	    entry.crc32 = buffer.readUInt32LE(16);
	    // 20 - Compressed size
	    entry.compressedSize = buffer.readUInt32LE(20);
	    // 24 - Uncompressed size
	    entry.uncompressedSize = buffer.readUInt32LE(24);
	    // 28 - File name length (n)
	    entry.fileNameLength = buffer.readUInt16LE(28);
	    // 30 - Extra field length (m)
	    entry.extraFieldLength = buffer.readUInt16LE(30);
	    // 32 - File comment length (k)
	    entry.fileCommentLength = buffer.readUInt16LE(32);
	    // 34 - Disk number where file starts
	    // 36 - Internal file attributes
	    entry.internalFileAttributes = buffer.readUInt16LE(36);
	    // 38 - External file attributes
	    entry.externalFileAttributes = buffer.readUInt32LE(38);
	    // 42 - Relative offset of local file header
	    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

	    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

	    self.readEntryCursor += 46;

	    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
	    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	      if (err) return emitErrorAndAutoClose(self, err);
	      if (self.emittedError) return;
	      // 46 - File name
	      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
	      // 46+n - Extra field
	      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
	      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
	      // 46+n+m - File comment
	      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

	      // Parse the extra fields, which we need for processing other fields.
	      try {
	        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
	      } catch (err) {
	        return emitErrorAndAutoClose(self, err);
	      }

	      // Interpret strings according to bit flags, extra fields, and options.
	      if (self.decodeStrings) {
	        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
	        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
	        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
	        var errorMessage = validateFileName(entry.fileName);
	        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
	      } else {
	        entry.fileComment = entry.fileCommentRaw;
	        entry.fileName = entry.fileNameRaw;
	      }
	      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
	      entry.comment = entry.fileComment;

	      self.readEntryCursor += buffer.length;
	      self.entriesRead += 1;

	      // Check for the Zip64 Extended Information Extra Field.
	      for (var i = 0; i < entry.extraFields.length; i++) {
	        var extraField = entry.extraFields[i];
	        if (extraField.id !== 0x0001) continue;
	        // Found it.

	        var zip64EiefBuffer = extraField.data;
	        var index = 0;
	        // 0 - Original Size          8 bytes
	        if (entry.uncompressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
	          }
	          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 8 - Compressed Size        8 bytes
	        if (entry.compressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
	          }
	          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 16 - Relative Header Offset 8 bytes
	        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
	          }
	          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 24 - Disk Start Number      4 bytes

	        break;
	      }

	      // validate file size
	      if (self.validateEntrySizes && entry.compressionMethod === 0) {
	        var expectedCompressedSize = entry.uncompressedSize;
	        if (entry.isEncrypted()) {
	          // traditional encryption prefixes the file data with a header
	          expectedCompressedSize += 12;
	        }
	        if (entry.compressedSize !== expectedCompressedSize) {
	          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
	          return emitErrorAndAutoClose(self, new Error(msg));
	        }
	      }

	      self.emit("entry", entry);

	      if (!self.lazyEntries) self._readEntry();
	    });
	  });
	};

	ZipFile.prototype.eachEntry = function() {
	  const self = this;
	  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
	  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
	  self.hasEachEntryBeenCalled = true;

	  let pendingResolveReject = null;
	  self.on("entry", onEntry);
	  self.on("end", onEnd);
	  self.on("error", onError);
	  function cleanup() {
	    self.removeListener("entry", onEntry);
	    self.removeListener("end", onEnd);
	    self.removeListener("error", onError);
	    if (self.autoClose) self.close();
	  }

	  function onEntry(entry) {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    resolve({value: entry});
	  }
	  function onEnd() {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    resolve({done: true});
	  }
	  function onError(err) {
	    let {reject} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    reject(err);
	  }

	  return {
	    [Symbol.asyncIterator]() {
	      // Called once by `for await...of`.
	      return this;
	    },
	    next() {
	      // Called on each iteration in a `for await...of`.
	      const promise = new Promise((resolve, reject) => {
	        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
	        pendingResolveReject = {resolve, reject};
	      });
	      self.readEntry();
	      return promise;
	    },
	    return(value) {
	      // Called when breaking, returning, throwing out of a `for await...of`.
	      cleanup();
	      return Promise.resolve({done: true, value});
	    },
	    throw(value) {
	      // Almost never called. Something about `yield*` maybe?
	      cleanup();
	      return Promise.reject(value);
	    },
	  };
	};

	ZipFile.prototype.openReadStream = function(entry, options, callback) {
	  var self = this;
	  // parameter validation
	  var relativeStart = 0;
	  var relativeEnd = entry.compressedSize;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) {
	    options = {};
	  } else {
	    if (options.decodeFileData === false) {
	      // new, simple option
	      if (options.decrypt != null) {
	        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
	      }
	      if (options.decompress != null) {
	        throw new Error("cannot use options.decompress when options.decodeFileData === false");
	      }
	      // start and end are allowed
	    } else {
	      // old, complicated options
	      if (options.decrypt != null) {
	        if (!entry.isEncrypted()) {
	          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
	        }
	        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
	        if (entry.isCompressed()) {
	          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
	        }
	      }
	      if (options.decompress != null) {
	        if (!entry.isCompressed()) {
	          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
	        }
	        if (!(options.decompress === false || options.decompress === true)) {
	          throw new Error("invalid options.decompress value: " + options.decompress);
	        }
	        decompress = options.decompress;
	      }
	    }
	    if (options.start != null) {
	      relativeStart = options.start;
	      if (relativeStart < 0) throw new Error("options.start < 0");
	      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
	    }
	    if (options.end != null) {
	      relativeEnd = options.end;
	      if (relativeEnd < 0) throw new Error("options.end < 0");
	      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
	      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
	    }
	  }
	  var rawMode = (
	    options.decodeFileData === false || // Explicitly requested raw.
	    (
	      (entry.compressionMethod === 0 || // Naturally without compression.
	        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
	      ) &&
	      (!entry.isEncrypted() || // Naturally without encryption.
	        options.decrypt === false // Deprecated encryption bypass option.
	      )
	    )
	  );
	  if (options.start != null || options.end != null) {
	    // Ensure slicing deals with raw data.
	    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
	  }

	  // any further errors can either be caused by the zipfile,
	  // or were introduced in a minor version of yauzl,
	  // so should be passed to the client rather than thrown.
	  if (!self.isOpen) return callback(new Error("closed"));
	  if (entry.isEncrypted() && !rawMode) {
	    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
	  }
	  var decompress;
	  if (rawMode) {
	    decompress = false;
	  } else if (entry.compressionMethod === 8) {
	    // 8 - The file is Deflated
	    decompress = options.decodeFileData !== true;
	  } else {
	    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
	  }

	  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
	    if (err) return callback(err);
	    self.openReadStreamLowLevel(
	      localFileHeader.fileDataStart, entry.compressedSize,
	      relativeStart, relativeEnd,
	      decompress, entry.uncompressedSize,
	      callback);
	  });
	};

	ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
	  var self = this;
	  var readStream = self.reader.createReadStream({
	    start: fileDataStart + relativeStart,
	    end: fileDataStart + relativeEnd,
	  });
	  var endpointStream = readStream;
	  if (decompress) {
	    var destroyed = false;
	    var inflateFilter = zlib.createInflateRaw();
	    readStream.on("error", function(err) {
	      // setImmediate here because errors can be emitted during the first call to pipe()
	      setImmediate(function() {
	        if (!destroyed) inflateFilter.emit("error", err);
	      });
	    });
	    readStream.pipe(inflateFilter);

	    if (self.validateEntrySizes) {
	      endpointStream = new AssertByteCountStream(uncompressedSize);
	      inflateFilter.on("error", function(err) {
	        // forward zlib errors to the client-visible stream
	        setImmediate(function() {
	          if (!destroyed) endpointStream.emit("error", err);
	        });
	      });
	      inflateFilter.pipe(endpointStream);
	    } else {
	      // the zlib filter is the client-visible stream
	      endpointStream = inflateFilter;
	    }
	    // this is part of yauzl's API, so implement this function on the client-visible stream
	    installDestroyFn(endpointStream, function() {
	      destroyed = true;
	      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
	      readStream.unpipe(inflateFilter);
	      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
	      readStream.destroy();
	    });
	  }
	  callback(null, endpointStream);
	};

	ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
	  var self = this;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};

	  self.reader.ref();
	  var buffer = newBuffer(30);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
	    try {
	      if (err) return callback(err);
	      // 0 - Local file header signature = 0x04034b50
	      var signature = buffer.readUInt32LE(0);
	      if (signature !== 0x04034b50) {
	        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
	      }

	      var fileNameLength = buffer.readUInt16LE(26);
	      var extraFieldLength = buffer.readUInt16LE(28);
	      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
	      // We now have enough information to do this bounds check.
	      if (fileDataStart + entry.compressedSize > self.fileSize) {
	        return callback(new Error("file data overflows file bounds: " +
	            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
	      }

	      if (options.minimal) {
	        return callback(null, {fileDataStart: fileDataStart});
	      }

	      var localFileHeader = new LocalFileHeader();
	      localFileHeader.fileDataStart = fileDataStart;

	      // 4 - Version needed to extract (minimum)
	      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
	      // 6 - General purpose bit flag
	      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
	      // 8 - Compression method
	      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
	      // 10 - File last modification time
	      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
	      // 12 - File last modification date
	      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
	      // 14 - CRC-32
	      localFileHeader.crc32 = buffer.readUInt32LE(14);
	      // 18 - Compressed size
	      localFileHeader.compressedSize = buffer.readUInt32LE(18);
	      // 22 - Uncompressed size
	      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
	      // 26 - File name length (n)
	      localFileHeader.fileNameLength = fileNameLength;
	      // 28 - Extra field length (m)
	      localFileHeader.extraFieldLength = extraFieldLength;
	      // 30 - File name
	      // 30+n - Extra field

	      buffer = newBuffer(fileNameLength + extraFieldLength);
	      self.reader.ref();
	      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
	        try {
	          if (err) return callback(err);
	          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
	          localFileHeader.extraField = buffer.subarray(fileNameLength);
	          return callback(null, localFileHeader);
	        } finally {
	          self.reader.unref();
	        }
	      });
	    } finally {
	      self.reader.unref();
	    }
	  });
	};

	ZipFile.prototype.openReadStreamPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(entry, options, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
	      if (err) return reject(err);
	      resolve(localFileHeader);
	    });
	  });
	};

	function Entry() {
	}
	Entry.prototype.getLastModDate = function(options) {
	  if (options == null) options = {};

	  if (!options.forceDosFormat) {
	    // Check extended fields.
	    for (var i = 0; i < this.extraFields.length; i++) {
	      var extraField = this.extraFields[i];
	      if (extraField.id === 0x5455) {
	        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
	        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
	        var data = extraField.data;
	        if (data.length < 5) continue; // Too short.
	        // The flags define which of the three fields are present: mtime, atime, ctime.
	        // We only care about mtime.
	        // Also, ctime is never included in practice.
	        // And also, atime is only included in the local file header for some reason
	        // despite the flags lying about its inclusion in the central header.
	        var flags = data[0];
	        var HAS_MTIME = 1;
	        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
	        // Although the positions of all of the fields shift around depending on the presence of other fields,
	        // mtime is always first if present, and that's the only one we care about.
	        var posixTimestamp = data.readInt32LE(1);
	        return new Date(posixTimestamp * 1000);
	      } else if (extraField.id === 0x000a) {
	        var data = extraField.data;
	        if (data.length !== 32) continue; // The length is always the same.
	        // 4 bytes reserved
	        // 2 bytes Tag
	        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
	        // 2 bytes Size
	        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
	        // 8 bytes Mtime
	        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
	        // Convert from NTFS to POSIX milliseconds.
	        // The big number below is the milliseconds between year 1601 and year 1970
	        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
	        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
	        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
	        // and NTFS timestamps are typically much bigger than that limit.
	        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
	        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
	        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
	        // Up through the year 2057, this conversion only drops 4 bits of precision,
	        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
	        return new Date(millisecondsSince1970);
	      }
	    }
	  }

	  // Fallback to non-extended encoding.
	  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
	};

	Entry.prototype.canDecodeFileData = function() {
	  return (
	    !this.isEncrypted() &&
	    (this.compressionMethod === 0 || this.compressionMethod === 8)
	  );
	};
	Entry.prototype.isEncrypted = function() {
	  return (this.generalPurposeBitFlag & 0x1) !== 0;
	};
	Entry.prototype.isCompressed = function() {
	  return this.compressionMethod === 8;
	};

	function LocalFileHeader() {
	}

	function dosDateTimeToDate(date, time, timezone) {
	  var day = date & 0x1f; // 1-31
	  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
	  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

	  var millisecond = 0;
	  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
	  var minute = time >> 5 & 0x3f; // 0-59
	  var hour = time >> 11 & 0x1f; // 0-23

	  if (timezone == null || timezone === "local") {
	    return new Date(year, month, day, hour, minute, second, millisecond);
	  } else if (timezone === "UTC") {
	    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
	  } else {
	    throw new Error("unrecognized options.timezone: " + options.timezone);
	  }
	}

	function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
	  var fileName = null;

	  // check for Info-ZIP Unicode Path Extra Field (0x7075)
	  // see https://github.com/thejoshwolfe/yauzl/issues/33
	  for (var i = 0; i < extraFields.length; i++) {
	    var extraField = extraFields[i];
	    if (extraField.id === 0x7075) {
	      if (extraField.data.length < 6) {
	        // too short to be meaningful
	        continue;
	      }
	      // Version       1 byte      version of this extra field, currently 1
	      if (extraField.data.readUInt8(0) !== 1) {
	        // > Changes may not be backward compatible so this extra
	        // > field should not be used if the version is not recognized.
	        continue;
	      }
	      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
	      var oldNameCrc32 = extraField.data.readUInt32LE(1);
	      if (crc32(fileNameBuffer) !== oldNameCrc32) {
	        // > If the CRC check fails, this UTF-8 Path Extra Field should be
	        // > ignored and the File Name field in the header should be used instead.
	        continue;
	      }
	      // UnicodeName   Variable    UTF-8 version of the entry File Name
	      fileName = decodeBuffer(extraField.data.subarray(5), true);
	      break;
	    }
	  }

	  if (fileName == null) {
	    // The typical case.
	    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
	    fileName = decodeBuffer(fileNameBuffer, isUtf8);
	  }

	  if (!strictFileNames) {
	    // Allow backslash.
	    fileName = fileName.replace(/\\/g, "/");
	  }
	  return fileName;
	}

	function validateFileName(fileName) {
	  if (fileName.indexOf("\\") !== -1) {
	    return "invalid characters in fileName: " + fileName;
	  }
	  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
	    return "absolute path: " + fileName;
	  }
	  if (fileName.split("/").indexOf("..") !== -1) {
	    return "invalid relative path: " + fileName;
	  }
	  // all good
	  return null;
	}

	function parseExtraFields(extraFieldBuffer) {
	  var extraFields = [];
	  var i = 0;
	  while (i < extraFieldBuffer.length - 3) {
	    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
	    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
	    var dataStart = i + 4;
	    var dataEnd = dataStart + dataSize;
	    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
	    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
	    extraFields.push({
	      id: headerId,
	      data: dataBuffer,
	    });
	    i = dataEnd;
	  }
	  return extraFields;
	}

	function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
	  if (length === 0) {
	    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
	    return setImmediate(function() { callback(null, newBuffer(0)); });
	  }
	  reader.read(buffer, offset, length, position, function(err, bytesRead) {
	    if (err) return callback(err);
	    if (bytesRead < length) {
	      return callback(new Error("unexpected EOF"));
	    }
	    callback();
	  });
	}

	util.inherits(AssertByteCountStream, Transform);
	function AssertByteCountStream(byteCount) {
	  Transform.call(this);
	  this.actualByteCount = 0;
	  this.expectedByteCount = byteCount;
	}
	AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
	  this.actualByteCount += chunk.length;
	  if (this.actualByteCount > this.expectedByteCount) {
	    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb(null, chunk);
	};
	AssertByteCountStream.prototype._flush = function(cb) {
	  if (this.actualByteCount < this.expectedByteCount) {
	    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb();
	};

	util.inherits(RandomAccessReader, EventEmitter);
	function RandomAccessReader() {
	  EventEmitter.call(this);
	  this.refCount = 0;
	}
	RandomAccessReader.prototype.ref = function() {
	  this.refCount += 1;
	};
	RandomAccessReader.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;

	  if (self.refCount > 0) return;
	  if (self.refCount < 0) throw new Error("invalid unref");

	  self.close(onCloseDone);

	  function onCloseDone(err) {
	    if (err) return self.emit('error', err);
	    self.emit('close');
	  }
	};
	RandomAccessReader.prototype.createReadStream = function(options) {
	  if (options == null) options = {};
	  var start = options.start;
	  var end = options.end;
	  if (start === end) {
	    var emptyStream = new PassThrough();
	    setImmediate(function() {
	      emptyStream.end();
	    });
	    return emptyStream;
	  }
	  var stream = this._readStreamForRange(start, end);

	  var destroyed = false;
	  var refUnrefFilter = new RefUnrefFilter(this);
	  stream.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) refUnrefFilter.emit("error", err);
	    });
	  });
	  installDestroyFn(refUnrefFilter, function() {
	    stream.unpipe(refUnrefFilter);
	    refUnrefFilter.unref();
	    stream.destroy();
	  });

	  var byteCounter = new AssertByteCountStream(end - start);
	  refUnrefFilter.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) byteCounter.emit("error", err);
	    });
	  });
	  installDestroyFn(byteCounter, function() {
	    destroyed = true;
	    refUnrefFilter.unpipe(byteCounter);
	    refUnrefFilter.destroy();
	  });

	  return stream.pipe(refUnrefFilter).pipe(byteCounter);
	};
	RandomAccessReader.prototype._readStreamForRange = function(start, end) {
	  throw new Error("not implemented");
	};
	RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
	  var readStream = this.createReadStream({start: position, end: position + length});
	  var writeStream = new Writable();
	  var written = 0;
	  writeStream._write = function(chunk, encoding, cb) {
	    chunk.copy(buffer, offset + written, 0, chunk.length);
	    written += chunk.length;
	    cb();
	  };
	  writeStream.on("finish", callback);
	  readStream.on("error", function(error) {
	    callback(error);
	  });
	  readStream.pipe(writeStream);
	};
	RandomAccessReader.prototype.close = function(callback) {
	  setImmediate(callback);
	};

	util.inherits(RefUnrefFilter, PassThrough);
	function RefUnrefFilter(context) {
	  PassThrough.call(this);
	  this.context = context;
	  this.context.ref();
	  this.unreffedYet = false;
	}
	RefUnrefFilter.prototype._flush = function(cb) {
	  this.unref();
	  cb();
	};
	RefUnrefFilter.prototype.unref = function(cb) {
	  if (this.unreffedYet) return;
	  this.unreffedYet = true;
	  this.context.unref();
	};

	var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
	function decodeBuffer(buffer, isUtf8) {
	  if (isUtf8) {
	    return buffer.toString("utf8");
	  } else {
	    var result = "";
	    for (var i = 0; i < buffer.length; i++) {
	      result += cp437[buffer[i]];
	    }
	    return result;
	  }
	}

	function readUInt64LE(buffer, offset) {
	  // There is no native function for this, because we can't actually store 64-bit integers precisely.
	  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
	  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
	  // As of 2020, Node has added support for BigInt, which obviates this whole function,
	  // but yauzl hasn't been updated to depend on BigInt (yet?).
	  var lower32 = buffer.readUInt32LE(offset);
	  var upper32 = buffer.readUInt32LE(offset + 4);
	  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
	  return upper32 * 0x100000000 + lower32;
	  // as long as we're bounds checking the result of this function against the total file size,
	  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
	}

	// Node 10 deprecated new Buffer().
	var newBuffer;
	if (typeof Buffer.allocUnsafe === "function") {
	  newBuffer = function(len) {
	    return Buffer.allocUnsafe(len);
	  };
	} else {
	  newBuffer = function(len) {
	    return new Buffer(len);
	  };
	}

	// Node 8 introduced a proper destroy() implementation on writable streams.
	function installDestroyFn(stream, fn) {
	  if (typeof stream.destroy === "function") {
	    // New API.
	    stream._destroy = function(err, cb) {
	      fn();
	      if (cb != null) cb(err);
	    };
	  } else {
	    // Old API.
	    stream.destroy = fn;
	  }
	}

	function defaultCallback(err) {
	  if (err) throw err;
	}
	return yauzl$1;
}

var yauzlExports = requireYauzl();
var yauzl = /*@__PURE__*/getDefaultExportFromCjs(yauzlExports);

// Unpacks a Go archive, and proves it: an extractor counts as successful only when the tree
// it produced holds go/bin/go (go.exe on Windows). Tools that exit 0 having done nothing
// exist: Wine's powershell.exe is a stub, a policy-blocked tool may say nothing.
//
// tar.gz (Linux, macOS): unpacked while it downloads. Node's zlib inflates (~2x faster than
// `gzip -d` here) into the system's tar (GNU tar, or bsdtar on macOS) when PATH has one: it
// writes the ~15,000 files about twice as fast as npm's `tar`, which is the fallback
// (docs/performance.md). zip (Windows): the system's bsdtar (`tar.exe`, Windows 10+) first,
// then an in-process reader (yauzl), which needs no tool at all: it works where tar.exe is
// missing (Server 2016, Nano, custom images, Wine). PowerShell's Expand-Archive/ZipFile is not
// tried: the in-process reader covers every case it covered, without a policy to block it.
const EXTRACT_TIMEOUT_MS = 10 * 60_000;
// The system tar runs as long as the download feeds it; the download's own silence timer ends
// a stalled transfer long before this backstop.
const STREAM_TIMEOUT_MS = 60 * 60_000;
const STREAM_INTO_SYSTEM_TAR = 'tar.gz stream (node:zlib + system tar)';
const STREAM_INTO_NPM_TAR = 'tar.gz stream (node:zlib + npm tar)';
const ZIP_IN_PROCESS = 'zip in-process (yauzl)';
/** The tools to try, best first. Pure: the platform and environment decide. */
function chooseExtractors(archive, dest, platform, env) {
    if (!archive.endsWith('.zip'))
        return [{ kind: 'in-process', name: STREAM_INTO_NPM_TAR, format: 'tar.gz' }];
    const inProcess = { kind: 'in-process', name: ZIP_IN_PROCESS, format: 'zip' };
    if (platform !== 'win32')
        return [inProcess];
    const systemRoot = env.SystemRoot || env.SYSTEMROOT || 'C:\\Windows';
    return [
        // The full path: Git for Windows puts a GNU tar on PATH that cannot read zip.
        {
            kind: 'process',
            name: 'tar.exe (bsdtar)',
            file: win32.join(systemRoot, 'System32', 'tar.exe'),
            args: ['-xf', archive, '-C', dest]
        },
        inProcess
    ];
}
/** The name of the proof: `go/bin/go` or `go/bin/go.exe`. */
function proofName(platform) {
    return `go/bin/go${platform === 'win32' ? '.exe' : ''}`;
}
/** Whether `dest` holds a Go tree: the only evidence an extractor's success counts on. */
function holdsGo(dest, platform) {
    return existsSync(goBinaryIn(join(dest, 'go'), platform));
}
/**
 * Tries each extractor on an empty `dest` until one leaves go/bin/go there. The one error line
 * names every tool tried and why it failed; an archive that every tool unpacked without a
 * go/bin/go is "not a Go distribution archive". Nothing is left in `dest` after a failure.
 */
async function extractArchive(archive, dest, platform, env, run = runProcess) {
    const failed = [];
    let unpackedWithoutGo = 0;
    const extractors = chooseExtractors(archive, dest, platform, env);
    for (const extractor of extractors) {
        rmSync(dest, { recursive: true, force: true, maxRetries: 5 });
        mkdirSync(dest, { recursive: true });
        const begun = performance.now();
        const why = await runExtractor(extractor, archive, dest, env, run);
        if (why === undefined && holdsGo(dest, platform)) {
            return { extractor: extractor.name, ms: performance.now() - begun, failed };
        }
        if (why !== undefined && /no space left on device|ENOSPC|not enough space/i.test(why)) {
            rmSync(dest, { recursive: true, force: true });
            throw new UserError(`No space left on device while extracting ${archive} into ${dest}.`);
        }
        if (why === undefined)
            unpackedWithoutGo++;
        failed.push(`${extractor.name}: ${why ?? `finished but left no ${proofName(platform)}`}`);
    }
    rmSync(dest, { recursive: true, force: true, maxRetries: 5 });
    if (unpackedWithoutGo === extractors.length) {
        throw new UserError(`${archive} has no ${proofName(platform)}: it is not a Go distribution archive (${failed.join('; ')}).`);
    }
    throw new UserError(`Cannot extract ${archive}: ${failed.join('; ')}.`);
}
/** Runs one extractor; the reason it failed, or undefined when it says it succeeded. */
async function runExtractor(extractor, archive, dest, env, run) {
    if (extractor.kind === 'in-process') {
        try {
            if (extractor.format === 'zip')
                await extractZip(archive, dest);
            else
                await npmTarSink(dest).consume(createReadStream(archive));
            return undefined;
        }
        catch (error) {
            return `${error.code === 'ENOSPC' ? 'ENOSPC: ' : ''}${errorMessage(error)}`;
        }
    }
    const result = await run(extractor.file, extractor.args, { timeoutMs: EXTRACT_TIMEOUT_MS, env });
    if (result.exitCode === 0)
        return undefined;
    if (result.spawnError)
        return result.spawnError.message;
    if (result.timedOut)
        return `timed out after ${EXTRACT_TIMEOUT_MS / 1000} s`;
    return `exit ${result.exitCode}: ${lastLine(`${result.stderr}\n${result.stdout}`)}`;
}
/** The streaming unpacker for a tar.gz into `dest`: the system's tar on PATH, else npm's. */
function tarGzStream(dest, platform, env) {
    const systemTar = whichOnPath('tar', pathEntries(env, platform), platform, env.PATHEXT);
    return systemTar
        ? { name: STREAM_INTO_SYSTEM_TAR, sink: systemTarSink(systemTar, dest, env) }
        : { name: STREAM_INTO_NPM_TAR, sink: npmTarSink(dest) };
}
const inflate = () => createGunzip({ chunkSize: 1 << 18 });
/**
 * Node's zlib into the system's tar reading stdin. GNU tar and bsdtar both refuse absolute
 * names and `..` by default and create links that point outside only at the end;
 * --no-same-owner: the files belong to the runner's user, also when it is root.
 */
function systemTarSink(tar, dest, env) {
    return {
        consume: async (body) => {
            await mkdir(dest, { recursive: true });
            const inflated = inflate();
            const inflating = pipeline(body, inflated).catch((error) => error);
            const result = await runProcess(tar, ['-x', '-f', '-', '-C', dest, '--no-same-owner'], {
                timeoutMs: STREAM_TIMEOUT_MS,
                env,
                stdin: inflated,
                maxOutputBytes: 64 * 1024
            });
            // A tar that never started or quit early reads no more: stop inflating for it.
            inflated.destroy();
            const streamError = await inflating;
            // The body or zlib failing is the cause; a pipe broken because tar quit is tar's doing.
            if (streamError !== undefined && !brokenPipe(streamError))
                throw streamError;
            if (result.exitCode === 0 && streamError === undefined)
                return;
            if (result.spawnError)
                throw new Error(`${tar}: ${result.spawnError.message}`);
            if (result.timedOut)
                throw new Error(`${tar} timed out after ${STREAM_TIMEOUT_MS / 1000} s`);
            throw new Error(`${tar} exited ${result.exitCode}: ${tarComplaint(result.stderr)}`);
        },
        discard: () => emptyFolder(dest)
    };
}
/**
 * npm's `tar`, for a system without one. It refuses absolute paths and `..` (preservePaths
 * is off). A refused entry is a warning that lets it go on to its end, so that nothing is
 * still being written when the caller removes the folder; the first one fails the unpacking.
 */
function npmTarSink(dest) {
    return {
        consume: async (body) => {
            await mkdir(dest, { recursive: true });
            let refused;
            const unpack = So({
                cwd: dest,
                onwarn: (code, message) => {
                    refused ??= `${code}: ${message}`;
                }
            });
            // `tar` finishes reading before its last files are written: 'close' says all are.
            const closed = new Promise((resolveClose, rejectClose) => {
                unpack.on('close', () => resolveClose());
                unpack.on('error', rejectClose);
            });
            closed.catch(() => undefined);
            try {
                await pipeline(body, inflate(), unpack);
            }
            catch (error) {
                // Let writes already under way finish before anyone removes the folder.
                await Promise.race([closed.catch(() => undefined), delay(2_000)]);
                throw error;
            }
            await closed;
            if (refused !== undefined)
                throw new Error(refused);
        },
        discard: () => emptyFolder(dest)
    };
}
const delay = (ms) => new Promise(resolveDelay => setTimeout(resolveDelay, ms).unref());
/** Removes what is inside `dest`; retries the ENOTEMPTY/EBUSY a late writer or a scanner causes. */
async function emptyFolder(dest) {
    if (!existsSync(dest))
        return;
    for (const child of await readdir(dest)) {
        await rm(join(dest, child), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
}
/**
 * Unpacks a zip with yauzl, which rejects absolute paths and `..` in entry names and checks
 * every entry's size and CRC. Unix modes stored in the zip are kept (the executable bit of
 * go/bin/go where it matters).
 */
async function extractZip(archive, dest) {
    const zip = await yauzl.openPromise(archive, { strictFileNames: false });
    try {
        for await (const entry of zip.eachEntry()) {
            const target = join(dest, entry.fileName);
            if (entry.fileName.endsWith('/')) {
                await mkdir(target, { recursive: true });
                continue;
            }
            await mkdir(dirname(target), { recursive: true });
            const unixMode = (entry.externalFileAttributes >>> 16) & 0o777;
            const stream = await zip.openReadStreamPromise(entry);
            await pipeline(stream, createWriteStream(target, { mode: unixMode || 0o644 }));
        }
    }
    finally {
        // eachEntry closes the file at its end; a failure part-way leaves it open.
        if (zip.isOpen)
            zip.close();
    }
}
const brokenPipe = (error) => ['EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'].includes(error.code ?? '');
/** tar's first real complaint: not its notes on stripped names, not its closing summary. */
function tarComplaint(stderr) {
    const lines = stderr.split(/\r?\n/).filter(Boolean);
    return (lines.find(line => !/Removing leading|Exiting with failure status/.test(line)) ??
        lastLine(stderr));
}
function lastLine(text) {
    return (text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean)
        .at(-1) ?? 'no output');
}

// Every one-line error the Go installer gives, in one place: the plan's refusals (no such version,
// no listing for a range, a checksum required but not given) and the translation of what the
// effects hit (HTTP 404, a full disk, a digest mismatch, an archive that cannot be unpacked).
function unknownVersion(spec, target, baseUrl, candidates) {
    const { near, newest } = nearestVersions(spec, candidates);
    const nearText = near.length > 0 ? `nearest available: ${near.map(semverToGo).join(', ')}; ` : '';
    const newestText = newest
        ? `newest stable: ${semverToGo(newest)}`
        : 'the listing has no stable release for it';
    return new UserError(`Go ${spec.text} is not available for ${target.os}/${target.arch} at ${baseUrl}: ${nearText}${newestText}.`);
}
function rangeWithoutListing(listingUrl, reason, spec) {
    return new UserError(`${listingUrl} has no Go listing (${reason}), so go-version ${spec.text} cannot be resolved: give an exact version such as 1.22.5.`);
}
function checksumRequired(file) {
    return new UserError(`require-checksum is true but ${file.unverifiable}: the download of ${file.url} cannot be verified.`);
}
function digestMismatch(file, got) {
    return new UserError(`sha256 mismatch for ${file.url}: expected ${file.sha256}, got ${got}. Nothing was kept and nothing was cached.`);
}
function cannotExtract(file, extractor, cause) {
    return new UserError(`Cannot extract ${file.fileName} from ${file.url} (${extractor}): ${errorMessage(cause)}`);
}
function cannotWrite(path, cause) {
    return new UserError(`Cannot write ${path}: ${errorMessage(cause)}`);
}
function notGoArchive(file, platform) {
    return new UserError(`${file.fileName} from ${file.url} has no go/bin/go${platform === 'win32' ? '.exe' : ''}: it is not a Go distribution archive.`);
}
/**
 * What the download, extraction and cache placement threw, in the user's terms; anything not
 * recognised is returned as it came. A 404 on a listed file means an incomplete mirror; on a
 * guessed name, a wrong version.
 */
function translateInstallError(error, file, installRoot) {
    if (error instanceof HttpStatusError && error.status === 404) {
        return new UserError(file.sha256 || file.unverifiable?.startsWith('the listing')
            ? `The listing names ${file.fileName} but ${error.url} answers HTTP 404: the mirror is incomplete.`
            : `Go ${semverToGo(file.version)} for ${file.platform} is not at ${error.url} (HTTP 404): check go-version and go-download-base-url.`);
    }
    if (error?.code === 'ENOSPC') {
        return new UserError(`No space left on device while installing Go ${semverToGo(file.version)} into ${installRoot}.`);
    }
    return error;
}

// Carries out a download plan: staging folder, download (streamed into the extractor for tar.gz,
// to a file then extracted for zip), digest check, commit into the cache. What to do was decided
// in plan.ts; what went wrong is put in the user's words by failures.ts.
async function carryOut(step, token, platform, env, network) {
    const plan = step.download;
    let staging;
    try {
        staging = createStaging(step.location, step.tool);
        const unpacked = step.unpacking.kind === 'stream'
            ? await streamInstall(plan, staging, token, platform, env, network)
            : await downloadThenExtract(plan, step.unpacking.downloads, staging, token, platform, env, network);
        const cacheBegun = performance.now();
        const goRoot = await commitToCache(join(staging, 'go'), step.location, step.tool, plan.version, step.cacheArch);
        return { goRoot, unpacked: { ...unpacked, cacheMs: performance.now() - cacheBegun } };
    }
    catch (error) {
        throw translateInstallError(error, plan, step.location.installRoot);
    }
    finally {
        if (staging)
            rmSync(staging, { recursive: true, force: true, maxRetries: 5 });
    }
}
function checkDigest(plan, got) {
    if (plan.sha256 && got.sha256 !== plan.sha256)
        throw digestMismatch(plan, got.sha256);
}
/** tar.gz: the tree in `staging` is used only after the whole file's digest matched. */
async function streamInstall(plan, staging, token, platform, env, network) {
    const unpacker = tarGzStream(staging, platform, env);
    const got = await download(plan.url, token, network, plan.size, unpacker.sink);
    checkDigest(plan, got);
    if (got.sinkError !== undefined)
        throw cannotExtract(plan, unpacker.name, got.sinkError);
    if (!holdsGo(staging, platform))
        throw notGoArchive(plan, platform);
    return {
        download: got,
        extractor: unpacker.name,
        extractMs: got.sinkTailMs,
        extractTailMs: got.sinkTailMs
    };
}
/** zip: downloaded whole, verified, then extracted. */
async function downloadThenExtract(plan, downloads, staging, token, platform, env, network) {
    const archive = join(downloads, `${randomUUID()}-${plan.fileName}`);
    try {
        mkdirSync(downloads, { recursive: true });
        const got = await download(plan.url, token, network, plan.size, fileSink(archive));
        if (got.sinkError !== undefined)
            throw cannotWrite(archive, got.sinkError);
        checkDigest(plan, got);
        const extraction = await extractArchive(archive, staging, platform, env);
        if (extraction.failed.length > 0)
            info(`Extraction: ${extraction.failed.join('; ')}`);
        return {
            download: got,
            extractor: extraction.extractor,
            extractMs: extraction.ms,
            extractTailMs: 0
        };
    }
    finally {
        rmSync(archive, { force: true });
    }
}

// Which Go build this runner needs, in go.dev's names, and how the tool cache names it.
const GO_ARCH = {
    x64: 'amd64',
    amd64: 'amd64',
    x86: '386',
    // setup-go's name for 32-bit x86.
    x32: '386',
    ia32: '386',
    '386': '386',
    arm64: 'arm64',
    arm: 'armv6l',
    armv6l: 'armv6l',
    ppc64: 'ppc64',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64'
};
const CACHE_ARCH = { amd64: 'x64', '386': 'x86', armv6l: 'arm' };
const GO_OS = {
    win32: 'windows',
    linux: 'linux',
    darwin: 'darwin',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    aix: 'aix'
};
/** `architecture` input (or the runner's arch when empty) and platform → the Go build wanted. */
function goTarget(platform, runnerArch, architectureInput) {
    const requested = architectureInput || runnerArch;
    const arch = GO_ARCH[requested.toLowerCase()];
    if (!arch)
        throw new UserError(`Architecture ${JSON.stringify(requested)} has no Go build: expected x64, x86 (x32), arm64 or arm.`);
    const os = GO_OS[platform];
    if (!os)
        throw new UserError(`Platform ${platform} has no Go build on go.dev.`);
    return {
        os,
        arch,
        cacheArch: CACHE_ARCH[arch] ?? arch,
        extension: os === 'windows' ? 'zip' : 'tar.gz'
    };
}
/** go.dev's file name for a version (without the `go` prefix, go.dev spelling). */
function archiveName(goVersion, target) {
    return `go${goVersion}.${target.os}-${target.arch}.${target.extension}`;
}

// The install plan, decided purely: what the user asked, which version and file, from where,
// how far it can be trusted, whether the tool cache already has it, where it is placed, and what
// later steps get exported. Data in, data out; install.ts and index.ts carry it out.
/**
 * go-version, or go-version-file (already read: `fromFile`), or nothing. go-version wins when
 * both are given; the file is then not read at all.
 */
function requestOf(inputs, fromFile) {
    if (inputs.version) {
        const findings = [];
        if (inputs.versionFile) {
            findings.push({
                id: 'go-install.version-and-file',
                severity: 'warning',
                title: 'Both go-version and go-version-file are set',
                message: `go-version ${inputs.version} is used; go-version-file ${inputs.versionFile} is ignored.`,
                remedy: 'Remove one of go-version and go-version-file from the step.'
            });
        }
        return { spec: parseVersionSpec(inputs.version), described: inputs.version, findings };
    }
    if (!inputs.versionFile || !fromFile)
        return undefined;
    return {
        spec: parseVersionSpec(fromFile.version, `go-version-file ${inputs.versionFile}`),
        described: `${fromFile.version} (${fromFile.origin})`,
        findings: []
    };
}
/**
 * Pure: the spec, the listing and the target decide the file, its digest, and whether an
 * unverifiable file may be installed at all (`require-checksum`). One-line errors otherwise.
 */
function planDownload(spec, listing, target, baseUrl, requireChecksum) {
    let plan;
    if (listing.releases) {
        const archives = archivesFor(listing.releases, target);
        const selected = selectVersion(spec, candidatesOf(archives));
        if (!selected)
            throw unknownVersion(spec, target, baseUrl, candidatesOf(archives));
        const { file } = archives.get(selected);
        plan = {
            version: selected,
            fileName: file.filename,
            url: `${baseUrl}/${file.filename}`,
            platform: `${target.os}/${target.arch}`,
            sha256: file.sha256,
            size: file.size,
            unverifiable: file.sha256
                ? undefined
                : `the listing at ${listing.url} ${file.sha256Problem ?? 'gives no sha256'} for ${file.filename}`
        };
    }
    else {
        if (spec.kind !== 'exact')
            throw rangeWithoutListing(listing.url, listing.reason, spec);
        const fileName = archiveName(semverToGo(spec.semver), target);
        plan = {
            version: spec.semver,
            fileName,
            url: `${baseUrl}/${fileName}`,
            platform: `${target.os}/${target.arch}`,
            unverifiable: `${listing.url} has no Go listing (${listing.reason})`
        };
    }
    if (plan.unverifiable && requireChecksum) {
        throw checksumRequired({ ...plan, unverifiable: plan.unverifiable });
    }
    return plan;
}
/**
 * Before any network: the tool cache serves the request, unless check-latest asks for the newest
 * or the spec is an alias (`stable`). Undefined: read the listing, then planWithListing.
 */
function planFromCache(facts) {
    if (facts.checkLatest)
        return undefined;
    const hit = pickCached(facts.request.spec, facts.cached);
    return hit && { kind: 'use-cache', ...hit, findings: facts.request.findings };
}
/**
 * With the listing (or the one-line error reading it gave): the version it resolves to, from the
 * tool cache if there, else a download placed by how far it can be trusted. With check-latest, a
 * listing that cannot be read or lacks the version falls back to the tool cache, as setup-go
 * does. Throws the one-line error when nothing can be installed.
 */
function planWithListing(facts, listing) {
    const { request } = facts;
    const useCache = (hit, findings = request.findings) => ({
        kind: 'use-cache',
        ...hit,
        findings
    });
    let download;
    try {
        if (listing instanceof UserError)
            throw listing;
        download = planDownload(request.spec, listing, facts.target, facts.baseUrl, facts.requireChecksum);
    }
    catch (error) {
        const hit = facts.checkLatest ? pickCached(request.spec, facts.cached) : undefined;
        if (!hit || !(error instanceof UserError))
            throw error;
        return useCache(hit, [...request.findings, checkLatestUnresolved(error, hit.version)]);
    }
    const hit = pickCached(parseVersionSpec(download.version), facts.cached);
    if (hit)
        return useCache(hit);
    // Only verified toolchains enter the tool cache, which outlives the job on self-hosted
    // runners; an unverified one lives under RUNNER_TEMP and is gone when the job ends.
    const unverifiedRoot = join(facts.runnerTemp, 'go-win-preflight', 'unverified');
    const location = download.sha256
        ? { installRoot: facts.hostedWindowsRoot ?? facts.toolCache, defaultRoot: facts.toolCache }
        : { installRoot: unverifiedRoot, defaultRoot: unverifiedRoot };
    return {
        kind: 'download',
        download,
        unpacking: download.fileName.endsWith('.zip')
            ? {
                kind: 'download-then-extract',
                downloads: join(facts.runnerTemp, 'go-win-preflight', 'downloads')
            }
            : { kind: 'stream' },
        location,
        tool: facts.tool,
        cacheArch: facts.target.cacheArch,
        findings: download.unverifiable
            ? [...request.findings, checksumUnverified(download, download.unverifiable)]
            : request.findings
    };
}
function checkLatestUnresolved(error, version) {
    return {
        id: 'go-install.check-latest-unresolved',
        severity: 'warning',
        title: 'check-latest could not ask the listing; the tool cache was used',
        message: `${error.message} Go ${semverToGo(version)} from the tool cache is used instead.`,
        remedy: 'Check that go-download-base-url serves `?mode=json&include=all`, or drop check-latest.'
    };
}
function checksumUnverified(download, why) {
    return {
        id: 'go-install.checksum-unverified',
        severity: 'warning',
        title: 'Go was installed without checking its sha256',
        message: `${why}, so ${download.fileName} was installed unverified, for this job only (not in the tool cache).`,
        remedy: 'Use a version or mirror whose listing gives the sha256 (`?mode=json&include=all` like go.dev), or fail instead:\nwith:\n  require-checksum: true',
        remedyLanguage: 'yaml'
    };
}
function cachedDetails(request, version, resolveMs) {
    return {
        requested: request.described,
        resolvedVersion: semverToGo(version),
        source: 'tool-cache',
        checksum: 'not-applicable',
        cacheHit: true,
        timingsMs: { resolve: Math.round(resolveMs) }
    };
}
function downloadedDetails(request, plan, unpacked, resolveMs) {
    const { download } = unpacked;
    return {
        requested: request.described,
        resolvedVersion: semverToGo(plan.version),
        source: 'download',
        url: download.finalUrl === plan.url ? plan.url : `${plan.url} (served by ${download.finalUrl})`,
        sha256: download.sha256,
        checksum: plan.sha256 ? 'verified' : 'unverified',
        bytes: download.bytes,
        cacheHit: false,
        extractor: unpacked.extractor,
        timingsMs: {
            resolve: Math.round(resolveMs),
            download: Math.round(download.ms - download.hashMs - unpacked.extractTailMs),
            verify: Math.round(download.hashMs),
            extract: Math.round(unpacked.extractMs),
            cache: Math.round(unpacked.cacheMs)
        }
    };
}
/**
 * GOROOT/bin, then GOPATH/bin, first on PATH; GOTOOLCHAIN=local stops a go.mod toolchain line
 * from downloading another Go.
 */
function goExports(goRoot, goEnv, platform) {
    const bin = gopathBin(goEnv, platform);
    return { path: [join(goRoot, 'bin'), ...(bin ? [bin] : [])], variables: { GOTOOLCHAIN: 'local' } };
}

// The thin effects around the go-env check: running `go env` (its answers judged in
// environment.ts), finding `go` on PATH, resolving links, probing that GOPATH takes a file.
/**
 * `go env -json` in the working directory (so GOMOD/GOWORK describe it), with GOTOOLCHAIN=local
 * so a toolchain line cannot start a download. If go refuses there, it runs again elsewhere and
 * the refusal becomes a finding; if it cannot create its work folder, it is asked by name.
 */
async function readGoEnv(goBinary, workingDirectory, fallbackCwd, env) {
    const goEnv = { ...env, GOTOOLCHAIN: 'local' };
    let workDirError;
    const goEnvJson = (cwd, names) => runProcess(goBinary, ['env', '-json', ...names], { timeoutMs: 60_000, cwd, env: goEnv });
    const run = async (cwd) => {
        const full = await goEnvJson(cwd, []);
        const failure = workDirRefusal(full);
        if (!failure)
            return full;
        workDirError = failure;
        return goEnvJson(cwd, GO_ENV_NAMES);
    };
    let result = existsSync(workingDirectory) ? await run(workingDirectory) : undefined;
    let moduleError;
    if (!result || result.exitCode !== 0) {
        if (result)
            moduleError = refusal(result);
        result = await run(fallbackCwd);
    }
    const variables = goEnvFrom(goBinary, result);
    if (!variables.GOVERSION) {
        const version = await runProcess(goBinary, ['version'], {
            timeoutMs: 30_000,
            cwd: fallbackCwd,
            env: goEnv
        });
        const found = goVersionFrom(version.stdout);
        if (found)
            variables.GOVERSION = found;
    }
    return { goEnv: variables, moduleError, workDirError };
}
function realpathOr(path) {
    try {
        return realpathSync.native(path);
    }
    catch {
        return path;
    }
}
/** Probes writing a GOPATH entry without creating it: the nearest existing folder must take a file. */
function probeWritable(path) {
    let dir = path;
    while (!existsSync(dir) && dirname(dir) !== dir)
        dir = dirname(dir);
    const probe = join(dir, `.go-win-preflight-probe-${process.pid}`);
    try {
        writeFileSync(probe, '');
        rmSync(probe, { force: true });
        return { writable: true };
    }
    catch (error) {
        return {
            writable: false,
            error: `${dir}: ${error.code ?? errorMessage(error)}`
        };
    }
}
function gatherFacts(options) {
    const { platform, env, goEnvRun } = options;
    const path = [...options.addedPath, ...pathEntries(env, platform)];
    const goOnPath = whichOnPath('go', path, platform, env.PATHEXT);
    const protectedDirs = platform === 'win32'
        ? [
            env.ProgramFiles,
            env['ProgramFiles(x86)'],
            env.ProgramW6432,
            env.SystemRoot ?? env.windir
        ].filter((dir) => !!dir)
        : [];
    const gopath = pathList(goEnvRun.goEnv.GOPATH ?? '', platform).map(entry => ({
        path: entry,
        ...probeWritable(entry)
    }));
    return {
        platform,
        goBinary: options.goBinary,
        goRoot: options.goRoot,
        realGoRoot: realpathOr(options.goRoot),
        realGoEnvRoot: goEnvRun.goEnv.GOROOT ? realpathOr(goEnvRun.goEnv.GOROOT) : undefined,
        goEnv: goEnvRun.goEnv,
        envGoRoot: env.GOROOT || undefined,
        path,
        goOnPath: goOnPath ? realpathOr(goOnPath) : undefined,
        realGoBinary: realpathOr(options.goBinary),
        gopath,
        protectedDirs,
        workingDirectory: options.workingDirectory,
        workingDirectoryExists: existsSync(options.workingDirectory),
        moduleError: goEnvRun.moduleError,
        workDirError: goEnvRun.workDirError
    };
}

// What this step leaves for later steps, through the runner: PATH entries and variables (decided
// by goExports in plan.ts) and the problem matcher that turns Go's error lines into annotations.
// Go prints `file.go:line:col: message` (build, vet) and `file_test.go:line: message` (tests).
const GO_PROBLEM_PATTERN = '^\\s*((?:[A-Za-z]:)?[^:\\s][^:]*\\.go):(\\d+)(?::(\\d+))?: (.*)$';
function problemMatcherJson() {
    const matcher = {
        problemMatcher: [
            {
                owner: 'go-win-preflight-go',
                pattern: [{ regexp: GO_PROBLEM_PATTERN, file: 1, line: 2, column: 3, message: 4 }]
            }
        ]
    };
    return `${JSON.stringify(matcher, null, 2)}\n`;
}
/** Writes the matcher from the bundle (no repository file needed) and registers it. */
function registerProblemMatcher(runnerTemp) {
    const file = join(runnerTemp, 'go-win-preflight', 'go-problem-matcher.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, problemMatcherJson());
    info(`::add-matcher::${file}`);
    return file;
}
/** core.addPath prepends, so the entry meant to come first is added last. */
function exportGoEnvironment(exports) {
    for (const entry of [...exports.path].reverse())
        addPath(entry);
    for (const [name, value] of Object.entries(exports.variables))
        exportVariable(name, value);
}

// Installs the Go the tests will use (or finds the one on PATH), then checks its environment.
// The decisions are pure (plan.ts, environment.ts, results.ts); this file gathers their facts,
// hands the plan to its effects (install.ts, probe.ts, runner.ts) and assembles the report.
async function setupGo(inputs, workingDirectory, ctx, network = DEFAULT_NETWORK) {
    const started = performance.now();
    // go-version wins over go-version-file, which is then not read at all.
    const fromFile = !inputs.version && inputs.versionFile
        ? readVersionFile(inputs.versionFile, ctx.workspace, { GOTOOLCHAIN: ctx.env.GOTOOLCHAIN })
        : undefined;
    const request = requestOf(inputs, fromFile);
    if (!request)
        return useGoOnPath(workingDirectory, ctx, started);
    const installed = await install(request, inputs, ctx, network);
    const goBinary = goBinaryIn(installed.goRoot, ctx.platform);
    const goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env);
    const exports = goExports(installed.goRoot, goEnvRun.goEnv, ctx.platform);
    exportGoEnvironment(exports);
    registerProblemMatcher(ctx.runnerTemp);
    const goVersion = goEnvRun.goEnv.GOVERSION ?? `go${installed.details.resolvedVersion}`;
    const details = { ...installed.details, goRoot: installed.goRoot, goVersion };
    const toolchain = {
        goBinary,
        goRoot: installed.goRoot,
        version: goVersion,
        source: details.cacheHit ? 'tool-cache' : 'download'
    };
    const facts = gatherFacts({
        platform: ctx.platform,
        goBinary,
        goRoot: installed.goRoot,
        goEnvRun,
        env: ctx.env,
        addedPath: exports.path,
        workingDirectory
    });
    return {
        toolchain,
        goEnv: goEnvRun.goEnv,
        checks: [installCheck(details, installed.findings, started), evaluateGoEnvironment(facts)]
    };
}
/** Gathers what the plan needs, reads the listing only when the tool cache cannot decide. */
async function install(request, inputs, ctx, network) {
    const begun = performance.now();
    const target = goTarget(ctx.platform, ctx.arch, inputs.architecture);
    const baseUrl = inputs.downloadBaseUrl || DEFAULT_BASE_URL;
    const tool = toolName(baseUrl);
    const facts = {
        request,
        checkLatest: inputs.checkLatest,
        requireChecksum: inputs.requireChecksum,
        target,
        baseUrl,
        tool,
        cached: cachedGo(ctx.toolCache, tool, target.cacheArch),
        toolCache: ctx.toolCache,
        runnerTemp: ctx.runnerTemp,
        hostedWindowsRoot: hostedWindowsInstallRoot(ctx.platform, ctx.toolCache, ctx.env, existsSync)
    };
    const plan = planFromCache(facts) ??
        planWithListing(facts, await loadListing(baseUrl, ctx.runnerTemp, inputs.token, network).catch((error) => {
            if (error instanceof UserError)
                return error;
            throw error;
        }));
    if (plan.kind === 'use-cache') {
        info(`Go ${semverToGo(plan.version)} found in the tool cache: ${plan.dir}`);
        return {
            goRoot: plan.dir,
            findings: plan.findings,
            details: cachedDetails(request, plan.version, performance.now() - begun)
        };
    }
    const resolveMs = performance.now() - begun;
    info(`Downloading Go ${semverToGo(plan.download.version)} from ${plan.download.url}`);
    const { goRoot, unpacked } = await carryOut(plan, inputs.token, ctx.platform, ctx.env, network);
    return {
        goRoot,
        findings: plan.findings,
        details: downloadedDetails(request, plan.download, unpacked, resolveMs)
    };
}
/** No version asked: report the Go on PATH, change nothing but the problem matcher. */
async function useGoOnPath(workingDirectory, ctx, started) {
    const path = pathEntries(ctx.env, ctx.platform);
    const goBinary = whichOnPath('go', path, ctx.platform, ctx.env.PATHEXT);
    if (!goBinary)
        return { checks: withoutGo('skipped', NO_GO, started) };
    let goEnvRun;
    try {
        goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env);
    }
    catch (error) {
        return {
            checks: withoutGo('unknown', `the go on PATH (${goBinary}) does not run: ${error.message}`, started)
        };
    }
    registerProblemMatcher(ctx.runnerTemp);
    const goRoot = goEnvRun.goEnv.GOROOT ?? '';
    const version = goEnvRun.goEnv.GOVERSION ?? 'unknown';
    const facts = gatherFacts({
        platform: ctx.platform,
        goBinary,
        goRoot,
        goEnvRun,
        env: ctx.env,
        addedPath: [],
        workingDirectory
    });
    return {
        toolchain: { goBinary, goRoot, version, source: 'path' },
        goEnv: goEnvRun.goEnv,
        checks: [pathCheck(goBinary, goRoot, version, started), evaluateGoEnvironment(facts)]
    };
}

/**
 * When adding a new value to a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the new
 * value to add.
 *
 * @since 2.5.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} newValue the added value
 * @returns {number} the new mean
 *
 * @example
 * addToMean(14, 5, 53); // => 20.5
 */

/**
 * Our default sum is the [Kahan-Babuska algorithm](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf).
 * This method is an improvement over the classical
 * [Kahan summation algorithm](https://en.wikipedia.org/wiki/Kahan_summation_algorithm).
 * It aims at computing the sum of a list of numbers while correcting for
 * floating-point errors. Traditionally, sums are calculated as many
 * successive additions, each one with its own floating-point roundoff. These
 * losses in precision add up as the number of numbers increases. This alternative
 * algorithm is more accurate than the simple way of calculating sums by simple
 * addition.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sum([1, 2, 3]); // => 6
 */
function sum(x) {
    // If the array is empty, we needn't bother computing its sum
    if (x.length === 0) {
        return 0;
    }

    // Initializing the sum as the first number in the array
    var sum = x[0];

    // Keeping track of the floating-point error correction
    var correction = 0;

    var transition;

    if (typeof sum !== "number") {
        return Number.NaN;
    }

    for (var i = 1; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        transition = sum + x[i];

        // Here we need to update the correction in a different fashion
        // if the new absolute value is greater than the absolute sum
        if (Math.abs(sum) >= Math.abs(x[i])) {
            correction += sum - transition + x[i];
        } else {
            correction += x[i] - transition + sum;
        }

        sum = transition;
    }

    // Returning the corrected sum
    return sum + correction;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function mean(x) {
    if (x.length === 0) {
        throw new Error("mean requires at least one data point");
    }

    return sum(x) / x.length;
}

/**
 * The sum of deviations to the Nth power.
 * When n=2 it's the sum of squared deviations.
 * When n=3 it's the sum of cubed deviations.
 *
 * @param {Array<number>} x
 * @param {number} n power
 * @returns {number} sum of nth power deviations
 *
 * @example
 * var input = [1, 2, 3];
 * // since the variance of a set is the mean squared
 * // deviations, we can calculate that with sumNthPowerDeviations:
 * sumNthPowerDeviations(input, 2) / input.length;
 */
function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum = 0;
    var tempValue;
    var i;

    // This is an optimization: when n is 2 (we're computing a number squared),
    // multiplying the number by itself is significantly faster than using
    // the Math.pow method.
    {
        for (i = 0; i < x.length; i++) {
            tempValue = x[i] - meanValue;
            sum += tempValue * tempValue;
        }
    }

    return sum;
}

/**
 * The [sample variance](https://en.wikipedia.org/wiki/Variance#Sample_variance)
 * is the sum of squared deviations from the mean. The sample variance
 * is distinguished from the variance by the usage of [Bessel's Correction](https://en.wikipedia.org/wiki/Bessel's_correction):
 * instead of dividing the sum of squared deviations by the length of the input,
 * it is divided by the length minus one. This corrects the bias in estimating
 * a value from a set that you don't know if full.
 *
 * References:
 * * [Wolfram MathWorld on Sample Variance](http://mathworld.wolfram.com/SampleVariance.html)
 *
 * @param {Array<number>} x a sample of two or more data points
 * @throws {Error} if the length of x is less than 2
 * @return {number} sample variance
 * @example
 * sampleVariance([1, 2, 3, 4, 5]); // => 2.5
 */
function sampleVariance(x) {
    if (x.length < 2) {
        throw new Error("sampleVariance requires at least two data points");
    }

    var sumSquaredDeviationsValue = sumNthPowerDeviations(x);

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    return sumSquaredDeviationsValue / besselsCorrection;
}

/**
 * The [sample standard deviation](http://en.wikipedia.org/wiki/Standard_deviation#Sample_standard_deviation)
 * is the square root of the sample variance.
 *
 * @param {Array<number>} x input array
 * @returns {number} sample standard deviation
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]).toFixed(2);
 * // => '2.14'
 */
function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
}

/**
 * This computes the maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * max([1, 2, 3, 4]);
 * // => 4
 */
function max(x) {
    if (x.length === 0) {
        throw new Error("max requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * The min is the lowest number in the array.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} minimum value
 * @example
 * min([1, 5, -10, 100, 2]); // => -10
 */
function min(x) {
    if (x.length === 0) {
        throw new Error("min requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] < value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * This is the internal implementation of quantiles: when you know
 * that the order is sorted, you don't need to re-sort it, and the computations
 * are faster.
 *
 * This implements the linear interpolation method (type=7 in R/numpy),
 * which is the default in numpy.percentile and R's quantile.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {number} p desired quantile: a number between 0 to 1, inclusive
 * @returns {number} quantile value
 * @throws {Error} if p ix outside of the range from 0 to 1
 * @throws {Error} if x is empty
 * @example
 * quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantileSorted(x, p) {
    // Use (n-1) * p for index, matching numpy's linear method (type=7)
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
        throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
        // If p is 1, directly return the last element
        return x[x.length - 1];
    } else if (p === 0) {
        // If p is 0, directly return the first element
        return x[0];
    } else if (idx % 1 !== 0) {
        // If idx is not integer, interpolate linearly between floor and ceil
        var lower = Math.floor(idx);
        var upper = Math.ceil(idx);
        var fraction = idx - lower;
        return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
        // If idx is integer, type=7 returns the value at that index
        return x[idx];
    }
}

/**
 * Rearrange items in `arr` so that all items in `[left, k]` range are the smallest.
 * The `k`-th element will have the `(k - left + 1)`-th smallest value in `[left, right]`.
 *
 * Implements Floyd-Rivest selection algorithm https://en.wikipedia.org/wiki/Floyd-Rivest_algorithm
 *
 * @param {Array<number>} arr input array
 * @param {number} k pivot index
 * @param {number} [left] left index
 * @param {number} [right] right index
 * @returns {void} mutates input array
 * @example
 * var arr = [65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39];
 * quickselect(arr, 8);
 * // = [39, 28, 28, 33, 21, 12, 22, 50, 53, 56, 59, 65, 90, 77, 95]
 */
function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;

    while (right > left) {
        // 600 and 0.5 are arbitrary constants chosen in the original paper to minimize execution time
        if (right - left > 600) {
            var n = right - left + 1;
            var m = k - left + 1;
            var z = Math.log(n);
            var s = 0.5 * Math.exp((2 * z) / 3);
            var sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
            if (m - n / 2 < 0) { sd *= -1; }
            var newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
            var newRight = Math.min(
                right,
                Math.floor(k + ((n - m) * s) / n + sd)
            );
            quickselect(arr, k, newLeft, newRight);
        }

        var t = arr[k];
        var i = left;
        var j = right;

        swap(arr, left, k);
        if (arr[right] > t) { swap(arr, left, right); }

        while (i < j) {
            swap(arr, i, j);
            i++;
            j--;
            while (arr[i] < t) { i++; }
            while (arr[j] > t) { j--; }
        }

        if (arr[left] === t) { swap(arr, left, j); }
        else {
            j++;
            swap(arr, j, right);
        }

        if (j <= k) { left = j + 1; }
        if (k <= j) { right = j - 1; }
    }
}

function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
}

/**
 * The [quantile](https://en.wikipedia.org/wiki/Quantile):
 * this is a population quantile, since we assume to know the entire
 * dataset in this library. This implementation uses linear interpolation,
 * equivalent to R's type=7 and numpy's default percentile method.
 *
 * Sample is a one-dimensional array of numbers,
 * and p is either a decimal number from 0 to 1 or an array of decimal
 * numbers from 0 to 1.
 * In terms of a k/q quantile, p = k/q - it's just dealing with fractions or dealing
 * with decimal values.
 * When p is an array, the result of the function is also an array containing the appropriate
 * quantiles in input order
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @returns {number} quantile
 * @example
 * quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantile(x, p) {
    var copy = x.slice();

    if (Array.isArray(p)) {
        // rearrange elements so that each element corresponding to a requested
        // quantile is on a place it would be if the array was fully sorted
        multiQuantileSelect(copy, p);
        // Initialize the result array
        var results = [];
        // For each requested quantile
        for (var i = 0; i < p.length; i++) {
            results[i] = quantileSorted(copy, p[i]);
        }
        return results;
    } else {
        var idx = quantileIndex(copy.length, p);
        quantileSelect(copy, idx, 0, copy.length - 1);
        return quantileSorted(copy, p);
    }
}

function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
        quickselect(arr, k, left, right);
    } else {
        k = Math.floor(k);
        quickselect(arr, k, left, right);
        quickselect(arr, k + 1, k + 1, right);
    }
}

function multiQuantileSelect(arr, p) {
    // Collect every integer order statistic that the requested quantiles need.
    // Linear interpolation (type=7) reads x[floor(idx)] and x[ceil(idx)], so both
    // surrounding positions must be placed. Deduplicate to integer positions
    // so each is selected with an unambiguous index.
    var positions = new Set();
    for (var i = 0; i < p.length; i++) {
        var idx = quantileIndex(arr.length, p[i]);
        positions.add(Math.floor(idx));
        positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);

    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}

// Place every order statistic in `indices` by partitioning around the median
// requested position, then recursing into the two halves. The just-placed pivot
// is excluded from the child ranges (indices[mid] ± 1) so that a later, narrower
// quickselect cannot disturb an already-finalized position.
function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) { return; }
    var mid = (lo + hi) >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}

function compare(a, b) {
    return a - b;
}

function quantileIndex(len, p) {
    // Use (n-1) * p to match numpy's linear method (type=7)
    var idx = (len - 1) * p;
    if (p === 1) {
        // If p is 1, directly return the last index
        return len - 1;
    } else if (p === 0) {
        // If p is 0, directly return the first index
        return 0;
    } else if (idx % 1 !== 0) {
        // If index is not integer, keep the fractional position so we can
        // select both surrounding order statistics for interpolation.
        return idx;
    } else {
        // If index is integer, return that exact position.
        return idx;
    }
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} x input
 * @returns {number} median value
 * @example
 * median([10, 2, 5, 100, 2, 1]); // => 3.5
 */
function median$2(x) {
    return +quantile(x, 0.5);
}

/**
 * The [Median Absolute Deviation](http://en.wikipedia.org/wiki/Median_absolute_deviation) is
 * a robust measure of statistical
 * dispersion. It is more resilient to outliers than the standard deviation.
 *
 * @param {Array<number>} x input array
 * @returns {number} median absolute deviation
 * @example
 * medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]); // => 1
 */
function medianAbsoluteDeviation(x) {
    var medianValue = median$2(x);
    var medianAbsoluteDeviations = [];

    // Make a list of absolute deviations from the median
    for (var i = 0; i < x.length; i++) {
        medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
    }

    // Find the median value of that list
    return median$2(medianAbsoluteDeviations);
}

// Which operating system this run is on, decided here for every capability. Each capability
// keeps its own small per-platform interface (the temp check's TempPlatform, the timer's
// TimerBackend, environment detection's EnvironmentReader, Defender's PowerShell) and asks here
// which implementation to use. Any other platform gets a reason instead, which a check reports
// as `unknown`: never a throw, never Linux by default.
const SUPPORTED = {
    win32: true,
    linux: true,
    darwin: true
};
function isSupported(platform) {
    return Object.hasOwn(SUPPORTED, platform);
}
/** Pure: whether the action has an implementation for `platform` (Node's `process.platform`). */
function choosePlatform(platform) {
    if (isSupported(platform))
        return { supported: true, platform };
    return {
        supported: false,
        platform,
        reason: `This runner's platform (${platform}) is not supported: the action runs on Windows, Linux and macOS.`
    };
}
/** The implementation for this platform, made only when it is the one chosen. */
function onPlatform(platform, implementations) {
    const choice = choosePlatform(platform);
    if (!choice.supported)
        return choice;
    return { ...choice, value: implementations[choice.platform]() };
}

// The CPU context around the timer run on Linux: cgroup CPU quota and throttling (v1 and v2),
// steal time and CPU pressure. Pure parsers over the kernel's text files, plus thin reads.
/** cgroup v2 `cpu.max`: `max 100000` (no quota) or `<quota> <period>`. */
function parseCpuMax(text) {
    const match = /^(max|\d+)\s+(\d+)\s*$/.exec(text.trim());
    if (!match)
        throw new UserError(`cpu.max holds ${JSON.stringify(text.trim())}: expected "max <period>" or "<quota> <period>".`);
    return { quotaUs: match[1] === 'max' ? null : Number(match[1]), periodUs: Number(match[2]) };
}
/** A `key value` per line file such as `cpu.stat`. */
function parseKeyValues(text, file) {
    const values = new Map();
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const match = /^(\w+)\s+(-?\d+)$/.exec(line.trim());
        if (!match)
            throw new UserError(`${file} has the line ${JSON.stringify(line)}: expected "<name> <integer>".`);
        values.set(match[1], Number(match[2]));
    }
    return values;
}
/** Throttling counters from `cpu.stat`: v2 counts microseconds, v1 nanoseconds. */
function throttleCounters(stat, version) {
    const periods = stat.get('nr_periods');
    const throttledPeriods = stat.get('nr_throttled');
    const throttled = version === 2 ? stat.get('throttled_usec') : stat.get('throttled_time');
    if (periods === undefined || throttledPeriods === undefined || throttled === undefined)
        return undefined;
    return { periods, throttledPeriods, throttledUs: version === 2 ? throttled : throttled / 1000 };
}
/** `/proc/self/cgroup`: the v2 path (`0::/path`) and the v1 path of the cpu controller. */
function parseProcSelfCgroup(text) {
    const result = {};
    for (const line of text.split('\n')) {
        const match = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
        if (!match)
            continue;
        if (match[1] === '0' && match[2] === '')
            result.v2Path = match[3];
        else if (match[2].split(',').includes('cpu'))
            result.v1CpuPath = match[3];
    }
    return result;
}
/** The aggregate `cpu` line of `/proc/stat`. */
function parseProcStat(text) {
    const line = text.split('\n').find(l => /^cpu\s/.test(l));
    const fields = line?.trim().split(/\s+/).slice(1).map(Number);
    if (!fields || fields.length < 8 || fields.some(f => !Number.isFinite(f))) {
        throw new UserError('/proc/stat has no readable "cpu" line: expected "cpu" and at least 8 counters.');
    }
    // user nice system idle iowait irq softirq steal; guest time is already inside user.
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { total, steal: fields[7] };
}
/** `/proc/pressure/cpu`: the `some avg10=` figure (percent of time some task waited for CPU). */
function parsePressureSomeAvg10(text) {
    const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
    if (!match)
        throw new UserError('/proc/pressure/cpu has no "some avg10=" line.');
    return Number(match[1]);
}
/** What changed between two snapshots taken around the run. */
function cpuContextBetween(before, after) {
    const context = { notes: [...new Set([...before.notes, ...after.notes])] };
    if (after.quota) {
        const q = after.quota;
        const file = q.version === 2 ? 'cpu.max' : 'cpu.cfs_quota_us/cpu.cfs_period_us';
        context.quota =
            `cgroup v${q.version} ${file} ${q.quotaUs} ${q.periodUs} ` +
                `(${(q.quotaUs / q.periodUs).toFixed(2)} CPU) at ${q.dir}`;
        context.quotaUs = q.quotaUs;
        context.periodUs = q.periodUs;
    }
    if (before.throttle && after.throttle) {
        const periods = after.throttle.periods - before.throttle.periods;
        context.throttledPeriods = after.throttle.throttledPeriods - before.throttle.throttledPeriods;
        context.throttledUs = after.throttle.throttledUs - before.throttle.throttledUs;
        context.throttledPct = periods > 0 ? (100 * context.throttledPeriods) / periods : 0;
    }
    if (before.procStat && after.procStat) {
        const total = after.procStat.total - before.procStat.total;
        context.stealPct =
            total > 0 ? (100 * (after.procStat.steal - before.procStat.steal)) / total : 0;
    }
    if (after.pressureSomeAvg10 !== undefined)
        context.pressureSomeAvg10 = after.pressureSomeAvg10;
    return context;
}
const readIfPresent = path => {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
};
/** A directory and its ancestors up to (and including) `root`. */
function upTo(root, relative) {
    const dirs = [];
    let dir = posix.join(root, relative);
    while (dir.startsWith(root)) {
        dirs.push(dir);
        if (dir === root)
            break;
        dir = posix.dirname(dir);
    }
    return dirs;
}
/** The nearest cgroup (this one or an ancestor) that sets a CPU quota, with its counters. */
function findQuota(read, selfCgroup) {
    const paths = parseProcSelfCgroup(selfCgroup);
    if (paths.v2Path !== undefined && read('/sys/fs/cgroup/cgroup.controllers') !== undefined) {
        for (const dir of upTo('/sys/fs/cgroup', paths.v2Path)) {
            const max = read(`${dir}/cpu.max`);
            if (max === undefined)
                continue;
            const { quotaUs, periodUs } = parseCpuMax(max);
            if (quotaUs === null)
                continue;
            const stat = read(`${dir}/cpu.stat`);
            return {
                quota: { version: 2, dir, quotaUs, periodUs },
                throttle: stat === undefined
                    ? undefined
                    : throttleCounters(parseKeyValues(stat, `${dir}/cpu.stat`), 2)
            };
        }
        return {};
    }
    if (paths.v1CpuPath !== undefined) {
        for (const mount of ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
            for (const dir of upTo(mount, paths.v1CpuPath)) {
                const quotaText = read(`${dir}/cpu.cfs_quota_us`);
                const periodText = read(`${dir}/cpu.cfs_period_us`);
                if (quotaText === undefined || periodText === undefined)
                    continue;
                const quotaUs = Number(quotaText.trim());
                const periodUs = Number(periodText.trim());
                if (!Number.isInteger(quotaUs) || !Number.isInteger(periodUs)) {
                    throw new UserError(`${dir}/cpu.cfs_quota_us or cpu.cfs_period_us is not an integer.`);
                }
                if (quotaUs < 0)
                    continue;
                const stat = read(`${dir}/cpu.stat`);
                return {
                    quota: { version: 1, dir, quotaUs, periodUs },
                    throttle: stat === undefined
                        ? undefined
                        : throttleCounters(parseKeyValues(stat, `${dir}/cpu.stat`), 1)
                };
            }
        }
    }
    return {};
}
/** Reads what Linux offers now; each unreadable or malformed file becomes a note, never an error. */
function readCpuSnapshot(read = readIfPresent) {
    const snapshot = { notes: [] };
    const attempt = (what, fn) => {
        try {
            fn();
        }
        catch (error) {
            snapshot.notes.push(`${what} unreadable: ${error.message}`);
        }
    };
    const selfCgroup = read('/proc/self/cgroup');
    if (selfCgroup === undefined)
        snapshot.notes.push('/proc/self/cgroup is missing: CPU quota unknown.');
    else
        attempt('cgroup CPU quota', () => Object.assign(snapshot, findQuota(read, selfCgroup)));
    const stat = read('/proc/stat');
    if (stat === undefined)
        snapshot.notes.push('/proc/stat is missing: steal time unknown.');
    else
        attempt('/proc/stat', () => (snapshot.procStat = parseProcStat(stat)));
    const pressure = read('/proc/pressure/cpu');
    if (pressure !== undefined)
        attempt('/proc/pressure/cpu', () => (snapshot.pressureSomeAvg10 = parsePressureSomeAvg10(pressure)));
    return snapshot;
}

// Loads koffi without its JavaScript loader. koffi 3 keeps each platform's koffi.node in a
// separate npm package, which no bundler copies; scripts/vendor-koffi.mjs puts the six we
// support into dist/koffi/<platform>-<arch>/, and the bundle loads the right one from there.
// Outside the bundle (tests, scripts) the installed koffi package is used.
const KOFFI_VERSION = '3.3.4';
const require$1 = createRequire(import.meta.url);
let loaded;
function bundledKoffiPath(moduleDir, platform, arch) {
    return join(moduleDir, 'koffi', `${platform}-${arch}`, 'koffi.node');
}
/** koffi for this process, loaded once. Throws with the platform named when none fits. */
function loadKoffi() {
    if (loaded)
        return loaded;
    const bundled = bundledKoffiPath(dirname(fileURLToPath(import.meta.url)), process.platform, process.arch);
    if (existsSync(bundled)) {
        const native = require$1(bundled);
        if (native.version !== KOFFI_VERSION) {
            throw new Error(`Bundled koffi.node is version ${native.version}, expected ${KOFFI_VERSION}: rebuild dist/.`);
        }
        loaded = native;
    }
    else {
        try {
            loaded = require$1('koffi');
        }
        catch (error) {
            throw new Error(`No koffi binary for ${process.platform}-${process.arch} (looked for ${bundled}): ${error.message}`);
        }
    }
    return loaded;
}

// The one interface every native timer backend implements; the platform picks one, once.
/**
 * Average cost of one `read()` in nanoseconds, timed with `nowNs` around many reads, after a
 * warm-up long enough for V8 to optimise the call (about 10 ms in all).
 */
function measureReadCostNs(read, nowNs, reads = 40_000) {
    for (let i = 0; i < 20_000; i++)
        read();
    const start = nowNs();
    for (let i = 0; i < reads; i++)
        read();
    return (nowNs() - start) / reads;
}

// macOS timer backend (libSystem through koffi): absolute deadlines in mach_absolute_time
// ticks with mach_wait_until, the macOS counterpart of clock_nanosleep(TIMER_ABSTIME).
const EINTR$1 = 4;
const TWO_32$2 = 2 ** 32;
function openDarwinBackend(intervalUs) {
    if (endianness() !== 'LE')
        throw new Error('the macOS timer backend supports little-endian CPUs only');
    const koffi = loadKoffi();
    const lib = koffi.load('/usr/lib/libSystem.B.dylib');
    const machTimebaseInfo = lib.func('int mach_timebase_info(void *info)');
    const machAbsoluteTime = lib.func('uint64_t mach_absolute_time()');
    const machWaitUntil = lib.func('int mach_wait_until(uint64_t deadline)');
    const nanosleep = lib.func('int nanosleep(void *request, void *remaining)');
    const timebase = new Uint32Array(2);
    if (machTimebaseInfo(timebase) !== 0 || timebase[1] === 0)
        throw new Error('mach_timebase_info failed');
    const nsPerTick = timebase[0] / timebase[1];
    // Values above 2^53 come back as BigInt; ticks since boot stay far below that in practice.
    const ticks = () => Number(machAbsoluteTime());
    const originTicks = ticks();
    const nowNs = () => (ticks() - originTicks) * nsPerTick;
    const readCostNs = measureReadCostNs(() => machAbsoluteTime(), nowNs);
    const loop = {
        backend: 'darwin-mach_wait_until',
        intervalUs,
        run(count, warmup, budgetMs, latenciesUs, wakeNs) {
            const intervalTicks = Math.max(1, Math.round((intervalUs * 1000) / nsPerTick));
            const start = ticks();
            const stopAt = start + (budgetMs * 1e6) / nsPerTick;
            let next = start + intervalTicks;
            let written = 0;
            for (let i = 0; i < warmup + count; i++) {
                const rc = machWaitUntil(next);
                if (rc !== 0 && rc !== EINTR$1)
                    throw new Error(`mach_wait_until failed with kern_return_t ${rc}`);
                const woke = ticks();
                if (i >= warmup) {
                    latenciesUs[written] = ((woke - next) * nsPerTick) / 1000;
                    wakeNs[written] = (woke - originTicks) * nsPerTick;
                    written++;
                }
                next += intervalTicks;
                if (next <= woke)
                    next = woke + intervalTicks;
                if (written > 0 && woke > stopAt)
                    break;
            }
            return written;
        }
    };
    // struct timespec {long tv_sec; long tv_nsec} as four 32-bit words.
    const request = new Uint32Array(4);
    const remaining = new Uint32Array(4);
    return {
        clock: {
            name: 'mach_absolute_time',
            frequencyHz: 1e9 / nsPerTick,
            resolutionNs: nsPerTick,
            readCostNs
        },
        loops: [loop],
        notes: [],
        nowNs,
        sleepSource: 'darwin-nanosleep',
        sleepMs(ms) {
            const start = nowNs();
            const wholeSeconds = Math.floor(ms / 1000);
            request.set([
                wholeSeconds % TWO_32$2,
                Math.floor(wholeSeconds / TWO_32$2),
                Math.round((ms - wholeSeconds * 1000) * 1e6),
                0
            ]);
            while (nanosleep(request, remaining) !== 0) {
                if (koffi.errno() !== EINTR$1)
                    throw new Error(`nanosleep failed with errno ${koffi.errno()}`);
                request.set(remaining);
            }
            return (nowNs() - start) / 1e6;
        },
        close() {
            // libSystem stays loaded for the life of the process; nothing to release.
        }
    };
}

// Where a built embedded program is kept between runs: in the runner's tool cache, one folder per
// program, Go version, host platform and source. A folder exists only once its build succeeded:
// the build writes into a staging folder beside it, which is then renamed into place.
/** The cache root under the tool cache; named like a tool so it sits beside `go/`. */
const PROGRAM_CACHE_TOOL = 'go-win-preflight-programs';
/** Pure: 16 hex digits of sha256 over go.mod and main.go, enough to tell sources apart. */
function sourceHash(program) {
    return createHash('sha256')
        .update(program.goMod)
        .update('\0')
        .update(program.source)
        .digest('hex')
        .slice(0, 16);
}
/** Pure: the folder a program built from `program` by `host` lives in. */
function cachedProgramDir(toolCache, slug, host, program) {
    const key = `${host.goVersion}-${host.goos}-${host.goarch}-${sourceHash(program)}`;
    return join(toolCache, PROGRAM_CACHE_TOOL, slug, key.replace(/[^\w.-]/g, '_'));
}
/**
 * The program's binary in `dir`, built by `build(stagingDir)` when absent. `build` writes the
 * binary named `binaryName` into the staging folder or throws; a failed build leaves nothing.
 */
async function cachedBuild(dir, binaryName, build) {
    const binary = join(dir, binaryName);
    if (existsSync(binary))
        return binary;
    const parent = join(dir, '..');
    await mkdir(parent, { recursive: true });
    // Beside the final folder, so the rename never crosses a file system.
    const staging = await mkdtemp(join(parent, '.staging-'));
    try {
        await build(staging);
        try {
            await rename(staging, dir);
        }
        catch (error) {
            // Another run placed the same program first: theirs is as good as ours.
            if (!existsSync(binary))
                throw error;
        }
        return binary;
    }
    finally {
        await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    }
}

// The action carries small Go programs (the timer probe, the test-file analyzer) as source. This
// builds one with the job's toolchain for the runner's platform, keeps the binary in the tool
// cache (see program-cache.ts) so a later run with the same Go and source does not rebuild it,
// and runs it.
/** A step of building or running an embedded program failed: the message says which and why. */
class EmbeddedProgramFailed extends Error {
}
/** The environment for building a helper for this machine, whatever the job set for its tests. */
function helperBuildEnv(env) {
    const result = {
        ...env,
        // Exactly this toolchain, in module mode, ignoring the user's flags and workspace.
        GOTOOLCHAIN: 'local',
        GOWORK: 'off',
        GOFLAGS: '',
        GO111MODULE: 'on',
        CGO_ENABLED: '0'
    };
    // A job cross-compiling its tests must not make the helper unrunnable here.
    delete result.GOOS;
    delete result.GOARCH;
    return result;
}
/** Why a finished process counts as a failure, or undefined when it succeeded. */
function describeProcessFailure(step, result, timeoutMs) {
    if (result.spawnError)
        return `${step} could not start: ${result.spawnError.message}`;
    if (result.timedOut)
        return `${step} did not finish within ${timeoutMs / 1000} s`;
    if (result.exitCode !== 0) {
        const detail = (result.stderr.trim() || result.stdout.trim())
            .split(/\r?\n/)
            .slice(0, 3)
            .join(' | ');
        return `${step} exited with ${result.exitCode ?? result.signal}: ${detail.slice(0, 300)}`;
    }
    return undefined;
}
const GO_ENV_TIMEOUT_MS$1 = 30_000;
/** Pure: `go env GOVERSION GOHOSTOS GOHOSTARCH` output as a GoHost, or undefined when malformed. */
function parseGoHost(stdout) {
    const [goVersion, goos, goarch] = stdout.trim().split(/\r?\n/);
    const valid = (value) => value !== undefined && /^[\w.+-]+$/.test(value);
    if (!valid(goVersion) || !valid(goos) || !valid(goarch))
        return undefined;
    return { goVersion, goos, goarch };
}
async function readGoHost(go, env) {
    const step = `go env GOVERSION GOHOSTOS GOHOSTARCH (${go.version})`;
    const result = await runProcess(go.goBinary, ['env', 'GOVERSION', 'GOHOSTOS', 'GOHOSTARCH'], {
        env,
        timeoutMs: GO_ENV_TIMEOUT_MS$1
    });
    const failure = describeProcessFailure(step, result, GO_ENV_TIMEOUT_MS$1);
    if (failure)
        throw new EmbeddedProgramFailed(failure);
    const host = parseGoHost(result.stdout);
    if (!host) {
        throw new EmbeddedProgramFailed(`${step} printed ${JSON.stringify(result.stdout.slice(0, 80))}: expected three lines (version, OS, architecture).`);
    }
    return host;
}
/** Builds `program` into `stagingDir`, from a scratch copy of its source under RUNNER_TEMP. */
async function buildProgram(go, program, ctx, env, binary) {
    const sourceDir = await mkdtemp(join(ctx.runnerTemp, `gwp-${slug(program)}-`));
    try {
        await writeFile(join(sourceDir, 'go.mod'), program.goMod);
        await writeFile(join(sourceDir, 'main.go'), program.source);
        const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
            cwd: sourceDir,
            env,
            timeoutMs: program.buildTimeoutMs
        });
        const workDirFailure = goWorkDirFailure(build.stderr);
        if (build.exitCode !== 0 && workDirFailure)
            throw new EmbeddedProgramFailed(`go build of the ${program.name} could not run: the temp folder is unusable (${workDirFailure})`);
        const buildFailure = describeProcessFailure(`go build of the ${program.name} (${go.version})`, build, program.buildTimeoutMs);
        if (buildFailure)
            throw new EmbeddedProgramFailed(buildFailure);
    }
    finally {
        await rm(sourceDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    }
}
const slug = (program) => program.name.replace(/\W+/g, '-');
/**
 * Runs `program` once, building it first unless the tool cache holds it for this Go, platform
 * and source; returns its stdout or throws EmbeddedProgramFailed.
 */
async function runEmbeddedGoProgram(go, program, ctx, input) {
    const helperEnv = helperBuildEnv(ctx.env);
    const host = await readGoHost(go, helperEnv);
    // Named explicitly: a `go env -w GOOS=...` in the user's go env file must not retarget it.
    const buildEnv = { ...helperEnv, GOOS: host.goos, GOARCH: host.goarch };
    const binaryName = host.goos === 'windows' ? `${slug(program)}.exe` : slug(program);
    const binary = await cachedBuild(cachedProgramDir(ctx.toolCache, slug(program), host, program), binaryName, stagingDir => buildProgram(go, program, ctx, buildEnv, join(stagingDir, binaryName)));
    const run = await runProcess(binary, [], {
        cwd: ctx.runnerTemp,
        env: helperEnv,
        input,
        timeoutMs: program.runTimeoutMs
    });
    const runFailure = describeProcessFailure(`the ${program.name}`, run, program.runTimeoutMs);
    if (runFailure)
        throw new EmbeddedProgramFailed(runFailure);
    return run.stdout;
}

var GO_PROBE_GO_MOD = "module gowinpreflight/timerprobe\n\ngo 1.19\n";

var GO_PROBE_SOURCE = "// Command timerprobe measures how late timers fire inside the Go runtime. The action bundles\n// this source and builds it with the user's Go (1.19 or newer). It uses only os, runtime,\n// strconv and time so a cold build cache compiles little, and prints one JSON object on stdout:\n//\n//\t{\"goVersion\":\"go1.22.1\",\"gomaxprocs\":4,\"results\":[{\"name\":\"time.Sleep\",\n//\t  \"variant\":\"default\",\"requestedUs\":1000,\"latencyNs\":[...]}, ...]}\n//\n// Lateness is the measured wait minus the requested one; for the Ticker it is the interval\n// between two received ticks minus the period (negative when a late tick is followed by a\n// prompt one).\npackage main\n\nimport (\n\t\"os\"\n\t\"runtime\"\n\t\"strconv\"\n\t\"time\"\n)\n\nconst (\n\tmaxSamples = 100\n\twarmup     = 3\n\t// Each probe stops after this long, so a 15.6 ms Windows tick cannot stretch the run.\n\tbudget = 40 * time.Millisecond\n)\n\ntype result struct {\n\tname      string\n\tvariant   string\n\trequested time.Duration\n\tlatency   []int64\n}\n\nfunc measure(requested time.Duration, wait func()) []int64 {\n\tfor i := 0; i < warmup; i++ {\n\t\twait()\n\t}\n\tsamples := make([]int64, 0, maxSamples)\n\tstart := time.Now()\n\tfor len(samples) < maxSamples && time.Since(start) < budget {\n\t\tbefore := time.Now()\n\t\twait()\n\t\tsamples = append(samples, int64(time.Since(before)-requested))\n\t}\n\treturn samples\n}\n\nfunc measureTicker(period time.Duration) []int64 {\n\tticker := time.NewTicker(period)\n\tdefer ticker.Stop()\n\tfor i := 0; i < warmup; i++ {\n\t\t<-ticker.C\n\t}\n\tsamples := make([]int64, 0, maxSamples)\n\tstart := time.Now()\n\tprevious := start\n\tfor len(samples) < maxSamples && time.Since(start) < budget {\n\t\t<-ticker.C\n\t\tnow := time.Now()\n\t\tsamples = append(samples, int64(now.Sub(previous)-period))\n\t\tprevious = now\n\t}\n\treturn samples\n}\n\nfunc probes(variant string) []result {\n\tconst sleep = time.Millisecond\n\tconst short = 100 * time.Microsecond\n\treturn []result{\n\t\t{\"time.Sleep\", variant, sleep, measure(sleep, func() { time.Sleep(sleep) })},\n\t\t{\"time.NewTimer\", variant, short, measure(short, func() {\n\t\t\tt := time.NewTimer(short)\n\t\t\t<-t.C\n\t\t})},\n\t\t{\"time.After\", variant, sleep, measure(sleep, func() { <-time.After(sleep) })},\n\t\t{\"time.Ticker\", variant, sleep, measureTicker(sleep)},\n\t}\n}\n\nfunc main() {\n\tvar all []result\n\tall = append(all, probes(\"default\")...)\n\n\tprevious := runtime.GOMAXPROCS(1)\n\tall = append(all, probes(\"gomaxprocs1\")...)\n\truntime.GOMAXPROCS(previous)\n\n\tlocked := make(chan []result)\n\tgo func() {\n\t\truntime.LockOSThread()\n\t\tdefer runtime.UnlockOSThread()\n\t\tlocked <- probes(\"lockosthread\")\n\t}()\n\tall = append(all, <-locked...)\n\n\tout := []byte(\"{\\\"goVersion\\\":\" + strconv.Quote(runtime.Version()) +\n\t\t\",\\\"gomaxprocs\\\":\" + strconv.Itoa(previous) + \",\\\"results\\\":[\")\n\tfor i, r := range all {\n\t\tif i > 0 {\n\t\t\tout = append(out, ',')\n\t\t}\n\t\tout = append(out, \"{\\\"name\\\":\"+strconv.Quote(r.name)+\",\\\"variant\\\":\"+strconv.Quote(r.variant)+\n\t\t\t\",\\\"requestedUs\\\":\"+strconv.FormatInt(r.requested.Microseconds(), 10)+\",\\\"latencyNs\\\":[\"...)\n\t\tfor j, v := range r.latency {\n\t\t\tif j > 0 {\n\t\t\t\tout = append(out, ',')\n\t\t\t}\n\t\t\tout = strconv.AppendInt(out, v, 10)\n\t\t}\n\t\tout = append(out, \"]}\"...)\n\t}\n\tout = append(out, \"]}\\n\"...)\n\tos.Stdout.Write(out)\n}\n";

// Pure statistics over wake-up latencies (microseconds): per-trial summaries, a robust
// aggregate across trials, outliers and a log-scale histogram.
/** A p99 has a 95% confidence interval (order statistics) only from 299 samples on. */
const P99_MIN_SAMPLES = 299;
/** The same bound for p99.9. */
const P999_MIN_SAMPLES = 10_000;
/** Scales a median absolute deviation to estimate a normal standard deviation. */
const MAD_TO_SIGMA = 1.4826;
function latencyStats(values) {
    if (values.length === 0)
        throw new Error('latencyStats needs at least one sample');
    const sorted = Array.from(values).sort((a, b) => a - b);
    const n = sorted.length;
    return {
        count: n,
        min: sorted[0],
        mean: mean(sorted),
        median: quantileSorted(sorted, 0.5),
        p90: quantileSorted(sorted, 0.9),
        p95: quantileSorted(sorted, 0.95),
        p99: n >= P99_MIN_SAMPLES ? quantileSorted(sorted, 0.99) : null,
        p999: n >= P999_MIN_SAMPLES ? quantileSorted(sorted, 0.999) : null,
        max: sorted[n - 1],
        stddev: n >= 2 ? sampleStandardDeviation(sorted) : 0,
        madScaled: medianAbsoluteDeviation(sorted) * MAD_TO_SIGMA
    };
}
/**
 * One summary for several trials, robust to one bad trial: every location and spread figure
 * is the median of the trials' figures; min, max and count cover all samples. A tail
 * percentile is the median over the trials long enough for it (a trial that ended short does
 * not count); when no trial is, it comes from the pooled samples when they are enough, else null.
 */
function aggregateTrials(trials, pooled) {
    if (trials.length === 0)
        throw new Error('aggregateTrials needs at least one trial');
    const pooledStats = latencyStats(pooled);
    const medianOf = (pick) => median$2(trials.map(pick));
    const medianOrPooled = (pick, pooledValue) => {
        const values = measuredValues(trials.map(pick));
        return values.length > 0 ? median$2(values) : pooledValue;
    };
    return {
        count: pooledStats.count,
        min: pooledStats.min,
        mean: medianOf(t => t.mean),
        median: medianOf(t => t.median),
        p90: medianOf(t => t.p90),
        p95: medianOf(t => t.p95),
        p99: medianOrPooled(t => t.p99, pooledStats.p99),
        p999: medianOrPooled(t => t.p999, pooledStats.p999),
        max: pooledStats.max,
        stddev: medianOf(t => t.stddev),
        madScaled: medianOf(t => t.madScaled)
    };
}
function measuredValues(values) {
    return values.filter((value) => value !== null);
}
/** Lowest and highest trial p50 and p99 (over the trials long enough for a p99): how much trials disagree. */
function trialSpread(trials) {
    const p50s = trials.map(t => t.median);
    const p99s = measuredValues(trials.map(t => t.p99));
    return {
        p50: [min(p50s), max(p50s)],
        p99: p99s.length > 0 ? [min(p99s), max(p99s)] : null
    };
}
const DEFAULT_OUTLIER_RULE = { madMultiple: 8, minExcessUs: 1000 };
function describeOutlierRule(rule, medianUs, madScaledUs) {
    const threshold = outlierThreshold(rule, medianUs, madScaledUs);
    return (`latency > median + max(${rule.madMultiple} × scaled MAD, ${rule.minExcessUs} us) ` +
        `= ${round(medianUs, 1)} + max(${rule.madMultiple} × ${round(madScaledUs, 1)}, ${rule.minExcessUs})` +
        ` = ${round(threshold, 1)} us`);
}
function outlierThreshold(rule, medianUs, madScaledUs) {
    return medianUs + Math.max(rule.madMultiple * madScaledUs, rule.minExcessUs);
}
/**
 * Samples above the threshold of `rule`, judged against the median and scaled MAD of all
 * samples of the loop. At most `limit` are returned (the largest), in time order.
 */
function findOutliers(backend, samples, rule, medianUs, madScaledUs, limit) {
    const threshold = outlierThreshold(rule, medianUs, madScaledUs);
    const over = samples.filter(s => s.valueUs > threshold);
    const kept = [...over]
        .sort((a, b) => b.valueUs - a.valueUs)
        .slice(0, limit)
        .sort((a, b) => a.offsetMs - b.offsetMs);
    return { outliers: kept.map(s => ({ backend, ...s })), total: over.length };
}
/**
 * Counts per logarithmic bin, `binsPerDecade` bins per power of ten from 1 us; everything below
 * 1 us (including negative values) falls in a first bin that starts at the smallest value.
 * Bins run from the first non-empty to the last non-empty one, empty ones in between kept.
 */
function logHistogram(values, binsPerDecade = 4) {
    if (values.length === 0)
        return [];
    const counts = new Map();
    let lowest = Infinity;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        lowest = Math.min(lowest, v);
        // The small epsilon keeps exact powers of ten (10, 100) in the bin they start.
        const bin = v < 1 ? -1 : Math.floor(Math.log10(v) * binsPerDecade + 1e-9);
        counts.set(bin, (counts.get(bin) ?? 0) + 1);
    }
    const keys = [...counts.keys()];
    const first = Math.min(...keys);
    const last = Math.max(...keys);
    const edge = (bin) => round(10 ** (bin / binsPerDecade), 3);
    const bins = [];
    for (let bin = first; bin <= last; bin++) {
        bins.push({
            fromUs: bin === -1 ? Math.min(0, lowest) : edge(bin),
            toUs: bin === -1 ? 1 : edge(bin + 1),
            count: counts.get(bin) ?? 0
        });
    }
    return bins;
}
function round(value, digits) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

// Runs the embedded Go probe with the toolchain the tests will use, so the report shows how
// timers behave inside the Go runtime next to the native figures.
const GO_ENV_TIMEOUT_MS = 30_000;
const GO_PROBE = {
    name: 'timer probe',
    source: GO_PROBE_SOURCE,
    goMod: GO_PROBE_GO_MOD,
    /** A cold build cache on Go 1.20+ compiles the runtime first. */
    buildTimeoutMs: 180_000,
    runTimeoutMs: 30_000
};
const VARIANTS = ['default', 'gomaxprocs1', 'lockosthread'];
/** The probe's stdout as results (latencies in us); garbage throws a UserError saying what was wrong. */
function parseGoProbeOutput(stdout) {
    const fail = (what) => {
        throw new UserError(`The Go timer probe printed ${what}: expected its JSON object.`);
    };
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        fail(stdout.trim() === '' ? 'nothing' : `unparsable output ${JSON.stringify(stdout.slice(0, 80))}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return fail('a non-object');
    const { goVersion, results } = parsed;
    if (typeof goVersion !== 'string')
        return fail('no goVersion string');
    if (!Array.isArray(results) || results.length === 0)
        return fail('no results');
    return {
        goVersion,
        results: results.map((entry, i) => {
            const r = (typeof entry === 'object' && entry !== null ? entry : {});
            const variant = VARIANTS.find(v => v === r.variant);
            const latencyNs = r.latencyNs;
            if (typeof r.name !== 'string' ||
                variant === undefined ||
                typeof r.requestedUs !== 'number' ||
                !Number.isFinite(r.requestedUs) ||
                !Array.isArray(latencyNs) ||
                latencyNs.length === 0 ||
                !latencyNs.every(v => typeof v === 'number' && Number.isFinite(v))) {
                return fail(`a malformed result #${i + 1} (needs name, variant, requestedUs, non-empty latencyNs)`);
            }
            return {
                name: r.name,
                variant,
                requestedUs: r.requestedUs,
                stats: latencyStats(latencyNs.map(ns => ns / 1000))
            };
        })
    };
}
async function runGoProbe(go, enabled, ctx) {
    if (!enabled)
        return { status: 'skipped', reason: 'go-probe is false', results: [] };
    if (!go)
        return { status: 'skipped', reason: 'no Go toolchain is available', results: [] };
    const version = await runProcess(go.goBinary, ['env', 'GOVERSION'], {
        timeoutMs: GO_ENV_TIMEOUT_MS,
        env: helperBuildEnv(ctx.env)
    });
    const versionFailure = describeProcessFailure('go env GOVERSION', version, GO_ENV_TIMEOUT_MS);
    if (versionFailure)
        return { status: 'failed', reason: versionFailure, results: [] };
    const goVersion = version.stdout.trim() || go.version;
    try {
        const stdout = await runEmbeddedGoProgram(go, GO_PROBE, ctx);
        return { status: 'ok', goVersion, results: parseGoProbeOutput(stdout).results };
    }
    catch (error) {
        return { status: 'failed', reason: errorMessage(error), goVersion, results: [] };
    }
}

// Linux timer backend (libc through koffi): cyclictest's method, absolute CLOCK_MONOTONIC
// deadlines with clock_nanosleep(TIMER_ABSTIME); lateness = wake time - deadline.
const CLOCK_MONOTONIC = 1;
const TIMER_ABSTIME = 1;
const PR_GET_TIMERSLACK = 30;
const EINTR = 4;
const NS_PER_S = 1e9;
const TWO_32$1 = 2 ** 32;
function openLinuxBackend(intervalUs) {
    // struct timespec is {int64 tv_sec; long tv_nsec} on the 64-bit targets koffi ships for;
    // it is read and written as four 32-bit words so no sample allocates a BigInt.
    if (endianness() !== 'LE')
        throw new Error('the Linux timer backend supports little-endian CPUs only');
    const koffi = loadKoffi();
    const libc = koffi.load('libc.so.6');
    const clockGettime = libc.func('int clock_gettime(int clk, void *ts)');
    const clockGetres = libc.func('int clock_getres(int clk, void *ts)');
    const clockNanosleep = libc.func('int clock_nanosleep(int clk, int flags, void *req, void *rem)');
    const prctl = libc.func('int prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)');
    const readBuf = new Uint32Array(4);
    const deadlineBuf = new Uint32Array(4);
    if (clockGettime(CLOCK_MONOTONIC, readBuf) !== 0)
        throw new Error('clock_gettime(CLOCK_MONOTONIC) failed');
    const originSec = readBuf[0] + readBuf[1] * TWO_32$1;
    const nowNs = () => {
        clockGettime(CLOCK_MONOTONIC, readBuf);
        return (readBuf[0] + readBuf[1] * TWO_32$1 - originSec) * NS_PER_S + readBuf[2];
    };
    const setDeadline = (ns) => {
        const whole = Math.floor(ns / NS_PER_S);
        const sec = originSec + whole;
        deadlineBuf[0] = sec % TWO_32$1;
        deadlineBuf[1] = Math.floor(sec / TWO_32$1);
        deadlineBuf[2] = Math.round(ns - whole * NS_PER_S);
        deadlineBuf[3] = 0;
        if (deadlineBuf[2] >= NS_PER_S) {
            deadlineBuf[2] -= NS_PER_S;
            deadlineBuf[0] += 1;
        }
    };
    const sleepUntil = (ns) => {
        setDeadline(ns);
        let rc;
        // Absolute deadlines make a retry after a signal exact.
        do
            rc = clockNanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, deadlineBuf, null);
        while (rc === EINTR);
        if (rc !== 0)
            throw new Error(`clock_nanosleep failed with error ${rc}`);
    };
    const resBuf = new Uint32Array(4);
    if (clockGetres(CLOCK_MONOTONIC, resBuf) !== 0)
        throw new Error('clock_getres(CLOCK_MONOTONIC) failed');
    const resolutionNs = (resBuf[0] + resBuf[1] * TWO_32$1) * NS_PER_S + resBuf[2];
    const slack = prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0);
    const scratch = new Uint32Array(4);
    const readCostNs = measureReadCostNs(() => clockGettime(CLOCK_MONOTONIC, scratch), nowNs);
    const loop = {
        backend: 'linux-clock_nanosleep',
        intervalUs,
        run(count, warmup, budgetMs, latenciesUs, wakeNs) {
            const intervalNs = intervalUs * 1000;
            const start = nowNs();
            const stopAt = start + budgetMs * 1e6;
            let next = start + intervalNs;
            let written = 0;
            for (let i = 0; i < warmup + count; i++) {
                sleepUntil(next);
                const woke = nowNs();
                if (i >= warmup) {
                    latenciesUs[written] = (woke - next) / 1000;
                    wakeNs[written] = woke;
                    written++;
                }
                next += intervalNs;
                // After an overrun of a whole interval, restart the schedule (as cyclictest does)
                // rather than record a burst of deadlines that are already past.
                if (next <= woke)
                    next = woke + intervalNs;
                if (written > 0 && woke > stopAt)
                    break;
            }
            return written;
        }
    };
    const notes = [];
    if (slack > 1) {
        notes.push(`Timer slack is ${slack} ns: the kernel may defer each wake-up by up to that much; ` +
            'processes started from here (go test) inherit it.');
    }
    return {
        clock: { name: 'CLOCK_MONOTONIC', resolutionNs, readCostNs },
        timerSlackNs: slack >= 0 ? slack : undefined,
        loops: [loop],
        notes,
        nowNs,
        sleepSource: 'linux-clock_nanosleep',
        sleepMs(ms) {
            const start = nowNs();
            sleepUntil(start + ms * 1e6);
            return (nowNs() - start) / 1e6;
        },
        close() {
            // libc stays loaded for the life of the process; nothing to release.
        }
    };
}

// Windows timer backend (kernel32, ntdll, winmm through koffi). Two paths Go code meets:
// a high-resolution waitable timer (what Go 1.16+ uses where it can) and Sleep(1), which waits
// for the next system timer tick (15.625 ms by default).
const CREATE_WAITABLE_TIMER_HIGH_RESOLUTION = 0x2;
const TIMER_ALL_ACCESS = 0x1f0003;
const WAIT_OBJECT_0 = 0;
const TWO_32 = 2 ** 32;
/** NtQueryTimerResolution and due times count in 100 ns units. */
const HUNDRED_NS_PER_MS = 10_000;
/** Sleep(1) loops are bounded by wall time: each wake-up may take a whole tick. */
const SLEEP_1_BUDGET_MS = 1000;
const TIME_BEGIN_PERIOD_BUDGET_MS = 300;
function openWindowsBackend(intervalUs) {
    const koffi = loadKoffi();
    const kernel32 = koffi.load('kernel32.dll');
    const ntdll = koffi.load('ntdll.dll');
    const winmm = koffi.load('winmm.dll');
    const queryPerformanceFrequency = kernel32.func('int __stdcall QueryPerformanceFrequency(void *freq)');
    const queryPerformanceCounter = kernel32.func('int __stdcall QueryPerformanceCounter(void *count)');
    const ntQueryTimerResolution = ntdll.func('long __stdcall NtQueryTimerResolution(void *coarsest, void *finest, void *current)');
    const createWaitableTimerExW = kernel32.func('void * __stdcall CreateWaitableTimerExW(void *attributes, void *name, uint32_t flags, uint32_t access)');
    const setWaitableTimer = kernel32.func('int __stdcall SetWaitableTimer(void *timer, void *dueTime, long period, void *routine, void *arg, int resume)');
    const waitForSingleObject = kernel32.func('uint32_t __stdcall WaitForSingleObject(void *handle, uint32_t ms)');
    const sleep = kernel32.func('void __stdcall Sleep(uint32_t ms)');
    const closeHandle = kernel32.func('int __stdcall CloseHandle(void *handle)');
    const getLastError = kernel32.func('uint32_t __stdcall GetLastError()');
    const timeBeginPeriod = winmm.func('uint32_t __stdcall timeBeginPeriod(uint32_t period)');
    const timeEndPeriod = winmm.func('uint32_t __stdcall timeEndPeriod(uint32_t period)');
    // Read first, before this process asks for anything that could change it.
    const coarsest = new Uint32Array(1);
    const finest = new Uint32Array(1);
    const current = new Uint32Array(1);
    const status = ntQueryTimerResolution(coarsest, finest, current);
    if (status !== 0)
        throw new Error(`NtQueryTimerResolution failed with NTSTATUS 0x${(status >>> 0).toString(16)}`);
    // The FIRST value is the coarsest (largest) period, the second the finest.
    const timerResolution = {
        coarsestMs: coarsest[0] / HUNDRED_NS_PER_MS,
        finestMs: finest[0] / HUNDRED_NS_PER_MS,
        currentMs: current[0] / HUNDRED_NS_PER_MS
    };
    // LARGE_INTEGERs are read and written as two 32-bit words so no sample allocates a BigInt.
    const frequencyBuf = new Uint32Array(2);
    if (!queryPerformanceFrequency(frequencyBuf))
        throw new Error('QueryPerformanceFrequency failed');
    const frequencyHz = frequencyBuf[0] + frequencyBuf[1] * TWO_32;
    const counterBuf = new Uint32Array(2);
    queryPerformanceCounter(counterBuf);
    const originTicks = counterBuf[0] + counterBuf[1] * TWO_32;
    const nsPerTick = 1e9 / frequencyHz;
    const nowNs = () => {
        queryPerformanceCounter(counterBuf);
        return (counterBuf[0] + counterBuf[1] * TWO_32 - originTicks) * nsPerTick;
    };
    const scratch = new Uint32Array(2);
    const readCostNs = measureReadCostNs(() => queryPerformanceCounter(scratch), nowNs);
    const notes = [
        'timeBeginPeriod(1) raises the timer rate only for the process that calls it (Windows 10 2004 and ' +
            'later): it is not a fix for `go test`, which runs in other processes.'
    ];
    let timerNote;
    let timerBackend = 'windows-high-resolution-timer';
    let timer = createWaitableTimerExW(null, null, CREATE_WAITABLE_TIMER_HIGH_RESOLUTION, TIMER_ALL_ACCESS);
    if (timer === null) {
        const error = getLastError();
        timer = createWaitableTimerExW(null, null, 0, TIMER_ALL_ACCESS);
        if (timer === null)
            throw new Error(`CreateWaitableTimerExW failed with error ${getLastError()}`);
        timerBackend = 'windows-waitable-timer';
        timerNote =
            `CREATE_WAITABLE_TIMER_HIGH_RESOLUTION is not supported here (error ${error}; it needs Windows 10 ` +
                '1803 or later): this loop uses a standard waitable timer, which waits for system timer ticks.';
    }
    const handle = timer;
    const dueTime = new Int32Array(2);
    // A negative due time is relative, in 100 ns units (a positive one is an absolute date).
    const setRelativeDue = (us) => {
        dueTime[0] = -Math.round(us * 10);
        dueTime[1] = -1;
    };
    const waitTimeoutMs = Math.ceil(intervalUs / 1000) + 5000;
    /** A loop that measures `wait()` against the `requestedUs` it asks for. */
    const relativeLoop = (backend, requestedUs, wait, extra, hold = { begin() { }, end() { } }) => ({
        backend,
        intervalUs: requestedUs,
        ...extra,
        run(count, warmup, budgetMs, latenciesUs, wakeNs) {
            hold.begin();
            try {
                const stopAt = nowNs() + budgetMs * 1e6;
                let written = 0;
                for (let i = 0; i < warmup + count; i++) {
                    const before = nowNs();
                    wait();
                    const woke = nowNs();
                    if (i >= warmup) {
                        latenciesUs[written] = (woke - before) / 1000 - requestedUs;
                        wakeNs[written] = woke;
                        written++;
                    }
                    if (written > 0 && woke > stopAt)
                        break;
                }
                return written;
            }
            finally {
                hold.end();
            }
        }
    });
    const waitOnTimer = () => {
        if (!setWaitableTimer(handle, dueTime, 0, null, null, 0)) {
            throw new Error(`SetWaitableTimer failed with error ${getLastError()}`);
        }
        const rc = waitForSingleObject(handle, waitTimeoutMs);
        if (rc !== WAIT_OBJECT_0)
            throw new Error(`WaitForSingleObject on the timer returned 0x${rc.toString(16)}`);
    };
    setRelativeDue(intervalUs);
    const sleepOne = () => sleep(1);
    const sleepOneLoop = relativeLoop('windows-sleep-1', 1000, sleepOne, {
        secondaryBudgetMs: SLEEP_1_BUDGET_MS,
        note: `Sleep(1): one trial bounded to ${SLEEP_1_BUDGET_MS} ms, as each wake-up may wait a whole tick.`
    });
    const periodLoop = relativeLoop('windows-sleep-1-timeBeginPeriod', 1000, sleepOne, {
        secondaryBudgetMs: TIME_BEGIN_PERIOD_BUDGET_MS,
        note: 'Sleep(1) while this process holds timeBeginPeriod(1): what a process gains by asking. ' +
            'It does not change the timer for other processes such as go test.'
    }, { begin: () => timeBeginPeriod(1), end: () => timeEndPeriod(1) });
    return {
        clock: { name: 'QueryPerformanceCounter', frequencyHz, resolutionNs: nsPerTick, readCostNs },
        timerResolution,
        loops: [
            relativeLoop(timerBackend, intervalUs, waitOnTimer, { note: timerNote }),
            sleepOneLoop,
            periodLoop
        ],
        notes,
        nowNs,
        sleepSource: 'windows-Sleep',
        sleepMs(ms) {
            const start = nowNs();
            sleep(ms);
            return (nowNs() - start) / 1e6;
        },
        close() {
            closeHandle(handle);
        }
    };
}

// The timer stage: how precisely this runner wakes a sleeping thread, measured natively
// through koffi and, when Go is present, inside the Go runtime.
const SLEEP_TARGET_MS = 100;
const PRIMARY_WARMUP = 10;
const SECONDARY_WARMUP = 2;
/** Outliers listed per loop (the largest); the note gives the full count. */
const OUTLIER_LIMIT = 100;
const TITLE$2 = 'Timer precision';
/** This platform's native timer backend, opened for `intervalUs` when it is run. */
function chooseTimerBackend(platform) {
    return onPlatform(platform, {
        win32: () => openWindowsBackend,
        linux: () => openLinuxBackend,
        darwin: () => openDarwinBackend
    });
}
async function measureTimers(inputs, go, ctx) {
    const backend = chooseTimerBackend(ctx.platform);
    if (!backend.supported)
        return timerNotMeasured(backend.reason);
    return measureTimersWith(() => backend.value(inputs.intervalUs), inputs, go, ctx);
}
/** `measureTimers` with the backend given, so the orchestration can be tested with a fake one. */
async function measureTimersWith(open, inputs, go, ctx) {
    const started = performance.now();
    const linux = ctx.platform === 'linux';
    const cpuBefore = linux ? readCpuSnapshot() : undefined;
    let backend;
    try {
        backend = open();
    }
    catch (error) {
        return timerNotMeasured(`No native timer backend could run: ${errorMessage(error)}`, started);
    }
    let loops;
    let sleep;
    try {
        const stageStartNs = backend.nowNs();
        loops = backend.loops.map(driver => measureLoop(driver, inputs, stageStartNs));
        sleep = measureSleeps(backend, inputs.sleepSamples);
    }
    catch (error) {
        return timerNotMeasured(`The native timer measurement failed: ${errorMessage(error)}`, started);
    }
    finally {
        backend.close();
    }
    const cpu = linux && cpuBefore
        ? cpuContextBetween(cpuBefore, readCpuSnapshot())
        : { notes: ['CPU quota, throttling and steal time are read on Linux only.'] };
    const goProbe = await runGoProbe(go, inputs.goProbe, ctx);
    const notes = [...backend.notes];
    if (inputs.sleepSamples === 0)
        notes.push('sleep-samples is 0: the 100 ms sleep test did not run.');
    const primary = loops[0];
    const metrics = timerMetrics(backend, primary, sleep, cpu, notes);
    const stageMs = performance.now() - started;
    const details = {
        clock: { ...backend.clock },
        timerResolution: backend.timerResolution,
        timerSlackNs: backend.timerSlackNs,
        loops,
        sleep,
        cpu,
        goProbe,
        stageMs,
        notes
    };
    const findings = [];
    if (goProbe.status === 'failed') {
        findings.push({
            id: 'timer.go-probe-failed',
            severity: 'notice',
            title: 'The Go timer probe did not run',
            message: goProbe.reason ?? 'no reason given'
        });
    }
    return {
        check: {
            id: 'timer',
            title: TITLE$2,
            status: 'pass',
            summary: summarize$1(primary, sleep, backend),
            findings,
            details,
            durationMs: stageMs
        },
        metrics,
        outputs: {
            'timer-p50-us': formatNumber(primary.aggregate.median, 1),
            'timer-p99-us': primary.aggregate.p99 === null ? '' : formatNumber(primary.aggregate.p99, 1),
            'timer-max-us': formatNumber(primary.aggregate.max, 1),
            'sleep-deviation-pct': sleep.samplesMs.length === 0 ? '' : formatNumber(sleepDeviations(sleep).median, 2),
            'timer-resolution-ms': String(Number(resolutionMs(backend).toPrecision(6)))
        }
    };
}
/** The timer stage could not measure: `unknown` with the reason, no metrics, empty outputs. */
function timerNotMeasured(reason, started = performance.now()) {
    return {
        check: {
            id: 'timer',
            title: TITLE$2,
            status: 'unknown',
            summary: reason,
            findings: [],
            durationMs: performance.now() - started
        },
        metrics: [],
        outputs: {
            'timer-p50-us': '',
            'timer-p99-us': '',
            'timer-max-us': '',
            'sleep-deviation-pct': '',
            'timer-resolution-ms': ''
        }
    };
}
/** Runs one loop's trials (secondary loops: one trial within their budget) and summarizes them. */
function measureLoop(driver, inputs, stageStartNs) {
    const secondary = driver.secondaryBudgetMs !== undefined;
    const trials = secondary ? 1 : inputs.trials;
    const warmup = secondary ? SECONDARY_WARMUP : PRIMARY_WARMUP;
    // Twice the nominal time: a loop whose wake-ups are very late still ends.
    const budgetMs = driver.secondaryBudgetMs ?? Math.max(100, (2 * inputs.samples * driver.intervalUs) / 1000);
    const latencies = new Float64Array(inputs.samples);
    const wakeNs = new Float64Array(inputs.samples);
    const trialStats = [];
    const samples = [];
    const pooled = [];
    const shortTrials = [];
    for (let trial = 1; trial <= trials; trial++) {
        const count = driver.run(inputs.samples, warmup, budgetMs, latencies, wakeNs);
        if (count === 0)
            throw new Error(`${driver.backend} recorded no wake-up`);
        if (count < inputs.samples)
            shortTrials.push(`trial ${trial}: ${count}`);
        const values = latencies.subarray(0, count);
        trialStats.push(latencyStats(values));
        for (let index = 0; index < count; index++) {
            pooled.push(values[index]);
            samples.push({
                trial,
                index,
                offsetMs: round((wakeNs[index] - stageStartNs) / 1e6, 3),
                valueUs: values[index]
            });
        }
    }
    const overall = latencyStats(pooled);
    const { outliers, total } = findOutliers(driver.backend, samples, DEFAULT_OUTLIER_RULE, overall.median, overall.madScaled, OUTLIER_LIMIT);
    const noteParts = driver.note ? [driver.note] : [];
    if (shortTrials.length > 0 && !secondary) {
        noteParts.push(`Stopped by the ${round(budgetMs, 0)} ms budget before ${inputs.samples} samples (${shortTrials.join(', ')}).`);
    }
    if (total > outliers.length)
        noteParts.push(`${total} outliers; the ${outliers.length} largest are listed.`);
    return {
        backend: driver.backend,
        intervalUs: driver.intervalUs,
        trials: trialStats,
        aggregate: aggregateTrials(trialStats, pooled),
        trialSpread: trialSpread(trialStats),
        histogram: logHistogram(pooled),
        outliers,
        outlierRule: describeOutlierRule(DEFAULT_OUTLIER_RULE, overall.median, overall.madScaled),
        ...(noteParts.length > 0 ? { note: noteParts.join(' ') } : {})
    };
}
function measureSleeps(backend, count) {
    const samplesMs = [];
    for (let i = 0; i < count; i++)
        samplesMs.push(round(backend.sleepMs(SLEEP_TARGET_MS), 4));
    return summarizeSleeps(samplesMs);
}
/** Mean and worst (largest in magnitude, sign kept) relative deviation; NaN (null in JSON) with no sleeps. */
function summarizeSleeps(samplesMs) {
    const deviations = samplesMs.map(ms => (100 * (ms - SLEEP_TARGET_MS)) / SLEEP_TARGET_MS);
    const worst = deviations.reduce((w, d) => (Math.abs(d) > Math.abs(w) ? d : w), 0);
    return {
        targetMs: SLEEP_TARGET_MS,
        samplesMs,
        meanPct: deviations.length > 0 ? mean(deviations) : NaN,
        worstPct: deviations.length > 0 ? worst : NaN
    };
}
function sleepDeviations(sleep) {
    const values = sleep.samplesMs.map(ms => round((100 * (ms - sleep.targetMs)) / sleep.targetMs, 4));
    return { values, median: median$2(values) };
}
function resolutionMs(backend) {
    return backend.timerResolution?.currentMs ?? backend.clock.resolutionNs / 1e6;
}
function timerMetrics(backend, primary, sleep, cpu, notes) {
    const metrics = [];
    if (sleep.samplesMs.length > 0) {
        const deviations = sleepDeviations(sleep);
        metrics.push({
            id: 'sleep-deviation-pct',
            unit: '%',
            value: deviations.median,
            trials: deviations.values,
            aggregation: `median of ${deviations.values.length} sleeps of ${sleep.targetMs} ms`,
            source: backend.sleepSource
        });
    }
    const wakeP99 = wakeP99Metric(primary);
    if (wakeP99 !== undefined)
        metrics.push(wakeP99);
    else {
        notes.push(`${primary.aggregate.count} wake-ups cannot support a p99 (${P99_MIN_SAMPLES} needed): wake-p99 not measured.`);
    }
    const resolution = resolutionMs(backend);
    metrics.push({
        id: 'timer-resolution',
        unit: 'ms',
        value: resolution,
        trials: [resolution],
        aggregation: backend.timerResolution
            ? 'NtQueryTimerResolution current value'
            : `${backend.clock.name} resolution`,
        source: backend.timerResolution ? 'windows-NtQueryTimerResolution' : backend.clock.name
    });
    if (cpu.quota !== undefined && cpu.throttledPct !== undefined) {
        metrics.push({
            id: 'cpu-throttled-pct',
            unit: '%',
            value: cpu.throttledPct,
            trials: [cpu.throttledPct],
            aggregation: 'throttled CFS periods / all periods during the timer stage',
            source: 'cgroup cpu.stat'
        });
    }
    return metrics;
}
/**
 * wake-p99 over the trials that measured one: a trial that ended short of the samples a p99
 * needs is named and left out, so "more than half of the trials" counts trials really measured.
 * Only when no trial has its own p99 does the metric fall back to one p99 of the pooled samples,
 * and it then says so and carries no trials (the policy judges it as a single measurement).
 */
function wakeP99Metric(primary) {
    const measured = primary.trials.flatMap(t => (t.p99 === null ? [] : [t.p99]));
    const short = primary.trials
        .map((t, index) => ({ trial: index + 1, count: t.count, p99: t.p99 }))
        .filter(t => t.p99 === null)
        .map(t => `trial ${t.trial}: ${t.count} samples`);
    const shortText = `fewer than the ${P99_MIN_SAMPLES} samples a p99 needs (${short.join(', ')})`;
    if (measured.length > 0) {
        const left = short.length > 0
            ? `; ${short.length} of ${primary.trials.length} trials ended with ${shortText} and are not counted`
            : '';
        return {
            id: 'wake-p99',
            unit: 'us',
            value: median$2(measured),
            trials: measured,
            aggregation: `median of ${measured.length} trials' p99${left}`,
            source: primary.backend
        };
    }
    if (primary.aggregate.p99 === null)
        return undefined;
    return {
        id: 'wake-p99',
        unit: 'us',
        value: primary.aggregate.p99,
        trials: [],
        aggregation: `one p99 of all ${primary.aggregate.count} samples pooled from ${primary.trials.length} ` +
            `trials, none of which measured its own p99: every trial ended with ${shortText}`,
        source: primary.backend
    };
}
function summarize$1(primary, sleep, backend) {
    const a = primary.aggregate;
    const parts = [
        `wake-up p50 ${formatNumber(a.median, 0)} us, p99 ${a.p99 === null ? 'n/a' : `${formatNumber(a.p99, 0)} us`}` +
            ` (${primary.backend}, ${formatNumber(primary.intervalUs / 1000, 3)} ms interval)`
    ];
    if (sleep.samplesMs.length > 0) {
        parts.push(`${sleep.targetMs} ms sleep ${formatSigned(sleepDeviations(sleep).median)}%`);
    }
    parts.push(backend.timerResolution
        ? `timer resolution ${formatNumber(backend.timerResolution.currentMs, 3)} ms`
        : `clock resolution ${formatNumber(backend.clock.resolutionNs, 0)} ns`);
    const text = parts.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function formatNumber(value, digits) {
    return String(round(value, digits));
}
function formatSigned(value) {
    return `${value >= 0 ? '+' : ''}${formatNumber(value, 2)}`;
}

/** Sum of weights per class. */
function scoreSignals(signals) {
    const scores = {
        physical: 0,
        vm: 0,
        container: 0,
        kubernetes: 0,
        serverless: 0
    };
    for (const item of signals) {
        if (item.indicates !== 'none')
            scores[item.indicates] += item.weight;
    }
    return scores;
}
function classifySignals(signals) {
    const scores = scoreSignals(signals);
    const decide = (environment, rule) => ({
        class: environment,
        rule
    });
    if (scores.serverless >= 2)
        return decide('serverless', 'a serverless platform variable is set');
    if (scores.kubernetes >= 2 || (scores.kubernetes >= 1 && scores.container >= 1)) {
        return decide('kubernetes', 'two Kubernetes signals, or one plus container evidence');
    }
    if (scores.container >= 2)
        return decide('container', 'container evidence outweighs the host it runs on');
    if (scores.vm >= 2)
        return decide('vm', 'hypervisor evidence, and too little container evidence to count');
    if (scores.physical >= 1)
        return decide('physical', 'hardware firmware and no hypervisor evidence');
    return decide('physical', 'no virtualization, container or platform evidence was found');
}

// File access for the readers: small files under /proc, /sys and /, read whole.
function readTextFile(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function pathExists(path) {
    return existsSync(path);
}

const BIOS_KEY = 'HARDWARE\\DESCRIPTION\\System\\BIOS';
const DARWIN_SYSCTLS = ['kern.hv_vmm_present', 'hw.model'];
const KUBERNETES_SERVICE_ACCOUNT = [
    '/var/run/secrets/kubernetes.io/serviceaccount',
    '/run/secrets/kubernetes.io/serviceaccount'
];
function signal(signal, value, indicates, weight) {
    return { signal, value, indicates, weight: indicates === 'none' ? 0 : weight };
}
/** An environment variable; Windows names are case-insensitive, so fall back to a case-blind match. */
function envValue$1(env, name) {
    if (env[name] !== undefined)
        return env[name];
    const key = Object.keys(env).find(candidate => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : env[key];
}
function set(env, name) {
    const value = envValue$1(env, name);
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** Variables set by serverless platforms, Kubernetes, Actions Runner Controller and GitHub. */
function environmentVariableSignals(env) {
    const signals = [];
    const lambdaName = set(env, 'AWS_LAMBDA_FUNCTION_NAME');
    if (lambdaName)
        signals.push(signal('env AWS_LAMBDA_FUNCTION_NAME', lambdaName, 'serverless', 2));
    const executionEnv = set(env, 'AWS_EXECUTION_ENV');
    if (executionEnv) {
        // Lambda sets AWS_Lambda_<runtime>; ECS sets AWS_ECS_EC2 / AWS_ECS_FARGATE (a container).
        const indicates = executionEnv.startsWith('AWS_Lambda_')
            ? 'serverless'
            : executionEnv.startsWith('AWS_ECS_')
                ? 'container'
                : 'none';
        signals.push(signal('env AWS_EXECUTION_ENV', executionEnv, indicates, 2));
    }
    const cloudRun = set(env, 'K_SERVICE');
    if (cloudRun)
        signals.push(signal('env K_SERVICE (Cloud Run / Knative)', cloudRun, 'serverless', 2));
    const functionsRuntime = set(env, 'FUNCTIONS_WORKER_RUNTIME');
    if (functionsRuntime) {
        signals.push(signal('env FUNCTIONS_WORKER_RUNTIME (Azure Functions)', functionsRuntime, 'serverless', 2));
    }
    // Any process can inherit this variable; it needs the mount, a kubepods cgroup or a container.
    const serviceHost = set(env, 'KUBERNETES_SERVICE_HOST');
    if (serviceHost)
        signals.push(signal('env KUBERNETES_SERVICE_HOST', serviceHost, 'kubernetes', 1));
    for (const name of ['ACTIONS_RUNNER_CONTAINER_HOOKS', 'ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER']) {
        const value = set(env, name);
        if (value)
            signals.push(signal(`env ${name} (Actions Runner Controller)`, value, 'kubernetes', 1));
    }
    // podman, systemd-nspawn and LXC set `container` in the environment of PID 1 and its children.
    const container = set(env, 'container');
    if (container)
        signals.push(signal('env container', container, 'container', 2));
    const runnerEnvironment = set(env, 'RUNNER_ENVIRONMENT');
    if (runnerEnvironment) {
        // GitHub-hosted runners are virtual machines, Linux, Windows and macOS alike.
        const hosted = runnerEnvironment === 'github-hosted';
        signals.push(signal('env RUNNER_ENVIRONMENT', runnerEnvironment, hosted ? 'vm' : 'none', 2));
    }
    for (const name of ['ImageOS', 'ImageVersion']) {
        const value = set(env, name);
        if (value)
            signals.push(signal(`env ${name}`, value, 'none', 0));
    }
    return signals;
}
const HYPERVISOR_VENDORS = [
    [/qemu|kvm|bochs/i, 'QEMU/KVM'],
    [/vmware/i, 'VMware'],
    [/virtualbox|innotek/i, 'VirtualBox'],
    [/\bxen\b|hvm domu/i, 'Xen'],
    [/parallels/i, 'Parallels'],
    [/google compute engine|^google$/i, 'Google Compute Engine'],
    [/amazon ec2/i, 'Amazon EC2'],
    [/openstack/i, 'OpenStack'],
    [/digitalocean|droplet/i, 'DigitalOcean'],
    [/cloud hypervisor|firecracker/i, 'Cloud Hypervisor/Firecracker'],
    [/apple virtualization|virtualmac/i, 'Apple Virtualization'],
    [/virtual machine/i, 'Hyper-V/Azure']
];
/** Firmware vendor and product (DMI or the Windows BIOS key) as evidence. */
function hardwareSignal(source, vendor, product) {
    const value = [vendor, product].filter(part => part !== '').join(' / ');
    if (value === '') {
        // Wine (and some stripped firmware) leaves these empty: that proves nothing either way.
        return signal(source, 'empty', 'none', 0);
    }
    // EC2 bare-metal instances keep the Amazon vendor string; their product ends in `.metal`.
    if (/\.metal$/i.test(product))
        return signal(source, value, 'physical', 1);
    const match = HYPERVISOR_VENDORS.find(([pattern]) => pattern.test(vendor) || pattern.test(product));
    return match
        ? signal(`${source} (${match[1]})`, value, 'vm', 2)
        : signal(source, value, 'physical', 1);
}
const CONTAINER_CGROUP = /\/(docker|libpod|crio|cri-containerd|containerd|actions_job)[-/][0-9a-f]{12,}/;
/** Paths from /proc/<pid>/cgroup lines (`id:controllers:path`). */
function cgroupSignal(source, content) {
    const paths = [
        ...new Set(content
            .split('\n')
            .map(line => line.split(':').slice(2).join(':').trim())
            .filter(path => path !== ''))
    ];
    const kubepods = paths.find(path => path.includes('kubepods'));
    if (kubepods)
        return signal(source, kubepods, 'kubernetes', 2);
    const container = paths.find(path => CONTAINER_CGROUP.test(path) || /\/lxc(\.payload)?[./]/.test(path));
    if (container)
        return signal(source, container, 'container', 2);
    // A private cgroup namespace (cgroup v2 containers) also shows `/`: weak either way.
    return signal(source, paths.join(', ') || 'empty', 'none', 0);
}
/** The filesystem type mounted at `/`, from /proc/self/mountinfo (the last mount wins). */
function rootFilesystemSignal(mountinfo) {
    let fsType;
    for (const line of mountinfo.split('\n')) {
        const [left, right] = line.split(' - ');
        if (right === undefined)
            continue;
        if (left.split(' ')[4] === '/')
            fsType = right.split(' ')[0];
    }
    if (fsType === undefined)
        return undefined;
    const layered = fsType === 'overlay' || fsType === 'aufs' || fsType === 'fuse-overlayfs';
    return signal('root filesystem (/proc/self/mountinfo)', fsType, layered ? 'container' : 'none', 1);
}
function linuxSignals(reader) {
    const signals = [];
    const serviceAccount = KUBERNETES_SERVICE_ACCOUNT.find(path => reader.exists(path));
    if (serviceAccount)
        signals.push(signal('Kubernetes service-account mount', serviceAccount, 'kubernetes', 1));
    if (reader.exists('/.dockerenv'))
        signals.push(signal('file /.dockerenv', 'present', 'container', 1));
    if (reader.exists('/run/.containerenv')) {
        signals.push(signal('file /run/.containerenv (podman)', 'present', 'container', 2));
    }
    // PID 1 and this process usually share a cgroup; list the second only when it differs.
    const cgroups = ['/proc/1/cgroup', '/proc/self/cgroup'].flatMap(source => {
        const content = reader.readFile(source);
        return content === undefined ? [] : [cgroupSignal(source, content)];
    });
    if (cgroups.length === 2 && cgroups[0].value === cgroups[1].value)
        cgroups.pop();
    signals.push(...cgroups);
    const mountinfo = reader.readFile('/proc/self/mountinfo');
    const root = mountinfo === undefined ? undefined : rootFilesystemSignal(mountinfo);
    if (root)
        signals.push(root);
    const vendor = reader.readFile('/sys/class/dmi/id/sys_vendor');
    const product = reader.readFile('/sys/class/dmi/id/product_name');
    if (vendor !== undefined || product !== undefined) {
        signals.push(hardwareSignal('DMI sys_vendor / product_name', (vendor ?? '').trim(), (product ?? '').trim()));
    }
    const cpuinfo = reader.readFile('/proc/cpuinfo');
    if (cpuinfo !== undefined && /^flags\s*:/m.test(cpuinfo)) {
        const flagged = /^flags\s*:.*\bhypervisor\b/m.test(cpuinfo);
        signals.push(signal('/proc/cpuinfo hypervisor flag', flagged ? 'present' : 'absent', flagged ? 'vm' : 'none', 2));
    }
    const hypervisorType = reader.readFile('/sys/hypervisor/type')?.trim();
    if (hypervisorType)
        signals.push(signal('/sys/hypervisor/type', hypervisorType, 'vm', 2));
    return signals;
}
function windowsSignals(reader) {
    const signals = [];
    try {
        const vendor = reader.registry(BIOS_KEY, 'SystemManufacturer') ?? '';
        const product = reader.registry(BIOS_KEY, 'SystemProductName') ?? '';
        signals.push(hardwareSignal(`registry HKLM\\${BIOS_KEY}`, vendor.trim(), product.trim()));
    }
    catch (error) {
        signals.push(signal(`registry HKLM\\${BIOS_KEY}`, `unreadable: ${error.message}`, 'none', 0));
    }
    const serviceAccount = 'C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount';
    if (reader.exists(serviceAccount)) {
        signals.push(signal('Kubernetes service-account mount', serviceAccount, 'kubernetes', 1));
    }
    // Windows container images run as these built-in accounts.
    const user = set(reader.env, 'USERNAME');
    if (user && /^Container(Administrator|User)$/i.test(user)) {
        signals.push(signal('env USERNAME (Windows container account)', user, 'container', 2));
    }
    return signals;
}
function darwinSignals(reader) {
    const signals = [];
    try {
        const vmm = reader.sysctl('kern.hv_vmm_present');
        if (vmm !== undefined) {
            signals.push(signal('sysctl kern.hv_vmm_present', vmm, vmm === '1' ? 'vm' : 'physical', vmm === '1' ? 2 : 1));
        }
        const model = reader.sysctl('hw.model');
        if (model !== undefined)
            signals.push(hardwareSignal('sysctl hw.model', '', model));
    }
    catch (error) {
        signals.push(signal('sysctl', `unreadable: ${error.message}`, 'none', 0));
    }
    return signals;
}
/** Every signal for this platform, in the order the report lists them. */
function collectSignals(platform, reader) {
    const chosen = onPlatform(platform, {
        win32: () => windowsSignals(reader),
        linux: () => linuxSignals(reader),
        darwin: () => darwinSignals(reader)
    });
    const platformSignals = chosen.supported
        ? chosen.value
        : [signal('platform', chosen.reason, 'none', 0)];
    return [...environmentVariableSignals(reader.env), ...platformSignals];
}

// macOS: the hypervisor facts are sysctl values, read once with /usr/sbin/sysctl.
const SYSCTL_TIMEOUT_MS = 5000;
async function readSysctl(name) {
    const result = await runProcess('/usr/sbin/sysctl', ['-n', name], {
        timeoutMs: SYSCTL_TIMEOUT_MS
    });
    if (result.spawnError)
        return new Error(`sysctl could not start: ${result.spawnError.message}`);
    if (result.timedOut)
        return new Error(`sysctl -n ${name} timed out after ${SYSCTL_TIMEOUT_MS} ms`);
    // sysctl exits non-zero for a name this macOS does not have.
    if (result.exitCode !== 0)
        return undefined;
    return result.stdout.trim();
}
async function darwinReader(env) {
    const values = new Map();
    for (const name of DARWIN_SYSCTLS)
        values.set(name, await readSysctl(name));
    return {
        env,
        readFile: readTextFile,
        exists: pathExists,
        registry: () => undefined,
        sysctl: name => {
            const value = values.get(name);
            if (value instanceof Error)
                throw value;
            return value;
        }
    };
}

function linuxReader(env) {
    return {
        env,
        readFile: readTextFile,
        exists: pathExists,
        registry: () => undefined,
        sysctl: () => undefined
    };
}

// What environment detection may look at. Real readers come from the per-platform gatherers;
// tests pass a fake with invented files and variables.
/** A reader that sees the variables only: for a platform with no reader of its own. */
function variablesOnlyReader(env) {
    return {
        env,
        readFile: () => undefined,
        exists: () => false,
        registry: () => undefined,
        sysctl: () => undefined
    };
}

// Windows: BIOS facts from the registry, read natively with RegGetValueW (advapi32) through
// koffi, so no reg.exe or PowerShell process is needed.
// winreg.h: HKEY_LOCAL_MACHINE is (HKEY)(ULONG_PTR)((LONG)0x80000002), i.e. sign-extended to
// pointer width; intptr_t reproduces that on both 32- and 64-bit Windows.
const HKEY_LOCAL_MACHINE = 0x80000002 - 0x1_0000_0000;
const RRF_RT_REG_SZ = 0x00000002;
const ERROR_SUCCESS = 0;
const ERROR_FILE_NOT_FOUND = 2;
const ERROR_MORE_DATA = 234;
const MAX_VALUE_BYTES = 64 * 1024;
let regGetValue;
function api() {
    if (!regGetValue) {
        const advapi32 = loadKoffi().load('advapi32.dll');
        regGetValue = advapi32.func('long __stdcall RegGetValueW(intptr_t hkey, const char16_t *lpSubKey, const char16_t *lpValue, uint32_t dwFlags, void *pdwType, void *pvData, void *pcbData)');
    }
    return regGetValue;
}
/** A REG_SZ value under HKLM; undefined when the key or value does not exist. */
function readMachineString(subKey, name) {
    const getValue = api();
    const size = Buffer.alloc(4);
    let data = Buffer.alloc(512);
    for (;;) {
        size.writeUInt32LE(data.length);
        const status = getValue(HKEY_LOCAL_MACHINE, subKey, name, RRF_RT_REG_SZ, null, data, size);
        if (status === ERROR_SUCCESS) {
            const text = data.subarray(0, size.readUInt32LE()).toString('utf16le');
            const end = text.indexOf('\0');
            return end === -1 ? text : text.slice(0, end);
        }
        if (status === ERROR_FILE_NOT_FOUND)
            return undefined;
        const needed = size.readUInt32LE();
        if (status !== ERROR_MORE_DATA || needed <= data.length || needed > MAX_VALUE_BYTES) {
            throw new Error(`RegGetValueW(HKLM\\${subKey}, ${name}) failed with Win32 error ${status}`);
        }
        data = Buffer.alloc(needed);
    }
}
function windowsReader(env) {
    return {
        env,
        readFile: readTextFile,
        exists: pathExists,
        registry: readMachineString,
        sysctl: () => undefined
    };
}

const OS_NAMES = {
    win32: 'Windows',
    linux: 'Linux',
    darwin: 'macOS'
};
const ARCH_NAMES = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };
function platformReader(ctx) {
    const chosen = onPlatform(ctx.platform, {
        win32: async () => windowsReader(ctx.env),
        linux: async () => linuxReader(ctx.env),
        darwin: () => darwinReader(ctx.env)
    });
    // Elsewhere only the variables are read; collectSignals says why in the evidence.
    return chosen.supported ? chosen.value : Promise.resolve(variablesOnlyReader(ctx.env));
}
/** Pure: the environment as seen through `reader`, with `override` applied when not `auto`. */
function classifyEnvironment(override, platform, arch, reader) {
    const signals = collectSignals(platform, reader);
    const classification = classifySignals(signals);
    const evidence = signals.map(({ signal, value, indicates }) => ({ signal, value, indicates }));
    evidence.push({
        signal: 'detection rule',
        value: classification.rule,
        indicates: classification.class
    });
    const overridden = override !== 'auto';
    if (overridden)
        evidence.push({ signal: "input 'environment'", value: override, indicates: override });
    const env = (name) => envValue$1(reader.env, name) || undefined;
    return {
        class: overridden ? override : classification.class,
        detected: classification.class,
        overridden,
        evidence,
        runner: {
            os: env('RUNNER_OS') ?? OS_NAMES[platform] ?? platform,
            arch: env('RUNNER_ARCH') ?? ARCH_NAMES[arch] ?? arch,
            environment: env('RUNNER_ENVIRONMENT') ?? 'unknown',
            imageOS: env('ImageOS'),
            imageVersion: env('ImageVersion')
        }
    };
}
async function detectEnvironment(override, ctx) {
    return classifyEnvironment(override, ctx.platform, ctx.arch, await platformReader(ctx));
}

// Turns measurements and check results into a verdict. A metric breaches only when a strict
// majority of its measured trials is over the limit: one extreme trial on a noisy runner never decides.
const RANK = { ...SEVERITY_RANK, ok: 3 };
const BREACH_SEVERITY = {
    annotate: 'notice',
    warn: 'warning',
    fail: 'error'
};
/** The robust rule: breach when more than half of the trials measured are over the limit. */
function judgeMetric(metric, limit) {
    const kind = METRIC_KIND[metric.id];
    const raw = metric.trials.length > 0 ? metric.trials : [metric.value];
    const values = raw.filter(Number.isFinite).map(value => toBase(value, metric.unit));
    if (values.length === 0)
        return undefined;
    const over = values.filter(value => value > limit.base).length;
    const medianBase = median$1(values);
    const shown = values.map(value => formatBase(value, kind)).join(', ');
    // `trials` holds only trials that measured the metric (the timer leaves out a trial that ended
    // too short for it), so the count below is of trials really measured.
    const rule = values.length === 1
        ? `breach when the single measurement exceeds ${limit.text}: ` +
            `${over === 1 ? 'over' : 'within'} (${shown})`
        : `breach when more than half of the ${values.length} trials measured exceed ${limit.text}: ` +
            `${over} of ${values.length} over (median ${formatBase(medianBase, kind)}; values ${shown})`;
    return { breached: over * 2 > values.length, over, count: values.length, medianBase, rule };
}
function median$1(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function unitCompatible(metric, id) {
    return (metric.unit === '%') === (METRIC_KIND[id] === 'percent');
}
/**
 * Runner metrics whose only harm is to tests' timing: once the repository's test needs were
 * judged against the measured lateness (endangered-tests), those needs decide, and a breach of
 * these rows only informs.
 */
const LATENESS_METRICS = [
    'wake-p99',
    'sleep-deviation-pct',
    'cpu-throttled-pct'
];
/** The endangered-tests check judged this repository's test needs against measured lateness. */
function needsJudged(checks) {
    const scan = findCheck(checks, 'endangered-tests');
    if (scan === undefined || scan.status === 'unknown' || scan.status === 'skipped')
        return false;
    return scan.details?.needs !== undefined;
}
function judgeMetrics(environment, row, metrics, byNeeds) {
    const reasons = [];
    const breaches = [];
    for (const id of METRIC_IDS) {
        const limit = row.limits[id];
        if (limit === null)
            continue;
        const metric = metrics.find(candidate => candidate.id === id);
        if (metric === undefined) {
            reasons.push({
                level: 'notice',
                text: `${id} was not measured: its limit ${limit.text} was not applied.`
            });
            continue;
        }
        if (!unitCompatible(metric, id)) {
            // A contract slip between the timer check and the policy: say so, never compare blindly.
            reasons.push({
                level: 'warning',
                text: `${id} was reported in ${metric.unit}, which cannot be compared with its limit ${limit.text}.`
            });
            continue;
        }
        const judgement = judgeMetric(metric, limit);
        if (judgement === undefined) {
            reasons.push({
                level: 'notice',
                text: `${id} has no finite values: its limit ${limit.text} was not applied.`
            });
            continue;
        }
        if (!judgement.breached) {
            const shown = formatBase(judgement.medianBase, METRIC_KIND[id]);
            reasons.push({
                level: 'ok',
                text: judgement.count === 1
                    ? `${id} within ${limit.text}: the single measurement is ${shown}.`
                    : `${id} within ${limit.text}: ${judgement.over} of the ${judgement.count} trials measured over (median ${shown}).`
            });
            continue;
        }
        const perUnit = toBase(1, metric.unit);
        const decidedByNeeds = byNeeds && LATENESS_METRICS.includes(id);
        const severity = decidedByNeeds ? 'notice' : BREACH_SEVERITY[row.onBreach];
        breaches.push({
            metric: id,
            unit: metric.unit,
            value: judgement.medianBase / perUnit,
            limit: limit.base / perUnit,
            severity,
            rule: judgement.rule
        });
        reasons.push({
            level: severity,
            text: decidedByNeeds
                ? `${id} over the ${environment} limit, which only informs: this repository's test needs decide (endangered-tests): ${judgement.rule}.`
                : `${id} over the ${environment} limit (on-breach: ${row.onBreach}): ${judgement.rule}.`
        });
    }
    return { reasons, breaches };
}
function checkWeight(row, id) {
    return WEIGHED_CHECK_IDS.includes(id)
        ? row.checks[id]
        : 'error';
}
function judgeChecks(environment, row, checks) {
    const reasons = [];
    for (const check of checks) {
        const weight = checkWeight(row, check.id);
        if (weight === 'ignore')
            continue;
        if (check.status === 'unknown') {
            // Not knowing is not passing: the run is at least a warning, whatever the row's weight.
            reasons.push({
                level: 'warning',
                text: `${check.id} could not be checked, so it does not count as pass: ${check.summary}`
            });
            continue;
        }
        if (check.status !== 'fail' && check.status !== 'warn')
            continue;
        const floor = check.status === 'fail' ? 'error' : 'warning';
        const found = check.findings.reduce((worst, finding) => worseSeverity(worst, finding.severity), floor);
        const level = milderSeverity(found, weight);
        const weighed = level === found ? '' : ` (counts as ${level} in the ${environment} row)`;
        reasons.push({
            level,
            text: `${check.id} ${check.status === 'fail' ? 'failed' : 'warned'}: ${check.summary}${weighed}`
        });
    }
    return reasons;
}
function verdictOf(reasons) {
    if (reasons.some(reason => reason.level === 'error'))
        return 'fail';
    if (reasons.some(reason => reason.level === 'warning'))
        return 'warn';
    return 'pass';
}
function shouldFailStep(verdict, mode, failOn) {
    if (mode === 'report' || failOn === 'never')
        return false;
    return failOn === 'error' ? verdict === 'fail' : verdict !== 'pass';
}
function decide(args) {
    const row = args.table[args.environment];
    const metricPart = judgeMetrics(args.environment, row, args.metrics, needsJudged(args.checks));
    const reasons = [...metricPart.reasons, ...judgeChecks(args.environment, row, args.checks)];
    // Stable sort: within a level, metrics come before checks, in table order.
    reasons.sort((a, b) => RANK[a.level] - RANK[b.level]);
    const verdict = verdictOf(reasons);
    const failStep = shouldFailStep(verdict, args.mode, args.failOn);
    const failingLevel = args.failOn === 'warning' ? RANK.warning : RANK.error;
    return {
        verdict,
        suspicious: row.suspicious && metricPart.breaches.length > 0,
        reasons: reasons.filter(reason => reason.level !== 'ok').map(reason => reason.text),
        withinLimits: reasons.filter(reason => reason.level === 'ok').map(reason => reason.text),
        breaches: metricPart.breaches,
        thresholds: describeRow(row),
        failStep,
        failureReasons: failStep
            ? reasons.filter(reason => RANK[reason.level] <= failingLevel).map(reason => reason.text)
            : []
    };
}

/** Windows errors CreateProcess reports for executables that policy or antivirus stopped. */
const ERROR_VIRUS_INFECTED = 225;
const ERROR_VIRUS_DELETED = 226;
const ERROR_ACCESS_DISABLED_BY_POLICY = 1260;
const ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION = 4551;
function because(id, title, cause) {
    return { id, title, cause };
}
/** Why a probe step failed, from its error and the static facts. */
function classifyFailure(failure, facts) {
    const mount = facts?.kind === 'unix' ? facts.mount : undefined;
    const exec = failure.step === 'exec-first' || failure.step === 'exec-second';
    const aclReason = facts?.kind === 'windows' ? aclExplanationFor(failure.step, facts) : undefined;
    /** The DACL's reason when it explains the refusal, else what the probe saw. */
    const refused = (action, otherwise) => aclReason ? `${action} is not allowed: ${aclReason}` : otherwise;
    if (failure.code === 'ENOSPC' || failure.code === 'EDQUOT') {
        return because('temp.no-space', 'No space left', 'the file system is full (or the quota is used up)');
    }
    if (failure.code === 'EROFS' || (mount?.flags.readOnly && !exec && failure.step !== 'list')) {
        return because('temp.read-only', 'Read-only file system', `${mount?.mountPoint ?? 'it'} is mounted read-only`);
    }
    if (exec) {
        if (mount?.flags.noexec) {
            return because('temp.noexec', 'Mounted noexec', `${mount.mountPoint} is mounted noexec: every \`go test\` fails with "fork/exec .../x.test: permission denied" (golang/go#52941)`);
        }
        if (failure.win32Error === ERROR_ACCESS_DISABLED_BY_POLICY ||
            failure.win32Error === ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION) {
            return because('temp.exec-blocked-by-policy', 'Executable blocked by policy', `Windows refused to start the copied executable (error ${failure.win32Error}): an AppLocker or Application Control (WDAC) policy blocks programs in this folder`);
        }
        if (failure.win32Error === ERROR_VIRUS_INFECTED || failure.win32Error === ERROR_VIRUS_DELETED) {
            return because('temp.exec-quarantined', 'Executable stopped by antivirus', `antivirus blocked or removed the freshly written executable (Windows error ${failure.win32Error})`);
        }
        if (failure.code === 'TIMEOUT') {
            return because('temp.exec-timeout', 'Executable hung', 'the copied executable did not exit in time (a scanner may hold it)');
        }
        if (failure.code === 'EXIT')
            return because('temp.exec-failed', 'Executable failed', 'the copied executable started but failed');
        return because('temp.exec-denied', 'Cannot execute', refused('execute', 'the copied executable could not be started'));
    }
    if (failure.step === 'delete') {
        return because('temp.delete-failed', 'Cannot delete', refused('delete', 'the probe folder could not be removed, even with retries: t.TempDir() cleanup will fail the same way'));
    }
    if (failure.code === 'ENOENT' && failure.step === 'create')
        return because('temp.missing', 'Directory missing', 'the directory does not exist');
    if (failure.code === 'EACCES' || failure.code === 'EPERM') {
        return because('temp.permission-denied', 'Permission denied', refused(failure.step, `${failure.step} was refused: this user may not ${failure.step} here`));
    }
    return because('temp.probe-failed', `Probe step ${failure.step} failed`, failure.message);
}
const STEP_OPERATION = {
    create: 'create',
    list: 'list',
    write: 'write',
    'exec-first': 'execute',
    'exec-second': 'execute',
    delete: 'delete'
};
function aclExplanationFor(step, facts) {
    const verdict = facts.assessment.operations.find(op => op.operation === STEP_OPERATION[step]);
    return verdict && !verdict.allowed ? verdict.reason : undefined;
}
function modeString(mode) {
    const bits = 'rwxrwxrwx';
    let text = '';
    for (let i = 0; i < 9; i++)
        text += mode & (1 << (8 - i)) ? bits[i] : '-';
    if (mode & 0o1000)
        text = text.slice(0, 8) + (mode & 0o001 ? 't' : 'T');
    return text;
}
/** One line of static facts: the mount and mode (Unix) or the DACL evaluation (Windows). */
function explainFacts(facts) {
    if (!facts)
        return undefined;
    if (facts.kind === 'none')
        return `static facts unavailable: ${facts.reason}`;
    if (facts.kind === 'unix') {
        const mount = facts.mount
            ? `mount ${facts.mount.mountPoint} (${facts.mount.fsType}, ${facts.mount.options.join(',')})`
            : (facts.mountNote ?? 'mount unknown');
        const owner = facts.uid === facts.processUid
            ? `owner uid ${facts.uid} (this user)`
            : `owner uid ${facts.uid}, this user uid ${facts.processUid}`;
        return `${mount}; mode ${modeString(facts.mode)} (${facts.mode.toString(8).padStart(4, '0')}); ${owner}`;
    }
    const allowed = facts.assessment.operations.filter(op => op.allowed).map(op => op.operation);
    const denied = facts.assessment.operations
        .filter(op => !op.allowed)
        .map(op => `${op.operation} ${op.reason}`);
    const parts = [`owner ${facts.owner ?? 'unknown'}`];
    if (allowed.length > 0)
        parts.push(`${allowed.join(', ')} allowed`);
    parts.push(...denied);
    parts.push(`SDDL ${facts.sddl}`);
    return parts.join('; ');
}

// Turns what was measured about one directory (probe outcome, mount or DACL) into its report
// entry and findings, each with a cause and a remedy to paste. Pure: no file system, no process.
/** Below this much free space a `go test` run (build cache, test binaries) is likely to fail. */
const MIN_FREE_BYTES = 256 * 1024 * 1024;
/** Below this, warn: large modules and -race builds need more. */
const LOW_FREE_BYTES = 1024 * 1024 * 1024;
/** The build cache writes thousands of small files. */
const MIN_FREE_INODES = 1000;
const LOW_FREE_INODES = 10_000;
const ALL_ERROR = {
    create: 'error',
    list: 'error',
    write: 'error',
    exec: 'error',
    delete: 'error',
    space: 'error'
};
const ALL_WARNING = {
    create: 'warning',
    list: 'warning',
    write: 'warning',
    exec: 'warning',
    delete: 'warning',
    space: 'warning'
};
/** How much each capability matters, by what the directory is used for. */
const ROLE_NEEDS = {
    'go-work': ALL_ERROR,
    extra: ALL_ERROR,
    // Only tests that run programs from t.TempDir() need exec there.
    'test-temp': { ...ALL_ERROR, exec: 'warning' },
    // Go never executes from its caches.
    cache: { create: 'error', list: 'error', write: 'error', delete: 'error', space: 'error' },
    'runner-temp': ALL_WARNING,
    'env-temp': ALL_WARNING
};
function severityFor(roles, need) {
    let worst;
    for (const role of roles) {
        const severity = ROLE_NEEDS[role][need];
        if (severity)
            worst = worst ? worseSeverity(worst, severity) : severity;
    }
    return worst;
}
const STEP_NEED = {
    create: 'create',
    list: 'list',
    write: 'write',
    'exec-first': 'exec',
    'exec-second': 'exec',
    delete: 'delete'
};
/** A YAML step that gives Go a fresh directory it can use, on a different base than the broken one. */
function moveTempRemedy(platform, roles) {
    const onRunnerTemp = !roles.includes('runner-temp');
    if (platform === 'win32') {
        const base = onRunnerTemp ? '$env:RUNNER_TEMP' : '$env:USERPROFILE';
        return [
            '# or set `fix-temp: true` on this action',
            '- name: Give Go a usable temp directory',
            '  shell: pwsh',
            '  run: |',
            `    $dir = New-Item -ItemType Directory -Force -Path "${base}\\go-tmp"`,
            '    "GOTMPDIR=$dir", "TMP=$dir", "TEMP=$dir" | Add-Content -Path $env:GITHUB_ENV'
        ].join('\n');
    }
    const base = onRunnerTemp ? '$RUNNER_TEMP' : '$HOME';
    return [
        '# or set `fix-temp: true` on this action',
        '- name: Give Go an exec-able temp directory',
        '  shell: bash',
        '  run: |',
        `    mkdir -p "${base}/go-tmp"`,
        `    echo "GOTMPDIR=${base}/go-tmp" >> "$GITHUB_ENV"`,
        `    echo "TMPDIR=${base}/go-tmp" >> "$GITHUB_ENV"`
    ].join('\n');
}
function cacheRemedy(names) {
    const lines = ['env:'];
    if (names.includes('GOCACHE'))
        lines.push('  GOCACHE: ${{ runner.temp }}/go-build-cache');
    if (names.includes('GOMODCACHE'))
        lines.push('  GOMODCACHE: ${{ runner.temp }}/go-mod-cache');
    return lines.join('\n');
}
function createDirectoryRemedy(platform, path) {
    const quoted = JSON.stringify(path);
    return platform === 'win32'
        ? [
            '- name: Create GOTMPDIR',
            '  shell: pwsh',
            `  run: New-Item -ItemType Directory -Force -Path '${path.replace(/'/g, "''")}'`
        ].join('\n')
        : ['- name: Create GOTMPDIR', '  shell: bash', `  run: mkdir -p ${quoted}`].join('\n');
}
function remedyFor(id, evidence) {
    const { directory, platform } = evidence;
    if (id === 'temp.gotmpdir-missing')
        return createDirectoryRemedy(platform, directory.path);
    if (id.startsWith('temp.delete')) {
        return [
            '# on this action: keep antivirus away from temp files Go writes',
            'with:',
            '  defender-exclusions: add'
        ].join('\n');
    }
    const onlyCache = directory.roles.every(role => role === 'cache');
    return onlyCache ? cacheRemedy(directory.names) : moveTempRemedy(platform, directory.roles);
}
function describe(directory) {
    return `${directory.path} (${directory.names.join(', ')})`;
}
/** The report entry and findings for one directory. */
function assessDirectory(evidence) {
    const { directory, probe, facts } = evidence;
    const findings = [];
    const add = (id, severity, title, message) => {
        if (!severity || findings.some(finding => finding.id === id))
            return;
        findings.push({
            id,
            severity,
            title: `${title}: ${directory.path}`,
            message,
            remedy: remedyFor(id, evidence),
            remedyLanguage: 'yaml'
        });
    };
    const explanationParts = [];
    if (!evidence.exists) {
        if (directory.mustExist) {
            add('temp.gotmpdir-missing', 'error', 'GOTMPDIR does not exist', `GOTMPDIR is ${directory.path}, which does not exist: Go does not create it and every build fails (golang/go#32320).`);
        }
        else if (directory.createdByGo) {
            explanationParts.push(evidence.probedPath
                ? `does not exist yet (Go creates it); probed its nearest existing parent ${evidence.probedPath}`
                : 'does not exist yet (Go creates it) and no parent exists');
        }
        else {
            add('temp.missing', severityFor(directory.roles, 'create'), 'Directory missing', `${describe(directory)} does not exist.`);
        }
    }
    if (directory.names.includes('Windows directory')) {
        add('temp.windows-dir-fallback', 'warning', 'Temp dir falls back to the Windows directory', `TMP, TEMP and USERPROFILE are all unset, so os.TempDir() is ${directory.path}: Go builds there, and any process that may not write ` +
            'there fails with "go: creating work dir: mkdir C:\\WINDOWS\\go-build...: Access is denied." (golang/go#24855).');
    }
    if (probe?.failure) {
        const failure = probe.failure;
        const cause = classifyFailure(failure, facts);
        const severity = cause.id === 'temp.missing'
            ? severityFor(directory.roles, 'create')
            : severityFor(directory.roles, STEP_NEED[failure.step]);
        add(cause.id, severity, cause.title, `${describe(directory)}: probe step "${failure.step}" failed: ${cause.cause}. Error: ${failure.message}`);
    }
    if (probe && probe.deleteRetries > 0 && !probe.leftover) {
        add('temp.delete-retried', weaker(severityFor(directory.roles, 'delete'), 'warning'), 'Deleting needed retries', `${describe(directory)}: removing the probe folder failed ${probe.deleteRetries} time(s) before it succeeded: ` +
            'another process (antivirus, indexer) held the files. t.TempDir() cleanup fails with "used by another process" when this lasts over 2 s.');
    }
    if (probe?.leftover) {
        add('temp.leftover', 'warning', 'Probe folder left behind', `Could not remove ${probe.leftover}; delete it by hand.`);
    }
    if (probe?.freeBytes !== undefined) {
        const mib = Math.floor(probe.freeBytes / 1024 / 1024);
        if (probe.freeBytes < MIN_FREE_BYTES) {
            add('temp.no-space', severityFor(directory.roles, 'space'), 'No space left', `${describe(directory)}: only ${mib} MiB free (minimum ${MIN_FREE_BYTES / 1024 / 1024} MiB).`);
        }
        else if (probe.freeBytes < LOW_FREE_BYTES) {
            add('temp.low-space', weaker(severityFor(directory.roles, 'space'), 'warning'), 'Low free space', `${describe(directory)}: ${mib} MiB free (below ${LOW_FREE_BYTES / 1024 / 1024} MiB).`);
        }
    }
    if (probe?.freeInodes !== undefined) {
        if (probe.freeInodes < MIN_FREE_INODES) {
            add('temp.no-inodes', severityFor(directory.roles, 'space'), 'No free inodes', `${describe(directory)}: ${probe.freeInodes} free inodes (minimum ${MIN_FREE_INODES}).`);
        }
        else if (probe.freeInodes < LOW_FREE_INODES) {
            add('temp.low-inodes', weaker(severityFor(directory.roles, 'space'), 'warning'), 'Few free inodes', `${describe(directory)}: ${probe.freeInodes} free inodes (below ${LOW_FREE_INODES}).`);
        }
    }
    // Static facts explain; the probe decides. They raise a warning only when the probe failed too.
    const staticSeverity = probe?.failure ? 'warning' : 'notice';
    if (facts?.kind === 'unix' && (facts.mode & 0o002) !== 0 && (facts.mode & 0o1000) === 0) {
        add('temp.world-writable', 'warning', 'World-writable without sticky bit', `${describe(directory)} has mode ${modeString(facts.mode)}: any user can delete or replace files other users create there.`);
    }
    if (facts?.kind === 'windows') {
        const { assessment } = facts;
        if (assessment.denyAces.length > 0) {
            add('temp.acl-deny', staticSeverity, 'Deny ACEs for this user', `${describe(directory)} has deny ACEs that apply to this user or its groups: ${assessment.denyAces.map(ace => ace.text).join(' ')}.`);
        }
        if (assessment.protectedWithoutGrant) {
            add('temp.acl-protected', staticSeverity, 'Protected DACL grants this user nothing', `${describe(directory)} does not inherit permissions (DACL flag P) and no ACE grants this user or its groups anything.`);
        }
        if (assessment.worldWritable) {
            add('temp.world-writable', 'notice', 'Shared, world-writable directory', `${describe(directory)}: ${assessment.worldWritable.text} lets every user create files here; other users can interfere with test files.`);
        }
    }
    const explanation = [...explanationParts, explainFacts(facts) ?? '']
        .filter(part => part !== '')
        .join('; ');
    const report = {
        path: directory.path,
        names: directory.names,
        status: directoryStatus(findings, evidence.probeError !== undefined),
        steps: probe?.steps ?? [],
        ...(probe?.firstRunMs === undefined ? {} : { firstRunMs: probe.firstRunMs }),
        ...(probe?.secondRunMs === undefined ? {} : { secondRunMs: probe.secondRunMs }),
        ...(probe?.freeBytes === undefined ? {} : { freeBytes: probe.freeBytes }),
        ...(probe?.freeInodes === undefined ? {} : { freeInodes: probe.freeInodes })
    };
    const reason = evidence.probeError ? `probe could not run: ${evidence.probeError}` : '';
    const fullExplanation = [reason, explanation].filter(part => part !== '').join('; ');
    if (fullExplanation !== '')
        report.explanation = fullExplanation;
    return { report, findings };
}
function weaker(a, b) {
    return a && milderSeverity(a, b);
}
function directoryStatus(findings, couldNotProbe) {
    return statusFromFindings(findings, couldNotProbe ? 'unknown' : 'pass');
}

// What Linux and macOS share: the small binary the probe copies, and mode/owner of a directory.
function unixProbeTarget() {
    const sourceExecutable = ['/bin/true', '/usr/bin/true'].find(path => existsSync(path)) ?? '/bin/true';
    return { sourceExecutable, executableSuffix: '', retryDelete: false };
}
async function modeAndOwner(path) {
    const stats = await stat(path);
    return { mode: stats.mode & 0o7777, uid: stats.uid, processUid: process.getuid?.() ?? -1 };
}

// macOS: the mount a directory lives on, from statfs(2) through koffi (f_flags, f_fstypename,
// f_mntonname), plus its mode and owner. Not exercised on a real Mac by this project's CI.
// struct statfs with 64-bit inodes (<sys/mount.h>): f_flags at 64, f_fstypename[16] at 72,
// f_mntonname[1024] at 88; 2168 bytes in all.
const DARWIN_STATFS_SIZE = 2168;
const F_FLAGS = 64;
const F_FSTYPENAME = 72;
const F_MNTONNAME = 88;
const MNT_RDONLY = 0x1;
const MNT_NOEXEC = 0x4;
const MNT_NOSUID = 0x8;
function cString(buffer, offset, length) {
    const end = buffer.indexOf(0, offset);
    return buffer.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end);
}
function decodeDarwinStatfs(buffer) {
    const flags = buffer.readUInt32LE(F_FLAGS);
    const mount = {
        mountPoint: cString(buffer, F_MNTONNAME, 1024),
        fsType: cString(buffer, F_FSTYPENAME, 16),
        flags: {
            readOnly: (flags & MNT_RDONLY) !== 0,
            noexec: (flags & MNT_NOEXEC) !== 0,
            nosuid: (flags & MNT_NOSUID) !== 0
        }
    };
    const options = [mount.flags.readOnly ? 'ro' : 'rw'];
    if (mount.flags.noexec)
        options.push('noexec');
    if (mount.flags.nosuid)
        options.push('nosuid');
    return { ...mount, options };
}
function openDarwinPlatform() {
    let statfs;
    let unavailable = '';
    try {
        const koffi = loadKoffi();
        const libc = koffi.load('libSystem.B.dylib');
        // Intel Macs export the 64-bit-inode layout under a suffixed name; Apple silicon has only that layout.
        const symbol = process.arch === 'x64' ? 'statfs$INODE64' : 'statfs';
        const native = libc.func(symbol, 'int', ['str', 'void *']);
        statfs = (path, buffer) => native(path, buffer);
    }
    catch (error) {
        unavailable = `statfs through koffi is unavailable: ${errorMessage(error)}`;
    }
    return {
        isSystemAccount: false,
        notes: unavailable === '' ? [] : [`macOS: ${unavailable}`],
        probe: unixProbeTarget(),
        async explain(path) {
            const facts = { kind: 'unix', ...(await modeAndOwner(path)) };
            if (!statfs) {
                facts.mountNote = unavailable;
                return facts;
            }
            const buffer = Buffer.alloc(DARWIN_STATFS_SIZE);
            if (statfs(path, buffer) !== 0)
                facts.mountNote = 'statfs failed';
            else
                facts.mount = decodeDarwinStatfs(buffer);
            return facts;
        }
    };
}

// /proc/self/mountinfo: which mount a path lives on and with which options. Format (proc(5)):
// `id parent major:minor root mount-point mount-options [optional...] - fstype source super-options`
/** Undoes mountinfo's octal escapes: `\040` space, `\011` tab, `\012` newline, `\134` backslash. */
function unescapeMountField(field) {
    return field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(Number.parseInt(octal, 8)));
}
function parseMountinfo(text, source) {
    const entries = [];
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        if (line.trim() === '')
            return;
        const fields = line.split(' ');
        const separator = fields.indexOf('-', 6);
        if (fields.length < 10 ||
            separator < 0 ||
            fields.length < separator + 4 ||
            !/^\d+:\d+$/.test(fields[2])) {
            throw new UserError(`${source} line ${index + 1} is not a mountinfo line: expected "id parent major:minor root mount-point ` +
                `options [optional fields] - fstype source super-options", got "${line.slice(0, 120)}".`);
        }
        entries.push({
            mountPoint: unescapeMountField(fields[4]),
            options: fields[5].split(','),
            fsType: unescapeMountField(fields[separator + 1]),
            source: unescapeMountField(fields[separator + 2]),
            superOptions: fields[separator + 3].split(',')
        });
    });
    if (entries.length === 0)
        throw new UserError(`${source} lists no mounts: expected at least the root mount.`);
    return entries;
}
function isUnder(path, mountPoint) {
    if (mountPoint === '/')
        return path.startsWith('/');
    return path === mountPoint || path.startsWith(`${mountPoint}/`);
}
/**
 * The mount an absolute, symlink-free path lives on: the longest matching mount point; of equal
 * mount points the last one listed, which is mounted over the others.
 */
function findMount(entries, path) {
    let best;
    for (const entry of entries) {
        if (!isUnder(path, entry.mountPoint))
            continue;
        if (!best || entry.mountPoint.length >= best.mountPoint.length)
            best = entry;
    }
    return best;
}
function mountFlags(entry) {
    return {
        noexec: entry.options.includes('noexec'),
        nosuid: entry.options.includes('nosuid'),
        readOnly: entry.options.includes('ro') || entry.superOptions.includes('ro')
    };
}

// Linux: the mount a directory lives on, from /proc/self/mountinfo, plus its mode and owner.
const MOUNTINFO = '/proc/self/mountinfo';
function openLinuxPlatform() {
    return {
        isSystemAccount: false,
        notes: [],
        probe: unixProbeTarget(),
        async explain(path) {
            const facts = { kind: 'unix', ...(await modeAndOwner(path)) };
            try {
                const entry = findMount(parseMountinfo(await readFile(MOUNTINFO, 'utf8'), MOUNTINFO), await realpath(path));
                if (entry) {
                    facts.mount = {
                        mountPoint: entry.mountPoint,
                        fsType: entry.fsType,
                        options: entry.options,
                        flags: mountFlags(entry)
                    };
                }
                else {
                    facts.mountNote = `no mount in ${MOUNTINFO} contains it`;
                }
            }
            catch (error) {
                facts.mountNote = `mount unknown: ${errorMessage(error)}`;
            }
            return facts;
        }
    };
}

const OPERATIONS = ['list', 'create', 'write', 'execute', 'delete'];
// File and directory access rights (winnt.h).
const FILE_LIST_DIRECTORY = 0x1;
const FILE_READ_DATA = 0x1;
const FILE_ADD_FILE = 0x2;
const FILE_WRITE_DATA = 0x2;
const FILE_ADD_SUBDIRECTORY = 0x4;
const FILE_EXECUTE = 0x20;
const FILE_DELETE_CHILD = 0x40;
const DELETE = 0x10000;
// Win32 file APIs always ask for SYNCHRONIZE: denying it denies everything (seen in real %TEMP% ACLs).
const SYNCHRONIZE = 0x100000;
const GENERIC_MAPPING = [
    [0x80000000, 0x120089],
    [0x40000000, 0x120116],
    [0x20000000, 0x1200a0],
    [0x10000000, 0x1f01ff]
];
const RIGHT_NAMES = [
    [0x1, 'list/read data'],
    [0x2, 'add file/write data'],
    [0x4, 'add subfolder/append'],
    [0x20, 'execute'],
    [0x40, 'delete child'],
    [DELETE, 'delete'],
    [SYNCHRONIZE, 'synchronize']
];
const CREATOR_OWNER = 'S-1-3-0';
const CREATOR_GROUP = 'S-1-3-1';
const OWNER_RIGHTS = 'S-1-3-4';
/** Everyone, Authenticated Users, BUILTIN\Users, Anonymous, Interactive. */
const BROAD_GROUPS = new Set(['S-1-1-0', 'S-1-5-11', 'S-1-5-32-545', 'S-1-5-7', 'S-1-5-4']);
/** Generic rights mapped to file rights, as Windows does when it checks or inherits an ACE. */
function mapGenericRights(mask) {
    let mapped = mask & 0x0fffffff;
    for (const [generic, specific] of GENERIC_MAPPING)
        if ((mask & generic) !== 0)
            mapped |= specific;
    return mapped >>> 0;
}
function describeRights(mask) {
    return RIGHT_NAMES.filter(([bit]) => (mask & bit) !== 0)
        .map(([, name]) => name)
        .join(', ');
}
/** The ACEs effective on the directory itself and on a subfolder and a file created inside. */
function scopes(aces) {
    return {
        directory: {
            scope: 'directory',
            aces: aces.filter(ace => !ace.flags.includes('IO')),
            created: false
        },
        // A subfolder inherits container-inherit ACEs (NP ones too: it is an immediate child).
        'new subfolder': {
            scope: 'new subfolder',
            aces: aces.filter(ace => ace.flags.includes('CI')),
            created: true
        },
        // A file inside that subfolder inherits object-inherit ACEs that propagate past one level.
        'new file': {
            scope: 'new file',
            aces: aces.filter(ace => ace.flags.includes('OI') && !ace.flags.includes('NP')),
            created: true
        }
    };
}
function tokenMatcher(token, ownerIsToken) {
    const allowSids = new Set([
        token.user,
        ...token.groups.filter(g => g.enabled && !g.denyOnly).map(g => g.sid)
    ]);
    const denySids = new Set([
        token.user,
        ...token.groups.filter(g => g.enabled || g.denyOnly).map(g => g.sid)
    ]);
    return (sid, deny, created) => {
        if (created && (sid === CREATOR_OWNER || sid === CREATOR_GROUP))
            return true;
        if (sid === OWNER_RIGHTS)
            return created || ownerIsToken;
        return (deny ? denySids : allowSids).has(sid);
    };
}
/** Windows' access check for `desired`: ACEs in order, a deny wins only for bits not yet granted. */
function accessCheck(scoped, desired, matches, nullAcl) {
    if (nullAcl)
        return { allowed: true, grantedBy: [], missing: 0 };
    let granted = 0;
    const grantedBy = [];
    for (const ace of scoped.aces) {
        // Conditional allow ACEs cannot be evaluated here: they grant nothing; conditional denies count.
        const deny = ace.type === 'D' || ace.type === 'XD';
        if (!deny && ace.type !== 'A')
            continue;
        if (!matches(ace.sid, deny, scoped.created))
            continue;
        const bits = mapGenericRights(ace.mask) & desired & ~granted;
        if (bits === 0)
            continue;
        if (deny)
            return { allowed: false, grantedBy, deniedBy: ace, missing: bits };
        granted |= bits;
        grantedBy.push(ace);
        if ((granted & desired) === desired)
            return { allowed: true, grantedBy, missing: 0 };
    }
    return { allowed: false, grantedBy, missing: desired & ~granted };
}
function explain(outcome, requirement) {
    if (outcome.allowed) {
        const by = outcome.grantedBy.map(ace => ace.text).join(' ');
        return by === '' ? `allowed (NULL DACL) on the ${requirement.scope}` : `allowed by ${by}`;
    }
    if (outcome.deniedBy) {
        return `denied by ${outcome.deniedBy.text} on the ${requirement.scope} (${describeRights(outcome.missing)})`;
    }
    return `no ACE grants ${describeRights(outcome.missing)} on the ${requirement.scope}`;
}
/** Every alternative is a list of requirements that must all hold; the first alternative that holds wins. */
const OPERATION_REQUIREMENTS = {
    list: [[{ scope: 'directory', desired: FILE_LIST_DIRECTORY | SYNCHRONIZE }]],
    create: [[{ scope: 'directory', desired: FILE_ADD_SUBDIRECTORY | SYNCHRONIZE }]],
    write: [
        [
            { scope: 'new subfolder', desired: FILE_ADD_FILE | SYNCHRONIZE },
            { scope: 'new file', desired: FILE_WRITE_DATA | SYNCHRONIZE }
        ]
    ],
    // Mapping an image for a new process needs read and execute on the file.
    execute: [[{ scope: 'new file', desired: FILE_EXECUTE | FILE_READ_DATA | SYNCHRONIZE }]],
    // A file is deleted with DELETE on itself, or DELETE_CHILD on its folder; same for the subfolder.
    delete: [
        [
            { scope: 'new file', desired: DELETE | SYNCHRONIZE },
            { scope: 'new subfolder', desired: DELETE | SYNCHRONIZE }
        ],
        [
            { scope: 'new subfolder', desired: FILE_DELETE_CHILD | SYNCHRONIZE },
            { scope: 'directory', desired: FILE_DELETE_CHILD | SYNCHRONIZE }
        ],
        [
            { scope: 'new file', desired: DELETE | SYNCHRONIZE },
            { scope: 'directory', desired: FILE_DELETE_CHILD | SYNCHRONIZE }
        ],
        [
            { scope: 'new subfolder', desired: FILE_DELETE_CHILD | SYNCHRONIZE },
            { scope: 'new subfolder', desired: DELETE | SYNCHRONIZE }
        ]
    ]
};
/** Which of list/create/write/execute/delete this token may do in the directory, and why. */
function assessDirectoryAcl(descriptor, token) {
    const dacl = descriptor.dacl ?? { flags: [], nullAcl: true, aces: [] };
    const tokenSids = new Set([token.user, ...token.groups.map(g => g.sid)]);
    const ownerIsToken = descriptor.owner !== undefined && tokenSids.has(descriptor.owner);
    const matches = tokenMatcher(token, ownerIsToken);
    const byScope = scopes(dacl.aces);
    const operations = OPERATIONS.map((operation) => {
        let firstFailure;
        for (const alternative of OPERATION_REQUIREMENTS[operation]) {
            const reasons = [];
            let failed;
            for (const requirement of alternative) {
                const outcome = accessCheck(byScope[requirement.scope], requirement.desired, matches, dacl.nullAcl);
                if (!outcome.allowed) {
                    failed = { outcome, requirement };
                    break;
                }
                reasons.push(explain(outcome, requirement));
            }
            if (!failed)
                return { operation, allowed: true, reason: [...new Set(reasons)].join('; ') };
            firstFailure ??= failed;
        }
        const { outcome, requirement } = firstFailure;
        return {
            operation,
            allowed: false,
            reason: explain(outcome, requirement),
            deniedBy: outcome.deniedBy
        };
    });
    const denyAces = dacl.aces.filter(ace => (ace.type === 'D' || ace.type === 'XD') &&
        (matches(ace.sid, true, false) || (ace.flags.includes('IO') && matches(ace.sid, true, true))));
    const grantsAnything = dacl.aces.some(ace => ace.type === 'A' && (matches(ace.sid, false, false) || matches(ace.sid, false, true)));
    const worldWritable = byScope.directory.aces.find(ace => ace.type === 'A' &&
        BROAD_GROUPS.has(ace.sid) &&
        (mapGenericRights(ace.mask) & (FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY)) !== 0);
    return {
        operations,
        denyAces,
        protectedWithoutGrant: !dacl.nullAcl && dacl.flags.includes('P') && !grantsAnything,
        worldWritable
    };
}

// Which directories Go will use for temporary files, resolved with Go's own rules (pure).
// - `go build`/`go test` work dir: GOTMPDIR (must exist, golang/go#32320), else os.TempDir().
// - os.TempDir(), which t.TempDir() and os.MkdirTemp("") use: Unix $TMPDIR or /tmp; Windows
//   GetTempPath2W: TMP, TEMP, USERPROFILE, then the Windows directory; a SYSTEM process gets
//   <Windows>\SystemTemp.
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
function windowsDirectory(env) {
    return (nonEmpty(env.SystemRoot) ??
        nonEmpty(env.SYSTEMROOT) ??
        nonEmpty(env.windir) ??
        nonEmpty(env.WINDIR) ??
        'C:\\Windows');
}
/** Windows environment lookups are case-insensitive; ctx.env may come from anywhere. */
function envValue(env, name, platform) {
    if (platform !== 'win32')
        return nonEmpty(env[name]);
    const key = Object.keys(env).find(candidate => candidate.toUpperCase() === name);
    return key === undefined ? undefined : nonEmpty(env[key]);
}
/** os.TempDir() and the variable it came from. */
function goTempDir(input) {
    const { platform, env } = input;
    if (platform !== 'win32') {
        const tmpdir = envValue(env, 'TMPDIR', platform);
        return tmpdir ? { path: tmpdir, source: 'TMPDIR' } : { path: '/tmp', source: '/tmp (default)' };
    }
    if (input.isSystemAccount) {
        return {
            path: win32.join(windowsDirectory(env), 'SystemTemp'),
            source: 'SystemTemp (SYSTEM account)'
        };
    }
    for (const name of ['TMP', 'TEMP', 'USERPROFILE']) {
        const value = envValue(env, name, platform);
        if (value)
            return { path: stripTrailingSeparator(value, platform), source: name };
    }
    return { path: windowsDirectory(env), source: 'Windows directory' };
}
function stripTrailingSeparator(path, platform) {
    const trimmed = platform === 'win32' ? path.replace(/[\\/]+$/, '') : path.replace(/\/+$/, '');
    if (trimmed === '')
        return platform === 'win32' ? path : '/';
    return platform === 'win32' && /^[a-z]:$/i.test(trimmed) ? `${trimmed}\\` : trimmed;
}
function tempCandidates(input) {
    const { platform, env, goEnv } = input;
    const candidates = [];
    const osTemp = goTempDir(input);
    const goValue = (name) => goEnv ? nonEmpty(goEnv[name]) : envValue(env, name, platform);
    const gotmpdir = goValue('GOTMPDIR');
    if (gotmpdir)
        candidates.push({ path: gotmpdir, name: 'GOTMPDIR', role: 'go-work' });
    else
        candidates.push({ path: osTemp.path, name: 'os.TempDir()', role: 'go-work' });
    candidates.push({ path: osTemp.path, name: 'os.TempDir()', role: 'test-temp' });
    candidates.push({ path: osTemp.path, name: osTemp.source, role: 'test-temp' });
    const goReads = platform === 'win32' ? ['TMP', 'TEMP'] : ['TMPDIR'];
    for (const name of ['TMPDIR', 'TMP', 'TEMP']) {
        const value = envValue(env, name, platform);
        if (!value || name === osTemp.source)
            continue;
        // On Windows a TEMP shadowed by TMP is not what Go uses, but other tools may.
        candidates.push({
            path: value,
            name,
            role: goReads.includes(name) && samePath(value, osTemp.path, platform) ? 'test-temp' : 'env-temp'
        });
    }
    const runnerTemp = envValue(env, 'RUNNER_TEMP', platform);
    if (runnerTemp)
        candidates.push({ path: runnerTemp, name: 'RUNNER_TEMP', role: 'runner-temp' });
    for (const name of ['GOCACHE', 'GOMODCACHE']) {
        const value = goValue(name);
        // GOCACHE=off disables the cache; only absolute paths are directories Go will use.
        if (value && isAbsolute(value, platform))
            candidates.push({ path: value, name, role: 'cache' });
    }
    for (const path of input.extraPaths)
        candidates.push({ path, name: 'temp-paths', role: 'extra' });
    return candidates;
}
function isAbsolute(path, platform) {
    return platform === 'win32' ? win32.isAbsolute(path) : posix.isAbsolute(path);
}
/**
 * Each directory once, with every name and role. `canonical` maps a path to the key of the
 * directory it really is (8.3 short names, symlinks); by default the normalised path.
 */
function groupDirectories(candidates, platform, canonical = path => pathKey(path, platform)) {
    const byKey = new Map();
    for (const candidate of candidates) {
        const key = canonical(candidate.path);
        let directory = byKey.get(key);
        if (!directory) {
            directory = {
                path: candidate.path,
                names: [],
                roles: [],
                createdByGo: true,
                mustExist: false
            };
            byKey.set(key, directory);
        }
        if (!directory.names.includes(candidate.name))
            directory.names.push(candidate.name);
        if (!directory.roles.includes(candidate.role))
            directory.roles.push(candidate.role);
        directory.createdByGo &&= candidate.role === 'cache';
        directory.mustExist ||= candidate.name === 'GOTMPDIR';
    }
    return [...byKey.values()];
}

// SDDL (Security Descriptor Definition Language) parser. SDDL is locale-free and names accounts
// by SID, unlike icacls text, which is translated: this is the only ACL text the check reads.
// Format: https://learn.microsoft.com/windows/win32/secauthz/security-descriptor-string-format
/** Well-known SID aliases that resolve without a domain. */
const SID_ALIASES = {
    AA: 'S-1-5-32-579',
    AC: 'S-1-15-2-1',
    AN: 'S-1-5-7',
    AO: 'S-1-5-32-548',
    AU: 'S-1-5-11',
    BA: 'S-1-5-32-544',
    BG: 'S-1-5-32-546',
    BO: 'S-1-5-32-551',
    BU: 'S-1-5-32-545',
    CG: 'S-1-3-1',
    CO: 'S-1-3-0',
    CY: 'S-1-5-32-569',
    ED: 'S-1-5-9',
    ER: 'S-1-5-32-573',
    ES: 'S-1-5-32-576',
    HA: 'S-1-5-32-578',
    HI: 'S-1-16-12288',
    IS: 'S-1-5-32-568',
    IU: 'S-1-5-4',
    LS: 'S-1-5-19',
    LU: 'S-1-5-32-559',
    LW: 'S-1-16-4096',
    ME: 'S-1-16-8192',
    MP: 'S-1-16-8448',
    MS: 'S-1-5-32-577',
    MU: 'S-1-5-32-558',
    NO: 'S-1-5-32-556',
    NS: 'S-1-5-20',
    NU: 'S-1-5-2',
    OW: 'S-1-3-4',
    PS: 'S-1-5-10',
    PU: 'S-1-5-32-547',
    RA: 'S-1-5-32-575',
    RC: 'S-1-5-12',
    RD: 'S-1-5-32-555',
    RE: 'S-1-5-32-552',
    RM: 'S-1-5-32-580',
    RU: 'S-1-5-32-554',
    SI: 'S-1-16-16384',
    SO: 'S-1-5-32-549',
    SU: 'S-1-5-6',
    SY: 'S-1-5-18',
    UD: 'S-1-5-84-0-0-0-0-0',
    WD: 'S-1-1-0',
    WR: 'S-1-5-33'
};
/** Aliases relative to the machine's or the domain's SID: kept as written, they match no token SID. */
const DOMAIN_RELATIVE_ALIASES = new Set([
    'AP', 'CA', 'CD', 'CN', 'DA', 'DC', 'DD', 'DG', 'DU', 'EA', 'EK', 'KA', 'LA', 'LG', 'PA', 'RO', 'RS', 'SA', 'SS'
]); // prettier-ignore
/** Access right codes of SDDL's rights field. */
const RIGHT_CODES = {
    GA: 0x10000000,
    GX: 0x20000000,
    GW: 0x40000000,
    GR: 0x80000000,
    RC: 0x00020000,
    SD: 0x00010000,
    WD: 0x00040000,
    WO: 0x00080000,
    FA: 0x001f01ff,
    FR: 0x00120089,
    FW: 0x00120116,
    FX: 0x001200a0,
    KA: 0x000f003f,
    KR: 0x00020019,
    KW: 0x00020006,
    KX: 0x00020019,
    CC: 0x1,
    DC: 0x2,
    LC: 0x4,
    SW: 0x8,
    RP: 0x10,
    WP: 0x20,
    DT: 0x40,
    LO: 0x80,
    CR: 0x100,
    NR: 0x2,
    NW: 0x1,
    NX: 0x4
};
const ACE_FLAGS = new Set(['CI', 'OI', 'NP', 'IO', 'ID', 'SA', 'FA', 'TP', 'CR']);
const ACL_FLAG = /^(P|AI|AR|NO_ACCESS_CONTROL)/;
function resolveSid(text, where) {
    if (/^S-1(-\d+)+$/i.test(text))
        return text.toUpperCase();
    const alias = text.toUpperCase();
    if (SID_ALIASES[alias])
        return SID_ALIASES[alias];
    if (DOMAIN_RELATIVE_ALIASES.has(alias))
        return alias;
    throw new UserError(`${where}: unknown SID or alias "${text}", expected S-1-... or a two-letter SDDL alias.`);
}
function parseRights(text, where) {
    if (/^0x[0-9a-f]+$/i.test(text))
        return Number.parseInt(text.slice(2), 16) >>> 0;
    if (/^\d+$/.test(text))
        return Number(text) >>> 0;
    if (text.length % 2 !== 0)
        throw new UserError(`${where}: rights "${text}" are not a hex mask or two-letter codes.`);
    let mask = 0;
    for (let i = 0; i < text.length; i += 2) {
        const code = text.slice(i, i + 2).toUpperCase();
        const bits = RIGHT_CODES[code];
        if (bits === undefined)
            throw new UserError(`${where}: unknown access right "${code}" in "${text}".`);
        mask = (mask | bits) >>> 0;
    }
    return mask;
}
function parseAce(text, where) {
    const body = text.slice(1, -1);
    // Conditional ACEs carry a 7th field in parentheses that may itself contain `;`.
    const fields = splitTopLevel(body);
    if (fields.length < 6)
        throw new UserError(`${where}: ACE ${text} has ${fields.length} fields, expected 6 or 7.`);
    const [type, flagText, rights, , , sidText] = fields;
    const flags = [];
    for (let i = 0; i < flagText.length; i += 2) {
        const flag = flagText.slice(i, i + 2).toUpperCase();
        if (!ACE_FLAGS.has(flag))
            throw new UserError(`${where}: unknown ACE flag "${flag}" in ${text}.`);
        flags.push(flag);
    }
    return {
        type: type.toUpperCase(),
        flags,
        mask: parseRights(rights, where),
        sid: resolveSid(sidText, where),
        text
    };
}
function splitTopLevel(body) {
    const fields = [];
    let depth = 0;
    let current = '';
    for (const char of body) {
        if (char === '(')
            depth++;
        if (char === ')')
            depth--;
        if (char === ';' && depth === 0) {
            fields.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    fields.push(current);
    return fields;
}
/** The `(...)` starting at `start`, with nested parentheses (conditional ACEs). */
function readParenthesised(text, start, where) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        if (text[i] === ')' && --depth === 0)
            return text.slice(start, i + 1);
    }
    throw new UserError(`${where}: unbalanced parentheses in ACE starting at offset ${start}.`);
}
/**
 * Parses an SDDL string such as `O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)`.
 * `source` names where it came from, for the error message.
 */
function parseSddl(sddl, source) {
    const text = sddl.trim();
    const where = `SDDL of ${source}`;
    if (text === '')
        throw new UserError(`${where} is empty: expected a security descriptor string.`);
    const descriptor = {};
    let i = 0;
    while (i < text.length) {
        const tag = text.slice(i, i + 2).toUpperCase();
        i += 2;
        if (tag === 'O:' || tag === 'G:') {
            const sidMatch = /^(S-1(?:-\d+)+|[A-Z]{2})/i.exec(text.slice(i));
            if (!sidMatch)
                throw new UserError(`${where}: expected a SID after ${tag} at offset ${i}.`);
            const sid = resolveSid(sidMatch[1], where);
            if (tag === 'O:')
                descriptor.owner = sid;
            else
                descriptor.group = sid;
            i += sidMatch[1].length;
        }
        else if (tag === 'D:' || tag === 'S:') {
            const acl = { flags: [], nullAcl: false, aces: [] };
            let flag;
            while ((flag = ACL_FLAG.exec(text.slice(i))) !== null) {
                if (flag[1] === 'NO_ACCESS_CONTROL')
                    acl.nullAcl = true;
                else
                    acl.flags.push(flag[1]);
                i += flag[1].length;
            }
            while (text[i] === '(') {
                const aceText = readParenthesised(text, i, where);
                acl.aces.push(parseAce(aceText, where));
                i += aceText.length;
            }
            if (tag === 'D:')
                descriptor.dacl = acl;
            else
                descriptor.sacl = acl;
        }
        else {
            throw new UserError(`${where}: unexpected "${text.slice(i - 2, i + 8)}" at offset ${i - 2}, expected O:, G:, D: or S:.`);
        }
    }
    return descriptor;
}

// Windows: the DACL of a directory and the current token's SIDs, read natively through koffi
// (advapi32, kernel32), so nothing depends on localized tool output such as icacls.
const SE_FILE_OBJECT = 1;
const OWNER_SECURITY_INFORMATION = 0x1;
const GROUP_SECURITY_INFORMATION = 0x2;
const DACL_SECURITY_INFORMATION = 0x4;
const SDDL_REVISION_1 = 1;
const TOKEN_QUERY = 0x8;
const TOKEN_USER = 1;
const TOKEN_GROUPS = 2;
const ERROR_INSUFFICIENT_BUFFER = 122;
const SE_GROUP_ENABLED = 0x4;
const SE_GROUP_USE_FOR_DENY_ONLY = 0x10;
const CREATE_SUSPENDED = 0x4;
const CREATE_NO_WINDOW = 0x08000000;
const LOCAL_SYSTEM = 'S-1-5-18';
function openNative() {
    const koffi = loadKoffi();
    const advapi32 = koffi.load('advapi32.dll');
    const kernel32 = koffi.load('kernel32.dll');
    const getNamedSecurityInfoW = advapi32.func('uint32_t __stdcall GetNamedSecurityInfoW(str16 name, int type, uint32_t info, void *owner, void *group, void *dacl, void *sacl, _Out_ void **sd)');
    const convertSdToString = advapi32.func('int __stdcall ConvertSecurityDescriptorToStringSecurityDescriptorW(void *sd, uint32_t revision, uint32_t info, _Out_ void **text, void *length)');
    const convertSidToStringSidW = advapi32.func('int __stdcall ConvertSidToStringSidW(void *sid, _Out_ void **text)');
    const openProcessToken = advapi32.func('int __stdcall OpenProcessToken(void *process, uint32_t access, _Out_ void **token)');
    const getTokenInformation = advapi32.func('int __stdcall GetTokenInformation(void *token, int kind, void *info, uint32_t length, void *returned)');
    const getCurrentProcess = kernel32.func('void * __stdcall GetCurrentProcess()');
    const closeHandle = kernel32.func('int __stdcall CloseHandle(void *handle)');
    const localFree = kernel32.func('void * __stdcall LocalFree(void *memory)');
    const getLastError = kernel32.func('uint32_t __stdcall GetLastError()');
    const createProcessW = kernel32.func('int __stdcall CreateProcessW(str16 application, void *commandLine, void *processAttributes, void *threadAttributes, int inherit, uint32_t flags, void *environment, void *directory, void *startupInfo, void *processInfo)');
    const terminateProcess = kernel32.func('int __stdcall TerminateProcess(void *process, uint32_t code)');
    const pointerSize = koffi.sizeof('void *');
    const readPointer = (buffer, offset) => pointerSize === 8 ? buffer.readBigUInt64LE(offset) : BigInt(buffer.readUInt32LE(offset));
    /** Reads a LocalAlloc'ed UTF-16 string and frees it. */
    const takeString = (pointer) => {
        try {
            return koffi.decode.string16(pointer);
        }
        finally {
            localFree(pointer);
        }
    };
    const sidString = (sid) => {
        const out = [null];
        if (!convertSidToStringSidW(sid, out))
            throw new Error(`ConvertSidToStringSidW failed with error ${getLastError()}`);
        return takeString(out[0]);
    };
    const tokenInformation = (token, kind) => {
        const needed = new Uint32Array(1);
        if (!getTokenInformation(token, kind, null, 0, needed) &&
            getLastError() !== ERROR_INSUFFICIENT_BUFFER) {
            throw new Error(`GetTokenInformation(${kind}) failed with error ${getLastError()}`);
        }
        const buffer = Buffer.alloc(needed[0]);
        if (!getTokenInformation(token, kind, buffer, buffer.length, needed)) {
            throw new Error(`GetTokenInformation(${kind}) failed with error ${getLastError()}`);
        }
        return buffer;
    };
    return {
        readSddl(path) {
            const descriptor = [null];
            const info = OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
            const status = getNamedSecurityInfoW(path, SE_FILE_OBJECT, info, null, null, null, null, descriptor);
            if (status !== 0)
                throw new Error(`GetNamedSecurityInfoW failed with error ${status}`);
            try {
                const text = [null];
                if (!convertSdToString(descriptor[0], SDDL_REVISION_1, info, text, null)) {
                    throw new Error(`ConvertSecurityDescriptorToStringSecurityDescriptorW failed with error ${getLastError()}`);
                }
                return takeString(text[0]);
            }
            finally {
                localFree(descriptor[0]);
            }
        },
        readToken() {
            const handle = [null];
            if (!openProcessToken(getCurrentProcess(), TOKEN_QUERY, handle)) {
                throw new Error(`OpenProcessToken failed with error ${getLastError()}`);
            }
            try {
                // TOKEN_USER is one SID_AND_ATTRIBUTES; TOKEN_GROUPS a count, then an array of them
                // aligned to a pointer. The SID pointers point into the same buffer.
                const user = tokenInformation(handle[0], TOKEN_USER);
                const groupsBuffer = tokenInformation(handle[0], TOKEN_GROUPS);
                const count = groupsBuffer.readUInt32LE(0);
                const groups = Array.from({ length: count }, (_, index) => {
                    const offset = pointerSize + index * 2 * pointerSize;
                    const attributes = groupsBuffer.readUInt32LE(offset + pointerSize);
                    return {
                        sid: sidString(readPointer(groupsBuffer, offset)),
                        enabled: (attributes & SE_GROUP_ENABLED) !== 0,
                        denyOnly: (attributes & SE_GROUP_USE_FOR_DENY_ONLY) !== 0
                    };
                });
                return { user: sidString(readPointer(user, 0)), groups };
            }
            finally {
                closeHandle(handle[0]);
            }
        },
        createProcessError(file) {
            // STARTUPINFOW is 104 bytes with 8-byte pointers (68 with 4); cb is its first field.
            const startupInfo = Buffer.alloc(pointerSize === 8 ? 104 : 68);
            startupInfo.writeUInt32LE(startupInfo.length, 0);
            const processInfo = Buffer.alloc(2 * pointerSize + 8);
            const flags = CREATE_SUSPENDED | CREATE_NO_WINDOW;
            if (createProcessW(file, null, null, null, 0, flags, null, null, startupInfo, processInfo)) {
                terminateProcess(readPointer(processInfo, 0), 1);
                closeHandle(readPointer(processInfo, pointerSize));
                closeHandle(readPointer(processInfo, 0));
                return undefined;
            }
            return getLastError();
        }
    };
}
function openWindowsPlatform(env) {
    let native;
    let token;
    let unavailable = '';
    try {
        native = openNative();
        token = native.readToken();
    }
    catch (error) {
        unavailable = `the DACL cannot be read natively: ${errorMessage(error)}`;
    }
    return {
        isSystemAccount: token?.user === LOCAL_SYSTEM,
        notes: unavailable === '' ? [] : [`Windows: ${unavailable}`],
        probe: {
            sourceExecutable: join(windowsDirectory(env), 'System32', 'hostname.exe'),
            executableSuffix: '.exe',
            retryDelete: true,
            spawnErrorCode: file => native?.createProcessError(file)
        },
        async explain(path) {
            if (!native || !token)
                return { kind: 'none', reason: unavailable };
            const sddl = native.readSddl(path);
            const descriptor = parseSddl(sddl, path);
            return {
                kind: 'windows',
                sddl,
                owner: descriptor.owner,
                assessment: assessDirectoryAcl(descriptor, token)
            };
        }
    };
}

function openTempPlatform(ctx) {
    return onPlatform(ctx.platform, {
        win32: () => openWindowsPlatform(ctx.env),
        linux: openLinuxPlatform,
        darwin: openDarwinPlatform
    });
}

// Temp directories Go will use: resolved with Go's rules, proven by a functional probe, failures
// explained by the mount (Unix) or the DACL (Windows), optionally fixed for later steps.
/** A first start of a new executable can wait for an on-access scan: allow it time. */
const EXEC_TIMEOUT_MS = 30_000;
/** Roles a fix-temp directory takes over: later steps' GOTMPDIR, TMPDIR, TMP and TEMP. */
const FIXABLE_ROLES = ['go-work', 'test-temp', 'env-temp'];
async function checkTempDirs(args, ctx) {
    const finish = resultBuilder('temp-dirs', 'Temp directories');
    const chosen = openTempPlatform(ctx);
    if (!chosen.supported)
        return finish({ status: 'unknown', summary: chosen.reason, findings: [] });
    const platform = chosen.value;
    const directories = groupDirectories(tempCandidates({
        platform: ctx.platform,
        env: ctx.env,
        goEnv: args.goEnv,
        extraPaths: args.extraPaths,
        isSystemAccount: platform.isSystemAccount
    }), ctx.platform, path => canonicalKey(path, ctx.platform));
    const target = { ...platform.probe, execTimeoutMs: EXEC_TIMEOUT_MS };
    const assessed = [];
    for (const directory of directories) {
        const evidence = await gatherEvidence(directory, ctx.platform, platform, target);
        assessed.push({ directory, ...assessDirectory(evidence) });
    }
    const reports = assessed.map(entry => entry.report);
    let findings = assessed.flatMap(entry => entry.findings);
    const details = { directories: reports };
    const notes = [...platform.notes];
    const needsFix = assessed.some(entry => entry.findings.some(f => f.severity !== 'notice') &&
        entry.directory.roles.some(r => FIXABLE_ROLES.includes(r)));
    if (args.fixTemp && needsFix) {
        const outcome = await applyTempFix(ctx.env, target);
        if (outcome.fix && outcome.report) {
            details.fix = outcome.fix;
            reports.push(outcome.report);
            findings = assessed.flatMap(entry => entry.directory.roles.every(role => FIXABLE_ROLES.includes(role))
                ? entry.findings.map(finding => downgradeFixed(finding, outcome.fix?.directory ?? ''))
                : entry.findings);
            findings.push({
                id: 'temp.fix-applied',
                severity: 'notice',
                title: `fix-temp: later steps use ${outcome.fix.directory}`,
                message: `Exported ${outcome.fix.exported.join(', ')} for later steps; the post step removes the directory.`
            });
        }
        else {
            findings.push({
                id: 'temp.fix-failed',
                severity: 'warning',
                title: 'fix-temp found no usable directory',
                message: `No base directory passed the probe: ${outcome.rejected.join('; ')}.`
            });
        }
    }
    else if (args.fixTemp) {
        notes.push('fix-temp: not needed, the temp directories Go uses passed');
    }
    const status = checkStatus(findings, reports);
    return finish({
        status,
        summary: summarize(status, assessed, notes),
        findings: bySeverity(findings),
        details
    });
}
/** The same directory under another name (8.3 short name, symlink) gets the same key. */
function canonicalKey(path, platform) {
    try {
        return pathKey(realpathSync.native(resolve(path)), platform);
    }
    catch {
        return pathKey(path, platform);
    }
}
async function isDirectory(path) {
    return stat(path).then(stats => stats.isDirectory(), () => false);
}
async function nearestExistingParent(path) {
    for (let current = dirname(path);; current = dirname(current)) {
        if (await isDirectory(current))
            return current;
        if (dirname(current) === current)
            return undefined;
    }
}
async function gatherEvidence(directory, platformName, platform, target) {
    const path = resolve(directory.path);
    const exists = await isDirectory(path);
    const evidence = { directory, platform: platformName, exists };
    if (!exists) {
        // Go creates its caches on first use; anything else missing is a finding, with nothing to probe.
        if (!directory.createdByGo)
            return evidence;
        evidence.probedPath = await nearestExistingParent(path);
        if (!evidence.probedPath)
            return evidence;
    }
    else {
        evidence.probedPath = path;
    }
    evidence.facts = await platform
        .explain(evidence.probedPath)
        .catch((error) => ({ kind: 'none', reason: errorMessage(error) }));
    try {
        evidence.probe = await probeDirectory(evidence.probedPath, target);
    }
    catch (error) {
        evidence.probeError = errorMessage(error);
    }
    return evidence;
}
function downgradeFixed(finding, directory) {
    if (finding.severity !== 'error')
        return finding;
    return {
        ...finding,
        severity: 'warning',
        message: `${finding.message} fix-temp moved GOTMPDIR, TMPDIR, TMP and TEMP to ${directory} for later steps.`
    };
}
function checkStatus(findings, reports) {
    const unprobed = reports.length === 0 || reports.some(report => report.status === 'unknown');
    return statusFromFindings(findings, unprobed ? 'unknown' : 'pass');
}
function summarize(status, assessed, notes) {
    const count = `${assessed.length} director${assessed.length === 1 ? 'y' : 'ies'}`;
    const worst = assessed
        .filter(entry => entry.report.status === 'fail' || entry.report.status === 'warn')
        .map(entry => `${entry.directory.path}: ${entry.findings.find(f => f.severity !== 'notice')?.id ?? entry.report.status}`);
    const unknown = assessed
        .filter(entry => entry.report.status === 'unknown')
        .map(entry => entry.directory.path);
    const parts = [];
    if (status === 'pass')
        parts.push(`${count} passed the probe (create, list, write, execute, delete)`);
    else
        parts.push(`${count} probed`);
    if (worst.length > 0)
        parts.push(`problems: ${worst.join('; ')}`);
    if (unknown.length > 0)
        parts.push(`could not probe: ${unknown.join(', ')}`);
    parts.push(...notes);
    return parts.join('. ');
}

/**
 * A first start this much slower than the second suggests an on-access scan of the new file.
 * Without a scanner the two starts of the same small executable differ by a few milliseconds.
 */
const NOTABLE_SCAN_COST_MS = 50;
function judgeDefender(input) {
    const { details } = input;
    const findings = [];
    findings.push(...processExclusionFindings(details.processExclusions));
    findings.push(...appLockerFindings(details, input.temp));
    if (details.state === 'unknown') {
        return { status: 'unknown', summary: details.stateReason, findings };
    }
    if (details.state !== 'active') {
        return inactiveJudgement(input, findings);
    }
    const remediation = input.remediation;
    if (remediation)
        findings.push(...remediationFindings(remediation, details.coverage));
    const uncovered = details.coverage.filter(c => c.coverage === 'not-covered');
    const possibly = details.coverage.filter(c => c.coverage === 'possibly-covered');
    const unknown = details.coverage.filter(c => c.coverage === 'unknown');
    if (possibly.length > 0)
        findings.push(possiblyCoveredFinding(possibly));
    if (unknown.length > 0) {
        const why = input.exclusionsHidden
            ? `Defender hides its exclusions from this non-elevated process (${JSON.stringify(input.hiddenPlaceholder ?? 'N/A')})`
            : `Get-MpPreference failed${input.preferenceError ? `: ${input.preferenceError.id}` : ''}`;
        const costly = unknown.filter(c => (c.scanCostMs ?? 0) >= NOTABLE_SCAN_COST_MS);
        findings.push({
            id: 'defender.coverage-unknown',
            severity: costly.length > 0 ? 'warning' : 'notice',
            title: 'Defender exclusions could not be read',
            message: `${why}, so whether Go's paths are excluded is unknown: ${unknown.map(describePath).join('; ')}.`,
            remedy: addLines(unknown.map(c => c.path), 'if they are not excluded yet'),
            remedyLanguage: 'powershell'
        });
        if (uncovered.length === 0) {
            return costly.length > 0
                ? {
                    status: 'warn',
                    summary: `Defender is active and its exclusions are hidden; a new executable's first start costs up to ${worstCost(costly)} ms, so Go's paths are likely scanned.`,
                    findings
                }
                : {
                    status: 'unknown',
                    summary: `Defender is active, but ${why}: coverage of Go's paths is unknown.`,
                    findings
                };
        }
    }
    if (uncovered.length > 0) {
        findings.push(notExcludedFinding(uncovered, input));
        const cost = worstCost(uncovered);
        return {
            status: 'warn',
            summary: `Defender scans files on access and ${uncovered.length} of ${details.coverage.length} Go paths are not excluded${cost === undefined ? '' : ` (a new binary's first start costs up to ${cost} ms)`}.`,
            findings
        };
    }
    const added = details.exclusionsAdded.length;
    const addedText = added === 0
        ? ''
        : `; this run excluded ${added} path(s)${remediation?.restore === false ? ', kept after the job' : ', removed again in the post step'}`;
    return {
        status: 'pass',
        summary: `Defender is active and every Go path is excluded${possibly.length > 0 ? ' or possibly excluded' : ''}${addedText}.`,
        findings
    };
}
function inactiveJudgement(input, findings) {
    const { details } = input;
    const hostedNote = input.hosted && details.state === 'off'
        ? ' GitHub-hosted Windows images turn real-time monitoring off (and exclude C:\\ and D:\\): scanning cannot slow or break tests here.'
        : ' Defender does not scan new files here, so its exclusions do not matter.';
    const costly = details.coverage.filter(c => (c.scanCostMs ?? 0) >= NOTABLE_SCAN_COST_MS);
    if (costly.length > 0) {
        findings.push({
            id: 'defender.scan-cost-without-defender',
            severity: 'notice',
            title: 'New executables start slowly although Defender is not scanning',
            message: `${costly.map(describePath).join('; ')}. Another antivirus or a file-system filter may inspect new executables; exclude these folders there.`
        });
    }
    return { status: 'pass', summary: `${details.stateReason}${hostedNote}`, findings };
}
function notExcludedFinding(uncovered, input) {
    const notElevated = input.remediation?.notElevated === true;
    const advice = input.exclusionsInput === 'add'
        ? notElevated
            ? ' `defender-exclusions: add` needs an elevated (administrator) runner process, and this one is not: run these lines once in an elevated PowerShell on the runner.'
            : ' Run these lines in an elevated PowerShell on the runner.'
        : ' Run these lines once in an elevated PowerShell on the runner, or set `defender-exclusions: add` on this action (elevated runners) to exclude them for this job only.';
    return {
        id: notElevated ? 'defender.needs-elevation' : 'defender.not-excluded',
        severity: 'warning',
        title: notElevated
            ? 'Defender exclusions need an elevated runner'
            : 'Go paths are not excluded from Defender',
        message: `Defender scans each file Go writes and each test binary it starts, which slows \`go test\` and can make t.TempDir cleanup fail with "used by another process" (golang/go#26055, #50051). ${uncovered.map(describePath).join('; ')}.${advice}`,
        remedy: addLines(uncovered.map(c => c.path)),
        remedyLanguage: 'powershell'
    };
}
function possiblyCoveredFinding(possibly) {
    return {
        id: 'defender.possibly-excluded',
        severity: 'notice',
        title: 'Go paths only possibly excluded from Defender',
        message: `These paths match only a wildcard or an environment-variable exclusion, which Defender may read differently: ${possibly.map(c => `${c.label} ${c.path} (by ${c.by ?? '?'})`).join('; ')}.`,
        remedy: addLines(possibly.map(c => c.path), 'to be sure'),
        remedyLanguage: 'powershell'
    };
}
function remediationFindings(remediation, coverage) {
    const findings = [];
    if (remediation.error) {
        findings.push({
            id: 'defender.add-failed',
            severity: 'warning',
            title: 'Could not add Defender exclusions',
            message: `defender-exclusions: add: ${remediation.error}`
        });
    }
    for (const failure of remediation.failed) {
        findings.push({
            id: 'defender.add-failed',
            severity: 'warning',
            title: 'Could not add a Defender exclusion',
            message: `Add-MpPreference -ExclusionPath ${powershellQuote(failure.path)} failed: ${failure.error}.`
        });
    }
    const unverified = remediation.added.filter(path => !remediation.verified.includes(path));
    if (unverified.length > 0) {
        findings.push({
            id: 'defender.add-unverified',
            severity: 'warning',
            title: 'Added Defender exclusions do not show',
            message: `Add-MpPreference succeeded but ExclusionPath does not list ${unverified.join(', ')}: a policy may override local exclusions (DisableLocalAdminMerge).`
        });
    }
    if (remediation.skippedRoots.length > 0) {
        findings.push({
            id: 'defender.root-not-excluded',
            severity: 'notice',
            title: 'Drive roots are not excluded by this action',
            message: `${remediation.skippedRoots.join(', ')} would exclude a whole drive or share; exclude a narrower folder instead.`
        });
    }
    if (remediation.verified.length > 0) {
        const covered = coverage.filter(c => c.by !== undefined && remediation.verified.includes(c.by));
        findings.push({
            id: 'defender.exclusions-added',
            severity: 'notice',
            title: 'Defender exclusions added for this job',
            message: `Excluded ${remediation.verified.join(', ')} (covering ${covered.map(c => c.label).join(', ')}); ${remediation.restore ? 'the post step removes them' : 'kept after the job (defender-restore: false)'}. Real-time protection stays on.`
        });
    }
    return findings;
}
function processExclusionFindings(processExclusions) {
    const go = goProcessExclusions(processExclusions);
    if (go.length === 0)
        return [];
    return [
        {
            id: 'defender.go-process-exclusion',
            severity: 'notice',
            title: 'go.exe is a process exclusion',
            message: `Defender skips files that go.exe itself opens (${go.join(', ')}), not those its children open or start: the compiler, the linker and each test binary are still scanned. Path exclusions cover them.`
        }
    ];
}
function appLockerFindings(details, temp) {
    if (!details.appLocker?.enforcesExe)
        return [];
    const blocked = (temp?.directories ?? []).filter(directory => directory.steps.some(step => step.step === 'exec-first' && !step.ok));
    const where = blocked.length > 0
        ? ` The temp-dir probe could not start a new executable in ${blocked.map(d => d.path).join(', ')}: a program refused with Windows error 1260 ("This program is blocked by group policy") is refused by this Exe rule collection.`
        : '';
    return [
        {
            id: 'defender.applocker-exe-rules',
            severity: 'notice',
            title: 'AppLocker enforces executable rules',
            message: `AppLocker: ${details.appLocker.detail}. \`go test\` starts test binaries from its temp folder, so an Exe rule must allow that folder.${where}`
        }
    ];
}
function describePath(c) {
    const cost = c.scanCostMs === undefined
        ? 'no start-up measurement here'
        : `a new binary's first start costs ${c.scanCostMs} ms more than its second here`;
    const state = c.coverage === 'not-covered' ? 'not excluded' : c.coverage;
    return `${c.label} ${c.path}: ${state}, ${cost}`;
}
function worstCost(paths) {
    const costs = paths.map(c => c.scanCostMs).filter((cost) => cost !== undefined);
    return costs.length > 0 ? Math.max(...costs) : undefined;
}
/** Paste-able lines for an elevated PowerShell; quoting is safe for any path. */
function addLines(paths, condition) {
    return [
        `# elevated PowerShell on the runner${condition ? `, ${condition}` : ''}`,
        ...paths.map(path => `Add-MpPreference -ExclusionPath ${powershellQuote(path)}`)
    ].join('\n');
}

// 8.3 short names (`C:\Users\RUNNER~1`) resolved by Windows itself: GetLongPathNameW (kernel32).
/** Longest path GetLongPathNameW can return, in UTF-16 code units (with the `\\?\` limit). */
const MAX_PATH_UNITS = 32_768;
function windowsLongPathResolver() {
    const kernel32 = loadKoffi().load('kernel32.dll');
    const getLongPathNameW = kernel32.func('uint32_t __stdcall GetLongPathNameW(str16 shortPath, void *longPath, uint32_t length)');
    const buffer = Buffer.alloc(MAX_PATH_UNITS * 2);
    return path => {
        // Returns the length without the terminating NUL, 0 on failure (e.g. the path does not exist).
        const units = getLongPathNameW(path, buffer, MAX_PATH_UNITS);
        if (units === 0 || units >= MAX_PATH_UNITS)
            return undefined;
        return buffer.toString('utf16le', 0, units * 2);
    };
}

// Microsoft Defender: its state, whether exclusions cover every path Go uses (with the scan cost
// the temp-dir probe measured there) and, on request, exclusions for this job that the post step
// removes again. Windows only; one PowerShell process gathers everything.
const ID$1 = 'defender';
const TITLE$1 = 'Microsoft Defender';
async function checkDefender(args, ctx, deps = {}) {
    const finish = resultBuilder(ID$1, TITLE$1);
    const platform = choosePlatform(ctx.platform);
    if (!platform.supported)
        return finish({ status: 'unknown', summary: platform.reason, findings: [] });
    if (platform.platform !== 'win32') {
        return finish({
            status: 'skipped',
            summary: `Microsoft Defender runs only on Windows; this runner is ${ctx.platform}.`,
            findings: []
        });
    }
    const longPath = deps.longPath ?? openLongPathResolver();
    let probe;
    try {
        const run = await runDefenderScript({ mode: 'status' }, { timeoutMs: args.timeoutMs, env: ctx.env });
        probe = parseStatusProbe(readScriptOutput(run, args.timeoutMs));
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        const reason = `Defender state could not be read: ${error.message}`;
        const coverage = judgeCoverage({
            paths: args.paths,
            exclusions: undefined,
            env: ctx.env,
            longPath,
            temp: args.temp
        });
        return finish({
            status: 'unknown',
            summary: reason,
            findings: [],
            details: {
                state: 'unknown',
                stateReason: reason,
                coverage,
                processExclusions: [],
                exclusionsAdded: []
            }
        });
    }
    const state = deriveState(probe);
    const exclusionPath = probe.preference?.exclusionPath;
    const processList = probe.preference?.exclusionProcess;
    const details = {
        state: state.state,
        stateReason: state.reason,
        realTimeProtection: state.realTimeProtection,
        tamperProtected: probe.computerStatus?.isTamperProtected,
        productVersion: probe.computerStatus?.productVersion,
        elevated: probe.elevated,
        coverage: judgeCoverage({
            paths: args.paths,
            exclusions: exclusionPath,
            env: ctx.env,
            longPath,
            temp: args.temp
        }),
        processExclusions: processList && !processList.hidden ? processList.entries : [],
        appLocker: probe.appLocker ? describeAppLocker(probe.appLocker) : undefined,
        exclusionsAdded: []
    };
    if (!details.appLocker && probe.appLockerError) {
        details.appLocker = {
            enforcesExe: false,
            detail: `effective policy not readable: ${probe.appLockerError.id}`
        };
    }
    let remediation;
    if (args.exclusions === 'add' && state.state === 'active') {
        const wanted = details.coverage.filter(c => c.coverage === 'not-covered' || c.coverage === 'possibly-covered');
        if (wanted.length > 0) {
            remediation = await addExclusions(wanted, probe.elevated === true, args, ctx.env);
            details.exclusionsAdded = remediation.added;
            markAdded(details.coverage, remediation.verified, longPath);
        }
    }
    const judgement = judgeDefender({
        details,
        preferenceError: probe.preferenceError,
        exclusionsHidden: exclusionPath?.hidden === true,
        hiddenPlaceholder: exclusionPath?.hidden ? exclusionPath.placeholder : undefined,
        hosted: ctx.env.RUNNER_ENVIRONMENT === 'github-hosted',
        remediation,
        exclusionsInput: args.exclusions,
        temp: args.temp
    });
    return finish({ ...judgement, details });
}
function openLongPathResolver() {
    try {
        return windowsLongPathResolver();
    }
    catch (error) {
        debug(`GetLongPathNameW unavailable, 8.3 names compared as written: ${errorMessage(error)}`);
        return () => undefined;
    }
}
/**
 * Adds path exclusions for `wanted` (outermost paths only, never a drive root), reads them back,
 * and records exactly what was added for the post step. Never touches real-time protection.
 */
async function addExclusions(wanted, elevated, args, env) {
    const skippedRoots = wanted.filter(c => isRootPath(c.path)).map(c => c.path);
    const attempted = outermostPaths(wanted.filter(c => !isRootPath(c.path)).map(c => c.path));
    const outcome = {
        attempted,
        added: [],
        verified: [],
        failed: [],
        skippedRoots,
        notElevated: !elevated,
        restore: args.restore
    };
    if (!elevated || attempted.length === 0)
        return outcome;
    try {
        const run = await runDefenderScript({ mode: 'add', paths: attempted }, { timeoutMs: args.timeoutMs, env });
        const change = parseChangeOutcome(readScriptOutput(run, args.timeoutMs));
        outcome.added = change.results.filter(r => r.ok).map(r => r.path);
        outcome.failed = change.results
            .filter(r => !r.ok)
            .map(r => ({ path: r.path, error: r.error ? `${r.error.id}: ${r.error.message}` : 'failed' }));
        const readBack = change.exclusionPath;
        outcome.verified =
            readBack && !readBack.hidden
                ? outcome.added.filter(path => listHolds(readBack.entries, path))
                : [];
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        outcome.error = error.message;
    }
    if (outcome.added.length > 0) {
        saveState(ADDED_STATE, serializeAddedState({ paths: outcome.added, restore: args.restore }));
    }
    return outcome;
}
/** Paths now covered by an exclusion this run added and verified. */
function markAdded(coverage, verified, longPath) {
    const judged = judgeCoverage({
        paths: coverage.map(({ label, path }) => ({ label, path })),
        exclusions: { hidden: false, entries: verified },
        env: {},
        longPath
    });
    judged.forEach((entry, index) => {
        const current = coverage[index];
        if (entry.coverage !== 'covered' && entry.coverage !== 'covered-by-parent')
            return;
        if (current.coverage !== 'not-covered' && current.coverage !== 'possibly-covered')
            return;
        current.coverage = entry.coverage;
        current.by = verified.find(path => entry.by === path) ?? entry.by;
    });
}

/**
 * Likely broken: the chance that one run of the test breaks the need is at least this, a test
 * that fails one run in five. On bench/timing-corpus (86 runs each at 0.6 and 0.2 CPU) the needs
 * the model puts over it broke in at least 33% of the runs, those under it in at most 13%
 * (docs/endangered-tests.md has the table).
 */
const LIKELY_CHANCE = 0.2;
/**
 * The lateness of the trials that measured a p99 (a trial that ended short does not count). When
 * none did (a throttled runner stops every trial at its budget), the pooled samples stand as one
 * trial, if they are enough for a p99. The CPU context adds the throttling of a CFS quota.
 */
function latenessOf(trials, pooled, cpu) {
    const measured = trials.filter(t => t.p99 !== null);
    const used = measured.length > 0 ? measured : pooled?.p99 != null ? [pooled] : [];
    if (used.length === 0)
        return undefined;
    const lateness = {
        p50Us: used.map(t => t.median),
        p90Us: used.map(t => t.p90),
        p99Us: used.map(t => t.p99),
        p999Us: used.map(t => t.p999),
        maxUs: used.map(t => t.max)
    };
    if (cpu?.quotaUs !== undefined && cpu.periodUs !== undefined && cpu.throttledPct !== undefined) {
        lateness.throttle = {
            quotaUs: cpu.quotaUs,
            periodUs: cpu.periodUs,
            throttledPct: cpu.throttledPct
        };
    }
    return lateness;
}
/**
 * The share of one trial's wake-ups later than m, as far as its quantiles tell: at least half
 * when the median is over m, a tenth for p90, a hundredth for p99, a thousandth for p99.9.
 */
function shareLaterThan(marginUs, lateness, trial) {
    if (lateness.p50Us[trial] > marginUs)
        return 0.5;
    if (lateness.p90Us[trial] > marginUs)
        return 0.1;
    if (lateness.p99Us[trial] > marginUs)
        return 0.01;
    const p999 = lateness.p999Us[trial];
    return p999 !== null && p999 > marginUs ? 0.001 : 0;
}
/**
 * Measured lateness: the timer loop wakes at random phases of the runner's scheduling, so the
 * share of its wake-ups later than m is the chance for one wait; the median trial decides.
 */
function measuredChance(marginUs, lateness) {
    const shares = lateness.p99Us.map((_, i) => shareLaterThan(marginUs, lateness, i));
    return median(shares);
}
/**
 * How often, in a throttled period, a wake-up of the test finds its CPU's share of the quota
 * spent and waits for the next period with the cgroup's busy threads. CFS hands a cgroup's quota
 * to each CPU in slices and lets a CPU keep about 1 ms of it when its threads go to sleep
 * (Documentation/scheduler/sched-bwc.rst): a test thread that sleeps whole periods wakes on that
 * slack and runs, one woken every few milliseconds draws it down. Chosen on bench/timing-corpus
 * (86 runs each at 0.2 and 0.6 CPU; docs/endangered-tests.md has the table).
 */
const EXPOSURE = {
    /** The reader of a ticker that fires FREQUENT_WAKES times a period or more. */
    frequent: 0.7,
    /** A test with a repeating wait (a ticker read less often, a cache's janitor). */
    periodic: 0.25,
    /** A test whose only wake-ups are its own waits. */
    quiet: 0.03
};
/** Wake-ups per CFS period from which a ticker's reader counts as `frequent`. */
const FREQUENT_WAKES = 10;
/** What the wake-up that decides the need is, as the rule names it. */
const EXPOSURE_TEXT = {
    frequent: `a ticker read ${FREQUENT_WAKES} times a period or more`,
    periodic: 'a test with a repeating wait',
    quiet: 'a test woken only by its own waits'
};
function exposureClass(need, throttle) {
    if (need.kind === 'ticker-count') {
        return need.waitUs * FREQUENT_WAKES <= throttle.periodUs ? 'frequent' : 'periodic';
    }
    return need.periodicUs > 0 && need.periodicUs < throttle.periodUs ? 'periodic' : 'quiet';
}
/** The exposure of the wake-up that decides the need (EXPOSURE). */
function exposureOf(need, throttle) {
    return EXPOSURE[exposureClass(need, throttle)];
}
/**
 * Where a wait ends in a throttled CFS period. A throttled cgroup runs for its quota Q at the
 * start of each period P, then stops until the next one: a thread woken in the stop runs at the
 * period's end, late by the rest of it. A test thread runs, hence starts its wait, in the running
 * part, at a phase uniform over [0, Q); a wait of d then ends at (phase + d) mod P. The share of
 * phases for which it ends in the stop more than m before the period's end is the chance.
 */
function phaseChance(waitUs, marginUs, throttle) {
    const { quotaUs: q, periodUs: p } = throttle;
    if (p - q <= marginUs || q <= 0)
        return 0;
    // End phases [end, end + q): the part past p is the next period's running part.
    const end = waitUs % p;
    const late = Math.max(0, Math.min(end + q, p - marginUs) - Math.max(end, q));
    return late / q;
}
/**
 * A ticker of period p counted over a window W wants K ticks: it breaks when more than
 * floor(m / p) of the W / p due are lost (m = W - K p). A stop of S = P - Q the reader sits in
 * makes S / p ticks due and the channel keeps one: it loses the rest. Each stop of the window
 * (W / P of them) holds the reader with chance `exposed`; the chance is that the stops that did
 * lose more ticks than the margin holds.
 */
function tickerChance(need, throttle, exposed) {
    const stopUs = throttle.periodUs - throttle.quotaUs;
    if (need.waitUs <= 0 || stopUs <= 0)
        return 0;
    const due = stopUs / need.waitUs;
    const lostPerStop = split(due).map(([ticks, p]) => [Math.max(0, ticks - 1), p]);
    const needed = Math.floor(need.marginUs / need.waitUs) + 1;
    const windowUs = need.boundUs + need.marginUs;
    // Every stop of the window held loses no more than this: nothing to add up.
    const mostLost = Math.ceil(windowUs / throttle.periodUs) * Math.max(...lostPerStop.map(l => l[0]));
    if (mostLost < needed)
        return 0;
    let chance = 0;
    for (const [stops, pStops] of split(windowUs / throttle.periodUs)) {
        // The distribution of ticks lost so far, capped at `needed`.
        let lost = new Array(needed + 1).fill(0);
        lost[0] = 1;
        for (let i = 0; i < stops; i++) {
            const next = new Array(needed + 1).fill(0);
            lost.forEach((p, have) => {
                next[have] += p * (1 - exposed);
                for (const [ticks, pTicks] of lostPerStop) {
                    next[Math.min(needed, have + ticks)] += p * exposed * pTicks;
                }
            });
            lost = next;
        }
        chance += pStops * lost[needed];
    }
    return chance;
}
/** x as its two neighbouring whole numbers, each with its weight: 2.5 is 2 or 3, half each. */
function split(x) {
    const low = Math.floor(x);
    const frac = x - low;
    return frac < 1e-9
        ? [[low, 1]]
        : [
            [low, 1 - frac],
            [low + 1, frac]
        ];
}
/**
 * The chance that CFS throttling breaks the need in one run: the share of periods throttled
 * times the exposure of the wake-up that decides it, times where its wait ends (phaseChance); for
 * a ticker count, the stops its window spans. The late wake of a janitor eviction is the
 * janitor's run due at the bound (TTL + interval).
 */
function throttleChance(need, throttle) {
    const exposed = (throttle.throttledPct / 100) * exposureOf(need, throttle);
    if (need.kind === 'ticker-count')
        return tickerChance(need, throttle, exposed);
    const waitUs = need.kind === 'ttl-eviction' ? need.boundUs : need.waitUs;
    return exposed * phaseChance(waitUs, need.marginUs, throttle);
}
function judgeNeed(need, lateness) {
    const marginUs = need.marginUs;
    const n = lateness.p99Us.length;
    const overP99 = lateness.p99Us.filter(p => p > marginUs).length;
    const overMax = lateness.maxUs.filter(m => m > marginUs).length;
    const parts = [
        `p99 over the margin in ${overP99} of ${n} trials measured (median p99 ${ms(median(lateness.p99Us))}), max ${ms(Math.max(...lateness.maxUs))}`
    ];
    const measured = measuredChance(marginUs, lateness);
    const throttled = lateness.throttle ? throttleChance(need, lateness.throttle) : 0;
    if (lateness.throttle) {
        const t = lateness.throttle;
        const exposure = exposureClass(need, t);
        parts.push(`throttled in ${Number(t.throttledPct.toPrecision(3))}% of ${ms(t.periodUs)} periods with a ` +
            `${ms(t.quotaUs)} quota, ${percent(EXPOSURE[exposure])} of them reaching ${EXPOSURE_TEXT[exposure]}: ` +
            `${percent(throttled)} chance that the wait ends later than the margin`);
    }
    const chance = Math.max(measured, throttled);
    const numbers = `${percent(chance)} chance per run: ${parts.join('; ')}`;
    if (chance >= LIKELY_CHANCE)
        return { risk: 'likely', chance, rule: `likely broken, ${numbers}` };
    if (chance > 0 || overMax > 0) {
        return { risk: 'possible', chance, rule: `possibly broken, ${numbers}` };
    }
    return { risk: 'unlikely', chance, rule: `within this runner's lateness, ${numbers}` };
}
/**
 * The chance that some test breaks in one run: each test breaks with the chance of its likeliest
 * need, tests independently. What the verdict predicts ("a test fails in this run"): several
 * needs each under LIKELY_CHANCE can make a run likely to fail together.
 */
function runChance(needs) {
    const byTest = new Map();
    for (const need of needs) {
        const key = `${need.file}:${need.test}`;
        byTest.set(key, Math.max(byTest.get(key) ?? 0, need.chance));
    }
    return 1 - [...byTest.values()].reduce((passes, chance) => passes * (1 - chance), 1);
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** A chance as runs: 0.2 is `1 run in 5`. */
function oneRunIn(chance) {
    return `1 run in ${Math.round(1 / chance)}`;
}
function percent(chance) {
    return `${Number((100 * chance).toPrecision(2))}%`;
}
/** Microseconds as milliseconds, three significant digits: `20 ms`, `0.155 ms`. */
function ms(us) {
    return `${Number((us / 1000).toPrecision(3))} ms`;
}

var ANALYZER_GO_MOD = "module gowinpreflight/analyzer\n\ngo 1.19\n";

var ANALYZER_SOURCE = "// Command analyzer lists the timing-sensitive calls in Go test files whose duration is a\n// constant it can evaluate, and per Test function its timing needs (needs.go). It reads file\n// paths, one per line, on stdin and writes one JSON document to stdout:\n// {\"filesScanned\": n, \"waits\": [...], \"tests\": [...], \"errors\": [...]}.\n// It uses only the standard library so that any Go 1.19+ toolchain builds it offline.\npackage main\n\nimport (\n\t\"bufio\"\n\t\"encoding/json\"\n\t\"go/ast\"\n\t\"go/constant\"\n\t\"go/parser\"\n\t\"go/token\"\n\t\"math\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"regexp\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n// Durations are nanoseconds, as time.Duration counts them.\nvar timeUnits = map[string]int64{\n\t\"Nanosecond\":  1,\n\t\"Microsecond\": 1e3,\n\t\"Millisecond\": 1e6,\n\t\"Second\":      1e9,\n\t\"Minute\":      60e9,\n\t\"Hour\":        3600e9,\n}\n\n// Which argument of each call is the duration.\nvar timeCalls = map[string]int{\"Sleep\": 0, \"After\": 0, \"Tick\": 0, \"NewTimer\": 0, \"NewTicker\": 0, \"AfterFunc\": 0}\nvar contextCalls = map[string]int{\"WithTimeout\": 1, \"WithTimeoutCause\": 1, \"WithDeadline\": 1, \"WithDeadlineCause\": 1}\n\nvar conversionTypes = map[string]bool{\n\t\"int\": true, \"int8\": true, \"int16\": true, \"int32\": true, \"int64\": true,\n\t\"uint\": true, \"uint8\": true, \"uint16\": true, \"uint32\": true, \"uint64\": true, \"uintptr\": true,\n\t\"float32\": true, \"float64\": true,\n}\n\ntype constDef struct {\n\texpr ast.Expr\n\tiota int64\n\tfile *sourceFile\n}\n\ntype sourceFile struct {\n\tpath   string\n\tsrc    []byte\n\tsyntax *ast.File\n\t// Local names under which the file imports \"time\" and \"context\" (\".\" for a dot import).\n\ttimeNames    map[string]bool\n\tcontextNames map[string]bool\n\t// Every constant name declared in the file, at any scope.\n\tconsts map[*ast.Ident]*constDef\n}\n\ntype packageInfo struct {\n\tname   string\n\tconsts map[string][]*constDef\n\tfuncs  map[string]bool\n}\n\ntype analyzer struct {\n\tfset     *token.FileSet\n\tpackages map[string]*packageInfo\n\tactive   map[*constDef]bool\n\t// Every file parsed: the listed ones and the rest of their packages.\n\tall    []*sourceFile\n\twaits  []map[string]interface{}\n\ttests  []map[string]interface{}\n\terrors []map[string]interface{}\n}\n\nfunc main() {\n\tvar paths []string\n\tscanner := bufio.NewScanner(os.Stdin)\n\tscanner.Buffer(make([]byte, 1<<20), 1<<20)\n\tfor scanner.Scan() {\n\t\tline := strings.TrimSpace(scanner.Text())\n\t\tif line != \"\" {\n\t\t\tpaths = append(paths, line)\n\t\t}\n\t}\n\ta := &analyzer{fset: token.NewFileSet(), packages: map[string]*packageInfo{}, active: map[*constDef]bool{}}\n\tfiles := a.load(paths)\n\tidx := a.buildIndex()\n\tfor _, f := range files {\n\t\ta.scan(f)\n\t\ta.tests = append(a.tests, a.testNeeds(f, idx)...)\n\t}\n\tsort.SliceStable(a.waits, func(i, j int) bool {\n\t\tx, y := a.waits[i], a.waits[j]\n\t\tif x[\"file\"] != y[\"file\"] {\n\t\t\treturn x[\"file\"].(string) < y[\"file\"].(string)\n\t\t}\n\t\tif x[\"line\"] != y[\"line\"] {\n\t\t\treturn x[\"line\"].(int) < y[\"line\"].(int)\n\t\t}\n\t\treturn x[\"column\"].(int) < y[\"column\"].(int)\n\t})\n\tout := map[string]interface{}{\"filesScanned\": len(paths), \"waits\": a.waits, \"tests\": a.tests, \"errors\": a.errors}\n\tif a.tests == nil {\n\t\tout[\"tests\"] = []interface{}{}\n\t}\n\tif a.waits == nil {\n\t\tout[\"waits\"] = []interface{}{}\n\t}\n\tif a.errors == nil {\n\t\tout[\"errors\"] = []interface{}{}\n\t}\n\tencoder := json.NewEncoder(os.Stdout)\n\tif err := encoder.Encode(out); err != nil {\n\t\tos.Stderr.WriteString(err.Error() + \"\\n\")\n\t\tos.Exit(1)\n\t}\n}\n\n// load parses the listed files, and the other .go files of their directories for the\n// package-level constants and functions the listed files may refer to.\nfunc (a *analyzer) load(paths []string) []*sourceFile {\n\tlisted := map[string]bool{}\n\tdirs := []string{}\n\tseenDir := map[string]bool{}\n\tfor _, p := range paths {\n\t\tlisted[filepath.Clean(p)] = true\n\t\tdir := filepath.Dir(p)\n\t\tif !seenDir[dir] {\n\t\t\tseenDir[dir] = true\n\t\t\tdirs = append(dirs, dir)\n\t\t}\n\t}\n\tvar scanned []*sourceFile\n\tfor _, p := range paths {\n\t\tif f := a.parse(p, true); f != nil {\n\t\t\tscanned = append(scanned, f)\n\t\t}\n\t}\n\tfor _, dir := range dirs {\n\t\tentries, err := os.ReadDir(dir)\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n\t\tfor _, e := range entries {\n\t\t\tname := e.Name()\n\t\t\tp := filepath.Join(dir, name)\n\t\t\tif e.IsDir() || !strings.HasSuffix(name, \".go\") || listed[filepath.Clean(p)] {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\ta.parse(p, false)\n\t\t}\n\t}\n\treturn scanned\n}\n\nfunc (a *analyzer) parse(path string, listed bool) *sourceFile {\n\tsrc, err := os.ReadFile(path)\n\tif err != nil {\n\t\tif listed {\n\t\t\ta.errors = append(a.errors, map[string]interface{}{\"file\": path, \"message\": err.Error()})\n\t\t}\n\t\treturn nil\n\t}\n\tsyntax, err := parser.ParseFile(a.fset, path, src, parser.ParseComments)\n\tif err != nil {\n\t\t// Context files of the package are best effort; a listed file that does not parse is reported.\n\t\tif listed {\n\t\t\ta.errors = append(a.errors, map[string]interface{}{\"file\": path, \"message\": err.Error()})\n\t\t}\n\t\treturn nil\n\t}\n\tf := &sourceFile{path: path, src: src, syntax: syntax, timeNames: map[string]bool{}, contextNames: map[string]bool{}, consts: map[*ast.Ident]*constDef{}}\n\ta.all = append(a.all, f)\n\tfor _, spec := range syntax.Imports {\n\t\timportPath, err := strconv.Unquote(spec.Path.Value)\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n\t\tlocal := filepath.Base(importPath)\n\t\tif spec.Name != nil {\n\t\t\tlocal = spec.Name.Name\n\t\t}\n\t\tswitch importPath {\n\t\tcase \"time\":\n\t\t\tf.timeNames[local] = true\n\t\tcase \"context\":\n\t\t\tf.contextNames[local] = true\n\t\t}\n\t}\n\tpkg := a.packageOf(filepath.Dir(path), syntax.Name.Name)\n\tast.Inspect(syntax, func(n ast.Node) bool {\n\t\tdecl, ok := n.(*ast.GenDecl)\n\t\tif !ok || decl.Tok != token.CONST {\n\t\t\treturn true\n\t\t}\n\t\t// An omitted value list repeats the previous one, with this spec's iota.\n\t\tvar values []ast.Expr\n\t\tfor i, s := range decl.Specs {\n\t\t\tspec := s.(*ast.ValueSpec)\n\t\t\tif len(spec.Values) > 0 {\n\t\t\t\tvalues = spec.Values\n\t\t\t}\n\t\t\tfor j, name := range spec.Names {\n\t\t\t\tif j >= len(values) {\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t\tf.consts[name] = &constDef{expr: values[j], iota: int64(i), file: f}\n\t\t\t}\n\t\t}\n\t\treturn true\n\t})\n\tfor _, d := range syntax.Decls {\n\t\tswitch decl := d.(type) {\n\t\tcase *ast.GenDecl:\n\t\t\tif decl.Tok != token.CONST {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tfor _, s := range decl.Specs {\n\t\t\t\tfor _, name := range s.(*ast.ValueSpec).Names {\n\t\t\t\t\tif def := f.consts[name]; def != nil && name.Name != \"_\" {\n\t\t\t\t\t\tpkg.consts[name.Name] = append(pkg.consts[name.Name], def)\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\tcase *ast.FuncDecl:\n\t\t\tif decl.Recv == nil {\n\t\t\t\tpkg.funcs[decl.Name.Name] = true\n\t\t\t}\n\t\t}\n\t}\n\treturn f\n}\n\nfunc (a *analyzer) packageOf(dir, name string) *packageInfo {\n\tkey := dir + \"\\x00\" + name\n\tpkg := a.packages[key]\n\tif pkg == nil {\n\t\tpkg = &packageInfo{name: name, consts: map[string][]*constDef{}, funcs: map[string]bool{}}\n\t\ta.packages[key] = pkg\n\t}\n\treturn pkg\n}\n\nfunc (a *analyzer) scan(f *sourceFile) {\n\tpkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)\n\tselectCases := map[*ast.CallExpr]bool{}\n\tast.Inspect(f.syntax, func(n ast.Node) bool {\n\t\tswitch node := n.(type) {\n\t\tcase *ast.CommClause:\n\t\t\tif call := receivedCall(node.Comm); call != nil {\n\t\t\t\tselectCases[call] = true\n\t\t\t}\n\t\tcase *ast.CallExpr:\n\t\t\ta.check(f, pkg, node, selectCases[node])\n\t\t}\n\t\treturn true\n\t})\n}\n\n// received returns the operand x of \"case <-x\", \"case v := <-x\" and \"case v, ok = <-x\", without\n// parentheses: a call (<-time.After(d)) or a channel variable (<-deadline).\nfunc received(comm ast.Stmt) ast.Expr {\n\tvar x ast.Expr\n\tswitch s := comm.(type) {\n\tcase *ast.ExprStmt:\n\t\tx = s.X\n\tcase *ast.AssignStmt:\n\t\tif len(s.Rhs) == 1 {\n\t\t\tx = s.Rhs[0]\n\t\t}\n\t}\n\tif recv, ok := x.(*ast.UnaryExpr); ok && recv.Op == token.ARROW {\n\t\treturn unparen(recv.X)\n\t}\n\treturn nil\n}\n\n// receivedCall returns the call c in \"case <-c(...)\", or nil.\nfunc receivedCall(comm ast.Stmt) *ast.CallExpr {\n\tcall, _ := received(comm).(*ast.CallExpr)\n\treturn call\n}\n\nfunc (a *analyzer) check(f *sourceFile, pkg *packageInfo, call *ast.CallExpr, inSelect bool) {\n\tvar name string\n\tvar arg int\n\tif fn, ok := a.calledFunc(f, pkg, call.Fun, f.timeNames, \"time\"); ok {\n\t\tindex, known := timeCalls[fn]\n\t\tif !known {\n\t\t\treturn\n\t\t}\n\t\tname, arg = \"time.\"+fn, index\n\t} else if fn, ok := a.calledFunc(f, pkg, call.Fun, f.contextNames, \"context\"); ok {\n\t\tindex, known := contextCalls[fn]\n\t\tif !known {\n\t\t\treturn\n\t\t}\n\t\tname, arg = \"context.\"+fn, index\n\t} else {\n\t\treturn\n\t}\n\tif arg >= len(call.Args) {\n\t\treturn\n\t}\n\tdurationExpr := call.Args[arg]\n\tif strings.HasPrefix(name, \"context.WithDeadline\") {\n\t\t// Only a deadline written relative to now is a wait we can size: time.Now().Add(d).\n\t\tadd, ok := unparen(durationExpr).(*ast.CallExpr)\n\t\tif !ok || len(add.Args) != 1 {\n\t\t\treturn\n\t\t}\n\t\tsel, ok := add.Fun.(*ast.SelectorExpr)\n\t\tif !ok || sel.Sel.Name != \"Add\" {\n\t\t\treturn\n\t\t}\n\t\tnow, ok := unparen(sel.X).(*ast.CallExpr)\n\t\tif !ok || len(now.Args) != 0 {\n\t\t\treturn\n\t\t}\n\t\tif fn, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, \"time\"); !ok || fn != \"Now\" {\n\t\t\treturn\n\t\t}\n\t\tdurationExpr = add.Args[0]\n\t}\n\tvalue, ok := a.eval(f, durationExpr, -1)\n\tif !ok {\n\t\treturn\n\t}\n\tns, ok := nanoseconds(value)\n\tif !ok {\n\t\treturn\n\t}\n\tif inSelect {\n\t\tname = \"select <-\" + name\n\t}\n\tpos := a.fset.Position(call.Pos())\n\ta.waits = append(a.waits, map[string]interface{}{\n\t\t\"file\":       f.path,\n\t\t\"line\":       pos.Line,\n\t\t\"column\":     pos.Column,\n\t\t\"call\":       name,\n\t\t\"durationNs\": ns,\n\t\t\"expression\": a.text(f, durationExpr),\n\t})\n}\n\n// calledFunc names the function of package pkgName that fun refers to: through the file's\n// import names, a dot import, or (inside that package itself) an unqualified top-level function.\nfunc (a *analyzer) calledFunc(f *sourceFile, pkg *packageInfo, fun ast.Expr, names map[string]bool, pkgName string) (string, bool) {\n\tswitch fn := unparen(fun).(type) {\n\tcase *ast.SelectorExpr:\n\t\tif id, ok := fn.X.(*ast.Ident); ok && id.Obj == nil && names[id.Name] {\n\t\t\treturn fn.Sel.Name, true\n\t\t}\n\tcase *ast.Ident:\n\t\tif fn.Obj != nil {\n\t\t\treturn \"\", false\n\t\t}\n\t\tif names[\".\"] || (pkg.name == pkgName && pkg.funcs[fn.Name]) {\n\t\t\treturn fn.Name, true\n\t\t}\n\t}\n\treturn \"\", false\n}\n\n// unparen strips parentheses (ast.Unparen needs Go 1.22).\nfunc unparen(x ast.Expr) ast.Expr {\n\tfor {\n\t\tp, ok := x.(*ast.ParenExpr)\n\t\tif !ok {\n\t\t\treturn x\n\t\t}\n\t\tx = p.X\n\t}\n}\n\n// text is the source of x with its whitespace runs collapsed, for a one-line message.\nfunc (a *analyzer) text(f *sourceFile, x ast.Expr) string {\n\tstart, end := a.fset.Position(x.Pos()).Offset, a.fset.Position(x.End()).Offset\n\tif start < 0 || end > len(f.src) || start > end {\n\t\treturn \"\"\n\t}\n\treturn strings.Join(strings.Fields(string(f.src[start:end])), \" \")\n}\n\n// eval folds a constant expression with go/constant. iota is -1 outside a const declaration.\nfunc (a *analyzer) eval(f *sourceFile, x ast.Expr, iota int64) (constant.Value, bool) {\n\tswitch e := x.(type) {\n\tcase *ast.BasicLit:\n\t\tv := constant.MakeFromLiteral(e.Value, e.Kind, 0)\n\t\treturn v, v.Kind() == constant.Int || v.Kind() == constant.Float\n\tcase *ast.ParenExpr:\n\t\treturn a.eval(f, e.X, iota)\n\tcase *ast.Ident:\n\t\treturn a.evalIdent(f, e, iota)\n\tcase *ast.SelectorExpr:\n\t\tif id, ok := e.X.(*ast.Ident); ok && id.Obj == nil && f.timeNames[id.Name] {\n\t\t\tif unit, ok := timeUnits[e.Sel.Name]; ok {\n\t\t\t\treturn constant.MakeInt64(unit), true\n\t\t\t}\n\t\t}\n\tcase *ast.UnaryExpr:\n\t\tif e.Op != token.ADD && e.Op != token.SUB {\n\t\t\treturn nil, false\n\t\t}\n\t\tv, ok := a.eval(f, e.X, iota)\n\t\tif !ok {\n\t\t\treturn nil, false\n\t\t}\n\t\treturn constant.UnaryOp(e.Op, v, 0), true\n\tcase *ast.BinaryExpr:\n\t\treturn a.evalBinary(f, e, iota)\n\tcase *ast.CallExpr:\n\t\tif len(e.Args) != 1 || e.Ellipsis != token.NoPos || !a.isConversion(f, e.Fun) {\n\t\t\treturn nil, false\n\t\t}\n\t\tv, ok := a.eval(f, e.Args[0], iota)\n\t\tif !ok {\n\t\t\treturn nil, false\n\t\t}\n\t\tif id, isIdent := e.Fun.(*ast.Ident); isIdent && strings.HasPrefix(id.Name, \"float\") {\n\t\t\treturn constant.ToFloat(v), true\n\t\t}\n\t\treturn v, true\n\t}\n\treturn nil, false\n}\n\nfunc (a *analyzer) isConversion(f *sourceFile, fun ast.Expr) bool {\n\tswitch fn := unparen(fun).(type) {\n\tcase *ast.Ident:\n\t\tif fn.Obj == nil && conversionTypes[fn.Name] {\n\t\t\treturn true\n\t\t}\n\t\treturn fn.Obj == nil && fn.Name == \"Duration\" && (f.timeNames[\".\"] || f.syntax.Name.Name == \"time\")\n\tcase *ast.SelectorExpr:\n\t\tid, ok := fn.X.(*ast.Ident)\n\t\treturn ok && id.Obj == nil && f.timeNames[id.Name] && fn.Sel.Name == \"Duration\"\n\t}\n\treturn false\n}\n\nfunc (a *analyzer) evalIdent(f *sourceFile, id *ast.Ident, iota int64) (constant.Value, bool) {\n\tif id.Obj != nil {\n\t\t// Resolved inside the file: a constant (local or package-level) or something variable.\n\t\tif id.Obj.Kind != ast.Con {\n\t\t\treturn nil, false\n\t\t}\n\t\tspec, ok := id.Obj.Decl.(*ast.ValueSpec)\n\t\tif !ok {\n\t\t\treturn nil, false\n\t\t}\n\t\tfor _, name := range spec.Names {\n\t\t\tif name.Name == id.Name && f.consts[name] != nil {\n\t\t\t\treturn a.evalDef(f.consts[name])\n\t\t\t}\n\t\t}\n\t\treturn nil, false\n\t}\n\tif id.Name == \"iota\" && iota >= 0 {\n\t\treturn constant.MakeInt64(iota), true\n\t}\n\tif unit, ok := timeUnits[id.Name]; ok && (f.timeNames[\".\"] || f.syntax.Name.Name == \"time\") {\n\t\tif defs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]; len(defs) == 0 {\n\t\t\treturn constant.MakeInt64(unit), true\n\t\t}\n\t}\n\t// Declared in another file of the package: every declaration (one per build variant) must agree.\n\tdefs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]\n\tif len(defs) == 0 {\n\t\treturn nil, false\n\t}\n\tvar result constant.Value\n\tfor _, def := range defs {\n\t\tv, ok := a.evalDef(def)\n\t\tif !ok || (result != nil && !constant.Compare(result, token.EQL, v)) {\n\t\t\treturn nil, false\n\t\t}\n\t\tresult = v\n\t}\n\treturn result, true\n}\n\nfunc (a *analyzer) evalDef(def *constDef) (constant.Value, bool) {\n\tif a.active[def] {\n\t\treturn nil, false\n\t}\n\ta.active[def] = true\n\tdefer delete(a.active, def)\n\treturn a.eval(def.file, def.expr, def.iota)\n}\n\nfunc (a *analyzer) evalBinary(f *sourceFile, e *ast.BinaryExpr, iota int64) (constant.Value, bool) {\n\tx, ok := a.eval(f, e.X, iota)\n\tif !ok {\n\t\treturn nil, false\n\t}\n\ty, ok := a.eval(f, e.Y, iota)\n\tif !ok {\n\t\treturn nil, false\n\t}\n\top := e.Op\n\tswitch op {\n\tcase token.ADD, token.SUB, token.MUL:\n\t\treturn constant.BinaryOp(x, op, y), true\n\tcase token.QUO, token.REM:\n\t\tif constant.Sign(y) == 0 {\n\t\t\treturn nil, false\n\t\t}\n\t\tif x.Kind() == constant.Int && y.Kind() == constant.Int {\n\t\t\tif op == token.QUO {\n\t\t\t\top = token.QUO_ASSIGN // integer division, as Duration arithmetic does\n\t\t\t}\n\t\t\treturn constant.BinaryOp(x, op, y), true\n\t\t}\n\t\tif op == token.REM {\n\t\t\treturn nil, false\n\t\t}\n\t\treturn constant.BinaryOp(x, op, y), true\n\tcase token.SHL, token.SHR:\n\t\tshift, exact := constant.Uint64Val(constant.ToInt(y))\n\t\txi := constant.ToInt(x)\n\t\tif !exact || shift > 64 || xi.Kind() != constant.Int {\n\t\t\treturn nil, false\n\t\t}\n\t\treturn constant.Shift(xi, op, uint(shift)), true\n\t}\n\treturn nil, false\n}\n\n// nanoseconds converts a folded value to an int64 count, as a Duration holds it.\nfunc nanoseconds(v constant.Value) (int64, bool) {\n\tif i := constant.ToInt(v); i.Kind() == constant.Int {\n\t\tn, exact := constant.Int64Val(i)\n\t\treturn n, exact\n\t}\n\tf, _ := constant.Float64Val(constant.ToFloat(v))\n\tif math.IsNaN(f) || math.IsInf(f, 0) || f > math.MaxInt64 || f < math.MinInt64 {\n\t\treturn 0, false\n\t}\n\treturn int64(f), true\n}\n\n// Test needs: per Test function, the waits whose lateness can fail it and the bound each races\n// (an elapsed-time assertion, a timeout or deadline, a TTL, a ticker count in a window, a\n// background goroutine's wait), as a margin; and the waits whose lateness cannot fail it.\n\n// A margin of this much or more is a hang guard: no runner is that late without hanging.\nconst hangGuardNs = int64(1e9)\n\n// A wait this short inside a loop only yields the processor.\nconst yieldNs = int64(1e6)\n\n// A wait this long before a Reset is a placeholder, not a wait.\nconst placeholderNs = int64(60e9)\n\nvar ttlParam = regexp.MustCompile(`(?i)ttl|expir|maxage|lifetime`)\nvar ttlSetter = regexp.MustCompile(`(?i)^set.*(ttl|expir|maxage|lifetime)`)\nvar fakeName = regexp.MustCompile(`(?i)fake|mock|manual|stub`)\nvar failCalls = map[string]bool{\"Fatal\": true, \"Fatalf\": true, \"Error\": true, \"Errorf\": true, \"FailNow\": true, \"Fail\": true}\n\n// paramWait says that a function waits on one of its parameters, whether in a goroutine, and\n// whether the wait repeats (a ticker: a janitor's or a poller's, woken every period).\ntype paramWait struct{ background, repeats bool }\n\n// merge keeps what either of two waits on the same parameter does.\nfunc (w paramWait) merge(o paramWait) paramWait {\n\treturn paramWait{background: w.background || o.background, repeats: w.repeats || o.repeats}\n}\n\n// funcSummary is what a function or method of the module does with its duration parameters.\ntype funcSummary struct {\n\tparams []string\n\twaits  map[int]paramWait\n\t// A parameter stored in a struct field that a method of the module waits on.\n\tfields map[int]string\n}\n\ntype needsIndex struct {\n\t// By function name, and by method name (matched by name: there is no type checking).\n\tfuncs   map[string]*funcSummary\n\tmethods map[string][]*funcSummary\n\t// Struct fields some method waits on, and whether in a goroutine.\n\tfieldWaits map[string]paramWait\n}\n\n// testWait is one wait found in a test, direct or through a module function.\ntype testWait struct {\n\tpos        token.Pos\n\tns         int64\n\tcall       string\n\ttext       string\n\tbackground bool\n\tticker     bool\n\t// Woken every period (a ticker, or a module function's, such as a cache's janitor).\n\trepeats  bool\n\tinLoop   bool\n\theldLock bool\n\tfake     bool\n\t// Reset replaces a placeholder; a bound is not a wait.\n\tbound bool\n\t// The constructor call that gave it, to pair a janitor interval with its TTL.\n\tgroup ast.Node\n}\n\ntype testBound struct {\n\tpos  token.Pos\n\tns   int64\n\tkind string // \"elapsed\", \"timeout\", \"ttl\", \"count\"\n\ttext string\n\t// For counts: the constant; for TTLs: the constructor call.\n\tcount int64\n\tgroup ast.Node\n}\n\nfunc (a *analyzer) buildIndex() *needsIndex {\n\tidx := &needsIndex{funcs: map[string]*funcSummary{}, methods: map[string][]*funcSummary{}, fieldWaits: map[string]paramWait{}}\n\ttype decl struct {\n\t\tf  *sourceFile\n\t\tfn *ast.FuncDecl\n\t\ts  *funcSummary\n\t}\n\tvar decls []decl\n\tfor _, f := range a.all {\n\t\tfor _, d := range f.syntax.Decls {\n\t\t\tfn, ok := d.(*ast.FuncDecl)\n\t\t\tif !ok || fn.Body == nil {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\ts := &funcSummary{waits: map[int]paramWait{}, fields: map[int]string{}}\n\t\t\tfor _, field := range fn.Type.Params.List {\n\t\t\t\tif len(field.Names) == 0 {\n\t\t\t\t\ts.params = append(s.params, \"_\")\n\t\t\t\t}\n\t\t\t\tfor _, n := range field.Names {\n\t\t\t\t\ts.params = append(s.params, n.Name)\n\t\t\t\t}\n\t\t\t}\n\t\t\tif fn.Recv == nil {\n\t\t\t\tidx.funcs[fn.Name.Name] = s\n\t\t\t} else {\n\t\t\t\tidx.methods[fn.Name.Name] = append(idx.methods[fn.Name.Name], s)\n\t\t\t}\n\t\t\tdecls = append(decls, decl{f, fn, s})\n\t\t}\n\t}\n\t// Waits through other functions of the module: repeat until nothing changes.\n\tfor changed := true; changed; {\n\t\tchanged = false\n\t\tfor _, d := range decls {\n\t\t\tparamIndex := map[string]int{}\n\t\t\tfor i, p := range d.s.params {\n\t\t\t\tparamIndex[p] = i\n\t\t\t}\n\t\t\twalkGo(d.fn.Body, false, func(n ast.Node, inGo bool) {\n\t\t\t\tswitch node := n.(type) {\n\t\t\t\tcase *ast.CallExpr:\n\t\t\t\t\tfor arg, waited := range a.waitedArgs(d.f, idx, node) {\n\t\t\t\t\t\tw := waited.merge(paramWait{background: inGo})\n\t\t\t\t\t\tif id, ok := unparen(node.Args[arg]).(*ast.Ident); ok {\n\t\t\t\t\t\t\tif i, isParam := paramIndex[id.Name]; isParam {\n\t\t\t\t\t\t\t\tif old, seen := d.s.waits[i]; !seen || old.merge(w) != old {\n\t\t\t\t\t\t\t\t\td.s.waits[i] = old.merge(w)\n\t\t\t\t\t\t\t\t\tchanged = true\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t\tif sel, ok := unparen(node.Args[arg]).(*ast.SelectorExpr); ok && d.fn.Recv != nil {\n\t\t\t\t\t\t\tif old, seen := idx.fieldWaits[sel.Sel.Name]; !seen || old.merge(w) != old {\n\t\t\t\t\t\t\t\tidx.fieldWaits[sel.Sel.Name] = old.merge(w)\n\t\t\t\t\t\t\t\tchanged = true\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\tcase *ast.KeyValueExpr:\n\t\t\t\t\tkey, ok1 := node.Key.(*ast.Ident)\n\t\t\t\t\tval, ok2 := unparen(node.Value).(*ast.Ident)\n\t\t\t\t\tif ok1 && ok2 {\n\t\t\t\t\t\tif i, isParam := paramIndex[val.Name]; isParam {\n\t\t\t\t\t\t\tif _, seen := d.s.fields[i]; !seen {\n\t\t\t\t\t\t\t\td.s.fields[i] = key.Name\n\t\t\t\t\t\t\t\tchanged = true\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t})\n\t\t}\n\t}\n\treturn idx\n}\n\n// walkGo visits every node under n, saying whether it runs in a goroutine the walk started.\nfunc walkGo(n ast.Node, inGo bool, visit func(ast.Node, bool)) {\n\tast.Inspect(n, func(m ast.Node) bool {\n\t\tif m == nil {\n\t\t\treturn false\n\t\t}\n\t\tif g, ok := m.(*ast.GoStmt); ok && m != n {\n\t\t\twalkGo(g.Call, true, visit)\n\t\t\treturn false\n\t\t}\n\t\tvisit(m, inGo)\n\t\treturn true\n\t})\n}\n\n// waitedArgs lists the arguments of call that are durations it waits on, whether the wait\n// happens in a goroutine it starts and whether it repeats: time's waits, Reset, and module\n// functions and methods whose body waits on that parameter (directly, through another, or\n// through a struct field).\nfunc (a *analyzer) waitedArgs(f *sourceFile, idx *needsIndex, call *ast.CallExpr) map[int]paramWait {\n\tout := map[int]paramWait{}\n\tpkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)\n\tif fn, ok := a.calledFunc(f, pkg, call.Fun, f.timeNames, \"time\"); ok {\n\t\tif i, known := timeCalls[fn]; known && i < len(call.Args) {\n\t\t\tout[i] = paramWait{background: fn == \"AfterFunc\", repeats: fn == \"NewTicker\" || fn == \"Tick\"}\n\t\t}\n\t\treturn out\n\t}\n\tvar summaries []*funcSummary\n\tswitch fun := unparen(call.Fun).(type) {\n\tcase *ast.Ident:\n\t\tif s := idx.funcs[fun.Name]; s != nil && (fun.Obj == nil || fun.Obj.Kind == ast.Fun) {\n\t\t\tsummaries = append(summaries, s)\n\t\t}\n\tcase *ast.SelectorExpr:\n\t\tif fun.Sel.Name == \"Reset\" && len(call.Args) == 1 {\n\t\t\tout[0] = paramWait{}\n\t\t\treturn out\n\t\t}\n\t\tif id, ok := fun.X.(*ast.Ident); ok && id.Obj == nil && (f.timeNames[id.Name] || f.contextNames[id.Name]) {\n\t\t\treturn out\n\t\t}\n\t\t// A method of any type of the module with that name, or a function of an imported package\n\t\t// of the module (pkg.New), matched by name.\n\t\tsummaries = append(summaries, idx.methods[fun.Sel.Name]...)\n\t\tif s := idx.funcs[fun.Sel.Name]; s != nil {\n\t\t\tsummaries = append(summaries, s)\n\t\t}\n\t}\n\tfor _, s := range summaries {\n\t\tfor i, w := range s.waits {\n\t\t\tif i < len(call.Args) {\n\t\t\t\tout[i] = out[i].merge(w)\n\t\t\t}\n\t\t}\n\t\tfor i, field := range s.fields {\n\t\t\tif w, ok := idx.fieldWaits[field]; ok && i < len(call.Args) {\n\t\t\t\tout[i] = out[i].merge(w)\n\t\t\t}\n\t\t}\n\t}\n\treturn out\n}\n\n// calleeParams names the parameters of a module function or method a call reaches.\nfunc calleeParams(idx *needsIndex, call *ast.CallExpr) []string {\n\tswitch fun := unparen(call.Fun).(type) {\n\tcase *ast.Ident:\n\t\tif s := idx.funcs[fun.Name]; s != nil {\n\t\t\treturn s.params\n\t\t}\n\tcase *ast.SelectorExpr:\n\t\tif s := idx.methods[fun.Sel.Name]; len(s) > 0 {\n\t\t\treturn s[0].params\n\t\t}\n\t\tif s := idx.funcs[fun.Sel.Name]; s != nil {\n\t\t\treturn s.params\n\t\t}\n\t}\n\treturn nil\n}\n\nfunc (a *analyzer) durationOf(f *sourceFile, x ast.Expr) (int64, bool) {\n\tif !a.mentionsTime(f, x) {\n\t\treturn 0, false\n\t}\n\tv, ok := a.eval(f, x, -1)\n\tif !ok {\n\t\treturn 0, false\n\t}\n\treturn nanoseconds(v)\n}\n\n// mentionsTime: the expression names a unit of package time (or a constant that does), so an\n// integer constant such as a tick count is not mistaken for a duration.\nfunc (a *analyzer) mentionsTime(f *sourceFile, x ast.Expr) bool {\n\tfound := false\n\tast.Inspect(x, func(n ast.Node) bool {\n\t\tswitch e := n.(type) {\n\t\tcase *ast.SelectorExpr:\n\t\t\tif id, ok := e.X.(*ast.Ident); ok && f.timeNames[id.Name] {\n\t\t\t\tfound = true\n\t\t\t}\n\t\tcase *ast.Ident:\n\t\t\tif e.Obj != nil && e.Obj.Kind == ast.Con {\n\t\t\t\tif spec, ok := e.Obj.Decl.(*ast.ValueSpec); ok {\n\t\t\t\t\tfor _, v := range spec.Values {\n\t\t\t\t\t\tif a.mentionsTime(f, v) {\n\t\t\t\t\t\t\tfound = true\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treturn !found\n\t})\n\treturn found\n}\n\ntype needOut = map[string]interface{}\n\n// testNeeds analyzes every Test function of f.\nfunc (a *analyzer) testNeeds(f *sourceFile, idx *needsIndex) []map[string]interface{} {\n\tvar tests []map[string]interface{}\n\tfor _, d := range f.syntax.Decls {\n\t\tfn, ok := d.(*ast.FuncDecl)\n\t\tif !ok || fn.Recv != nil || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, \"Test\") {\n\t\t\tcontinue\n\t\t}\n\t\tneeds, safe := a.analyzeTest(f, idx, fn)\n\t\tpos := a.fset.Position(fn.Pos())\n\t\ttests = append(tests, map[string]interface{}{\n\t\t\t\"name\": fn.Name.Name, \"file\": f.path, \"line\": pos.Line, \"needs\": needs, \"safe\": safe,\n\t\t})\n\t}\n\treturn tests\n}\n\nfunc (a *analyzer) analyzeTest(f *sourceFile, idx *needsIndex, fn *ast.FuncDecl) ([]needOut, []needOut) {\n\tvar waits []*testWait\n\tvar bounds []*testBound\n\telapsedVars := map[string]bool{}\n\tafterVars := map[string]*testWait{}\n\tfakeVars := map[string]bool{}\n\ttickerVars := map[string]bool{}\n\tboundCalls := map[*ast.CallExpr]bool{}\n\tabsence := map[*ast.CallExpr]bool{}\n\t// Timers the test stops (not deferred): what they would fire is checked for absence.\n\tstopped := map[string]bool{}\n\tast.Inspect(fn.Body, func(n ast.Node) bool {\n\t\tif _, ok := n.(*ast.DeferStmt); ok {\n\t\t\treturn false\n\t\t}\n\t\tif call, ok := n.(*ast.CallExpr); ok && calledName(call) == \"Stop\" {\n\t\t\tif sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {\n\t\t\t\tif id, ok := sel.X.(*ast.Ident); ok {\n\t\t\t\t\tstopped[id.Name] = true\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treturn true\n\t})\n\tast.Inspect(fn.Body, func(n ast.Node) bool {\n\t\tif as, ok := n.(*ast.AssignStmt); ok {\n\t\t\tfor i, rhs := range as.Rhs {\n\t\t\t\tif call, ok := unparen(rhs).(*ast.CallExpr); ok && i < len(as.Lhs) {\n\t\t\t\t\tif id, ok := as.Lhs[i].(*ast.Ident); ok && stopped[id.Name] {\n\t\t\t\t\t\tabsence[call] = true\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treturn true\n\t})\n\t// Pre-pass: selects whose time.After case fails (a timeout) or not (an absence check).\n\tast.Inspect(fn.Body, func(n ast.Node) bool {\n\t\tsel, ok := n.(*ast.SelectStmt)\n\t\tif !ok {\n\t\t\treturn true\n\t\t}\n\t\tfor _, c := range sel.Body.List {\n\t\t\tcc := c.(*ast.CommClause)\n\t\t\tcall := receivedCall(cc.Comm)\n\t\t\tif call == nil {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tif pkgFn, ok := a.calledFunc(f, a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name), call.Fun, f.timeNames, \"time\"); ok && pkgFn == \"After\" && len(sel.Body.List) > 1 {\n\t\t\t\tif fails(cc.Body) {\n\t\t\t\t\tboundCalls[call] = true\n\t\t\t\t} else if othersFail(sel, cc) {\n\t\t\t\t\tabsence[call] = true\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treturn true\n\t})\n\tvar visit func(n ast.Node, inGo, inLoop, held bool)\n\tvisit = func(n ast.Node, inGo, inLoop, held bool) {\n\t\tast.Inspect(n, func(m ast.Node) bool {\n\t\t\tif m == nil || m == n {\n\t\t\t\treturn true\n\t\t\t}\n\t\t\tswitch node := m.(type) {\n\t\t\tcase *ast.GoStmt:\n\t\t\t\tvisit(node.Call, true, inLoop, held)\n\t\t\t\treturn false\n\t\t\tcase *ast.ForStmt:\n\t\t\t\tvisit(node.Body, inGo, true, held)\n\t\t\t\treturn false\n\t\t\tcase *ast.RangeStmt:\n\t\t\t\tvisit(node.Body, inGo, true, held)\n\t\t\t\treturn false\n\t\t\tcase *ast.BlockStmt:\n\t\t\t\ta.visitBlock(node, func(s ast.Stmt, h bool) { visit(s, inGo, inLoop, held || h) })\n\t\t\t\treturn false\n\t\t\tcase *ast.AssignStmt:\n\t\t\t\tfor i, rhs := range node.Rhs {\n\t\t\t\t\tif i >= len(node.Lhs) {\n\t\t\t\t\t\tbreak\n\t\t\t\t\t}\n\t\t\t\t\tid, ok := node.Lhs[i].(*ast.Ident)\n\t\t\t\t\tif !ok {\n\t\t\t\t\t\tcontinue\n\t\t\t\t\t}\n\t\t\t\t\tif call, ok := unparen(rhs).(*ast.CallExpr); ok {\n\t\t\t\t\t\tif a.isElapsedCall(f, call) {\n\t\t\t\t\t\t\telapsedVars[id.Name] = true\n\t\t\t\t\t\t}\n\t\t\t\t\t\tif name := calledName(call); name == \"NewTicker\" {\n\t\t\t\t\t\t\ttickerVars[id.Name] = true\n\t\t\t\t\t\t} else if fakeName.MatchString(name) {\n\t\t\t\t\t\t\tfakeVars[id.Name] = true\n\t\t\t\t\t\t}\n\t\t\t\t\t\tfor _, arg := range call.Args {\n\t\t\t\t\t\t\tif aid, ok := unparen(arg).(*ast.Ident); ok && fakeVars[aid.Name] {\n\t\t\t\t\t\t\t\tfakeVars[id.Name] = true\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t\tif sel, ok := call.Fun.(*ast.SelectorExpr); ok {\n\t\t\t\t\t\t\tif x, ok := sel.X.(*ast.Ident); ok && f.timeNames[x.Name] && sel.Sel.Name == \"After\" && len(call.Args) == 1 {\n\t\t\t\t\t\t\t\tif ns, ok := a.durationOf(f, call.Args[0]); ok {\n\t\t\t\t\t\t\t\t\tafterVars[id.Name] = &testWait{pos: call.Pos(), ns: ns, text: a.text(f, call)}\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\tcase *ast.SelectStmt:\n\t\t\t\tfor _, c := range node.Body.List {\n\t\t\t\t\tcc := c.(*ast.CommClause)\n\t\t\t\t\tif id, ok := received(cc.Comm).(*ast.Ident); ok {\n\t\t\t\t\t\tif w := afterVars[id.Name]; w != nil && fails(cc.Body) {\n\t\t\t\t\t\t\tbounds = append(bounds, &testBound{pos: w.pos, ns: w.ns, kind: \"timeout\", text: w.text})\n\t\t\t\t\t\t\tw.bound = true\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\tcase *ast.BinaryExpr:\n\t\t\t\ta.comparison(f, node, elapsedVars, &bounds)\n\t\t\tcase *ast.CallExpr:\n\t\t\t\ta.callInTest(f, idx, node, inGo, inLoop, held, fakeVars, tickerVars, boundCalls, absence, &waits, &bounds)\n\t\t\t}\n\t\t\treturn true\n\t\t})\n\t}\n\tvisit(fn.Body, false, false, false)\n\tfor _, w := range afterVars {\n\t\tif !w.bound {\n\t\t\twaits = append(waits, &testWait{pos: w.pos, ns: w.ns, call: \"time.After\", text: w.text})\n\t\t}\n\t}\n\t// A time.After kept in a variable and raced in a select is that timeout's bound, not a wait.\n\tkept := waits[:0]\n\tfor _, w := range waits {\n\t\tisBound := false\n\t\tfor _, b := range bounds {\n\t\t\tif b.kind == \"timeout\" && b.pos == w.pos {\n\t\t\t\tisBound = true\n\t\t\t}\n\t\t}\n\t\tif !isBound {\n\t\t\tkept = append(kept, w)\n\t\t}\n\t}\n\treturn a.pairNeeds(f, kept, bounds)\n}\n\n// visitBlock visits statements, saying which run while a mutex is held (Lock ... Unlock).\nfunc (a *analyzer) visitBlock(b *ast.BlockStmt, visit func(ast.Stmt, bool)) {\n\theld := false\n\tfor _, s := range b.List {\n\t\tif es, ok := s.(*ast.ExprStmt); ok {\n\t\t\tif call, ok := es.X.(*ast.CallExpr); ok {\n\t\t\t\tswitch calledName(call) {\n\t\t\t\tcase \"Lock\", \"RLock\":\n\t\t\t\t\theld = true\n\t\t\t\tcase \"Unlock\", \"RUnlock\":\n\t\t\t\t\theld = false\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tvisit(s, held)\n\t}\n}\n\nfunc calledName(call *ast.CallExpr) string {\n\tswitch fun := unparen(call.Fun).(type) {\n\tcase *ast.Ident:\n\t\treturn fun.Name\n\tcase *ast.SelectorExpr:\n\t\treturn fun.Sel.Name\n\t}\n\treturn \"\"\n}\n\n// fails: the statements call t.Fatal, t.Error and the like.\nfunc fails(stmts []ast.Stmt) bool {\n\tfound := false\n\tfor _, s := range stmts {\n\t\tast.Inspect(s, func(n ast.Node) bool {\n\t\t\tif call, ok := n.(*ast.CallExpr); ok {\n\t\t\t\tif sel, ok := call.Fun.(*ast.SelectorExpr); ok && failCalls[sel.Sel.Name] {\n\t\t\t\t\tfound = true\n\t\t\t\t}\n\t\t\t}\n\t\t\treturn !found\n\t\t})\n\t}\n\treturn found\n}\n\nfunc othersFail(sel *ast.SelectStmt, except *ast.CommClause) bool {\n\tfor _, c := range sel.Body.List {\n\t\tif cc := c.(*ast.CommClause); cc != except && fails(cc.Body) {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n\n// isElapsedCall: time.Since(x), x.Sub(y), time.Until(x).\nfunc (a *analyzer) isElapsedCall(f *sourceFile, call *ast.CallExpr) bool {\n\tsel, ok := unparen(call.Fun).(*ast.SelectorExpr)\n\tif !ok {\n\t\treturn false\n\t}\n\tif id, ok := sel.X.(*ast.Ident); ok && f.timeNames[id.Name] {\n\t\treturn sel.Sel.Name == \"Since\"\n\t}\n\treturn sel.Sel.Name == \"Sub\" && len(call.Args) == 1\n}\n\nfunc (a *analyzer) isElapsed(f *sourceFile, x ast.Expr, vars map[string]bool) bool {\n\tswitch e := unparen(x).(type) {\n\tcase *ast.Ident:\n\t\treturn vars[e.Name]\n\tcase *ast.CallExpr:\n\t\treturn a.isElapsedCall(f, e)\n\t}\n\treturn false\n}\n\n// comparison records an elapsed-time bound (elapsed > C: an upper bound) or a count (n < K).\nfunc (a *analyzer) comparison(f *sourceFile, e *ast.BinaryExpr, elapsedVars map[string]bool, bounds *[]*testBound) {\n\top := e.Op\n\tif op != token.GTR && op != token.GEQ && op != token.LSS && op != token.LEQ {\n\t\treturn\n\t}\n\ttext := a.text(f, e)\n\tif a.isElapsed(f, e.X, elapsedVars) {\n\t\tif ns, ok := a.durationOf(f, e.Y); ok {\n\t\t\tkind := \"elapsed\"\n\t\t\tif op == token.LSS || op == token.LEQ {\n\t\t\t\tkind = \"lower\"\n\t\t\t}\n\t\t\t*bounds = append(*bounds, &testBound{pos: e.Pos(), ns: ns, kind: kind, text: text})\n\t\t}\n\t\treturn\n\t}\n\tif a.isElapsed(f, e.Y, elapsedVars) {\n\t\tif ns, ok := a.durationOf(f, e.X); ok {\n\t\t\tkind := \"elapsed\"\n\t\t\tif op == token.GTR || op == token.GEQ {\n\t\t\t\tkind = \"lower\"\n\t\t\t}\n\t\t\t*bounds = append(*bounds, &testBound{pos: e.Pos(), ns: ns, kind: kind, text: text})\n\t\t}\n\t\treturn\n\t}\n\t// n < K: at least K events wanted.\n\tif op == token.LSS || op == token.LEQ {\n\t\tif _, isIdent := unparen(e.X).(*ast.Ident); isIdent && !a.mentionsTime(f, e.Y) {\n\t\t\tif v, ok := a.eval(f, e.Y, -1); ok {\n\t\t\t\tif k, ok := nanoseconds(v); ok && k > 0 {\n\t\t\t\t\tif op == token.LEQ {\n\t\t\t\t\t\tk++\n\t\t\t\t\t}\n\t\t\t\t\t*bounds = append(*bounds, &testBound{pos: e.Pos(), kind: \"count\", count: k, text: text})\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n\nfunc (a *analyzer) callInTest(f *sourceFile, idx *needsIndex, call *ast.CallExpr, inGo, inLoop, held bool, fakeVars, tickerVars map[string]bool, boundCalls, absence map[*ast.CallExpr]bool, waits *[]*testWait, bounds *[]*testBound) {\n\tpkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)\n\tif fnName, ok := a.calledFunc(f, pkg, call.Fun, f.contextNames, \"context\"); ok {\n\t\tif i, known := contextCalls[fnName]; known && i < len(call.Args) {\n\t\t\targ := call.Args[i]\n\t\t\tif strings.HasPrefix(fnName, \"WithDeadline\") {\n\t\t\t\tif add, ok := unparen(arg).(*ast.CallExpr); ok {\n\t\t\t\t\tboundCalls[add] = true // the deadline itself, not a second bound\n\t\t\t\t}\n\t\t\t\targ = a.nowAddArg(f, pkg, arg)\n\t\t\t}\n\t\t\tif arg != nil {\n\t\t\t\tif ns, ok := a.durationOf(f, arg); ok {\n\t\t\t\t\t*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: \"timeout\", text: a.text(f, call)})\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treturn\n\t}\n\t// time.Now().Add(C) outside a context: a deadline the test polls against.\n\tif boundCalls[call] && calledName(call) == \"Add\" {\n\t\treturn\n\t}\n\tif sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == \"Add\" && len(call.Args) == 1 {\n\t\tif now, ok := unparen(sel.X).(*ast.CallExpr); ok && len(now.Args) == 0 {\n\t\t\tif name, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, \"time\"); ok && name == \"Now\" {\n\t\t\t\tif ns, ok := a.durationOf(f, call.Args[0]); ok {\n\t\t\t\t\t*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: \"timeout\", text: a.text(f, call)})\n\t\t\t\t}\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n\tfake := false\n\tif sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {\n\t\tif id, ok := sel.X.(*ast.Ident); ok && fakeVars[id.Name] {\n\t\t\tfake = true\n\t\t}\n\t}\n\tfor _, arg := range call.Args {\n\t\tif id, ok := unparen(arg).(*ast.Ident); ok && fakeVars[id.Name] {\n\t\t\tfake = true\n\t\t}\n\t}\n\t// TTLs passed to a constructor or setter of the module.\n\tparams := calleeParams(idx, call)\n\tname := calledName(call)\n\tfor i, arg := range call.Args {\n\t\tns, ok := a.durationOf(f, arg)\n\t\tif !ok {\n\t\t\tcontinue\n\t\t}\n\t\tisTTL := ttlSetter.MatchString(name) || (i < len(params) && ttlParam.MatchString(params[i]))\n\t\tif isTTL && !fake {\n\t\t\t*bounds = append(*bounds, &testBound{pos: arg.Pos(), ns: ns, kind: \"ttl\", text: a.text(f, call), group: call})\n\t\t}\n\t}\n\tif boundCalls[call] {\n\t\tif len(call.Args) == 1 {\n\t\t\tif ns, ok := a.durationOf(f, call.Args[0]); ok {\n\t\t\t\t*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: \"timeout\", text: a.text(f, call)})\n\t\t\t}\n\t\t}\n\t\treturn\n\t}\n\tfor i, waited := range a.waitedArgs(f, idx, call) {\n\t\tns, ok := a.durationOf(f, call.Args[i])\n\t\tif !ok {\n\t\t\tcontinue\n\t\t}\n\t\tw := &testWait{\n\t\t\tpos: call.Pos(), ns: ns, call: a.text(f, call.Fun), text: a.text(f, call),\n\t\t\tbackground: inGo || waited.background, repeats: waited.repeats, inLoop: inLoop,\n\t\t\theldLock: held, fake: fake, group: call,\n\t\t}\n\t\tif absence[call] {\n\t\t\tw.bound = true // an absence check: classified below\n\t\t\tw.call = \"absence\"\n\t\t}\n\t\tw.ticker = strings.HasSuffix(w.call, \"NewTicker\") || strings.HasSuffix(w.call, \".Tick\")\n\t\tif sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == \"Reset\" {\n\t\t\tif id, ok := sel.X.(*ast.Ident); ok && tickerVars[id.Name] {\n\t\t\t\tw.ticker = true\n\t\t\t}\n\t\t}\n\t\tw.repeats = w.repeats || w.ticker\n\t\t*waits = append(*waits, w)\n\t}\n}\n\nfunc (a *analyzer) nowAddArg(f *sourceFile, pkg *packageInfo, x ast.Expr) ast.Expr {\n\tadd, ok := unparen(x).(*ast.CallExpr)\n\tif !ok || len(add.Args) != 1 {\n\t\treturn nil\n\t}\n\tsel, ok := add.Fun.(*ast.SelectorExpr)\n\tif !ok || sel.Sel.Name != \"Add\" {\n\t\treturn nil\n\t}\n\tnow, ok := unparen(sel.X).(*ast.CallExpr)\n\tif !ok || len(now.Args) != 0 {\n\t\treturn nil\n\t}\n\tif fn, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, \"time\"); !ok || fn != \"Now\" {\n\t\treturn nil\n\t}\n\treturn add.Args[0]\n}\n\n// pairNeeds pairs each wait with the bounds it races and classifies the rest.\nfunc (a *analyzer) pairNeeds(f *sourceFile, waits []*testWait, bounds []*testBound) ([]needOut, []needOut) {\n\tneeds := []needOut{}\n\tsafe := []needOut{}\n\tused := map[*testWait]bool{}\n\t// Waits that serve as the bound of another (the window of a ticker count, the foreground\n\t// wait for a goroutine): they are part of that need, not waits of their own.\n\tpartner := map[*testWait]bool{}\n\t// The test's shortest repeating wait: a thread woken that often keeps drawing CPU time,\n\t// so under a CFS quota the test is stopped with the cgroup, not only on its own waits.\n\tperiodicNs := int64(0)\n\tfor _, w := range waits {\n\t\tif w.repeats && !w.fake && w.ns < placeholderNs && (periodicNs == 0 || w.ns < periodicNs) {\n\t\t\tperiodicNs = w.ns\n\t\t}\n\t}\n\tadd := func(w *testWait, b *testBound, margin int64, kind string) {\n\t\tused[w] = true\n\t\tif margin >= hangGuardNs {\n\t\t\treturn\n\t\t}\n\t\tpos := a.fset.Position(w.pos)\n\t\tneeds = append(needs, needOut{\n\t\t\t\"line\": pos.Line, \"column\": pos.Column, \"call\": w.call, \"wait\": w.text, \"waitNs\": w.ns,\n\t\t\t\"kind\": kind, \"bound\": b.text, \"boundNs\": b.ns, \"marginNs\": margin, \"periodicNs\": periodicNs,\n\t\t})\n\t}\n\tclassify := func(w *testWait) string {\n\t\tswitch {\n\t\tcase w.fake:\n\t\t\treturn \"fake clock\"\n\t\tcase w.call == \"absence\":\n\t\t\treturn \"absence check\"\n\t\tcase w.heldLock:\n\t\t\treturn \"hold time\"\n\t\tcase w.inLoop && w.ns <= yieldNs:\n\t\t\treturn \"yield\"\n\t\tcase w.ns >= placeholderNs:\n\t\t\treturn \"hang guard\"\n\t\t}\n\t\treturn \"\"\n\t}\n\tlive := []*testWait{}\n\tfor _, w := range waits {\n\t\tif classify(w) == \"\" && !w.bound {\n\t\t\tlive = append(live, w)\n\t\t}\n\t}\n\tfor _, b := range bounds {\n\t\tswitch b.kind {\n\t\tcase \"elapsed\":\n\t\t\t// The longest foreground wait before the check, at most the bound.\n\t\t\tvar best *testWait\n\t\t\tfor _, w := range live {\n\t\t\t\tif !w.background && !w.ticker && w.pos < b.pos && w.ns <= b.ns && (best == nil || w.ns > best.ns) {\n\t\t\t\t\tbest = w\n\t\t\t\t}\n\t\t\t}\n\t\t\tif best != nil {\n\t\t\t\tadd(best, b, b.ns-best.ns, \"elapsed\")\n\t\t\t}\n\t\tcase \"timeout\":\n\t\t\tvar best *testWait\n\t\t\tfor _, w := range live {\n\t\t\t\tif !w.ticker && w.ns < b.ns && (best == nil || w.ns > best.ns) {\n\t\t\t\t\tbest = w\n\t\t\t\t}\n\t\t\t}\n\t\t\tif best != nil {\n\t\t\t\tadd(best, b, b.ns-best.ns, \"timeout\")\n\t\t\t}\n\t\tcase \"ttl\":\n\t\t\tvar janitor *testWait\n\t\t\tfor _, w := range live {\n\t\t\t\tif w.group == b.group && w.background {\n\t\t\t\t\tjanitor = w\n\t\t\t\t}\n\t\t\t}\n\t\t\tif janitor != nil {\n\t\t\t\tused[janitor], partner[janitor] = true, true\n\t\t\t}\n\t\t\tfor _, w := range live {\n\t\t\t\tif w.background || w.ticker || w.pos < b.pos || w == janitor {\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t\tif w.ns < b.ns {\n\t\t\t\t\tadd(w, b, b.ns-w.ns, \"ttl\")\n\t\t\t\t} else if janitor != nil && janitor.ns < w.ns {\n\t\t\t\t\t// Expiry by the janitor: it must run between the TTL and the check.\n\t\t\t\t\tadd(w, &testBound{ns: b.ns + janitor.ns, text: b.text + \" (TTL + janitor interval)\"}, w.ns-b.ns-janitor.ns, \"ttl-eviction\")\n\t\t\t\t}\n\t\t\t}\n\t\tcase \"count\":\n\t\t\tfor _, t := range live {\n\t\t\t\tif !t.ticker {\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t\tvar window *testWait\n\t\t\t\tfor _, w := range live {\n\t\t\t\t\tif !w.ticker && w.pos > t.pos && w.ns > t.ns && (window == nil || w.ns > window.ns) {\n\t\t\t\t\t\twindow = w\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\tif window != nil && b.count*t.ns < window.ns {\n\t\t\t\t\tadd(t, &testBound{ns: b.count * t.ns, text: b.text + \" in \" + window.text}, window.ns-b.count*t.ns, \"ticker-count\")\n\t\t\t\t\tused[window], partner[window] = true, true\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n\t// A foreground wait for a background goroutine's shorter wait.\n\tfor _, bg := range live {\n\t\tif !bg.background || used[bg] {\n\t\t\tcontinue\n\t\t}\n\t\tfor _, w := range live {\n\t\t\tif !w.background && !w.ticker && w.pos > bg.pos && w.ns > bg.ns && !used[w] {\n\t\t\t\tadd(bg, &testBound{ns: w.ns, text: w.text}, w.ns-bg.ns, \"background\")\n\t\t\t\tused[w], partner[w] = true, true\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t}\n\tfor _, w := range waits {\n\t\tif used[w] {\n\t\t\tcontinue\n\t\t}\n\t\treason := classify(w)\n\t\tif reason == \"\" {\n\t\t\treason = \"no bound\"\n\t\t\tfor _, b := range bounds {\n\t\t\t\tif b.kind == \"lower\" {\n\t\t\t\t\treason = \"lower bound\"\n\t\t\t\t}\n\t\t\t\tif b.kind == \"timeout\" && b.ns >= hangGuardNs {\n\t\t\t\t\treason = \"hang guard\"\n\t\t\t\t}\n\t\t\t\tif b.kind == \"ttl\" && w.ns >= b.ns {\n\t\t\t\t\treason = \"expiry checked on read\"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tpos := a.fset.Position(w.pos)\n\t\tsafe = append(safe, needOut{\"line\": pos.Line, \"column\": pos.Column, \"call\": w.call, \"wait\": w.text, \"waitNs\": w.ns, \"reason\": reason})\n\t}\n\t// Waits whose needs have a margin of seconds: hang guards.\n\tfor w := range used {\n\t\tif partner[w] {\n\t\t\tcontinue\n\t\t}\n\t\tfound := false\n\t\tfor _, n := range needs {\n\t\t\tif n[\"line\"] == a.fset.Position(w.pos).Line {\n\t\t\t\tfound = true\n\t\t\t}\n\t\t}\n\t\tif !found {\n\t\t\tpos := a.fset.Position(w.pos)\n\t\t\tsafe = append(safe, needOut{\"line\": pos.Line, \"column\": pos.Column, \"call\": w.call, \"wait\": w.text, \"waitNs\": w.ns, \"reason\": \"margin of seconds\"})\n\t\t}\n\t}\n\tsort.SliceStable(needs, func(i, j int) bool { return needs[i][\"marginNs\"].(int64) < needs[j][\"marginNs\"].(int64) })\n\tsort.SliceStable(safe, func(i, j int) bool { return safe[i][\"line\"].(int) < safe[j][\"line\"].(int) })\n\treturn needs, safe\n}\n";

const ANALYZER = {
    name: 'analyzer',
    source: ANALYZER_SOURCE,
    goMod: ANALYZER_GO_MOD,
    buildTimeoutMs: 180_000,
    runTimeoutMs: 120_000
};
/** Pure: validate the analyzer's JSON. */
function parseAnalyzerOutput(stdout) {
    const fail = (what) => {
        throw new UserError(`The test-file analyzer printed ${what}: expected one JSON object with filesScanned, waits, tests and errors.`);
    };
    let data;
    try {
        data = JSON.parse(stdout);
    }
    catch {
        return fail(`output that is not JSON (${JSON.stringify(stdout.slice(0, 80))})`);
    }
    if (typeof data !== 'object' || data === null)
        return fail('a JSON value that is not an object');
    const record = data;
    if (typeof record.filesScanned !== 'number' ||
        !Array.isArray(record.waits) ||
        !Array.isArray(record.tests) ||
        !Array.isArray(record.errors)) {
        return fail('an object without filesScanned, waits, tests or errors');
    }
    const waits = record.waits.map((item) => {
        const w = item;
        if (typeof w?.file !== 'string' ||
            typeof w.line !== 'number' ||
            typeof w.column !== 'number' ||
            typeof w.call !== 'string' ||
            typeof w.durationNs !== 'number' ||
            typeof w.expression !== 'string') {
            return fail(`a wait without file, line, column, call, durationNs or expression (${JSON.stringify(item)})`);
        }
        return {
            file: w.file,
            line: w.line,
            column: w.column,
            call: w.call,
            durationNs: w.durationNs,
            expression: w.expression
        };
    });
    const errors = record.errors.map((item) => {
        const e = item;
        if (typeof e?.file !== 'string' || typeof e.message !== 'string') {
            return fail(`an error entry without file or message (${JSON.stringify(item)})`);
        }
        return { file: e.file, message: e.message };
    });
    const tests = record.tests.map((item) => {
        const t = item;
        if (typeof t?.name !== 'string' ||
            typeof t.file !== 'string' ||
            typeof t.line !== 'number' ||
            !Array.isArray(t.needs) ||
            !Array.isArray(t.safe)) {
            return fail(`a test without name, file, line, needs or safe (${JSON.stringify(item)})`);
        }
        return {
            name: t.name,
            file: t.file,
            line: t.line,
            needs: t.needs.map(need => checked(need, NEED_FIELDS, 'need', fail)),
            safe: t.safe.map(wait => checked(wait, SAFE_FIELDS, 'safe wait', fail))
        };
    });
    return { filesScanned: record.filesScanned, waits, tests, errors };
}
const NEED_FIELDS = {
    line: 'number',
    column: 'number',
    call: 'string',
    wait: 'string',
    waitNs: 'number',
    kind: 'string',
    bound: 'string',
    boundNs: 'number',
    marginNs: 'number',
    periodicNs: 'number'
};
const SAFE_FIELDS = {
    line: 'number',
    column: 'number',
    call: 'string',
    wait: 'string',
    waitNs: 'number',
    reason: 'string'
};
/** The entry with exactly `fields`, each of its type; anything else is a contract slip. */
function checked(item, fields, what, fail) {
    const record = item;
    const out = {};
    for (const [key, type] of Object.entries(fields)) {
        if (typeof record?.[key] !== type) {
            return fail(`a ${what} without ${key} (${JSON.stringify(item)})`);
        }
        out[key] = record[key];
    }
    return out;
}
async function runAnalyzer(go, files, ctx) {
    const stdout = await runEmbeddedGoProgram(go, ANALYZER, ctx, files.join('\n') + '\n');
    return parseAnalyzerOutput(stdout);
}

// Pure: which analyzer waits and test needs this runner cannot honour, and how to say so.
/**
 * Waits shorter than this many times the lateness a runner may have are flagged. A wait of d
 * on a runner whose p99 lateness is L lasts up to d + L in 1% of wake-ups: once L ≥ d/2 that
 * tail stretches the wait by half or more, enough to reorder two timers a test races against
 * each other (a 1 ms sleep against a 2 ms timeout) or to break an elapsed-time assertion.
 */
const LATENESS_FACTOR = 2;
/**
 * The lateness assumed when the row has no wake-p99 limit (`off`): Go's netpoller waits in
 * whole milliseconds on Linux, so a timer may fire 1 ms late on any runner.
 */
const FALLBACK_LATENESS_US = 1000;
function cutoffFor(environment, wakeLimitUs) {
    if (wakeLimitUs === undefined || !Number.isFinite(wakeLimitUs) || wakeLimitUs <= 0) {
        return {
            cutoffUs: LATENESS_FACTOR * FALLBACK_LATENESS_US,
            latenessUs: FALLBACK_LATENESS_US,
            rule: `${LATENESS_FACTOR} × ${formatUs(FALLBACK_LATENESS_US)}: the ${environment} row has no wake-p99 limit`
        };
    }
    return {
        cutoffUs: LATENESS_FACTOR * wakeLimitUs,
        latenessUs: wakeLimitUs,
        rule: `${LATENESS_FACTOR} × the ${environment} limit for wake-p99, ${formatUs(wakeLimitUs)}`
    };
}
/** The path as GitHub annotations want it: relative to the workspace, `/` separators. */
function repositoryPath(file, workspace) {
    const rel = relative(workspace, file);
    const chosen = rel === '' || rel.startsWith('..') || isAbsolute$1(rel) ? file : rel;
    return chosen.split(sep).join('/').replace(/\\/g, '/');
}
/**
 * Zero and negative durations mean "now" (an already expired context, a yield), not a timing
 * assumption, so they are never flagged.
 */
function endangeredHits(waits, limitUs, workspace) {
    return waits
        .filter(wait => wait.durationNs > 0 && wait.durationNs / 1000 < limitUs)
        .map(wait => ({
        file: repositoryPath(wait.file, workspace),
        line: wait.line,
        column: wait.column,
        call: wait.call,
        durationUs: wait.durationNs / 1000,
        expression: wait.expression
    }));
}
/** The call as the test wrote it, with the parts the analyzer does not keep elided. */
function callText(hit) {
    const call = hit.call.replace(/^select <-/, '');
    const prefix = hit.call.startsWith('select ') ? 'select case <-' : '';
    if (call.startsWith('context.WithDeadline'))
        return `${prefix}${call}(…, time.Now().Add(${hit.expression}))`;
    if (call.startsWith('context.'))
        return `${prefix}${call}(…, ${hit.expression})`;
    if (call === 'time.AfterFunc')
        return `${prefix}${call}(${hit.expression}, …)`;
    return `${prefix}${call}(${hit.expression})`;
}
/** How many times the wait the allowed lateness is: `100×`, `1.5×`. */
function margin(latenessUs, waitUs) {
    return `${Number((latenessUs / waitUs).toPrecision(2))}×`;
}
/** The message names only the code and the row: nothing measured, so it is the same every run. */
function hitFinding(hit, cutoff) {
    return {
        id: 'endangered.short-wait',
        severity: 'warning',
        title: `Timing-sensitive wait of ${formatUs(hit.durationUs)}`,
        message: `${callText(hit)} waits ${formatUs(hit.durationUs)}, under the ${formatUs(cutoff.cutoffUs)} cutoff ` +
            `(${cutoff.rule}): a runner within that limit may wake it ${formatUs(cutoff.latenessUs)} late, ` +
            `${margin(cutoff.latenessUs, hit.durationUs)} the wait.`,
        remedy: 'Wait for the event the test expects (a channel, a sync.WaitGroup, a polling loop with a ' +
            `generous deadline) instead of a fixed ${formatUs(hit.durationUs)} wait, or scale the duration ` +
            'in CI, e.g. with an environment variable read by the test.',
        file: hit.file,
        line: hit.line
    };
}
function parseErrorFinding(file, message, workspace) {
    // go/parser messages start with `path:line:col: `; keep the line for the annotation.
    const located = /:(\d+):(\d+): (.*)$/.exec(message.split('\n')[0]);
    return {
        id: 'endangered.parse-error',
        severity: 'notice',
        title: 'Test file not scanned: it does not parse',
        message: located ? located[3] : message,
        file: repositoryPath(file, workspace),
        line: located ? Number(located[1]) : undefined
    };
}
/** Every need of every test, judged against this runner's lateness, thinnest margin first. */
function judgeNeeds(tests, lateness, workspace) {
    const needs = [];
    for (const test of tests) {
        for (const need of test.needs) {
            const timing = {
                kind: need.kind,
                waitUs: need.waitNs / 1000,
                boundUs: need.boundNs / 1000,
                marginUs: need.marginNs / 1000,
                periodicUs: need.periodicNs / 1000
            };
            const { risk, chance, rule } = judgeNeed(timing, lateness);
            needs.push({
                test: test.name,
                file: repositoryPath(test.file, workspace),
                line: need.line,
                column: need.column,
                wait: need.wait,
                waitUs: timing.waitUs,
                kind: need.kind,
                bound: need.bound,
                boundUs: timing.boundUs,
                marginUs: timing.marginUs,
                periodicUs: timing.periodicUs,
                risk,
                chance,
                rule
            });
        }
    }
    return needs.sort((a, b) => a.marginUs - b.marginUs);
}
const NEED_KIND_TEXT = {
    elapsed: 'the elapsed-time check',
    timeout: 'the timeout',
    ttl: 'the TTL',
    'ttl-eviction': 'the expiry by the janitor',
    'ticker-count': 'the tick count',
    background: 'the wait for it'
};
/** The annotation of a need this runner likely breaks. */
function needFinding(need) {
    const against = NEED_KIND_TEXT[need.kind] ?? 'its bound';
    return {
        id: 'endangered.need-broken',
        severity: 'error',
        title: `${need.test}: ${ms(need.marginUs)} of margin, likely broken on this runner`,
        message: 
        // No measured figure here: they move run to run, and an annotation must stay put between
        // pushes; the measured lateness is in the summary and the report (needs[].rule).
        `${need.test}: ${need.wait} has ${ms(need.marginUs)} of margin against ${against} ` +
            `(${need.bound}); this runner wakes it later than that in ${oneRunIn(LIKELY_CHANCE)} or more.`,
        remedy: 'Wait for the event itself (a channel, a sync.WaitGroup, polling with a deadline of seconds), ' +
            'widen the margin, or use a fake clock.',
        file: need.file,
        line: need.line
    };
}

// Which `*_test.go` files a `test-paths` list names, with the `go test` package-pattern rules:
// `dir/...` walks recursively, skipping `vendor`, `testdata` and directories starting with `.`
// or `_` (as the go command does); a plain directory means its own files; a `.go` file itself.
/** Pure: turn one `test-paths` entry into an absolute path and whether it recurses. */
function parseTestPath(entry, baseDir) {
    const normalised = entry.replace(/\\/g, '/');
    if (normalised === '...' || normalised.endsWith('/...')) {
        const dir = normalised === '...' ? '.' : normalised.slice(0, -'/...'.length) || '/';
        return { path: resolve(baseDir, dir), recursive: true };
    }
    if (normalised.includes('...')) {
        throw new UserError(`Input 'test-paths' entry ${JSON.stringify(entry)} is not supported: expected a directory, a directory followed by /..., or a .go file.`);
    }
    return { path: resolve(baseDir, normalised), recursive: false };
}
/** Directories `./...` skips below its root. */
function isSkippedDirectory(name) {
    return name === 'vendor' || name === 'testdata' || name.startsWith('.') || name.startsWith('_');
}
function isTestFile(name) {
    return name.endsWith('_test.go') && !name.startsWith('.') && !name.startsWith('_');
}
/** The test files the entries name, absolute, sorted, without duplicates. */
async function listTestFiles(entries, baseDir) {
    const found = new Set();
    for (const entry of entries) {
        const pattern = parseTestPath(entry, baseDir);
        const info = await stat(pattern.path).catch(() => undefined);
        if (info === undefined) {
            throw new UserError(`Input 'test-paths' entry ${JSON.stringify(entry)} names ${pattern.path}, which does not exist: expected a directory or a .go file in the repository.`);
        }
        if (info.isFile()) {
            if (pattern.recursive || !pattern.path.endsWith('.go')) {
                throw new UserError(`Input 'test-paths' entry ${JSON.stringify(entry)} names a file that is not a .go file: expected a directory or a .go file.`);
            }
            found.add(pattern.path);
            continue;
        }
        await collect(pattern.path, pattern.recursive, found);
    }
    return [...found].sort();
}
async function collect(dir, recursive, found) {
    // Symbolic links are neither files nor directories for Dirent: skipped, as `go test ./...` does.
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (entry.isFile() && isTestFile(entry.name))
            found.add(join(dir, entry.name));
        else if (recursive && entry.isDirectory() && !isSkippedDirectory(entry.name)) {
            await collect(join(dir, entry.name), true, found);
        }
    }
}

// The endangered-tests check: find waits in the repository's tests that are shorter than this
// runner can honour, as measured by the timer check.
const ID = 'endangered-tests';
const TITLE = 'Timing-sensitive tests';
async function scanEndangeredTests(args, ctx) {
    const started = performance.now();
    const result = (partial) => ({
        id: ID,
        title: TITLE,
        ...partial,
        durationMs: Math.round(performance.now() - started)
    });
    if (args.go === undefined) {
        return result({
            status: 'skipped',
            summary: 'Skipped: no usable Go toolchain (see the Go toolchain check), so the test files were not scanned.',
            findings: []
        });
    }
    const cutoff = cutoffFor(args.environment, args.wakeLimitUs);
    const limitUs = cutoff.cutoffUs;
    const baseDir = resolve(ctx.workspace, args.workingDirectory);
    const files = await listTestFiles(args.testPaths, baseDir);
    if (files.length === 0) {
        return result({
            status: 'pass',
            summary: `No *_test.go files under ${args.testPaths.join(', ')}.`,
            findings: [],
            details: { filesScanned: 0, thresholdUs: limitUs, cutoffRule: cutoff.rule, hits: [] }
        });
    }
    let output;
    try {
        output = await runAnalyzer(args.go, files, ctx);
    }
    catch (error) {
        if (error instanceof EmbeddedProgramFailed || error instanceof UserError) {
            return result({
                status: 'unknown',
                summary: `Scan did not run: ${error.message}`,
                findings: []
            });
        }
        throw error;
    }
    const hits = endangeredHits(output.waits, limitUs, ctx.workspace);
    const parseFindings = output.errors.map(e => parseErrorFinding(e.file, e.message, ctx.workspace));
    const unparsed = output.errors.length > 0 ? `; ${plural(output.errors.length, 'file')} did not parse` : '';
    const lateness = args.trials ? latenessOf(args.trials, args.pooled, args.cpu) : undefined;
    if (lateness === undefined) {
        // No per-trial lateness: only the waits shorter than the row's cutoff can be named.
        const fileCount = plural(output.filesScanned, 'test file');
        return result({
            status: hits.length > 0 ? 'warn' : 'pass',
            summary: (hits.length > 0
                ? `${plural(hits.length, 'wait')} shorter than ${formatUs(limitUs)} in ${fileCount}`
                : `No wait shorter than ${formatUs(limitUs)} in ${fileCount}`) +
                ` (cutoff: ${cutoff.rule}${unparsed}).`,
            findings: [...hits.map(hit => hitFinding(hit, cutoff)), ...parseFindings],
            details: {
                filesScanned: output.filesScanned,
                thresholdUs: limitUs,
                cutoffRule: cutoff.rule,
                hits
            }
        });
    }
    // Test needs supersede the short-wait cutoff. Only needs this runner likely breaks are annotated,
    // at the wait's line; possible ones make the check warn and are listed in the details.
    const needs = judgeNeeds(output.tests, lateness, ctx.workspace);
    const likely = needs.filter(n => n.risk === 'likely');
    const possible = needs.filter(n => n.risk === 'possible');
    const safeWaits = output.tests.reduce((n, t) => n + t.safe.length, 0);
    const testsWith = (list) => new Set(list.map(n => `${n.file}:${n.test}`)).size;
    const scope = `${plural(output.tests.length, 'test')} in ${plural(output.filesScanned, 'file')}, ${plural(needs.length, 'timing need')}, ` +
        `${plural(safeWaits, 'wait')} whose lateness cannot fail a test; runner max lateness ${ms(Math.max(...lateness.maxUs))}${unparsed}`;
    const thinnest = needs[0];
    // The verdict predicts "some test fails in this run": needs each possible can make that likely.
    const together = runChance(needs);
    const failing = likely.length > 0 || together >= LIKELY_CHANCE;
    const possibleText = () => `${plural(testsWith(possible), 'test')} ${testsWith(possible) === 1 ? 'needs a margin' : 'need margins'} this runner possibly breaks, listed in the report (thinnest ${ms(possible[0].marginUs)} in ${possible[0].test})`;
    const summary = likely.length > 0
        ? `${plural(testsWith(likely), 'test')} ${testsWith(likely) === 1 ? 'needs a margin' : 'need margins'} this runner likely breaks (thinnest ${ms(likely[0].marginUs)} in ${likely[0].test})`
        : failing
            ? `${possibleText()}: together a ${percent(together)} chance that one breaks in a run`
            : possible.length > 0
                ? possibleText()
                : thinnest
                    ? `No test of this repository needs a margin this runner would break (thinnest ${ms(thinnest.marginUs)} in ${thinnest.test})`
                    : 'No test of this repository has a timing need this analyzer can see';
    return result({
        status: failing ? 'fail' : possible.length > 0 ? 'warn' : 'pass',
        summary: `${summary} (${scope}).`,
        findings: likely.map(needFinding).concat(parseFindings),
        details: {
            filesScanned: output.filesScanned,
            thresholdUs: limitUs,
            cutoffRule: cutoff.rule,
            hits,
            needs,
            testsScanned: output.tests.length,
            safeWaits,
            lateness
        }
    });
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Pure glue between capabilities: which paths Defender must cover, how a policy breach shows on
// the check it came from.
/** Each breach becomes a finding on the check that measured it, and worsens its status. */
function applyDecision(checks, decision) {
    return checks.map(check => {
        const breaches = decision.breaches.filter(breach => checkOfMetric(breach.metric) === check.id);
        if (breaches.length === 0)
            return check;
        return {
            ...check,
            status: breaches.reduce((status, breach) => worseStatus(status, SEVERITY_STATUS[breach.severity]), check.status),
            findings: [
                ...breaches.map(breach => ({
                    id: `policy.${breach.metric}`,
                    severity: breach.severity,
                    title: `${breach.metric} ${Number(breach.value.toPrecision(4))}${breach.unit} over the limit of ${breach.limit}${breach.unit}`,
                    message: breach.rule
                })),
                ...check.findings
            ]
        };
    });
}
/** Every path Go reads or writes during `go test`, labelled, each once. */
function goPathsForDefender(go, temp, workingDirectory, ctx) {
    const candidates = [
        { label: 'GOROOT', path: go.toolchain?.goRoot },
        { label: 'GOCACHE', path: go.goEnv?.GOCACHE },
        { label: 'GOMODCACHE', path: go.goEnv?.GOMODCACHE },
        ...(temp?.directories ?? []).map(dir => ({ label: dir.names.join(', '), path: dir.path })),
        { label: 'RUNNER_TEMP', path: ctx.env.RUNNER_TEMP },
        { label: 'workspace', path: workingDirectory }
    ];
    const isAbsolute = ctx.platform === 'win32' ? win32.isAbsolute : posix.isAbsolute;
    const seen = new Set();
    const paths = [];
    for (const { label, path } of candidates) {
        if (!path || !isAbsolute(path))
            continue;
        const key = pathKey(path, ctx.platform);
        if (seen.has(key))
            continue;
        seen.add(key);
        paths.push({ label, path });
    }
    return paths;
}

// What each judged metric means, for the log and the summary. Check names are in the catalogue
// (src/checks/catalogue.ts), timer backend names with the timer.
/** What each judged metric means, in one line a Go developer reads without the docs. */
const METRIC_MEANINGS = {
    'wake-p99': '1 in 100 timer wake-ups is later than this',
    'sleep-deviation-pct': 'how much longer a 100 ms sleep lasted',
    'timer-resolution': 'the finest step the timer counts in: no wait is shorter',
    'cpu-throttled-pct': 'share of CPU-quota periods the job was paused'
};

// Pure: the job summary, GitHub-flavoured Markdown for core.summary.addRaw. It reads top down:
// the verdict, the cause and the fix; the measured figures against their limits; the checks with
// problems; the passing checks folded into one block. Raw data stays in the JSON report.
/** GitHub refuses a step summary over 1 MiB; keep a margin for what others append. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function renderSummary(report, sections = SUMMARY_SECTIONS) {
    return fit(sections.flatMap(section => section(report)));
}
// ---- Sections
/** The verdict sentence, the cause that decided it in plain words, and the fix to type. */
function verdictSection(report) {
    const statement = verdictStatement(report);
    const lines = [`## ${VERDICT_ICON[report.verdict]} ${escapeText(statement.sentence)}`, ''];
    const { cause, causes } = statement;
    if (cause) {
        lines.push(`**Cause:** ${escapeText(cause.text)}`);
        if (cause.remedy)
            lines.push('', ...remedyLines(cause));
        if (causes.length > 1)
            lines.push('', `${causes.length - 1} more ${causes.length === 2 ? 'problem' : 'problems'} below.`);
    }
    else if (statement.advice) {
        lines.push(`**Worth a look:** ${escapeText(statement.advice.text)}`);
        if (statement.advice.remedy)
            lines.push('', ...remedyLines(statement.advice));
    }
    else {
        lines.push('Nothing to fix.');
    }
    const { decision, environment: env } = report;
    const detected = env.evidence.find(e => e.signal === 'detection rule')?.value;
    lines.push('', `_${decision.failStep ? '**This step fails**' : 'This step does not fail'} (inputs \`mode\`, \`fail-on\`). ` +
        `Judged as a **${escapeText(env.class)}** runner` +
        (env.overridden
            ? ` (input \`environment\`; detected ${escapeText(env.detected)})`
            : detected
                ? ` (detected: ${escapeText(detected)})`
                : ' (detected)') +
        `; ${escapeText(env.runner.os)} ${escapeText(env.runner.arch)}, ${escapeText(env.runner.environment)}._`);
    if (report.suspicious) {
        lines.push('', '> [!WARNING]\n> Some figures look implausible for this environment: read them with care.');
    }
    return [{ text: lines.join('\n'), keep: KEEP.always }];
}
function remedyLines(cause) {
    if (!cause.remedy)
        return [];
    // A prose remedy wraps as text; only something to paste goes in a fence.
    if (!cause.remedyLanguage)
        return [`**Fix:** ${escapeText(cause.remedy)}`];
    const { input, rest } = splitRemedy(cause.remedy);
    if (input) {
        return [
            `**Fix:** set this action's input \`${escapeText(input)}\`:`,
            '',
            fenced('yaml', `with:\n  ${input}`),
            '',
            collapsible("Or without this action's help", fenced(cause.remedyLanguage, rest))
        ];
    }
    return [`**Fix** (${cause.remedyLanguage}):`, '', fenced(cause.remedyLanguage, cause.remedy)];
}
const METRIC_ORDER = ['wake-p99', 'sleep-deviation-pct', 'timer-resolution', 'cpu-throttled-pct'];
/** Each judged figure against its limit; what was not measured goes to one line. */
function limitsSection(report) {
    const rows = [];
    const notChecked = [];
    for (const id of METRIC_ORDER) {
        const limitText = report.decision.thresholds[id];
        if (limitText === undefined || limitText === 'off')
            continue;
        const metric = report.metrics.find(m => m.id === id);
        const limit = parseLimit(limitText);
        if (!metric || !limit || !metric.trials.concat(metric.value).some(Number.isFinite)) {
            notChecked.push(`${id} (not measured on this runner)`);
            continue;
        }
        const breach = report.decision.breaches.find(b => b.metric === id);
        rows.push([
            `**${id}**: ${escapeCell(METRIC_MEANINGS[id] ?? '')}`,
            `${breach ? formatValue(breach.value, breach.unit) : formatValue(metric.value, metric.unit)}` +
                (metric.trials.length > 1 ? ` (median of ${metric.trials.length} trials)` : ''),
            formatValue(limit.value, limit.unit),
            breach ? `${SEVERITY_ICON[breach.severity]} no` : '✅ yes'
        ]);
    }
    for (const check of report.checks) {
        if (check.status === 'skipped') {
            const name = checkName(check.id);
            const why = check.summary.replace(/\.$/, '').replace(`${name} `, '');
            notChecked.push(`${name} (${why})`);
        }
    }
    const parts = [];
    if (rows.length > 0) {
        parts.push({
            text: `### Measured against the ${escapeText(report.environment.class)} limits\n\n${table(['Metric', 'Measured', 'Limit', 'Within?'], rows)}`,
            keep: KEEP.always
        });
    }
    if (notChecked.length > 0) {
        parts.push({
            text: `**Not checked:** ${notChecked.map(escapeText).join('; ')}.`,
            keep: KEEP.always
        });
    }
    return parts;
}
function hasProblem(check) {
    return check.status === 'warn' || check.status === 'fail' || check.status === 'unknown';
}
/** In catalogue order; results of one check keep their order. */
function orderedChecks(report) {
    const rank = (id) => CHECK_IDS.indexOf(id);
    return report.checks
        .map((check, order) => ({ check, order }))
        .sort((a, b) => rank(a.check.id) - rank(b.check.id) || a.order - b.order)
        .map(({ check }) => check);
}
/** The checks that warned, failed or could not run: each with its findings and figures. */
function problemsSection(report) {
    return orderedChecks(report)
        .filter(hasProblem)
        .flatMap(check => checkFrame(check, report, '###'));
}
/** Every check that passed, folded into one block: its line and its figures. */
function passedSection(report) {
    const passed = orderedChecks(report).filter(check => check.status === 'pass');
    if (passed.length === 0)
        return [];
    const body = passed
        .flatMap(check => checkFrame(check, report, '####'))
        .map(part => part.text)
        .filter(Boolean)
        .join('\n\n');
    const names = passed.map(check => checkName(check.id)).join(', ');
    return [
        {
            text: collapsible(`✅ ${passed.length} passed: ${names}`, body),
            compact: collapsible(`✅ ${passed.length} passed: ${names}`, passed.map(c => `- ${escapeText(checkName(c.id))}: ${escapeText(c.summary)}`).join('\n')),
            keep: KEEP.tables
        }
    ];
}
function cacheSection(report) {
    return report.cache ? [{ text: renderCacheSection(report.cache), keep: KEEP.tables }] : [];
}
function footerSection(report) {
    return [
        {
            text: `_${escapeText(report.tool.name)} ${escapeText(report.tool.version)}, took ${formatNumber$1(report.durationMs / 1000)} s. Every figure, with its unit, is in the JSON report (output \`report\`)._`,
            keep: KEEP.always
        }
    ];
}
/** In order. Another section (the dependency cache's, say) is one more entry here. */
const SUMMARY_SECTIONS = [
    verdictSection,
    limitsSection,
    problemsSection,
    passedSection,
    cacheSection,
    footerSection
];
// ---- The frame every check shares: heading, one-line summary, findings, its own figures
function checkFrame(check, report, level) {
    const entry = entryOf(check.id);
    const hasBody = check.details !== undefined && check.status !== 'skipped';
    const line = hasBody && entry.bodyRestatesSummary ? '' : `\n\n${escapeText(check.summary)}`;
    const heading = `${level} ${STATUS_ICON[check.status] ?? ''} ${escapeText(entry.name)}${line}`;
    const parts = [{ text: heading, keep: KEEP.always }, ...findingParts(check, report)];
    if (hasBody)
        parts.push(...entry.body(check.details, { thresholds: report.decision.thresholds }));
    return parts;
}
/** Findings sharing an id and a remedy (one per test line, say) are listed once, remedy once. */
function findingParts(check, report) {
    const groups = new Map();
    for (const finding of check.findings) {
        // A breach is in the limits table; the timer's figures say the rest.
        if (finding.id.startsWith('policy.'))
            continue;
        const key = `${finding.id}\u0000${finding.remedy ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    const shownRemedies = new Set();
    return [...groups.values()].map(list => {
        const first = list[0];
        const level = weighedLevel(report, check.id, first.severity) ?? first.severity;
        const lines = [
            `**${SEVERITY_ICON[level]} ${escapeText(first.title)}${list.length > 1 ? ` (${list.length}×)` : ''}**`,
            ''
        ];
        for (const finding of list.slice(0, MAX_FINDINGS_PER_ID)) {
            const where = finding.file
                ? `\`${escapeText(finding.file)}${finding.line ? `:${finding.line}` : ''}\`: `
                : '';
            lines.push(`${list.length > 1 ? '- ' : ''}${where}${escapeText(finding.message)}`);
        }
        if (list.length > MAX_FINDINGS_PER_ID)
            lines.push(`- … and ${list.length - MAX_FINDINGS_PER_ID} more in the JSON report`);
        // Findings of one check often share a fix (two problems with one directory): say it once.
        if (first.remedy && shownRemedies.has(first.remedy))
            lines.push('', '**Fix:** as above.');
        else if (first.remedy)
            lines.push('', ...remedyLines(first));
        if (first.remedy)
            shownRemedies.add(first.remedy);
        return { text: lines.join('\n'), compact: '', keep: KEEP.findings };
    });
}
// ---- Size
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
function fit(parts) {
    const join = () => parts
        .map(part => part.text)
        .filter(Boolean)
        .join('\n\n') + '\n';
    let total = parts.reduce((sum, part) => sum + bytes(part.text) + 2, 1);
    const notice = "> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit: the least important parts were left out. The JSON report has everything.";
    const budget = SUMMARY_LIMIT_BYTES - bytes(notice) - 2;
    if (total <= SUMMARY_LIMIT_BYTES)
        return join();
    const order = parts
        .map((part, index) => ({ part, index }))
        .sort((a, b) => a.part.keep - b.part.keep || b.index - a.index);
    for (const { part } of order) {
        if (total <= budget)
            break;
        const replacement = part.compact ?? '';
        total += bytes(replacement) - bytes(part.text);
        part.text = replacement;
    }
    const kept = parts.filter(part => part.text !== '');
    kept.splice(1, 0, { text: notice, keep: KEEP.always });
    let text = kept.map(part => part.text).join('\n\n') + '\n';
    // Only the parts that are never dropped are left: cut at a line boundary as a last resort.
    if (bytes(text) > SUMMARY_LIMIT_BYTES) {
        const buffer = Buffer.from(text, 'utf8').subarray(0, SUMMARY_LIMIT_BYTES - 200);
        text =
            buffer
                .toString('utf8')
                .replace(/\n[^\n]*$/, '')
                .replace(/\uFFFD$/, '') + '\n\n_(cut here: too long)_\n';
    }
    return text;
}

// The report's effects: the JSON file, the copy at report-path, the job summary, the annotations
// and the step outputs. Each is written on its own: one that fails becomes a warning and the
// others are still written, so the verdict (and the exit code the policy gives) is never lost.
/** A publishing step that failed, as the warning says it. */
function warnFailed(what, error) {
    warning(`${what}: ${reason(error)}. The verdict and the other results are still published.`, {
        title: 'go-win-preflight: report not fully published'
    });
}
function reason(error) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'it is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    // mkdir answers EEXIST when a part of the path exists as a file.
    if (code === 'ENOTDIR' || code === 'EEXIST')
        return 'a part of the path is a file';
    if (code === 'ENOSPC')
        return 'no space left on the device';
    return escapeExcerpt(errorMessage(error).split('\n')[0], 200);
}
/**
 * Writes the JSON report under RUNNER_TEMP (atomically) and its copy at `reportPath` (absolute,
 * already checked to be inside the workspace), the summary and the annotations. Returns the
 * report's path, or '' when it could not be written. Never throws.
 */
async function publishReport(report, ctx, reportPath) {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    let file = '';
    try {
        const dir = join(ctx.runnerTemp, 'go-win-preflight');
        await mkdir(dir, { recursive: true });
        const target = join(dir, `report-${report.startedAt.replace(/[:.]/g, '-')}-${process.pid}.json`);
        await writeAtomically(target, partial => writeFile(partial, json));
        file = target;
    }
    catch (error) {
        warnFailed(`Could not write the JSON report under RUNNER_TEMP (${ctx.runnerTemp})`, error);
    }
    if (reportPath !== '') {
        try {
            if ((await stat(reportPath).catch(() => undefined))?.isDirectory()) {
                throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
            }
            await mkdir(dirname(reportPath), { recursive: true });
            await writeAtomically(reportPath, partial => file === '' ? writeFile(partial, json) : copyFile(file, partial));
        }
        catch (error) {
            warnFailed(`Input 'report-path': could not write the report to ${reportPath}`, error);
        }
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        try {
            await summary.addRaw(renderSummary(report), true).write();
        }
        catch (error) {
            summary.emptyBuffer();
            warnFailed('Could not write the job summary', error);
        }
    }
    for (const annotation of selectAnnotations(report)) {
        const properties = {
            title: annotation.title,
            file: annotation.file,
            startLine: annotation.line,
            startColumn: annotation.column
        };
        if (annotation.level === 'error')
            error(annotation.message, properties);
        else if (annotation.level === 'warning')
            warning(annotation.message, properties);
        else
            notice(annotation.message, properties);
    }
    return file;
}
/** Writes `path.partial` with `write`, then renames it over `path`; no partial file is left. */
async function writeAtomically(path, write) {
    const partial = `${path}.partial`;
    try {
        await write(partial);
        await rename(partial, path);
    }
    catch (error) {
        await rm(partial, { force: true }).catch(() => undefined);
        throw error;
    }
}
/** Sets every output; one that cannot be set is named in a single warning, the rest still set. */
function publishOutputs(outputs) {
    const failed = [];
    let firstError;
    for (const [name, value] of Object.entries(outputs)) {
        try {
            setOutput(name, value);
        }
        catch (error) {
            failed.push(name);
            firstError ??= error;
        }
    }
    if (failed.length > 0)
        warnFailed(`Could not set the outputs ${failed.join(', ')}`, firstError);
}

// Pure: the plain lines each stage prints inside its log group, so the log alone tells what was
// found or measured against what limit. One to three lines per stage.
const SHOWN_FINDINGS = 2;
/** `Temp directories: fail: …` then the first findings, one line each. */
function checkLog(check) {
    const lines = [`${checkName(check.id)}: ${check.status}: ${check.summary}`];
    const findings = check.findings.filter(finding => !finding.id.startsWith('policy.'));
    for (const finding of findings.slice(0, SHOWN_FINDINGS)) {
        const where = finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : '';
        lines.push(`  ${finding.severity}: ${finding.title}${where}`);
    }
    if (findings.length > SHOWN_FINDINGS)
        lines[lines.length - 1] += ` … and ${findings.length - SHOWN_FINDINGS} more in the summary`;
    return lines;
}
function environmentLog(env) {
    const rule = env.evidence.find(e => e.signal === 'detection rule')?.value;
    return [
        `Environment: ${env.class}` +
            (env.overridden ? ` (input environment; detected ${env.detected})` : ' (detected)') +
            (rule ? `: ${rule}` : '') +
            `; runner ${env.runner.os}/${env.runner.arch}, ${env.runner.environment}`
    ];
}
/** The timer check's line, then each judged metric against the row's limit. */
function timerLog(check, metrics, limits) {
    const judged = metrics
        .filter(metric => limits[metric.id])
        .map(metric => `${metric.id} ${formatValue(metric.value, metric.unit)} (${metric.aggregation}), limit ${limits[metric.id].text}: ${METRIC_MEANINGS[metric.id] ?? ''}`);
    const head = checkLog(check)[0];
    return [head, ...judged.slice(0, 1), ...(judged.length > 1 ? [judged.slice(1).join('; ')] : [])];
}
/** The step's last lines: the verdict and where the report is. */
function verdictLog(lines, reportFile, tookMs) {
    return [...lines, `Report: ${reportFile} (the run took ${formatUs(tookMs * 1000)})`];
}

// The effect: this machine's facts from node:os, beside the job's matrix (input `matrix`).
function readRunnerIdentity(matrix, env = process.env) {
    const machine = {
        platform: process.platform,
        arch: process.arch,
        hostname: hostname(),
        cpus: cpus(),
        totalMemoryBytes: totalmem()
    };
    return runnerIdentity(env, machine, matrix);
}

// The orchestrator: reads inputs, runs each capability in order, hands the data to the policy
// and the report. Every decision lives in a capability; this file only wires them together.
async function run() {
    const startedAt = new Date();
    // performance.now() counts from process start: this is the cold start of the bundle.
    const startup = Math.round(performance.now());
    const stages = {};
    // Each stage's group ends with its result in plain lines, so no fold in the log is empty.
    const stage = async (name, work, log) => {
        const begun = performance.now();
        try {
            return await group(name, async () => {
                const result = await work();
                for (const line of log(result))
                    info(line);
                return result;
            });
        }
        finally {
            stages[name] = Math.round(performance.now() - begun);
        }
    };
    try {
        const ctx = readRunContext();
        const inputs = readInputs(undefined, ctx);
        const runner = readRunnerIdentity(inputs.matrix);
        // Bad thresholds are an input error: fail before spending time measuring.
        const table = loadThresholds(inputs.thresholds, ctx.workspace);
        const workingDirectory = resolve(ctx.workspace, inputs.workingDirectory);
        const koffiLoad = timeKoffiLoad();
        const go = await stage(checkName('go-install'), () => setupGo(inputs.go, workingDirectory, ctx), setup => setup.checks.flatMap(checkLog));
        const cache = await stage('Dependency cache', () => restoreDependencyCache(inputs.cache, go, workingDirectory, ctx), restored => [`${restored.status}: ${restored.summary}`]);
        const environment = await stage('Environment', () => detectEnvironment(inputs.environment, ctx), environmentLog);
        const limits = table[environment.class].limits;
        const timer = await stage(checkName('timer'), () => guardedTimers(inputs, go, ctx), measured => timerLog(measured.check, measured.metrics, limits));
        const temp = await stage(checkName('temp-dirs'), () => guarded('temp-dirs', 'Temp directories', () => checkTempDirs({ extraPaths: inputs.tempPaths, goEnv: go.goEnv, fixTemp: inputs.fixTemp }, ctx)), checkLog);
        const defender = await stage(checkName('defender'), () => guarded('defender', 'Microsoft Defender', () => checkDefender({
            paths: goPathsForDefender(go, temp.details, workingDirectory, ctx),
            temp: temp.details,
            exclusions: inputs.defenderExclusions,
            restore: inputs.defenderRestore,
            timeoutMs: inputs.defenderTimeoutMs
        }, ctx)), checkLog);
        const endangered = await stage(checkName('endangered-tests'), () => guarded('endangered-tests', checkName('endangered-tests'), () => scanEndangeredTests({
            testPaths: inputs.testPaths,
            workingDirectory,
            go: go.toolchain,
            environment: environment.class,
            wakeLimitUs: limits['wake-p99']?.base,
            trials: timer.check.details?.loops[0]?.trials,
            pooled: timer.check.details?.loops[0]?.aggregate,
            cpu: timer.check.details?.cpu
        }, ctx)), checkLog);
        const measuredChecks = [...go.checks, timer.check, temp, defender, endangered];
        const decision = decide({
            environment: environment.class,
            table,
            metrics: timer.metrics,
            checks: measuredChecks,
            mode: inputs.mode,
            failOn: inputs.failOn
        });
        const report = {
            schemaVersion: 1,
            tool: { name: 'go-win-preflight', version: VERSION },
            startedAt: startedAt.toISOString(),
            durationMs: Date.now() - startedAt.getTime(),
            platform: { os: ctx.platform, arch: ctx.arch, release: release() },
            runner,
            verdict: decision.verdict,
            suspicious: decision.suspicious,
            reasons: decision.reasons,
            environment,
            decision,
            metrics: timer.metrics,
            checks: applyDecision(measuredChecks, decision),
            timingsMs: { startup, koffiLoad, stages },
            cache
        };
        const reportFile = await publishReport(report, ctx, inputs.reportPath);
        const install = findCheck(go.checks, 'go-install')?.details;
        // As setup-go: go-version without the `go` prefix, cache-hit for the dependency cache.
        publishOutputs({
            verdict: decision.verdict,
            environment: environment.class,
            suspicious: String(decision.suspicious),
            report: reportFile,
            'go-version': versionWithoutPrefix(go.toolchain?.version ?? ''),
            'go-version-full': go.toolchain?.version ?? '',
            'go-root': go.toolchain?.goRoot ?? '',
            'toolchain-cache-hit': String(install?.cacheHit ?? false),
            'cache-hit': String(cache.status === 'hit'),
            ...timer.outputs
        });
        for (const line of verdictLog(verdictLines(verdictStatement(report)), reportFile, report.durationMs))
            info(line);
        // The verdict's error annotation (published above) is the failure message: setFailed would
        // add an eleventh error where GitHub keeps ten.
        if (decision.failStep)
            process.exitCode = ExitCode.Failure;
        // Only a main step that got this far successfully asks the post step to save the cache.
        else
            handOverToPost(cache, inputs.reportPath ? [reportFile, resolve(ctx.workspace, inputs.reportPath)] : [reportFile]);
    }
    catch (error) {
        if (error instanceof UserError) {
            setFailed(error.message);
        }
        else {
            debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
            setFailed(`go-win-preflight failed unexpectedly: ${errorMessage(error)}`);
        }
    }
}
/** koffi's load time, or null when it cannot load (the timer check then says why). */
function timeKoffiLoad() {
    const begun = performance.now();
    try {
        loadKoffi();
        return Math.round((performance.now() - begun) * 10) / 10;
    }
    catch {
        return null;
    }
}
async function guardedTimers(inputs, go, ctx) {
    try {
        return await measureTimers(inputs.timer, go.toolchain, ctx);
    }
    catch (error) {
        return timerNotMeasured(`The timer check could not run: ${errorMessage(error)}`);
    }
}
/** A check that throws did not run: it becomes `unknown` with the reason, never a pass. */
async function guarded(id, title, check) {
    try {
        return await check();
    }
    catch (error) {
        return couldNotRun(id, title, error);
    }
}

await run();
