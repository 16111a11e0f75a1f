import { g as getDefaultExportFromCjs, U as UserError, e as errorMessage, r as runProcess, a as addPath, b as exportVariable, i as info, E as ENVIRONMENT_CLASSES, c as applyTempFix, p as probeDirectory, d as goProcessExclusions, f as powershellQuote, h as runDefenderScript, j as parseStatusProbe, k as readScriptOutput, l as judgeCoverage, m as deriveState, n as describeAppLocker, o as debug, q as isRootPath, s as outermostPaths, t as parseChangeOutcome, u as listHolds, v as saveState, w as serializeAddedState, A as ADDED_STATE, x as summary, y as error, z as warning, B as notice, C as readInputs, D as setOutput, F as ExitCode, G as setFailed, H as group } from './shared-state.js';
import { homedir, tmpdir, endianness, release } from 'node:os';
import { resolve, join, dirname, win32, posix, basename, isAbsolute as isAbsolute$1, relative, sep } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync, mkdirSync, writeFileSync, renameSync, rmSync, symlinkSync, readdirSync, existsSync, statSync, accessSync, constants as constants$1, realpathSync } from 'node:fs';
import { rm, mkdtemp, writeFile, stat, readFile, realpath, readdir, mkdir, rename, copyFile } from 'node:fs/promises';
import { Transform, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
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
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:child_process';

// Facts about this run that every capability needs, read once from the runner's environment.
function readRunContext(env = process.env) {
    return {
        platform: process.platform,
        arch: process.arch,
        runnerTemp: resolve(env.RUNNER_TEMP || tmpdir()),
        toolCache: resolve(env.RUNNER_TOOL_CACHE || resolve(homedir(), '.cache', 'go-win-preflight', 'tool-cache')),
        workspace: resolve(env.GITHUB_WORKSPACE || process.cwd()),
        env
    };
}

var re = {exports: {}};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants;
}

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver$2;
var hasRequiredSemver$1;

function requireSemver$1 () {
	if (hasRequiredSemver$1) return semver$2;
	hasRequiredSemver$1 = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver$2 = SemVer;
	return semver$2;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const SemVer = requireSemver$1();
	const parse = (version, options, throwErrors = false) => {
	  if (version instanceof SemVer) {
	    return version
	  }
	  try {
	    return new SemVer(version, options)
	  } catch (er) {
	    if (!throwErrors) {
	      return null
	    }
	    throw er
	  }
	};

	parse_1 = parse;
	return parse_1;
}

var valid_1;
var hasRequiredValid$1;

function requireValid$1 () {
	if (hasRequiredValid$1) return valid_1;
	hasRequiredValid$1 = 1;

	const parse = requireParse();
	const valid = (version, options) => {
	  const v = parse(version, options);
	  return v ? v.version : null
	};
	valid_1 = valid;
	return valid_1;
}

var clean_1;
var hasRequiredClean;

function requireClean () {
	if (hasRequiredClean) return clean_1;
	hasRequiredClean = 1;

	const parse = requireParse();
	const clean = (version, options) => {
	  const s = parse(version.trim().replace(/^[=v]+/, ''), options);
	  return s ? s.version : null
	};
	clean_1 = clean;
	return clean_1;
}

var inc_1;
var hasRequiredInc;

function requireInc () {
	if (hasRequiredInc) return inc_1;
	hasRequiredInc = 1;

	const SemVer = requireSemver$1();

	const inc = (version, release, options, identifier, identifierBase) => {
	  if (typeof (options) === 'string') {
	    identifierBase = identifier;
	    identifier = options;
	    options = undefined;
	  }

	  try {
	    return new SemVer(
	      version instanceof SemVer ? version.version : version,
	      options
	    ).inc(release, identifier, identifierBase).version
	  } catch (er) {
	    return null
	  }
	};
	inc_1 = inc;
	return inc_1;
}

var diff_1;
var hasRequiredDiff;

function requireDiff () {
	if (hasRequiredDiff) return diff_1;
	hasRequiredDiff = 1;

	const parse = requireParse();

	const diff = (version1, version2) => {
	  const v1 = parse(version1, null, true);
	  const v2 = parse(version2, null, true);
	  const comparison = v1.compare(v2);

	  if (comparison === 0) {
	    return null
	  }

	  const v1Higher = comparison > 0;
	  const highVersion = v1Higher ? v1 : v2;
	  const lowVersion = v1Higher ? v2 : v1;
	  const highHasPre = !!highVersion.prerelease.length;
	  const lowHasPre = !!lowVersion.prerelease.length;

	  if (lowHasPre && !highHasPre) {
	    // Going from prerelease -> no prerelease requires some special casing

	    // If the low version has only a major, then it will always be a major
	    // Some examples:
	    // 1.0.0-1 -> 1.0.0
	    // 1.0.0-1 -> 1.1.1
	    // 1.0.0-1 -> 2.0.0
	    if (!lowVersion.patch && !lowVersion.minor) {
	      return 'major'
	    }

	    // If the main part has no difference
	    if (lowVersion.compareMain(highVersion) === 0) {
	      if (lowVersion.minor && !lowVersion.patch) {
	        return 'minor'
	      }
	      return 'patch'
	    }
	  }

	  // add the `pre` prefix if we are going to a prerelease version
	  const prefix = highHasPre ? 'pre' : '';

	  if (v1.major !== v2.major) {
	    return prefix + 'major'
	  }

	  if (v1.minor !== v2.minor) {
	    return prefix + 'minor'
	  }

	  if (v1.patch !== v2.patch) {
	    return prefix + 'patch'
	  }

	  // high and low are prereleases
	  return 'prerelease'
	};

	diff_1 = diff;
	return diff_1;
}

var major_1;
var hasRequiredMajor;

function requireMajor () {
	if (hasRequiredMajor) return major_1;
	hasRequiredMajor = 1;

	const SemVer = requireSemver$1();
	const major = (a, loose) => new SemVer(a, loose).major;
	major_1 = major;
	return major_1;
}

var minor_1;
var hasRequiredMinor;

function requireMinor () {
	if (hasRequiredMinor) return minor_1;
	hasRequiredMinor = 1;

	const SemVer = requireSemver$1();
	const minor = (a, loose) => new SemVer(a, loose).minor;
	minor_1 = minor;
	return minor_1;
}

var patch_1;
var hasRequiredPatch;

function requirePatch () {
	if (hasRequiredPatch) return patch_1;
	hasRequiredPatch = 1;

	const SemVer = requireSemver$1();
	const patch = (a, loose) => new SemVer(a, loose).patch;
	patch_1 = patch;
	return patch_1;
}

var prerelease_1;
var hasRequiredPrerelease;

function requirePrerelease () {
	if (hasRequiredPrerelease) return prerelease_1;
	hasRequiredPrerelease = 1;

	const parse = requireParse();
	const prerelease = (version, options) => {
	  const parsed = parse(version, options);
	  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
	};
	prerelease_1 = prerelease;
	return prerelease_1;
}

var compare_1;
var hasRequiredCompare;

function requireCompare () {
	if (hasRequiredCompare) return compare_1;
	hasRequiredCompare = 1;

	const SemVer = requireSemver$1();
	const compare = (a, b, loose) =>
	  new SemVer(a, loose).compare(new SemVer(b, loose));

	compare_1 = compare;
	return compare_1;
}

var rcompare_1;
var hasRequiredRcompare;

function requireRcompare () {
	if (hasRequiredRcompare) return rcompare_1;
	hasRequiredRcompare = 1;

	const compare = requireCompare();
	const rcompare = (a, b, loose) => compare(b, a, loose);
	rcompare_1 = rcompare;
	return rcompare_1;
}

var compareLoose_1;
var hasRequiredCompareLoose;

function requireCompareLoose () {
	if (hasRequiredCompareLoose) return compareLoose_1;
	hasRequiredCompareLoose = 1;

	const compare = requireCompare();
	const compareLoose = (a, b) => compare(a, b, true);
	compareLoose_1 = compareLoose;
	return compareLoose_1;
}

var compareBuild_1;
var hasRequiredCompareBuild;

function requireCompareBuild () {
	if (hasRequiredCompareBuild) return compareBuild_1;
	hasRequiredCompareBuild = 1;

	const SemVer = requireSemver$1();
	const compareBuild = (a, b, loose) => {
	  const versionA = new SemVer(a, loose);
	  const versionB = new SemVer(b, loose);
	  return versionA.compare(versionB) || versionA.compareBuild(versionB)
	};
	compareBuild_1 = compareBuild;
	return compareBuild_1;
}

var sort_1;
var hasRequiredSort;

function requireSort () {
	if (hasRequiredSort) return sort_1;
	hasRequiredSort = 1;

	const compareBuild = requireCompareBuild();
	const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
	sort_1 = sort;
	return sort_1;
}

var rsort_1;
var hasRequiredRsort;

function requireRsort () {
	if (hasRequiredRsort) return rsort_1;
	hasRequiredRsort = 1;

	const compareBuild = requireCompareBuild();
	const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
	rsort_1 = rsort;
	return rsort_1;
}

var gt_1;
var hasRequiredGt;

function requireGt () {
	if (hasRequiredGt) return gt_1;
	hasRequiredGt = 1;

	const compare = requireCompare();
	const gt = (a, b, loose) => compare(a, b, loose) > 0;
	gt_1 = gt;
	return gt_1;
}

var lt_1;
var hasRequiredLt;

function requireLt () {
	if (hasRequiredLt) return lt_1;
	hasRequiredLt = 1;

	const compare = requireCompare();
	const lt = (a, b, loose) => compare(a, b, loose) < 0;
	lt_1 = lt;
	return lt_1;
}

var eq_1;
var hasRequiredEq;

function requireEq () {
	if (hasRequiredEq) return eq_1;
	hasRequiredEq = 1;

	const compare = requireCompare();
	const eq = (a, b, loose) => compare(a, b, loose) === 0;
	eq_1 = eq;
	return eq_1;
}

var neq_1;
var hasRequiredNeq;

function requireNeq () {
	if (hasRequiredNeq) return neq_1;
	hasRequiredNeq = 1;

	const compare = requireCompare();
	const neq = (a, b, loose) => compare(a, b, loose) !== 0;
	neq_1 = neq;
	return neq_1;
}

var gte_1;
var hasRequiredGte;

function requireGte () {
	if (hasRequiredGte) return gte_1;
	hasRequiredGte = 1;

	const compare = requireCompare();
	const gte = (a, b, loose) => compare(a, b, loose) >= 0;
	gte_1 = gte;
	return gte_1;
}

var lte_1;
var hasRequiredLte;

function requireLte () {
	if (hasRequiredLte) return lte_1;
	hasRequiredLte = 1;

	const compare = requireCompare();
	const lte = (a, b, loose) => compare(a, b, loose) <= 0;
	lte_1 = lte;
	return lte_1;
}

var cmp_1;
var hasRequiredCmp;

function requireCmp () {
	if (hasRequiredCmp) return cmp_1;
	hasRequiredCmp = 1;

	const eq = requireEq();
	const neq = requireNeq();
	const gt = requireGt();
	const gte = requireGte();
	const lt = requireLt();
	const lte = requireLte();

	const cmp = (a, op, b, loose) => {
	  switch (op) {
	    case '===':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a === b

	    case '!==':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a !== b

	    case '':
	    case '=':
	    case '==':
	      return eq(a, b, loose)

	    case '!=':
	      return neq(a, b, loose)

	    case '>':
	      return gt(a, b, loose)

	    case '>=':
	      return gte(a, b, loose)

	    case '<':
	      return lt(a, b, loose)

	    case '<=':
	      return lte(a, b, loose)

	    default:
	      throw new TypeError(`Invalid operator: ${op}`)
	  }
	};
	cmp_1 = cmp;
	return cmp_1;
}

var coerce_1;
var hasRequiredCoerce;

function requireCoerce () {
	if (hasRequiredCoerce) return coerce_1;
	hasRequiredCoerce = 1;

	const SemVer = requireSemver$1();
	const parse = requireParse();
	const { safeRe: re, t } = requireRe();

	const coerce = (version, options) => {
	  if (version instanceof SemVer) {
	    return version
	  }

	  if (typeof version === 'number') {
	    version = String(version);
	  }

	  if (typeof version !== 'string') {
	    return null
	  }

	  options = options || {};

	  let match = null;
	  if (!options.rtl) {
	    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
	  } else {
	    // Find the right-most coercible string that does not share
	    // a terminus with a more left-ward coercible string.
	    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
	    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
	    //
	    // Walk through the string checking with a /g regexp
	    // Manually set the index so as to pick up overlapping matches.
	    // Stop when we get a match that ends at the string end, since no
	    // coercible string can be more right-ward without the same terminus.
	    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
	    let next;
	    while ((next = coerceRtlRegex.exec(version)) &&
	        (!match || match.index + match[0].length !== version.length)
	    ) {
	      if (!match ||
	            next.index + next[0].length !== match.index + match[0].length) {
	        match = next;
	      }
	      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
	    }
	    // leave it in a clean state
	    coerceRtlRegex.lastIndex = -1;
	  }

	  if (match === null) {
	    return null
	  }

	  const major = match[2];
	  const minor = match[3] || '0';
	  const patch = match[4] || '0';
	  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : '';
	  const build = options.includePrerelease && match[6] ? `+${match[6]}` : '';

	  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
	};
	coerce_1 = coerce;
	return coerce_1;
}

var truncate_1;
var hasRequiredTruncate;

function requireTruncate () {
	if (hasRequiredTruncate) return truncate_1;
	hasRequiredTruncate = 1;

	const parse = requireParse();
	const constants = requireConstants();
	const SemVer = requireSemver$1();

	const truncate = (version, truncation, options) => {
	  if (!constants.RELEASE_TYPES.includes(truncation)) {
	    return null
	  }

	  const clonedVersion = cloneInputVersion(version, options);
	  return clonedVersion && doTruncation(clonedVersion, truncation)
	};

	const cloneInputVersion = (version, options) => {
	  const versionStringToParse = (
	    version instanceof SemVer ? version.version : version
	  );

	  return parse(versionStringToParse, options)
	};

	const doTruncation = (version, truncation) => {
	  if (isPrerelease(truncation)) {
	    return version.version
	  }

	  version.prerelease = [];

	  switch (truncation) {
	    case 'major':
	      version.minor = 0;
	      version.patch = 0;
	      break
	    case 'minor':
	      version.patch = 0;
	      break
	  }

	  return version.format()
	};

	const isPrerelease = (type) => {
	  return type.startsWith('pre')
	};

	truncate_1 = truncate;
	return truncate_1;
}

var lrucache;
var hasRequiredLrucache;

function requireLrucache () {
	if (hasRequiredLrucache) return lrucache;
	hasRequiredLrucache = 1;

	class LRUCache {
	  constructor () {
	    this.max = 1000;
	    this.map = new Map();
	  }

	  get (key) {
	    const value = this.map.get(key);
	    if (value === undefined) {
	      return undefined
	    } else {
	      // Remove the key from the map and add it to the end
	      this.map.delete(key);
	      this.map.set(key, value);
	      return value
	    }
	  }

	  delete (key) {
	    return this.map.delete(key)
	  }

	  set (key, value) {
	    const deleted = this.delete(key);

	    if (!deleted && value !== undefined) {
	      // If cache is full, delete the least recently used item
	      if (this.map.size >= this.max) {
	        const firstKey = this.map.keys().next().value;
	        this.delete(firstKey);
	      }

	      this.map.set(key, value);
	    }

	    return this
	  }
	}

	lrucache = LRUCache;
	return lrucache;
}

var trimComparatorWhitespace_1;
var hasRequiredTrimComparatorWhitespace;

function requireTrimComparatorWhitespace () {
	if (hasRequiredTrimComparatorWhitespace) return trimComparatorWhitespace_1;
	hasRequiredTrimComparatorWhitespace = 1;

	// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
	// validation. Each end-index finder returns an exclusive end, or its start
	// on no match.
	// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
	// range.slice(start, end) gives the matched text, not a converted number.
	const {
	  MAX_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  WHITESPACE_CHARACTERS,
	} = requireConstants();

	/**
	 * Remembers the last two rows of digits so their characters need not be reread.
	 * Positions start at -1 until a row has been found.
	 *
	 * @typedef {object} DigitRunCache
	 * @property {number} start The first character of the most recently found row.
	 * @property {number} end The position after that row's last character.
	 * @property {number} previousStart The first character of the previous row.
	 * @property {number} previousEnd The position after the previous row.
	 */

	// One entry per UTF-16 code unit keeps membership checks constant-time.
	const whitespace = new Uint8Array(0x10000);
	for (const char of WHITESPACE_CHARACTERS) {
	  whitespace[char.charCodeAt(0)] = 1;
	}

	/**
	 * Checks whether a character is whitespace, like a space, tab, or newline.
	 * Looking past the end of the string returns false.
	 *
	 * @param {string|undefined} char One character, or undefined past the string's end.
	 * @returns {boolean} Whether the character is whitespace.
	 * @example isWhitespace(' ') // true
	 * @example isWhitespace('1') // false
	 */
	const isWhitespace = char =>
	  char !== undefined && whitespace[char.charCodeAt(0)] === 1;

	/**
	 * Checks for v, =, or whitespace before the version number.
	 * These are historical version prefixes, not range operators:
	 * < and > are handled separately, as are tilde and caret ranges.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can belong to a version prefix.
	 * @example isVersionPrefix('=') // true
	 * @example isVersionPrefix('>') // false
	 */
	const isVersionPrefix = char =>
	  char === 'v' ||
	  char === '=' ||
	  isWhitespace(char);

	/**
	 * Checks whether a character is one of the digits 0 through 9.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII digit.
	 * @example isDigit('7') // true
	 * @example isDigit('.') // false
	 */
	const isDigit = char => char !== undefined && char >= '0' && char <= '9';

	/**
	 * Checks whether a character is an English letter, uppercase or lowercase.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII letter.
	 * @example isLetter('b') // true
	 * @example isLetter('7') // false
	 */
	const isLetter = char =>
	  char !== undefined && (
	    (char >= 'a' && char <= 'z') ||
	    (char >= 'A' && char <= 'Z')
	  );

	/**
	 * Checks for a letter, digit, or hyphen: the characters allowed inside
	 * prerelease and build names such as beta-1.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can be part of an identifier.
	 * @example isIdentifierCharacter('-') // true
	 * @example isIdentifierCharacter('.') // false; dots separate identifiers
	 */
	const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-';

	/**
	 * Checks whether a version component can begin here: with a digit or
	 * a wildcard such as x, X, or *.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether a number or wildcard can start with this character.
	 * @example isVersionStart('x') // true
	 * @example isVersionStart('v') // false; v belongs to the prefix
	 */
	const isVersionStart = char =>
	  isDigit(char) ||
	  char === 'x' ||
	  char === 'X' ||
	  char === '*';

	/**
	 * Finds the end of a row of digits, but returns no more than limit digits.
	 * Remembers the last two rows so looking at them again does not reread them.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first character to check.
	 * @param {number} limit The most digit characters the returned match can include.
	 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
	 * @returns {number} The position after the matched digits, or start if none match.
	 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
	 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
	 */
	const findDigitsEndIndex = (range, start, limit, digitRuns) => {
	  if (!isDigit(range[start])) {
	    return start
	  }
	  if (start >= digitRuns.start && start < digitRuns.end) {
	    return Math.min(start + limit, digitRuns.end)
	  }
	  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
	    return Math.min(start + limit, digitRuns.previousEnd)
	  }
	  let end = start + 1;
	  while (isDigit(range[end])) {
	    end++;
	  }
	  // A failed full version can rewind from its second run to its first.
	  digitRuns.previousStart = digitRuns.start;
	  digitRuns.previousEnd = digitRuns.end;
	  digitRuns.start = start;
	  digitRuns.end = end;
	  return Math.min(start + limit, end)
	};

	/**
	 * Reads a number using the old regex's length and leading-zero rules.
	 * Strict mode reads just the first zero in 012; loose mode can read all three.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the number should begin.
	 * @param {boolean} loose Whether to allow leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched digits, not their numeric value.
	 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
	 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
	 */
	const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
	  if (!loose && range[start] === '0') {
	    return start + 1
	  }
	  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
	  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
	};

	/**
	 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
	 * Tries the letter-or-hyphen form first, then the number-only form.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
	 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
	 */
	const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
	  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
	  // The legacy regex tries a nonnumeric identifier before a numeric one.
	  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
	    let end = digitsEnd + 1;
	    const limit = end + MAX_SAFE_BUILD_LENGTH;
	    while (end < limit && isIdentifierCharacter(range[end])) {
	      end++;
	    }
	    return end
	  }
	  return findVersionNumberEndIndex(range, start, loose, digitRuns)
	};

	/**
	 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
	 * Loose mode also allows the name without its opening hyphen.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the suffix should begin, including -.
	 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched suffix, or start if absent.
	 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
	 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
	 */
	const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
	  const hyphen = range[start] === '-';
	  if (!loose && !hyphen) {
	    return start
	  }
	  const identifierStart = start + (hyphen ? 1 : 0);
	  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
	  if (end === identifierStart) {
	    if (!loose || !hyphen) {
	      return start
	    }
	    // In loose syntax, a lone hyphen can itself be the identifier.
	    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
	  }
	  while (range[end] === '.') {
	    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads one build-name piece, such as sha or 123 in +sha.123.
	 * Stops at a disallowed character or the old regex's length limit.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
	 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
	 */
	const findBuildIdentifierEndIndex = (range, start) => {
	  let end = start;
	  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
	    end++;
	  }
	  return end
	};

	/**
	 * Reads optional build metadata such as +sha.123.
	 * Leaves the position unchanged if there is no plus sign followed by a name.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the opening + should be.
	 * @returns {number} The position after the matched metadata, or start if absent.
	 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
	 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
	 */
	const findBuildEndIndex = (range, start) => {
	  if (range[start] !== '+') {
	    return start
	  }
	  let end = findBuildIdentifierEndIndex(range, start + 1);
	  if (end === start + 1) {
	    return start
	  }
	  while (range[end] === '.') {
	    const next = findBuildIdentifierEndIndex(range, end + 1);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads three numbers separated by dots, then any prerelease and build suffixes.
	 * Uses loose rules, so forms such as 01.02.03beta can match here.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first number, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the version match, or start if none matches.
	 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
	 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
	 */
	const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
	  let end = start;
	  for (let component = 0; component < 3; component++) {
	    const next = findVersionNumberEndIndex(range, end, true, digitRuns);
	    if (next === end) {
	      return start
	    }
	    end = next;
	    if (component < 2) {
	      if (range[end] !== '.') {
	        return start
	      }
	      end++;
	    }
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
	 * Numbers use strict leading-zero rules; wildcards take up one character.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the component should begin.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the component, or start if none matches.
	 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
	 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
	 */
	const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
	  if (isDigit(range[start])) {
	    return findVersionNumberEndIndex(range, start, false, digitRuns)
	  }
	  return isVersionStart(range[start]) ? start + 1 : start
	};

	/**
	 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
	 * After the third component, also reads any strict prerelease and build suffixes.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched version text.
	 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
	 */
	const findPartialVersionEndIndex = (range, start, digitRuns) => {
	  let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
	  for (let component = 0; component < 2; component++) {
	    if (range[end] !== '.') {
	      return end
	    }
	    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
	    if (next === end + 1) {
	      return end
	    }
	    end = next;
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Finds where a version match ends, without deciding whether the range is valid.
	 * Tries a loose full version first, then a partial or wildcard version, just
	 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position where scanning the next candidate can resume.
	 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
	 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 */
	const findVersionEndIndex = (range, start, digitRuns) => {
	  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
	  return fullVersionEnd !== start
	    ? fullVersionEnd
	    : findPartialVersionEndIndex(range, start, digitRuns)
	};

	/**
	 * Finds the one whitespace character the old replacement would remove.
	 * Keeps leading whitespace, skips an optional operator, and checks immediately
	 * after it. Returns -1 if there is nothing to remove.
	 *
	 * @param {string} range The text containing a candidate already found by the caller.
	 * @param {number} matchStart The candidate's position, including leading whitespace.
	 * @returns {number} The position of the removable whitespace, or -1 if absent.
	 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
	 * @example findRemovableWhitespaceIndex('>1', 0) // -1
	 */
	const findRemovableWhitespaceIndex = (range, matchStart) => {
	  let position = matchStart;
	  if (isWhitespace(range[position])) {
	    position++;
	  }
	  if (range[position] === '<' || range[position] === '>') {
	    position++;
	  }
	  if (range[position] === '=') {
	    position++;
	  }
	  return isWhitespace(range[position]) ? position : -1
	};

	/**
	 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
	 * Copies everything else according to the old regex's matching rules.
	 * Moves forward through prefixes and whole versions to avoid repeatedly
	 * searching the same characters on long inputs.
	 *
	 * @param {string} range The range text to process; the original string is unchanged.
	 * @returns {string} The range with matched operator whitespace removed.
	 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
	 * @example trimComparatorWhitespace('> invalid') // '> invalid'
	 */
	const trimComparatorWhitespace = range => {
	  let result = '';
	  let copyFrom = 0;
	  let cursor = 0;
	  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };

	  while (cursor < range.length) {
	    const matchStart = cursor;
	    if (range[cursor] === '<' || range[cursor] === '>') {
	      cursor++;
	    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
	      cursor++;
	      continue
	    }

	    // Consume a v/=/whitespace run once, even when no version follows it.
	    while (cursor < range.length && isVersionPrefix(range[cursor])) {
	      cursor++;
	    }
	    if (!isVersionStart(range[cursor])) {
	      continue
	    }

	    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
	    if (whitespacePosition !== -1) {
	      result += range.slice(copyFrom, whitespacePosition);
	      copyFrom = whitespacePosition + 1;
	    }

	    // Skip the entire match, so a prerelease's trailing v cannot be
	    // reconsidered as the prefix of another version.
	    cursor = findVersionEndIndex(range, cursor, digitRuns);
	  }

	  return result + range.slice(copyFrom)
	};

	trimComparatorWhitespace_1 = trimComparatorWhitespace;
	return trimComparatorWhitespace_1;
}

var range;
var hasRequiredRange;

function requireRange () {
	if (hasRequiredRange) return range;
	hasRequiredRange = 1;

	const SPACE_CHARACTERS = /\s+/g;

	// hoisted class for cyclic dependency
	class Range {
	  constructor (range, options) {
	    options = parseOptions(options);

	    if (range instanceof Range) {
	      if (
	        range.loose === !!options.loose &&
	        range.includePrerelease === !!options.includePrerelease
	      ) {
	        return range
	      } else {
	        return new Range(range.raw, options)
	      }
	    }

	    if (range instanceof Comparator) {
	      // just put it in the set and return
	      this.raw = range.value;
	      this.set = [[range]];
	      this.formatted = undefined;
	      return this
	    }

	    this.options = options;
	    this.loose = !!options.loose;
	    this.includePrerelease = !!options.includePrerelease;

	    // First reduce all whitespace as much as possible so we do not have to rely
	    // on potentially slow regexes like \s*. This is then stored and used for
	    // future error messages as well.
	    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ');

	    // First, split on ||
	    this.set = this.raw
	      .split('||')
	      // map the range to a 2d array of comparators
	      .map(r => this.parseRange(r.trim()))
	      // throw out any comparator lists that are empty
	      // this generally means that it was not a valid range, which is allowed
	      // in loose mode, but will still throw if the WHOLE range is invalid.
	      .filter(c => c.length);

	    if (!this.set.length) {
	      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
	    }

	    // if we have any that are not the null set, throw out null sets.
	    if (this.set.length > 1) {
	      // keep the first one, in case they're all null sets
	      const first = this.set[0];
	      this.set = this.set.filter(c => !isNullSet(c[0]));
	      if (this.set.length === 0) {
	        this.set = [first];
	      } else if (this.set.length > 1) {
	        // if we have any that are *, then the range is just *
	        for (const c of this.set) {
	          if (c.length === 1 && isAny(c[0])) {
	            this.set = [c];
	            break
	          }
	        }
	      }
	    }

	    this.formatted = undefined;
	  }

	  get range () {
	    if (this.formatted === undefined) {
	      this.formatted = '';
	      for (let i = 0; i < this.set.length; i++) {
	        if (i > 0) {
	          this.formatted += '||';
	        }
	        const comps = this.set[i];
	        for (let k = 0; k < comps.length; k++) {
	          if (k > 0) {
	            this.formatted += ' ';
	          }
	          this.formatted += comps[k].toString().trim();
	        }
	      }
	    }
	    return this.formatted
	  }

	  format () {
	    return this.range
	  }

	  toString () {
	    return this.range
	  }

	  parseRange (range) {
	    // strip build metadata so it can't bleed into the version
	    range = range.replace(BUILDSTRIPRE, '');

	    // memoize range parsing for performance.
	    // this is a very hot path, and fully deterministic.
	    const memoOpts =
	      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
	      (this.options.loose && FLAG_LOOSE);
	    const memoKey = memoOpts + ':' + range;
	    const cached = cache.get(memoKey);
	    if (cached) {
	      return cached
	    }

	    const loose = this.options.loose;
	    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
	    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
	    range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
	    debug('hyphen replace', range);

	    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
	    range = trimComparatorWhitespace(range);
	    debug('comparator trim', range);

	    // `~ 1.2.3` => `~1.2.3`
	    range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
	    debug('tilde trim', range);

	    // `^ 1.2.3` => `^1.2.3`
	    range = range.replace(re[t.CARETTRIM], caretTrimReplace);
	    debug('caret trim', range);

	    // At this point, the range is completely trimmed and
	    // ready to be split into comparators.

	    let rangeList = range
	      .split(' ')
	      .map(comp => parseComparator(comp, this.options))
	      .join(' ')
	      .split(/\s+/)
	      // >=0.0.0 is equivalent to *
	      .map(comp => replaceGTE0(comp, this.options));

	    if (loose) {
	      // in loose mode, throw out any that are not valid comparators
	      rangeList = rangeList.filter(comp => {
	        debug('loose invalid filter', comp, this.options);
	        return !!comp.match(re[t.COMPARATORLOOSE])
	      });
	    }
	    debug('range list', rangeList);

	    // if any comparators are the null set, then replace with JUST null set
	    // if more than one comparator, remove any * comparators
	    // also, don't include the same comparator more than once
	    const rangeMap = new Map();
	    const comparators = rangeList.map(comp => new Comparator(comp, this.options));
	    for (const comp of comparators) {
	      if (isNullSet(comp)) {
	        return [comp]
	      }
	      rangeMap.set(comp.value, comp);
	    }
	    if (rangeMap.size > 1 && rangeMap.has('')) {
	      rangeMap.delete('');
	    }

	    const result = [...rangeMap.values()];
	    cache.set(memoKey, result);
	    return result
	  }

	  intersects (range, options) {
	    if (!(range instanceof Range)) {
	      throw new TypeError('a Range is required')
	    }

	    return this.set.some((thisComparators) => {
	      return (
	        isSatisfiable(thisComparators, options) &&
	        range.set.some((rangeComparators) => {
	          return (
	            isSatisfiable(rangeComparators, options) &&
	            thisComparators.every((thisComparator) => {
	              return rangeComparators.every((rangeComparator) => {
	                return thisComparator.intersects(rangeComparator, options)
	              })
	            })
	          )
	        })
	      )
	    })
	  }

	  // if ANY of the sets match ALL of its comparators, then pass
	  test (version) {
	    if (!version) {
	      return false
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    for (let i = 0; i < this.set.length; i++) {
	      if (testSet(this.set[i], version, this.options)) {
	        return true
	      }
	    }
	    return false
	  }
	}

	range = Range;

	const LRU = requireLrucache();
	const cache = new LRU();

	const parseOptions = requireParseOptions();
	const Comparator = requireComparator();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const trimComparatorWhitespace = requireTrimComparatorWhitespace();
	const {
	  safeRe: re,
	  src,
	  t,
	  tildeTrimReplace,
	  caretTrimReplace,
	} = requireRe();
	const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = requireConstants();

	// unbounded global build-metadata stripper used by parseRange
	const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g');

	const isNullSet = c => c.value === '<0.0.0-0';
	const isAny = c => c.value === '';

	// take a set of comparators and determine whether there
	// exists a version which can satisfy it
	const isSatisfiable = (comparators, options) => {
	  let result = true;
	  const remainingComparators = comparators.slice();
	  let testComparator = remainingComparators.pop();

	  while (result && remainingComparators.length) {
	    result = remainingComparators.every((otherComparator) => {
	      return testComparator.intersects(otherComparator, options)
	    });

	    testComparator = remainingComparators.pop();
	  }

	  return result
	};

	// comprised of xranges, tildes, stars, and gtlt's at this point.
	// already replaced the hyphen ranges
	// turn into a set of JUST comparators.
	const parseComparator = (comp, options) => {
	  comp = comp.replace(re[t.BUILD], '');
	  debug('comp', comp, options);
	  comp = replaceCarets(comp, options);
	  debug('caret', comp);
	  comp = replaceTildes(comp, options);
	  debug('tildes', comp);
	  comp = replaceXRanges(comp, options);
	  debug('xrange', comp);
	  comp = replaceStars(comp, options);
	  debug('stars', comp);
	  return comp
	};

	const isX = id => !id || id.toLowerCase() === 'x' || id === '*';

	const invalidXRangeOrder = (M, m, p) => (
	  (isX(M) && !isX(m)) ||
	  (isX(m) && p && !isX(p))
	);

	// ~, ~> --> * (any, kinda silly)
	// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
	// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
	// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
	// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
	// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
	// ~0.0.1 --> >=0.0.1 <0.1.0-0
	const replaceTildes = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceTilde(c, options))
	    .join(' ')
	};

	const replaceTilde = (comp, options) => {
	  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
	  // if we're including prereleases in the match, then the lower bound is
	  // -0, the lowest possible prerelease value, just like x-ranges and carets.
	  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('tilde', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      // ~1.2 == >=1.2.0 <1.3.0-0
	      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	    } else if (pr) {
	      debug('replaceTilde pr', pr);
	      ret = `>=${M}.${m}.${p}-${pr
	      } <${M}.${+m + 1}.0-0`;
	    } else {
	      // ~1.2.3 == >=1.2.3 <1.3.0-0
	      ret = `>=${M}.${m}.${p
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('tilde return', ret);
	    return ret
	  })
	};

	// ^ --> * (any, kinda silly)
	// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
	// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
	// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
	// ^1.2.3 --> >=1.2.3 <2.0.0-0
	// ^1.2.0 --> >=1.2.0 <2.0.0-0
	// ^0.0.1 --> >=0.0.1 <0.0.2-0
	// ^0.1.0 --> >=0.1.0 <0.2.0-0
	const replaceCarets = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceCaret(c, options))
	    .join(' ')
	};

	const replaceCaret = (comp, options) => {
	  debug('caret', comp, options);
	  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('caret', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      if (M === '0') {
	        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	      } else {
	        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
	      }
	    } else if (pr) {
	      debug('replaceCaret pr', pr);
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p}-${pr
	        } <${+M + 1}.0.0-0`;
	      }
	    } else {
	      debug('no pr');
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p
	        } <${+M + 1}.0.0-0`;
	      }
	    }

	    debug('caret return', ret);
	    return ret
	  })
	};

	const replaceXRanges = (comp, options) => {
	  debug('replaceXRanges', comp, options);
	  return comp
	    .split(/\s+/)
	    .map((c) => replaceXRange(c, options))
	    .join(' ')
	};

	const replaceXRange = (comp, options) => {
	  comp = comp.trim();
	  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
	  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
	    debug('xRange', comp, ret, gtlt, M, m, p, pr);
	    if (invalidXRangeOrder(M, m, p)) {
	      return comp
	    }

	    const xM = isX(M);
	    const xm = xM || isX(m);
	    const xp = xm || isX(p);
	    const anyX = xp;

	    if (gtlt === '=' && anyX) {
	      gtlt = '';
	    }

	    // if we're including prereleases in the match, then we need
	    // to fix this to -0, the lowest possible prerelease value
	    pr = options.includePrerelease ? '-0' : '';

	    if (xM) {
	      if (gtlt === '>' || gtlt === '<') {
	        // nothing is allowed
	        ret = '<0.0.0-0';
	      } else {
	        // nothing is forbidden
	        ret = '*';
	      }
	    } else if (gtlt && anyX) {
	      // we know patch is an x, because we have any x at all.
	      // replace X with 0
	      if (xm) {
	        m = 0;
	      }
	      p = 0;

	      if (gtlt === '>') {
	        // >1 => >=2.0.0
	        // >1.2 => >=1.3.0
	        gtlt = '>=';
	        if (xm) {
	          M = +M + 1;
	          m = 0;
	          p = 0;
	        } else {
	          m = +m + 1;
	          p = 0;
	        }
	      } else if (gtlt === '<=') {
	        // <=0.7.x is actually <0.8.0, since any 0.7.x should
	        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
	        gtlt = '<';
	        if (xm) {
	          M = +M + 1;
	        } else {
	          m = +m + 1;
	        }
	      }

	      if (gtlt === '<') {
	        pr = '-0';
	      }

	      ret = `${gtlt + M}.${m}.${p}${pr}`;
	    } else if (xm) {
	      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
	    } else if (xp) {
	      ret = `>=${M}.${m}.0${pr
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('xRange return', ret);

	    return ret
	  })
	};

	// Because * is AND-ed with everything else in the comparator,
	// and '' means "any version", just remove the *s entirely.
	const replaceStars = (comp, options) => {
	  debug('replaceStars', comp, options);
	  // Looseness is ignored here.  star is always as loose as it gets!
	  return comp
	    .trim()
	    .replace(re[t.STAR], '')
	};

	const replaceGTE0 = (comp, options) => {
	  debug('replaceGTE0', comp, options);
	  return comp
	    .trim()
	    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
	};

	// This function is passed to string.replace(re[t.HYPHENRANGE])
	// M, m, patch, prerelease, build
	// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
	// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
	// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
	// TODO build?
	const hyphenReplace = incPr => ($0,
	  from, fM, fm, fp, fpr, fb,
	  to, tM, tm, tp, tpr) => {
	  if (isX(fM)) {
	    from = '';
	  } else if (isX(fm)) {
	    from = `>=${fM}.0.0${incPr ? '-0' : ''}`;
	  } else if (isX(fp)) {
	    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`;
	  } else if (fpr) {
	    from = `>=${from}`;
	  } else {
	    from = `>=${from}${incPr ? '-0' : ''}`;
	  }

	  if (isX(tM)) {
	    to = '';
	  } else if (isX(tm)) {
	    to = `<${+tM + 1}.0.0-0`;
	  } else if (isX(tp)) {
	    to = `<${tM}.${+tm + 1}.0-0`;
	  } else if (tpr) {
	    to = `<=${tM}.${tm}.${tp}-${tpr}`;
	  } else if (incPr) {
	    to = `<${tM}.${tm}.${+tp + 1}-0`;
	  } else {
	    to = `<=${to}`;
	  }

	  return `${from} ${to}`.trim()
	};

	const testSet = (set, version, options) => {
	  for (let i = 0; i < set.length; i++) {
	    if (!set[i].test(version)) {
	      return false
	    }
	  }

	  if (version.prerelease.length && !options.includePrerelease) {
	    // Find the set of versions that are allowed to have prereleases
	    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
	    // That should allow `1.2.3-pr.2` to pass.
	    // However, `1.2.4-alpha.notready` should NOT be allowed,
	    // even though it's within the range set by the comparators.
	    for (let i = 0; i < set.length; i++) {
	      debug(set[i].semver);
	      if (set[i].semver === Comparator.ANY) {
	        continue
	      }

	      if (set[i].semver.prerelease.length > 0) {
	        const allowed = set[i].semver;
	        if (allowed.major === version.major &&
	            allowed.minor === version.minor &&
	            allowed.patch === version.patch) {
	          return true
	        }
	      }
	    }

	    // Version has a -pre, but it's not one of the ones we like.
	    return false
	  }

	  return true
	};
	return range;
}

var comparator;
var hasRequiredComparator;

function requireComparator () {
	if (hasRequiredComparator) return comparator;
	hasRequiredComparator = 1;

	const ANY = Symbol('SemVer ANY');
	// hoisted class for cyclic dependency
	class Comparator {
	  static get ANY () {
	    return ANY
	  }

	  constructor (comp, options) {
	    options = parseOptions(options);

	    if (comp instanceof Comparator) {
	      if (comp.loose === !!options.loose) {
	        return comp
	      } else {
	        comp = comp.value;
	      }
	    }

	    comp = comp.trim().split(/\s+/).join(' ');
	    debug('comparator', comp, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    this.parse(comp);

	    if (this.semver === ANY) {
	      this.value = '';
	    } else {
	      this.value = this.operator + this.semver.version;
	    }

	    debug('comp', this);
	  }

	  parse (comp) {
	    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
	    const m = comp.match(r);

	    if (!m) {
	      throw new TypeError(`Invalid comparator: ${comp}`)
	    }

	    this.operator = m[1] !== undefined ? m[1] : '';
	    if (this.operator === '=') {
	      this.operator = '';
	    }

	    // if it literally is just '>' or '' then allow anything.
	    if (!m[2]) {
	      this.semver = ANY;
	    } else {
	      this.semver = new SemVer(m[2], this.options.loose);
	    }
	  }

	  toString () {
	    return this.value
	  }

	  test (version) {
	    debug('Comparator.test', version, this.options.loose);

	    if (this.semver === ANY || version === ANY) {
	      return true
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    return cmp(version, this.operator, this.semver, this.options)
	  }

	  intersects (comp, options) {
	    if (!(comp instanceof Comparator)) {
	      throw new TypeError('a Comparator is required')
	    }

	    if (this.operator === '') {
	      if (this.value === '') {
	        return true
	      }
	      return new Range(comp.value, options).test(this.value)
	    } else if (comp.operator === '') {
	      if (comp.value === '') {
	        return true
	      }
	      return new Range(this.value, options).test(comp.semver)
	    }

	    options = parseOptions(options);

	    // Special cases where nothing can possibly be lower
	    if (options.includePrerelease &&
	      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
	      return false
	    }
	    if (!options.includePrerelease &&
	      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
	      return false
	    }

	    // Same direction increasing (> or >=)
	    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
	      return true
	    }
	    // Same direction decreasing (< or <=)
	    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // same SemVer and both sides are inclusive (<= or >=)
	    if (
	      (this.semver.version === comp.semver.version) &&
	      this.operator.includes('=') && comp.operator.includes('=')) {
	      return true
	    }
	    // opposite directions less than
	    if (cmp(this.semver, '<', comp.semver, options) &&
	      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // opposite directions greater than
	    if (cmp(this.semver, '>', comp.semver, options) &&
	      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
	      return true
	    }
	    return false
	  }
	}

	comparator = Comparator;

	const parseOptions = requireParseOptions();
	const { safeRe: re, t } = requireRe();
	const cmp = requireCmp();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const Range = requireRange();
	return comparator;
}

var satisfies_1;
var hasRequiredSatisfies;

function requireSatisfies () {
	if (hasRequiredSatisfies) return satisfies_1;
	hasRequiredSatisfies = 1;

	const Range = requireRange();
	const satisfies = (version, range, options) => {
	  try {
	    range = new Range(range, options);
	  } catch (er) {
	    return false
	  }
	  return range.test(version)
	};
	satisfies_1 = satisfies;
	return satisfies_1;
}

var toComparators_1;
var hasRequiredToComparators;

function requireToComparators () {
	if (hasRequiredToComparators) return toComparators_1;
	hasRequiredToComparators = 1;

	const Range = requireRange();

	// Mostly just for testing and legacy API reasons
	const toComparators = (range, options) =>
	  new Range(range, options).set
	    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '));

	toComparators_1 = toComparators;
	return toComparators_1;
}

var maxSatisfying_1;
var hasRequiredMaxSatisfying;

function requireMaxSatisfying () {
	if (hasRequiredMaxSatisfying) return maxSatisfying_1;
	hasRequiredMaxSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();

	const maxSatisfying = (versions, range, options) => {
	  let max = null;
	  let maxSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!max || maxSV.compare(v) === -1) {
	        // compare(max, v, true)
	        max = v;
	        maxSV = new SemVer(max, options);
	      }
	    }
	  });
	  return max
	};
	maxSatisfying_1 = maxSatisfying;
	return maxSatisfying_1;
}

var minSatisfying_1;
var hasRequiredMinSatisfying;

function requireMinSatisfying () {
	if (hasRequiredMinSatisfying) return minSatisfying_1;
	hasRequiredMinSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const minSatisfying = (versions, range, options) => {
	  let min = null;
	  let minSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!min || minSV.compare(v) === 1) {
	        // compare(min, v, true)
	        min = v;
	        minSV = new SemVer(min, options);
	      }
	    }
	  });
	  return min
	};
	minSatisfying_1 = minSatisfying;
	return minSatisfying_1;
}

var minVersion_1;
var hasRequiredMinVersion;

function requireMinVersion () {
	if (hasRequiredMinVersion) return minVersion_1;
	hasRequiredMinVersion = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const gt = requireGt();

	const minVersion = (range, loose) => {
	  range = new Range(range, loose);

	  let minver = new SemVer('0.0.0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = new SemVer('0.0.0-0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = null;
	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let setMin = null;
	    comparators.forEach((comparator) => {
	      // Clone to avoid manipulating the comparator's semver object.
	      const compver = new SemVer(comparator.semver.version);
	      switch (comparator.operator) {
	        case '>':
	          if (compver.prerelease.length === 0) {
	            compver.patch++;
	          } else {
	            compver.prerelease.push(0);
	          }
	          compver.raw = compver.format();
	          /* fallthrough */
	        case '':
	        case '>=':
	          if (!setMin || gt(compver, setMin)) {
	            setMin = compver;
	          }
	          break
	        case '<':
	        case '<=':
	          /* Ignore maximum versions */
	          break
	        /* istanbul ignore next */
	        default:
	          throw new Error(`Unexpected operation: ${comparator.operator}`)
	      }
	    });
	    if (setMin && (!minver || gt(minver, setMin))) {
	      minver = setMin;
	    }
	  }

	  if (minver && range.test(minver)) {
	    return minver
	  }

	  return null
	};
	minVersion_1 = minVersion;
	return minVersion_1;
}

var valid;
var hasRequiredValid;

function requireValid () {
	if (hasRequiredValid) return valid;
	hasRequiredValid = 1;

	const Range = requireRange();
	const validRange = (range, options) => {
	  try {
	    // Return '*' instead of '' so that truthiness works.
	    // This will throw if it's invalid anyway
	    return new Range(range, options).range || '*'
	  } catch (er) {
	    return null
	  }
	};
	valid = validRange;
	return valid;
}

var outside_1;
var hasRequiredOutside;

function requireOutside () {
	if (hasRequiredOutside) return outside_1;
	hasRequiredOutside = 1;

	const SemVer = requireSemver$1();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const gt = requireGt();
	const lt = requireLt();
	const lte = requireLte();
	const gte = requireGte();

	const outside = (version, range, hilo, options) => {
	  version = new SemVer(version, options);
	  range = new Range(range, options);

	  let gtfn, ltefn, ltfn, comp, ecomp;
	  switch (hilo) {
	    case '>':
	      gtfn = gt;
	      ltefn = lte;
	      ltfn = lt;
	      comp = '>';
	      ecomp = '>=';
	      break
	    case '<':
	      gtfn = lt;
	      ltefn = gte;
	      ltfn = gt;
	      comp = '<';
	      ecomp = '<=';
	      break
	    default:
	      throw new TypeError('Must provide a hilo val of "<" or ">"')
	  }

	  // If it satisfies the range it is not outside
	  if (satisfies(version, range, options)) {
	    return false
	  }

	  // From now on, variable terms are as if we're in "gtr" mode.
	  // but note that everything is flipped for the "ltr" function.

	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let high = null;
	    let low = null;

	    comparators.forEach((comparator) => {
	      if (comparator.semver === ANY) {
	        comparator = new Comparator('>=0.0.0');
	      }
	      high = high || comparator;
	      low = low || comparator;
	      if (gtfn(comparator.semver, high.semver, options)) {
	        high = comparator;
	      } else if (ltfn(comparator.semver, low.semver, options)) {
	        low = comparator;
	      }
	    });

	    // If the edge version comparator has a operator then our version
	    // isn't outside it
	    if (high.operator === comp || high.operator === ecomp) {
	      return false
	    }

	    // If the lowest version comparator has an operator and our version
	    // is less than it then it isn't higher than the range
	    if ((!low.operator || low.operator === comp) &&
	        ltefn(version, low.semver)) {
	      return false
	    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
	      return false
	    }
	  }
	  return true
	};

	outside_1 = outside;
	return outside_1;
}

var gtr_1;
var hasRequiredGtr;

function requireGtr () {
	if (hasRequiredGtr) return gtr_1;
	hasRequiredGtr = 1;

	// Determine if version is greater than all the versions possible in the range.
	const outside = requireOutside();
	const gtr = (version, range, options) => outside(version, range, '>', options);
	gtr_1 = gtr;
	return gtr_1;
}

var ltr_1;
var hasRequiredLtr;

function requireLtr () {
	if (hasRequiredLtr) return ltr_1;
	hasRequiredLtr = 1;

	const outside = requireOutside();
	// Determine if version is less than all the versions possible in the range
	const ltr = (version, range, options) => outside(version, range, '<', options);
	ltr_1 = ltr;
	return ltr_1;
}

var intersects_1;
var hasRequiredIntersects;

function requireIntersects () {
	if (hasRequiredIntersects) return intersects_1;
	hasRequiredIntersects = 1;

	const Range = requireRange();
	const intersects = (r1, r2, options) => {
	  r1 = new Range(r1, options);
	  r2 = new Range(r2, options);
	  return r1.intersects(r2, options)
	};
	intersects_1 = intersects;
	return intersects_1;
}

var simplify;
var hasRequiredSimplify;

function requireSimplify () {
	if (hasRequiredSimplify) return simplify;
	hasRequiredSimplify = 1;

	// given a set of versions and a range, create a "simplified" range
	// that includes the same versions that the original range does
	// If the original range is shorter than the simplified one, return that.
	const satisfies = requireSatisfies();
	const compare = requireCompare();
	simplify = (versions, range, options) => {
	  const set = [];
	  let first = null;
	  let prev = null;
	  const v = versions.sort((a, b) => compare(a, b, options));
	  for (const version of v) {
	    const included = satisfies(version, range, options);
	    if (included) {
	      prev = version;
	      if (!first) {
	        first = version;
	      }
	    } else {
	      if (prev) {
	        set.push([first, prev]);
	      }
	      prev = null;
	      first = null;
	    }
	  }
	  if (first) {
	    set.push([first, null]);
	  }

	  const ranges = [];
	  for (const [min, max] of set) {
	    if (min === max) {
	      ranges.push(min);
	    } else if (!max && min === v[0]) {
	      ranges.push('*');
	    } else if (!max) {
	      ranges.push(`>=${min}`);
	    } else if (min === v[0]) {
	      ranges.push(`<=${max}`);
	    } else {
	      ranges.push(`${min} - ${max}`);
	    }
	  }
	  const simplified = ranges.join(' || ');
	  const original = typeof range.raw === 'string' ? range.raw : String(range);
	  return simplified.length < original.length ? simplified : range
	};
	return simplify;
}

var subset_1;
var hasRequiredSubset;

function requireSubset () {
	if (hasRequiredSubset) return subset_1;
	hasRequiredSubset = 1;

	const Range = requireRange();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const satisfies = requireSatisfies();
	const compare = requireCompare();

	// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
	// - Every simple range `r1, r2, ...` is a null set, OR
	// - Every simple range `r1, r2, ...` which is not a null set is a subset of
	//   some `R1, R2, ...`
	//
	// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
	// - If c is only the ANY comparator
	//   - If C is only the ANY comparator, return true
	//   - Else if in prerelease mode, return false
	//   - else replace c with `[>=0.0.0]`
	// - If C is only the ANY comparator
	//   - if in prerelease mode, return true
	//   - else replace C with `[>=0.0.0]`
	// - Let EQ be the set of = comparators in c
	// - If EQ is more than one, return true (null set)
	// - Let GT be the highest > or >= comparator in c
	// - Let LT be the lowest < or <= comparator in c
	// - If GT and LT, and GT.semver > LT.semver, return true (null set)
	// - If any C is a = range, and GT or LT are set, return false
	// - If EQ
	//   - If GT, and EQ does not satisfy GT, return true (null set)
	//   - If LT, and EQ does not satisfy LT, return true (null set)
	//   - If EQ satisfies every C, return true
	//   - Else return false
	// - If GT
	//   - If GT.semver is lower than any > or >= comp in C, return false
	//   - If GT is >=, and GT.semver does not satisfy every C, return false
	//   - If GT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the GT.semver tuple, return false
	// - If LT
	//   - If LT.semver is greater than any < or <= comp in C, return false
	//   - If LT is <=, and LT.semver does not satisfy every C, return false
	//   - If LT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the LT.semver tuple, return false
	// - Else return true

	const subset = (sub, dom, options = {}) => {
	  if (sub === dom) {
	    return true
	  }

	  sub = new Range(sub, options);
	  dom = new Range(dom, options);
	  let sawNonNull = false;

	  OUTER: for (const simpleSub of sub.set) {
	    for (const simpleDom of dom.set) {
	      const isSub = simpleSubset(simpleSub, simpleDom, options);
	      sawNonNull = sawNonNull || isSub !== null;
	      if (isSub) {
	        continue OUTER
	      }
	    }
	    // the null set is a subset of everything, but null simple ranges in
	    // a complex range should be ignored.  so if we saw a non-null range,
	    // then we know this isn't a subset, but if EVERY simple range was null,
	    // then it is a subset.
	    if (sawNonNull) {
	      return false
	    }
	  }
	  return true
	};

	const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')];
	const minimumVersion = [new Comparator('>=0.0.0')];

	const simpleSubset = (sub, dom, options) => {
	  if (sub === dom) {
	    return true
	  }

	  if (sub.length === 1 && sub[0].semver === ANY) {
	    if (dom.length === 1 && dom[0].semver === ANY) {
	      return true
	    } else if (options.includePrerelease) {
	      sub = minimumVersionWithPreRelease;
	    } else {
	      sub = minimumVersion;
	    }
	  }

	  if (dom.length === 1 && dom[0].semver === ANY) {
	    if (options.includePrerelease) {
	      return true
	    } else {
	      dom = minimumVersion;
	    }
	  }

	  const eqSet = new Set();
	  let gt, lt;
	  for (const c of sub) {
	    if (c.operator === '>' || c.operator === '>=') {
	      gt = higherGT(gt, c, options);
	    } else if (c.operator === '<' || c.operator === '<=') {
	      lt = lowerLT(lt, c, options);
	    } else {
	      eqSet.add(c.semver);
	    }
	  }

	  if (eqSet.size > 1) {
	    return null
	  }

	  let gtltComp;
	  if (gt && lt) {
	    gtltComp = compare(gt.semver, lt.semver, options);
	    if (gtltComp > 0) {
	      return null
	    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
	      return null
	    }
	  }

	  // will iterate one or zero times
	  for (const eq of eqSet) {
	    if (gt && !satisfies(eq, String(gt), options)) {
	      return null
	    }

	    if (lt && !satisfies(eq, String(lt), options)) {
	      return null
	    }

	    for (const c of dom) {
	      if (!satisfies(eq, String(c), options)) {
	        return false
	      }
	    }

	    return true
	  }

	  let higher, lower;
	  let hasDomLT, hasDomGT;
	  // if the subset has a prerelease, we need a comparator in the superset
	  // with the same tuple and a prerelease, or it's not a subset
	  let needDomLTPre = lt &&
	    !options.includePrerelease &&
	    lt.semver.prerelease.length ? lt.semver : false;
	  let needDomGTPre = gt &&
	    !options.includePrerelease &&
	    gt.semver.prerelease.length ? gt.semver : false;
	  // exception: <1.2.3-0 is the same as <1.2.3
	  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
	      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
	    needDomLTPre = false;
	  }

	  for (const c of dom) {
	    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>=';
	    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<=';
	    if (gt) {
	      if (needDomGTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomGTPre.major &&
	            c.semver.minor === needDomGTPre.minor &&
	            c.semver.patch === needDomGTPre.patch) {
	          needDomGTPre = false;
	        }
	      }
	      if (c.operator === '>' || c.operator === '>=') {
	        higher = higherGT(gt, c, options);
	        if (higher === c && higher !== gt) {
	          return false
	        }
	      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
	        return false
	      }
	    }
	    if (lt) {
	      if (needDomLTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomLTPre.major &&
	            c.semver.minor === needDomLTPre.minor &&
	            c.semver.patch === needDomLTPre.patch) {
	          needDomLTPre = false;
	        }
	      }
	      if (c.operator === '<' || c.operator === '<=') {
	        lower = lowerLT(lt, c, options);
	        if (lower === c && lower !== lt) {
	          return false
	        }
	      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
	        return false
	      }
	    }
	    if (!c.operator && (lt || gt) && gtltComp !== 0) {
	      return false
	    }
	  }

	  // if there was a < or >, and nothing in the dom, then must be false
	  // UNLESS it was limited by another range in the other direction.
	  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
	  if (gt && hasDomLT && !lt && gtltComp !== 0) {
	    return false
	  }

	  if (lt && hasDomGT && !gt && gtltComp !== 0) {
	    return false
	  }

	  // we needed a prerelease range in a specific tuple, but didn't get one
	  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
	  // because it includes prereleases in the 1.2.3 tuple
	  if (needDomGTPre || needDomLTPre) {
	    return false
	  }

	  return true
	};

	// >=1.2.3 is lower than >1.2.3
	const higherGT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp > 0 ? a
	    : comp < 0 ? b
	    : b.operator === '>' && a.operator === '>=' ? b
	    : a
	};

	// <=1.2.3 is higher than <1.2.3
	const lowerLT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp < 0 ? a
	    : comp > 0 ? b
	    : b.operator === '<' && a.operator === '<=' ? b
	    : a
	};

	subset_1 = subset;
	return subset_1;
}

var semver$1;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver$1;
	hasRequiredSemver = 1;

	// just pre-load all the stuff that index.js lazily exports
	const internalRe = requireRe();
	const constants = requireConstants();
	const SemVer = requireSemver$1();
	const identifiers = requireIdentifiers();
	const parse = requireParse();
	const valid = requireValid$1();
	const clean = requireClean();
	const inc = requireInc();
	const diff = requireDiff();
	const major = requireMajor();
	const minor = requireMinor();
	const patch = requirePatch();
	const prerelease = requirePrerelease();
	const compare = requireCompare();
	const rcompare = requireRcompare();
	const compareLoose = requireCompareLoose();
	const compareBuild = requireCompareBuild();
	const sort = requireSort();
	const rsort = requireRsort();
	const gt = requireGt();
	const lt = requireLt();
	const eq = requireEq();
	const neq = requireNeq();
	const gte = requireGte();
	const lte = requireLte();
	const cmp = requireCmp();
	const coerce = requireCoerce();
	const truncate = requireTruncate();
	const Comparator = requireComparator();
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const toComparators = requireToComparators();
	const maxSatisfying = requireMaxSatisfying();
	const minSatisfying = requireMinSatisfying();
	const minVersion = requireMinVersion();
	const validRange = requireValid();
	const outside = requireOutside();
	const gtr = requireGtr();
	const ltr = requireLtr();
	const intersects = requireIntersects();
	const simplifyRange = requireSimplify();
	const subset = requireSubset();
	semver$1 = {
	  parse,
	  valid,
	  clean,
	  inc,
	  diff,
	  major,
	  minor,
	  patch,
	  prerelease,
	  compare,
	  rcompare,
	  compareLoose,
	  compareBuild,
	  sort,
	  rsort,
	  gt,
	  lt,
	  eq,
	  neq,
	  gte,
	  lte,
	  cmp,
	  coerce,
	  truncate,
	  Comparator,
	  Range,
	  satisfies,
	  toComparators,
	  maxSatisfying,
	  minSatisfying,
	  minVersion,
	  validRange,
	  outside,
	  gtr,
	  ltr,
	  intersects,
	  simplifyRange,
	  subset,
	  SemVer,
	  re: internalRe.re,
	  src: internalRe.src,
	  tokens: internalRe.t,
	  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
	  RELEASE_TYPES: constants.RELEASE_TYPES,
	  compareIdentifiers: identifiers.compareIdentifiers,
	  rcompareIdentifiers: identifiers.rcompareIdentifiers,
	};
	return semver$1;
}

var semverExports = requireSemver();
var semver = /*@__PURE__*/getDefaultExportFromCjs(semverExports);

// HTTP for the installer: bounded time, bounded retries, the token only for github.com hosts,
// and a sha256 computed while the bytes stream to disk.
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
/** One attempt: follows redirects itself so the Authorization header never leaves github.com. */
async function open(url, token, options) {
    const controller = new AbortController();
    let timeoutReason;
    let timer = setTimeout(() => {
        timeoutReason = `no response within ${options.headersTimeoutMs / 1000} s`;
        controller.abort();
    }, options.headersTimeoutMs);
    const done = () => clearTimeout(timer);
    const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            timeoutReason = `no data for ${options.idleTimeoutMs / 1000} s`;
            controller.abort();
        }, options.idleTimeoutMs);
    };
    let current = url;
    try {
        for (let hop = 0;; hop++) {
            const sendToken = token !== '' && mayReceiveToken(current);
            // identity: a server that labels a .tar.gz with Content-Encoding must not get it unpacked
            // (the digest is of the archive as published).
            const headers = {
                'user-agent': 'go-win-preflight',
                'accept-encoding': 'identity'
            };
            if (sendToken)
                headers.authorization = `token ${token}`;
            let response;
            try {
                response = await fetch(current, { headers, redirect: 'manual', signal: controller.signal });
            }
            catch (error) {
                throw new TransientError(timeoutReason ?? `cannot reach ${new URL(current).host}: ${causeOf(error)}`);
            }
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location) {
                await response.body?.cancel();
                if (hop >= options.maxRedirects)
                    throw new UserError(`Too many redirects from ${url}`);
                current = new URL(location, current).toString();
                continue;
            }
            if (response.ok) {
                touch();
                return { response, url: current, controller, touch, done, timedOut: () => timeoutReason };
            }
            await response.body?.cancel();
            if (response.status >= 500 || response.status === 408 || response.status === 429) {
                throw new TransientError(statusMessage(response.status, current, sendToken), response.status);
            }
            throw new HttpStatusError(response.status, current, statusMessage(response.status, current, sendToken));
        }
    }
    catch (error) {
        done();
        throw error;
    }
}
function causeOf(error) {
    // fetch wraps the socket error ("fetch failed"); the cause says what happened. Duck-typed:
    // the cause may come from another realm.
    const cause = error.cause;
    return typeof cause?.message === 'string' ? cause.message : errorMessage(error);
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
/** GET a small text document (the listing). */
async function fetchText(url, token, options) {
    return withRetries(url, options, async () => {
        const opened = await open(url, token, options);
        try {
            const text = await opened.response.text();
            return { text, contentType: opened.response.headers.get('content-type') ?? '' };
        }
        catch (error) {
            throw new TransientError(opened.timedOut() ?? `the answer from ${url} was cut off: ${causeOf(error)}`);
        }
        finally {
            opened.done();
        }
    });
}
/**
 * Streams `url` into `dest`, hashing on the way. A body shorter than Content-Length (or than
 * `expectedBytes`) is a cut-off transfer and is retried; the partial file is always removed.
 */
async function downloadFile(url, dest, token, options, expectedBytes) {
    let attempts = 0;
    return withRetries(url, options, async () => {
        attempts++;
        const started = performance.now();
        const opened = await open(url, token, options);
        const declared = Number(opened.response.headers.get('content-length') ?? NaN);
        const hash = createHash('sha256');
        let bytes = 0;
        let hashMs = 0;
        const tap = new Transform({
            transform(chunk, _encoding, callback) {
                opened.touch();
                const begun = performance.now();
                hash.update(chunk);
                hashMs += performance.now() - begun;
                bytes += chunk.length;
                callback(null, chunk);
            }
        });
        try {
            const body = opened.response.body;
            if (!body)
                throw new TransientError(`empty answer from ${opened.url}`);
            await pipeline(Readable.fromWeb(body), tap, createWriteStream(dest));
        }
        catch (error) {
            await rm(dest, { force: true });
            if (error.code === 'ENOSPC') {
                throw new UserError(`No space left on device while downloading ${url} to ${dest}.`);
            }
            if (error instanceof UserError || error instanceof TransientError)
                throw error;
            throw new TransientError(opened.timedOut() ??
                `download of ${opened.url} was cut off after ${bytes} bytes: ${causeOf(error)}`);
        }
        finally {
            opened.done();
        }
        const wanted = Number.isFinite(declared) ? declared : expectedBytes;
        if (wanted !== undefined && bytes !== wanted) {
            await rm(dest, { force: true });
            throw new TransientError(`download of ${opened.url} was truncated: got ${bytes} of ${wanted} bytes`);
        }
        return {
            bytes,
            sha256: hash.digest('hex'),
            ms: performance.now() - started,
            hashMs,
            attempts,
            finalUrl: opened.url
        };
    });
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
        throw new UserError(`${origin} has ${JSON.stringify(text)}: expected ${EXPECTED}.`);
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
/** Checks the shape of a parsed listing; anything off is a one-line error naming the URL. */
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
        const files = release.files.map((raw) => {
            const file = raw;
            if (typeof file !== 'object' || file === null)
                throw bad(`${release.version} has a file that is not an object`);
            for (const key of ['filename', 'os', 'arch', 'kind']) {
                if (typeof file[key] !== 'string')
                    throw bad(`a file of ${release.version} has no string "${key}"`);
            }
            if (file.sha256 !== undefined &&
                (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(file.sha256))) {
                throw bad(`${String(file.filename)} has sha256 ${JSON.stringify(file.sha256)}, expected 64 hex digits`);
            }
            if (file.size !== undefined && (typeof file.size !== 'number' || file.size < 0)) {
                throw bad(`${String(file.filename)} has size ${JSON.stringify(file.size)}, expected a number`);
            }
            return {
                filename: file.filename,
                os: file.os,
                arch: file.arch,
                kind: file.kind,
                sha256: file.sha256?.toLowerCase(),
                size: file.size
            };
        });
        return { version: release.version, stable: release.stable, files };
    });
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
function findCached(root, tool, arch, spec) {
    if (spec.kind === 'alias')
        return undefined;
    const version = selectVersion(spec, cachedVersions(root, tool, arch).map(cached => ({ semver: cached, stable: true })));
    return version === undefined ? undefined : { version, dir: join(root, tool, version, arch) };
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

// After install: make Go usable by later steps (PATH, GOTOOLCHAIN, problem matcher), then check
// the Go environment the way the troubleshooting table did by hand. Checks are pure functions
// over gathered facts; gathering and exporting are the thin effects around them.
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
/** PATH for later steps gets GOROOT/bin and GOPATH/bin; GOTOOLCHAIN=local stops a go.mod toolchain line from downloading another Go. */
function exportGoEnvironment(goRoot, gopathBin) {
    if (gopathBin)
        addPath(gopathBin);
    addPath(join(goRoot, 'bin'));
    exportVariable('GOTOOLCHAIN', 'local');
}
/** The first GOPATH entry's bin folder: where `go install` puts tools. */
function gopathBin(goEnv, platform) {
    const first = (goEnv.GOPATH ?? '').split(platform === 'win32' ? ';' : ':').find(Boolean);
    return first ? (platform === 'win32' ? win32 : posix).join(first, 'bin') : undefined;
}
/**
 * `go env -json` in the working directory (so GOMOD/GOWORK describe it), with GOTOOLCHAIN=local
 * so a toolchain line cannot start a download. If go refuses there, it runs again elsewhere and
 * the refusal becomes a finding.
 */
async function readGoEnv(goBinary, workingDirectory, fallbackCwd, env) {
    const run = (cwd) => runProcess(goBinary, ['env', '-json'], {
        timeoutMs: 60_000,
        cwd,
        env: { ...env, GOTOOLCHAIN: 'local' }
    });
    const inWorkingDirectory = existsSync(workingDirectory) ? await run(workingDirectory) : undefined;
    let result = inWorkingDirectory;
    let moduleError;
    if (!result || result.exitCode !== 0) {
        if (result)
            moduleError = firstLine$1(result.stderr) || `exit ${result.exitCode}`;
        result = await run(fallbackCwd);
    }
    if (result.exitCode !== 0) {
        const why = result.spawnError?.message ??
            (result.timedOut ? 'timed out' : firstLine$1(result.stderr) || `exit ${result.exitCode}`);
        throw new UserError(`${goBinary} env -json failed: ${why}`);
    }
    let goEnv;
    try {
        goEnv = JSON.parse(result.stdout);
    }
    catch {
        throw new UserError(`${goBinary} env -json did not print JSON: ${firstLine$1(result.stdout)}`);
    }
    if (!goEnv.GOVERSION) {
        // Before Go 1.16 there is no GOVERSION: `go version` says it.
        const version = await runProcess(goBinary, ['version'], {
            timeoutMs: 30_000,
            cwd: fallbackCwd,
            env: { ...env, GOTOOLCHAIN: 'local' }
        });
        const match = /go version (go\S+)/.exec(version.stdout);
        if (match)
            goEnv.GOVERSION = match[1];
    }
    return { goEnv, moduleError };
}
function firstLine$1(text) {
    return (text
        .split(/\r?\n/)
        .find(line => line.trim() !== '')
        ?.trim() ?? '');
}
function sameOrInside(child, parent, platform) {
    const norm = (p) => platform === 'win32'
        ? p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase()
        : p.replace(/\/+$/, '');
    const c = norm(child);
    const p = norm(parent);
    const sep = platform === 'win32' ? '\\' : '/';
    return c === p || c.startsWith(p + sep);
}
function samePath(a, b, platform) {
    return sameOrInside(a, b, platform) && sameOrInside(b, a, platform);
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
        const protectedBy = facts.protectedDirs.find(dir => sameOrInside(entry.path, dir, platform));
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
    const errors = findings.filter(finding => finding.severity === 'error').length;
    const warnings = findings.filter(finding => finding.severity === 'warning').length;
    const status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
    const summary = findings.length === 0
        ? `go resolves to ${facts.goBinary}; GOROOT, GOPATH and the module in ${facts.workingDirectory} are in order`
        : `${findings.length} problem${findings.length > 1 ? 's' : ''} with the Go environment: ${findings.map(finding => finding.title).join('; ')}`;
    return { id: 'go-env', title: 'Go environment', status, summary, findings };
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
                    accessSync(candidate, constants$1.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
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
    const delimiter = platform === 'win32' ? ';' : ':';
    const path = [
        ...options.addedPath,
        ...(env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean)
    ];
    const goOnPath = whichOnPath('go', path, platform, env.PATHEXT);
    const protectedDirs = platform === 'win32'
        ? [
            env.ProgramFiles,
            env['ProgramFiles(x86)'],
            env.ProgramW6432,
            env.SystemRoot ?? env.windir
        ].filter((dir) => !!dir)
        : [];
    const gopath = (goEnvRun.goEnv.GOPATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map(entry => ({ path: entry, ...probeWritable(entry) }));
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
        moduleError: goEnvRun.moduleError
    };
}

// Unpacks a Go archive. Windows: the system's bsdtar (`tar.exe`, Windows 10+) reads zip far
// faster than Expand-Archive; PowerShell's ZipFile is the fallback. Elsewhere: tar -xzf.
const EXTRACT_TIMEOUT_MS = 10 * 60_000;
/** The tools to try, best first. Pure: the platform and environment decide. */
function chooseExtractors(archive, dest, platform, env) {
    if (!archive.endsWith('.zip'))
        return [{ name: 'tar', file: 'tar', args: ['-xzf', archive, '-C', dest] }];
    if (platform !== 'win32')
        return [{ name: 'unzip', file: 'unzip', args: ['-q', '-o', archive, '-d', dest] }];
    const systemRoot = env.SystemRoot || env.SYSTEMROOT || 'C:\\Windows';
    const system32 = win32.join(systemRoot, 'System32');
    return [
        // The full path: Git for Windows puts a GNU tar on PATH that cannot read zip.
        {
            name: 'tar.exe (bsdtar)',
            file: win32.join(system32, 'tar.exe'),
            args: ['-xf', archive, '-C', dest]
        },
        {
            name: 'PowerShell ZipFile',
            file: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
            args: [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-Command',
                "$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.IO.Compression.FileSystem; " +
                    '[System.IO.Compression.ZipFile]::ExtractToDirectory($env:GWP_ARCHIVE, $env:GWP_DEST)'
            ],
            env: { GWP_ARCHIVE: archive, GWP_DEST: dest }
        }
    ];
}
/** Tries each extractor on an empty `dest`; ENOSPC and "all failed" are one-line errors. */
async function extractArchive(archive, dest, platform, env, run = runProcess) {
    const failed = [];
    for (const extractor of chooseExtractors(archive, dest, platform, env)) {
        rmSync(dest, { recursive: true, force: true });
        mkdirSync(dest, { recursive: true });
        const result = await run(extractor.file, extractor.args, {
            timeoutMs: EXTRACT_TIMEOUT_MS,
            env: { ...env, ...extractor.env }
        });
        if (result.exitCode === 0)
            return { extractor: extractor.name, ms: result.durationMs, failed };
        const output = `${result.stderr}\n${result.stdout}`;
        if (/no space left on device|ENOSPC|not enough space/i.test(output)) {
            rmSync(dest, { recursive: true, force: true });
            throw new UserError(`No space left on device while extracting ${archive} into ${dest}.`);
        }
        const why = result.spawnError
            ? result.spawnError.message
            : result.timedOut
                ? `timed out after ${EXTRACT_TIMEOUT_MS / 1000} s`
                : `exit ${result.exitCode}: ${lastLine(output)}`;
        failed.push(`${extractor.name}: ${why}`);
    }
    rmSync(dest, { recursive: true, force: true });
    throw new UserError(`Cannot extract ${archive}: ${failed.join('; ')}`);
}
function lastLine(text) {
    return (text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean)
        .at(-1) ?? 'no output');
}

// Which Go build this runner needs, in go.dev's names, and how the tool cache names it.
const GO_ARCH = {
    x64: 'amd64',
    amd64: 'amd64',
    x86: '386',
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
        throw new UserError(`Architecture ${JSON.stringify(requested)} has no Go build: expected x64, x86, arm64 or arm.`);
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

// go-version-file: go.mod / go.work (toolchain line rule), .tool-versions (asdf), .go-version.
// The parser is pure; reading the file is the only effect.
/**
 * In go.mod and go.work the `toolchain go1.x.y` line wins over the `go 1.x` line, because that
 * is what `go` itself would switch to, unless GOTOOLCHAIN=local is already set: then go uses
 * the local toolchain and only the `go` line constrains it.
 */
function parseVersionFile(fileName, content, env) {
    const name = basename(fileName);
    const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (name === 'go.mod' || name === 'go.work')
        return parseGoMod(name, lines, env.GOTOOLCHAIN === 'local');
    if (name === '.tool-versions')
        return parseToolVersions(name, lines);
    const index = lines.findIndex(line => line.trim() !== '' && !line.trim().startsWith('#'));
    if (index === -1)
        throw new UserError(`go-version-file ${fileName} is empty: expected a Go version such as 1.22.5.`);
    return { version: lines[index].trim(), origin: `line ${index + 1} of ${name}` };
}
function parseGoMod(name, lines, localToolchain) {
    let go;
    let toolchain;
    lines.forEach((raw, index) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const goLine = /^go\s+(\S+)$/.exec(line);
        if (goLine && !go)
            go = { version: goLine[1], origin: `go line ${index + 1} of ${name}` };
        // `toolchain default` (or any non-go name) means "no preference".
        const toolchainLine = /^toolchain\s+go(\d\S*)$/.exec(line);
        if (toolchainLine && !toolchain) {
            toolchain = { version: toolchainLine[1], origin: `toolchain line ${index + 1} of ${name}` };
        }
    });
    if (toolchain && !localToolchain)
        return toolchain;
    if (go)
        return go;
    throw new UserError(`go-version-file ${name} has no 'go' line: expected a line such as 'go 1.22'.`);
}
function parseToolVersions(name, lines) {
    for (const [index, raw] of lines.entries()) {
        const [tool, version] = raw.replace(/#.*$/, '').trim().split(/\s+/);
        if ((tool === 'golang' || tool === 'go') && version)
            return { version, origin: `golang line ${index + 1} of ${name}` };
    }
    throw new UserError(`go-version-file ${name} has no golang line: expected a line such as 'golang 1.22.5'.`);
}
/** Reads the file (relative to the workspace) and parses it; errors name the file. */
function readVersionFile(file, workspace, env) {
    const path = resolve(workspace, file);
    let content;
    try {
        content = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new UserError(`go-version-file ${file} cannot be read (${path}): ${errorMessage(error)}`);
    }
    return parseVersionFile(path, content, env);
}

// Installs the Go the tests will use (or finds the one on PATH), then checks its environment.
// Each step lives in its own module; this file only orders them and assembles the report.
const NO_GO = 'no go-version given and no go on PATH: checks that need Go are skipped';
/** go-version, or go-version-file, or nothing. go-version wins when both are given. */
function readRequest(inputs, ctx) {
    const findings = [];
    if (inputs.version) {
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
    if (!inputs.versionFile)
        return undefined;
    const found = readVersionFile(inputs.versionFile, ctx.workspace, {
        GOTOOLCHAIN: ctx.env.GOTOOLCHAIN
    });
    return {
        spec: parseVersionSpec(found.version, `go-version-file ${inputs.versionFile}`),
        described: `${found.version} (${found.origin})`,
        findings
    };
}
async function setupGo(inputs, workingDirectory, ctx, network = DEFAULT_NETWORK) {
    const started = performance.now();
    const request = readRequest(inputs, ctx);
    if (!request)
        return useGoOnPath(workingDirectory, ctx, started);
    const installed = await installGo(request, inputs, ctx, network);
    const goBinary = goBinaryIn(installed.goRoot, ctx.platform);
    const goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env);
    const bin = gopathBin(goEnvRun.goEnv, ctx.platform);
    exportGoEnvironment(installed.goRoot, bin);
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
        addedPath: [join(installed.goRoot, 'bin'), ...(bin ? [bin] : [])],
        workingDirectory
    });
    return {
        toolchain,
        goEnv: goEnvRun.goEnv,
        checks: [installCheck(details, installed.findings, started), evaluateGoEnvironment(facts)]
    };
}
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
    const status = findings.some(finding => finding.severity === 'error')
        ? 'fail'
        : findings.some(finding => finding.severity === 'warning')
            ? 'warn'
            : 'pass';
    return {
        id: 'go-install',
        title: 'Go toolchain',
        status,
        summary,
        findings,
        details,
        durationMs: Math.round(performance.now() - started)
    };
}
/** Tool cache first (unless check-latest or an alias), then the listing, then download. */
async function installGo(request, inputs, ctx, network) {
    const begun = performance.now();
    const { spec } = request;
    const target = goTarget(ctx.platform, ctx.arch, inputs.architecture);
    const baseUrl = inputs.downloadBaseUrl || DEFAULT_BASE_URL;
    const tool = toolName(baseUrl);
    const cacheHit = (version, dir) => {
        info(`Go ${semverToGo(version)} found in the tool cache: ${dir}`);
        return {
            goRoot: dir,
            findings: request.findings,
            details: {
                requested: request.described,
                resolvedVersion: semverToGo(version),
                source: 'tool-cache',
                checksum: 'not-applicable',
                cacheHit: true,
                timingsMs: { resolve: Math.round(performance.now() - begun) }
            }
        };
    };
    if (!inputs.checkLatest) {
        const hit = findCached(ctx.toolCache, tool, target.cacheArch, spec);
        if (hit)
            return cacheHit(hit.version, hit.dir);
    }
    const listing = await loadListing(baseUrl, ctx.runnerTemp, inputs.token, network);
    let version;
    let fileName;
    let sha256;
    let size;
    const findings = [...request.findings];
    if (listing.releases) {
        const archives = archivesFor(listing.releases, target);
        const selected = selectVersion(spec, candidatesOf(archives));
        if (!selected)
            throw unknownVersion(spec, target, baseUrl, candidatesOf(archives));
        const { file } = archives.get(selected);
        version = selected;
        fileName = file.filename;
        sha256 = file.sha256;
        size = file.size;
    }
    else {
        if (spec.kind !== 'exact') {
            throw new UserError(`${listing.url} has no Go listing (${listing.reason}), so go-version ${spec.text} cannot be resolved: give an exact version such as 1.22.5.`);
        }
        version = spec.semver;
        fileName = archiveName(semverToGo(version), target);
    }
    const exact = parseVersionSpec(version);
    const hit = findCached(ctx.toolCache, tool, target.cacheArch, exact);
    if (hit)
        return cacheHit(hit.version, hit.dir);
    const url = `${baseUrl}/${fileName}`;
    if (!sha256) {
        const why = listing.releases
            ? `the listing at ${listing.url} gives no sha256 for ${fileName}`
            : `${listing.url} has no Go listing (${listing.reason})`;
        if (inputs.requireChecksum)
            throw new UserError(`require-checksum is true but ${why}: the download of ${url} cannot be verified.`);
        findings.push({
            id: 'go-install.checksum-unverified',
            severity: 'warning',
            title: 'Go was installed without checking its sha256',
            message: `${why}, so ${fileName} was installed unverified, for this job only (not in the tool cache).`,
            remedy: 'Use a mirror that serves `?mode=json&include=all` like go.dev, or fail instead:\nwith:\n  require-checksum: true',
            remedyLanguage: 'yaml'
        });
    }
    const resolveMs = Math.round(performance.now() - begun);
    info(`Downloading Go ${semverToGo(version)} from ${url}`);
    // Only verified toolchains enter the tool cache, which outlives the job on self-hosted
    // runners; an unverified one lives under RUNNER_TEMP and is gone when the job ends.
    const unverifiedRoot = join(ctx.runnerTemp, 'go-win-preflight', 'unverified');
    const location = sha256
        ? {
            installRoot: hostedWindowsInstallRoot(ctx.platform, ctx.toolCache, ctx.env, existsSync) ??
                ctx.toolCache,
            defaultRoot: ctx.toolCache
        }
        : { installRoot: unverifiedRoot, defaultRoot: unverifiedRoot };
    const downloads = join(ctx.runnerTemp, 'go-win-preflight', 'downloads');
    const archive = join(downloads, `${randomUUID()}-${fileName}`);
    let staging;
    try {
        mkdirSync(downloads, { recursive: true });
        const download = await downloadFile(url, archive, inputs.token, network, size).catch(error => {
            if (error instanceof HttpStatusError && error.status === 404) {
                throw new UserError(listing.releases
                    ? `The listing names ${fileName} but ${error.url} answers HTTP 404: the mirror is incomplete.`
                    : `Go ${semverToGo(version)} for ${target.os}/${target.arch} is not at ${error.url} (HTTP 404): check go-version and go-download-base-url.`);
            }
            throw error;
        });
        const verifyBegun = performance.now();
        if (sha256 && download.sha256 !== sha256) {
            throw new UserError(`sha256 mismatch for ${url}: expected ${sha256}, got ${download.sha256}. The file was deleted and nothing was cached.`);
        }
        const verifyMs = download.hashMs + (performance.now() - verifyBegun);
        staging = createStaging(location, tool);
        const extraction = await extractArchive(archive, staging, ctx.platform, ctx.env);
        rmSync(archive, { force: true });
        if (!existsSync(goBinaryIn(join(staging, 'go'), ctx.platform))) {
            throw new UserError(`${fileName} from ${url} has no go/bin/go${ctx.platform === 'win32' ? '.exe' : ''}: it is not a Go distribution archive.`);
        }
        const cacheBegun = performance.now();
        const goRoot = await commitToCache(join(staging, 'go'), location, tool, version, target.cacheArch);
        const cacheMs = performance.now() - cacheBegun;
        return {
            goRoot,
            findings,
            details: {
                requested: request.described,
                resolvedVersion: semverToGo(version),
                source: 'download',
                url: download.finalUrl === url ? url : `${url} (served by ${download.finalUrl})`,
                sha256: download.sha256,
                checksum: sha256 ? 'verified' : 'unverified',
                bytes: download.bytes,
                cacheHit: false,
                extractor: extraction.extractor,
                timingsMs: {
                    resolve: resolveMs,
                    download: Math.round(download.ms - download.hashMs),
                    verify: Math.round(verifyMs),
                    extract: Math.round(extraction.ms),
                    cache: Math.round(cacheMs)
                }
            }
        };
    }
    catch (error) {
        if (error.code === 'ENOSPC') {
            throw new UserError(`No space left on device while installing Go ${semverToGo(version)} into ${location.installRoot}.`);
        }
        throw error;
    }
    finally {
        rmSync(archive, { force: true });
        if (staging)
            rmSync(staging, { recursive: true, force: true });
    }
}
function unknownVersion(spec, target, baseUrl, candidates) {
    const { near, newest } = nearestVersions(spec, candidates);
    const nearText = near.length > 0 ? `nearest available: ${near.map(semverToGo).join(', ')}; ` : '';
    const newestText = newest
        ? `newest stable: ${semverToGo(newest)}`
        : 'the listing has no stable release for it';
    return new UserError(`Go ${spec.text} is not available for ${target.os}/${target.arch} at ${baseUrl}: ${nearText}${newestText}.`);
}
/** No version asked: report the Go on PATH, change nothing but the problem matcher. */
async function useGoOnPath(workingDirectory, ctx, started) {
    const delimiter = ctx.platform === 'win32' ? ';' : ':';
    const path = (ctx.env.PATH ?? ctx.env.Path ?? '').split(delimiter).filter(Boolean);
    const goBinary = whichOnPath('go', path, ctx.platform, ctx.env.PATHEXT);
    const skipped = (summary) => ({
        checks: [
            {
                id: 'go-install',
                title: 'Go toolchain',
                status: 'skipped',
                summary,
                findings: [],
                details: {
                    source: 'none',
                    checksum: 'not-applicable',
                    cacheHit: false,
                    timingsMs: {}
                }
            },
            { id: 'go-env', title: 'Go environment', status: 'skipped', summary, findings: [] }
        ]
    });
    if (!goBinary)
        return skipped(NO_GO);
    let goEnvRun;
    try {
        goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env);
    }
    catch (error) {
        const result = skipped(`the go on PATH (${goBinary}) does not run: ${error.message}`);
        result.checks[0].status = 'unknown';
        result.checks[1].status = 'unknown';
        return result;
    }
    registerProblemMatcher(ctx.runnerTemp);
    const goRoot = goEnvRun.goEnv.GOROOT ?? '';
    const version = goEnvRun.goEnv.GOVERSION ?? 'unknown';
    const details = {
        source: 'path',
        checksum: 'not-applicable',
        cacheHit: false,
        goRoot,
        goVersion: version,
        timingsMs: {}
    };
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
        checks: [
            {
                id: 'go-install',
                title: 'Go toolchain',
                status: 'pass',
                summary: `No go-version given: using ${version} found on PATH (${goBinary})`,
                findings: [],
                details,
                durationMs: Math.round(performance.now() - started)
            },
            evaluateGoEnvironment(facts)
        ]
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
function median$1(x) {
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
    var medianValue = median$1(x);
    var medianAbsoluteDeviations = [];

    // Make a list of absolute deviations from the median
    for (var i = 0; i < x.length; i++) {
        medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
    }

    // Find the median value of that list
    return median$1(medianAbsoluteDeviations);
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

// The action carries small Go programs (the timer probe, the test-file analyzer) as source. This
// builds one with the job's toolchain in a fresh folder under RUNNER_TEMP, runs it once, and
// removes the folder.
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
/** Builds and runs `program` once; returns its stdout or throws EmbeddedProgramFailed. */
async function runEmbeddedGoProgram(go, program, ctx, input) {
    const slug = program.name.replace(/\W+/g, '-');
    const dir = await mkdtemp(join(ctx.runnerTemp, `gwp-${slug}-`));
    try {
        await writeFile(join(dir, 'go.mod'), program.goMod);
        await writeFile(join(dir, 'main.go'), program.source);
        const binary = join(dir, ctx.platform === 'win32' ? `${slug}.exe` : slug);
        const env = helperBuildEnv(ctx.env);
        const build = await runProcess(go.goBinary, ['build', '-o', binary, '.'], {
            cwd: dir,
            env,
            timeoutMs: program.buildTimeoutMs
        });
        const buildFailure = describeProcessFailure(`go build of the ${program.name} (${go.version})`, build, program.buildTimeoutMs);
        if (buildFailure)
            throw new EmbeddedProgramFailed(buildFailure);
        const run = await runProcess(binary, [], {
            cwd: dir,
            env,
            input,
            timeoutMs: program.runTimeoutMs
        });
        const runFailure = describeProcessFailure(`the ${program.name}`, run, program.runTimeoutMs);
        if (runFailure)
            throw new EmbeddedProgramFailed(runFailure);
        return run.stdout;
    }
    finally {
        // A scanner may still hold the fresh executable on Windows: retry briefly. What remains is
        // in RUNNER_TEMP, which the runner empties after the job.
        await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    }
}

// The Go runtime probe, carried in the bundle as source and built with the user's Go
// (1.19 or newer). It uses only os, runtime, strconv and time so a cold build cache compiles
// little, and prints one JSON object on stdout:
// {"goVersion":"go1.22.1","gomaxprocs":4,"results":[{"name":"time.Sleep","variant":"default",
//   "requestedUs":1000,"latencyNs":[...]}, ...]}
// Lateness is the measured wait minus the requested one; for the Ticker it is the interval
// between two received ticks minus the period (negative when a late tick is followed by a
// prompt one).
const GO_PROBE_GO_MOD = 'module gowinpreflight/timerprobe\n\ngo 1.19\n';
const GO_PROBE_SOURCE = `package main

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

const (
	maxSamples = 100
	warmup     = 3
	// Each probe stops after this long, so a 15.6 ms Windows tick cannot stretch the run.
	budget = 40 * time.Millisecond
)

type result struct {
	name      string
	variant   string
	requested time.Duration
	latency   []int64
}

func measure(requested time.Duration, wait func()) []int64 {
	for i := 0; i < warmup; i++ {
		wait()
	}
	samples := make([]int64, 0, maxSamples)
	start := time.Now()
	for len(samples) < maxSamples && time.Since(start) < budget {
		before := time.Now()
		wait()
		samples = append(samples, int64(time.Since(before)-requested))
	}
	return samples
}

func measureTicker(period time.Duration) []int64 {
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	for i := 0; i < warmup; i++ {
		<-ticker.C
	}
	samples := make([]int64, 0, maxSamples)
	start := time.Now()
	previous := start
	for len(samples) < maxSamples && time.Since(start) < budget {
		<-ticker.C
		now := time.Now()
		samples = append(samples, int64(now.Sub(previous)-period))
		previous = now
	}
	return samples
}

func probes(variant string) []result {
	const sleep = time.Millisecond
	const short = 100 * time.Microsecond
	return []result{
		{"time.Sleep", variant, sleep, measure(sleep, func() { time.Sleep(sleep) })},
		{"time.NewTimer", variant, short, measure(short, func() {
			t := time.NewTimer(short)
			<-t.C
		})},
		{"time.After", variant, sleep, measure(sleep, func() { <-time.After(sleep) })},
		{"time.Ticker", variant, sleep, measureTicker(sleep)},
	}
}

func main() {
	var all []result
	all = append(all, probes("default")...)

	previous := runtime.GOMAXPROCS(1)
	all = append(all, probes("gomaxprocs1")...)
	runtime.GOMAXPROCS(previous)

	locked := make(chan []result)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		locked <- probes("lockosthread")
	}()
	all = append(all, <-locked...)

	out := []byte("{\\"goVersion\\":" + strconv.Quote(runtime.Version()) +
		",\\"gomaxprocs\\":" + strconv.Itoa(previous) + ",\\"results\\":[")
	for i, r := range all {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "{\\"name\\":"+strconv.Quote(r.name)+",\\"variant\\":"+strconv.Quote(r.variant)+
			",\\"requestedUs\\":"+strconv.FormatInt(r.requested.Microseconds(), 10)+",\\"latencyNs\\":["...)
		for j, v := range r.latency {
			if j > 0 {
				out = append(out, ',')
			}
			out = strconv.AppendInt(out, v, 10)
		}
		out = append(out, "]}"...)
	}
	out = append(out, "]}\\n"...)
	os.Stdout.Write(out)
}
`;

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
 * is the median of the trials' figures; min, max and count cover all samples. A percentile
 * some trial is too short for comes from the pooled samples when they are enough, else null.
 */
function aggregateTrials(trials, pooled) {
    if (trials.length === 0)
        throw new Error('aggregateTrials needs at least one trial');
    const pooledStats = latencyStats(pooled);
    const medianOf = (pick) => median$1(trials.map(pick));
    const medianOrPooled = (pick, pooledValue) => {
        const values = trials.map(pick);
        return values.every(v => v !== null) ? median$1(values) : pooledValue;
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
/** Lowest and highest trial p50 and p99: how much the trials disagree. */
function trialSpread(trials) {
    const p50s = trials.map(t => t.median);
    const p99s = trials.map(t => t.p99);
    const allP99 = p99s.every(v => v !== null) ? p99s : null;
    return {
        p50: [min(p50s), max(p50s)],
        p99: allP99 ? [min(allP99), max(allP99)] : null
    };
}
const DEFAULT_OUTLIER_RULE = { madMultiple: 8, minExcessUs: 1000 };
function describeOutlierRule(rule, medianUs, madScaledUs) {
    const threshold = outlierThreshold(rule, medianUs, madScaledUs);
    return (`latency > median + max(${rule.madMultiple} × scaled MAD, ${rule.minExcessUs} us) ` +
        `= ${round$1(medianUs, 1)} + max(${rule.madMultiple} × ${round$1(madScaledUs, 1)}, ${rule.minExcessUs})` +
        ` = ${round$1(threshold, 1)} us`);
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
    const edge = (bin) => round$1(10 ** (bin / binsPerDecade), 3);
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
function round$1(value, digits) {
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
function openTimerBackend(platform, intervalUs) {
    switch (platform) {
        case 'win32':
            return openWindowsBackend(intervalUs);
        case 'linux':
            return openLinuxBackend(intervalUs);
        case 'darwin':
            return openDarwinBackend(intervalUs);
        default:
            throw new Error(`no native timer backend for ${platform}`);
    }
}
async function measureTimers(inputs, go, ctx) {
    return measureTimersWith(() => openTimerBackend(ctx.platform, inputs.intervalUs), inputs, go, ctx);
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
            'timer-p50-us': formatNumber$1(primary.aggregate.median, 1),
            'timer-p99-us': primary.aggregate.p99 === null ? '' : formatNumber$1(primary.aggregate.p99, 1),
            'timer-max-us': formatNumber$1(primary.aggregate.max, 1),
            'sleep-deviation-pct': sleep.samplesMs.length === 0 ? '' : formatNumber$1(sleepDeviations(sleep).median, 2),
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
                offsetMs: round$1((wakeNs[index] - stageStartNs) / 1e6, 3),
                valueUs: values[index]
            });
        }
    }
    const overall = latencyStats(pooled);
    const { outliers, total } = findOutliers(driver.backend, samples, DEFAULT_OUTLIER_RULE, overall.median, overall.madScaled, OUTLIER_LIMIT);
    const noteParts = driver.note ? [driver.note] : [];
    if (shortTrials.length > 0 && !secondary) {
        noteParts.push(`Stopped by the ${round$1(budgetMs, 0)} ms budget before ${inputs.samples} samples (${shortTrials.join(', ')}).`);
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
        samplesMs.push(round$1(backend.sleepMs(SLEEP_TARGET_MS), 4));
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
    const values = sleep.samplesMs.map(ms => round$1((100 * (ms - sleep.targetMs)) / sleep.targetMs, 4));
    return { values, median: median$1(values) };
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
    const trialP99s = primary.trials.map(t => t.p99);
    if (trialP99s.every(p => p !== null)) {
        metrics.push({
            id: 'wake-p99',
            unit: 'us',
            value: median$1(trialP99s),
            trials: trialP99s,
            aggregation: `median of ${trialP99s.length} trials' p99`,
            source: primary.backend
        });
    }
    else if (primary.aggregate.p99 !== null) {
        metrics.push({
            id: 'wake-p99',
            unit: 'us',
            value: primary.aggregate.p99,
            trials: [],
            aggregation: `p99 of all ${primary.aggregate.count} samples (each trial too short for its own p99)`,
            source: primary.backend
        });
    }
    else {
        notes.push(`${primary.aggregate.count} wake-ups cannot support a p99 (299 needed): wake-p99 not measured.`);
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
function summarize$1(primary, sleep, backend) {
    const a = primary.aggregate;
    const parts = [
        `wake-up p50 ${formatNumber$1(a.median, 0)} us, p99 ${a.p99 === null ? 'n/a' : `${formatNumber$1(a.p99, 0)} us`}` +
            ` (${primary.backend}, ${formatNumber$1(primary.intervalUs / 1000, 3)} ms interval)`
    ];
    if (sleep.samplesMs.length > 0) {
        parts.push(`${sleep.targetMs} ms sleep ${formatSigned(sleepDeviations(sleep).median)}%`);
    }
    parts.push(backend.timerResolution
        ? `timer resolution ${formatNumber$1(backend.timerResolution.currentMs, 3)} ms`
        : `clock resolution ${formatNumber$1(backend.clock.resolutionNs, 0)} ns`);
    const text = parts.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function formatNumber$1(value, digits) {
    return String(round$1(value, digits));
}
function formatSigned(value) {
    return `${value >= 0 ? '+' : ''}${formatNumber$1(value, 2)}`;
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
function set$1(env, name) {
    const value = envValue$1(env, name);
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** Variables set by serverless platforms, Kubernetes, Actions Runner Controller and GitHub. */
function environmentVariableSignals(env) {
    const signals = [];
    const lambdaName = set$1(env, 'AWS_LAMBDA_FUNCTION_NAME');
    if (lambdaName)
        signals.push(signal('env AWS_LAMBDA_FUNCTION_NAME', lambdaName, 'serverless', 2));
    const executionEnv = set$1(env, 'AWS_EXECUTION_ENV');
    if (executionEnv) {
        // Lambda sets AWS_Lambda_<runtime>; ECS sets AWS_ECS_EC2 / AWS_ECS_FARGATE (a container).
        const indicates = executionEnv.startsWith('AWS_Lambda_')
            ? 'serverless'
            : executionEnv.startsWith('AWS_ECS_')
                ? 'container'
                : 'none';
        signals.push(signal('env AWS_EXECUTION_ENV', executionEnv, indicates, 2));
    }
    const cloudRun = set$1(env, 'K_SERVICE');
    if (cloudRun)
        signals.push(signal('env K_SERVICE (Cloud Run / Knative)', cloudRun, 'serverless', 2));
    const functionsRuntime = set$1(env, 'FUNCTIONS_WORKER_RUNTIME');
    if (functionsRuntime) {
        signals.push(signal('env FUNCTIONS_WORKER_RUNTIME (Azure Functions)', functionsRuntime, 'serverless', 2));
    }
    // Any process can inherit this variable; it needs the mount, a kubepods cgroup or a container.
    const serviceHost = set$1(env, 'KUBERNETES_SERVICE_HOST');
    if (serviceHost)
        signals.push(signal('env KUBERNETES_SERVICE_HOST', serviceHost, 'kubernetes', 1));
    for (const name of ['ACTIONS_RUNNER_CONTAINER_HOOKS', 'ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER']) {
        const value = set$1(env, name);
        if (value)
            signals.push(signal(`env ${name} (Actions Runner Controller)`, value, 'kubernetes', 1));
    }
    // podman, systemd-nspawn and LXC set `container` in the environment of PID 1 and its children.
    const container = set$1(env, 'container');
    if (container)
        signals.push(signal('env container', container, 'container', 2));
    const runnerEnvironment = set$1(env, 'RUNNER_ENVIRONMENT');
    if (runnerEnvironment) {
        // GitHub-hosted runners are virtual machines, Linux, Windows and macOS alike.
        const hosted = runnerEnvironment === 'github-hosted';
        signals.push(signal('env RUNNER_ENVIRONMENT', runnerEnvironment, hosted ? 'vm' : 'none', 2));
    }
    for (const name of ['ImageOS', 'ImageVersion']) {
        const value = set$1(env, name);
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
    const user = set$1(reader.env, 'USERNAME');
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
    const platformSignals = platform === 'win32'
        ? windowsSignals(reader)
        : platform === 'darwin'
            ? darwinSignals(reader)
            : linuxSignals(reader);
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
async function platformReader(ctx) {
    if (ctx.platform === 'win32')
        return windowsReader(ctx.env);
    if (ctx.platform === 'darwin')
        return darwinReader(ctx.env);
    return linuxReader(ctx.env);
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

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

// The threshold table: one row per environment class, each with metric limits, what a breach
// does, and how far findings of each check may push the verdict. Defaults live here; the
// `thresholds` input is merged over them, key by key.
const METRIC_IDS = [
    'sleep-deviation-pct',
    'wake-p99',
    'timer-resolution',
    'cpu-throttled-pct'
];
/** Checks whose findings a row can weigh. Other check ids count with their own severities. */
const WEIGHED_CHECK_IDS = [
    'temp-dirs',
    'defender',
    'go-env',
    'go-install',
    'endangered-tests',
    'timer'
];
const BREACH_ACTIONS = ['annotate', 'warn', 'fail'];
const CHECK_WEIGHTS = ['error', 'warning', 'notice', 'ignore'];
const METRIC_KIND = {
    'sleep-deviation-pct': 'percent',
    'wake-p99': 'duration',
    'timer-resolution': 'duration',
    'cpu-throttled-pct': 'percent'
};
const MICROSECONDS = { us: 1, ms: 1000, s: 1_000_000 };
/** A measured value in its unit, converted to the base unit of its kind. */
function toBase(value, unit) {
    return unit === '%' ? value : value * MICROSECONDS[unit];
}
/** A base value shown in the unit a person would pick: `850us`, `12.5ms`, `1.2s`, `3%`. */
function formatBase(base, kind) {
    if (kind === 'percent')
        return `${round(base)}%`;
    if (Math.abs(base) >= 1_000_000)
        return `${round(base / 1_000_000)}s`;
    if (Math.abs(base) >= 1000)
        return `${round(base / 1000)}ms`;
    return `${round(base)}us`;
}
/** Five significant digits: keeps 15.625ms and 0.001us, drops float noise. */
function round(value) {
    return Number(value.toPrecision(5));
}
const LIMIT_PATTERN = /^(\d+(?:\.\d+)?)(%|us|µs|ms|s)$/;
/** Parses `8%`, `2ms`, `500us`, `0.5s`: a non-negative number glued to its unit. */
function parseLimit(raw, kind) {
    const match = LIMIT_PATTERN.exec(raw);
    const expected = kind === 'percent' ? 'a percentage such as 8%' : 'a duration such as 2ms or 500us';
    if (!match)
        throw new Error(`expected ${expected}`);
    const unit = (match[2] === 'µs' ? 'us' : match[2]);
    if ((unit === '%') !== (kind === 'percent'))
        throw new Error(`wrong unit ${unit}: expected ${expected}`);
    const value = Number(match[1]);
    return { base: toBase(value, unit), text: `${value}${unit}` };
}
const ms$1 = (text) => parseLimit(text, 'duration');
const pct = (text) => parseLimit(text, 'percent');
const DEFAULT_CHECKS = {
    'temp-dirs': 'error',
    defender: 'warning',
    'go-env': 'error',
    'go-install': 'error',
    // Tests at risk are a fact about the code, not the runner: annotate them, do not gate.
    'endangered-tests': 'notice',
    // The timer is judged through its metrics; its own findings only annotate.
    timer: 'notice'
};
/**
 * Defaults (the README says why): the sleep-deviation limits of physical, kubernetes and
 * serverless are the original design's; vm and container allow Windows' 15.625 ms default tick,
 * which makes a 100 ms Sleep last up to ~115 ms on a healthy GitHub-hosted runner.
 */
function defaultThresholds() {
    const row = (sleep, wakeP99, throttled, onBreach, suspicious) => ({
        limits: {
            'sleep-deviation-pct': pct(sleep),
            'wake-p99': ms$1(wakeP99),
            'timer-resolution': ms$1('16ms'),
            'cpu-throttled-pct': pct(throttled)
        },
        onBreach,
        suspicious,
        checks: { ...DEFAULT_CHECKS }
    });
    return {
        physical: row('3%', '2ms', '5%', 'annotate', false),
        vm: row('20%', '5ms', '5%', 'warn', false),
        container: row('20%', '5ms', '10%', 'warn', false),
        kubernetes: row('8%', '5ms', '10%', 'warn', true),
        serverless: row('15%', '10ms', '25%', 'fail', false)
    };
}
/** The row as the user would write it, for the report. */
function describeRow(row) {
    const described = {};
    for (const id of METRIC_IDS)
        described[id] = row.limits[id]?.text ?? 'off';
    described['on-breach'] = row.onBreach;
    described.suspicious = String(row.suspicious);
    for (const id of WEIGHED_CHECK_IDS)
        described[id] = row.checks[id];
    return described;
}
const FILE_PATTERN = /\.(ya?ml|json)$/i;
/**
 * The `thresholds` input: '' for the defaults, inline YAML, or a path (relative to the
 * workspace) to a .yml/.yaml/.json file. Every entry is validated; the first problem is thrown
 * as one line naming the environment and key.
 */
function loadThresholds(input, workspace) {
    const table = defaultThresholds();
    const text = input.trim();
    if (text === '')
        return table;
    const parsed = FILE_PATTERN.test(text) && !text.includes('\n')
        ? readTableFile(text, workspace)
        : parseInline(text);
    if (parsed === null || parsed === undefined)
        return table;
    if (!isPlainObject(parsed)) {
        throw new UserError(`Input 'thresholds' must map environments to limits (such as "vm: {wake-p99: 3ms}"), got ${describeType(parsed)}.`);
    }
    for (const [environment, entries] of Object.entries(parsed)) {
        if (!ENVIRONMENT_CLASSES.includes(environment)) {
            throw new UserError(`Input 'thresholds': unknown environment '${environment}': expected one of ${ENVIRONMENT_CLASSES.join(', ')}.`);
        }
        if (!isPlainObject(entries)) {
            throw new UserError(`Input 'thresholds': environment '${environment}' must map to keys and values, got ${describeType(entries)}.`);
        }
        mergeRow(table[environment], environment, entries);
    }
    return table;
}
function readTableFile(path, workspace) {
    const full = isAbsolute$1(path) ? path : resolve(workspace, path);
    if (!existsSync(full)) {
        throw new UserError(`Input 'thresholds': file ${full} does not exist (paths are relative to the workspace).`);
    }
    const content = readFileSync(full, 'utf8');
    try {
        return /\.json$/i.test(full) ? JSON.parse(content) : distExports.parse(content);
    }
    catch (error) {
        throw new UserError(`Input 'thresholds': ${full} is not valid ${/\.json$/i.test(full) ? 'JSON' : 'YAML'}: ${firstLine(error)}`);
    }
}
function parseInline(text) {
    try {
        return distExports.parse(text);
    }
    catch (error) {
        throw new UserError(`Input 'thresholds' is not valid YAML: ${firstLine(error)}`);
    }
}
function mergeRow(row, environment, entries) {
    for (const [key, value] of Object.entries(entries)) {
        const where = `Input 'thresholds': ${environment}.${key}`;
        if (METRIC_IDS.includes(key)) {
            const id = key;
            if (value === 'off') {
                row.limits[id] = null;
                continue;
            }
            if (typeof value !== 'string') {
                throw new UserError(`${where} must be a number with its unit (${unitHint(id)}) or off, got ${describeType(value)}.`);
            }
            try {
                row.limits[id] = parseLimit(value.trim(), METRIC_KIND[id]);
            }
            catch (error) {
                throw new UserError(`${where} has invalid value ${JSON.stringify(value)}: ${errorMessage(error)}, or off.`);
            }
        }
        else if (key === 'on-breach') {
            if (typeof value !== 'string' || !BREACH_ACTIONS.includes(value)) {
                throw new UserError(`${where} has invalid value ${JSON.stringify(value)}: expected one of ${BREACH_ACTIONS.join(', ')}.`);
            }
            row.onBreach = value;
        }
        else if (key === 'suspicious') {
            if (typeof value !== 'boolean') {
                throw new UserError(`${where} has invalid value ${JSON.stringify(value)}: expected true or false.`);
            }
            row.suspicious = value;
        }
        else if (WEIGHED_CHECK_IDS.includes(key)) {
            if (typeof value !== 'string' || !CHECK_WEIGHTS.includes(value)) {
                throw new UserError(`${where} has invalid value ${JSON.stringify(value)}: expected one of ${CHECK_WEIGHTS.join(', ')}.`);
            }
            row.checks[key] = value;
        }
        else {
            throw new UserError(`${where}: unknown metric or setting: expected one of ${[...METRIC_IDS, 'on-breach', 'suspicious', ...WEIGHED_CHECK_IDS].join(', ')}.`);
        }
    }
}
function unitHint(id) {
    return METRIC_KIND[id] === 'percent' ? 'e.g. 8%' : 'e.g. 2ms, 500us';
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeType(value) {
    if (value === null)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
function firstLine(error) {
    return errorMessage(error).split('\n')[0];
}

const RANK = { error: 0, warning: 1, notice: 2, ok: 3 };
const BREACH_SEVERITY = {
    annotate: 'notice',
    warn: 'warning',
    fail: 'error'
};
/** The robust rule: breach when more than half of the trials are over the limit. */
function judgeMetric(metric, limit) {
    const kind = METRIC_KIND[metric.id];
    const raw = metric.trials.length > 0 ? metric.trials : [metric.value];
    const values = raw.filter(Number.isFinite).map(value => toBase(value, metric.unit));
    if (values.length === 0)
        return undefined;
    const over = values.filter(value => value > limit.base).length;
    const medianBase = median(values);
    const shown = values.map(value => formatBase(value, kind)).join(', ');
    const when = values.length === 1
        ? `breach when the single measurement exceeds ${limit.text}`
        : `breach when more than half of ${values.length} trials exceed ${limit.text}`;
    const rule = `${when}: ${over} of ${values.length} over ` +
        `(median ${formatBase(medianBase, kind)}; values ${shown})`;
    return { breached: over * 2 > values.length, over, count: values.length, medianBase, rule };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function unitCompatible(metric, id) {
    return (metric.unit === '%') === (METRIC_KIND[id] === 'percent');
}
function judgeMetrics(environment, row, metrics) {
    const reasons = [];
    const breaches = [];
    const severity = BREACH_SEVERITY[row.onBreach];
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
                text: `${id} within ${limit.text}: ${judgement.over} of ${judgement.count} over (median ${shown}).`
            });
            continue;
        }
        const perUnit = toBase(1, metric.unit);
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
            text: `${id} over the ${environment} limit (on-breach: ${row.onBreach}): ${judgement.rule}.`
        });
    }
    return { reasons, breaches };
}
function worse(a, b) {
    return RANK[a] <= RANK[b] ? a : b;
}
/** `severity`, lowered to at most `cap`. */
function capped(severity, cap) {
    return RANK[severity] >= RANK[cap] ? severity : cap;
}
function checkWeight(row, id) {
    return WEIGHED_CHECK_IDS.includes(id)
        ? row.checks[id]
        : 'error';
}
function judgeChecks(environment, row, checks) {
    const reasons = [];
    for (const check of checks) {
        // The policy check is this decision itself.
        if (check.id === 'policy')
            continue;
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
        const found = check.findings.reduce((worst, finding) => worse(worst, finding.severity), floor);
        const level = capped(found, weight);
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
    const metricPart = judgeMetrics(args.environment, row, args.metrics);
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
const SEVERITY_RANK$1 = { notice: 0, warning: 1, error: 2 };
function severityFor(roles, need) {
    let worst;
    for (const role of roles) {
        const severity = ROLE_NEEDS[role][need];
        if (severity && (!worst || SEVERITY_RANK$1[severity] > SEVERITY_RANK$1[worst]))
            worst = severity;
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
/** Windows errors CreateProcess reports for executables that policy or antivirus stopped. */
const ERROR_VIRUS_INFECTED = 225;
const ERROR_VIRUS_DELETED = 226;
const ERROR_ACCESS_DISABLED_BY_POLICY = 1260;
const ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION = 4551;
/** Why a probe step failed, from its error and the static facts. */
function classifyFailure(failure, facts) {
    const mount = facts?.kind === 'unix' ? facts.mount : undefined;
    const exec = failure.step === 'exec-first' || failure.step === 'exec-second';
    const aclReason = facts?.kind === 'windows' ? aclExplanationFor(failure.step, facts) : undefined;
    if (failure.code === 'ENOSPC' || failure.code === 'EDQUOT') {
        return {
            id: 'temp.no-space',
            title: 'No space left',
            cause: 'the file system is full (or the quota is used up)'
        };
    }
    if (failure.code === 'EROFS' || (mount?.flags.readOnly && !exec && failure.step !== 'list')) {
        return {
            id: 'temp.read-only',
            title: 'Read-only file system',
            cause: `${mount?.mountPoint ?? 'it'} is mounted read-only`
        };
    }
    if (exec) {
        if (mount?.flags.noexec) {
            return {
                id: 'temp.noexec',
                title: 'Mounted noexec',
                cause: `${mount.mountPoint} is mounted noexec: every \`go test\` fails with "fork/exec .../x.test: permission denied" (golang/go#52941)`
            };
        }
        if (failure.win32Error === ERROR_ACCESS_DISABLED_BY_POLICY ||
            failure.win32Error === ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION) {
            return {
                id: 'temp.exec-blocked-by-policy',
                title: 'Executable blocked by policy',
                cause: `Windows refused to start the copied executable (error ${failure.win32Error}): an AppLocker or Application Control (WDAC) policy blocks programs in this folder`
            };
        }
        if (failure.win32Error === ERROR_VIRUS_INFECTED || failure.win32Error === ERROR_VIRUS_DELETED) {
            return {
                id: 'temp.exec-quarantined',
                title: 'Executable stopped by antivirus',
                cause: `antivirus blocked or removed the freshly written executable (Windows error ${failure.win32Error})`
            };
        }
        if (failure.code === 'TIMEOUT') {
            return {
                id: 'temp.exec-timeout',
                title: 'Executable hung',
                cause: 'the copied executable did not exit in time (a scanner may hold it)'
            };
        }
        if (failure.code === 'EXIT') {
            return {
                id: 'temp.exec-failed',
                title: 'Executable failed',
                cause: 'the copied executable started but failed'
            };
        }
        return {
            id: 'temp.exec-denied',
            title: 'Cannot execute',
            cause: aclReason
                ? `execute is not allowed: ${aclReason}`
                : 'the copied executable could not be started'
        };
    }
    if (failure.step === 'delete') {
        return {
            id: 'temp.delete-failed',
            title: 'Cannot delete',
            cause: aclReason
                ? `delete is not allowed: ${aclReason}`
                : 'the probe folder could not be removed, even with retries: t.TempDir() cleanup will fail the same way'
        };
    }
    if (failure.code === 'ENOENT' && failure.step === 'create') {
        return { id: 'temp.missing', title: 'Directory missing', cause: 'the directory does not exist' };
    }
    if (failure.code === 'EACCES' || failure.code === 'EPERM') {
        return {
            id: 'temp.permission-denied',
            title: 'Permission denied',
            cause: aclReason
                ? `${failure.step} is not allowed: ${aclReason}`
                : `${failure.step} was refused: this user may not ${failure.step} here`
        };
    }
    return {
        id: 'temp.probe-failed',
        title: `Probe step ${failure.step} failed`,
        cause: failure.message
    };
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
    if (!a)
        return undefined;
    return SEVERITY_RANK$1[a] <= SEVERITY_RANK$1[b] ? a : b;
}
function directoryStatus(findings, couldNotProbe) {
    if (findings.some(finding => finding.severity === 'error'))
        return 'fail';
    if (findings.some(finding => finding.severity === 'warning'))
        return 'warn';
    return couldNotProbe ? 'unknown' : 'pass';
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
/** A comparison key: Windows paths are case-insensitive and accept both separators. */
function directoryKey(path, platform) {
    if (platform === 'win32')
        return stripTrailingSeparator(win32.normalize(path), platform).toLowerCase();
    return stripTrailingSeparator(posix.normalize(path), platform);
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
            role: goReads.includes(name) &&
                directoryKey(value, platform) === directoryKey(osTemp.path, platform)
                ? 'test-temp'
                : 'env-temp'
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
function groupDirectories(candidates, platform, canonical = path => directoryKey(path, platform)) {
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
    if (ctx.platform === 'win32')
        return openWindowsPlatform(ctx.env);
    if (ctx.platform === 'darwin')
        return openDarwinPlatform();
    return openLinuxPlatform();
}

// Temp directories Go will use: resolved with Go's rules, proven by a functional probe, failures
// explained by the mount (Unix) or the DACL (Windows), optionally fixed for later steps.
/** A first start of a new executable can wait for an on-access scan: allow it time. */
const EXEC_TIMEOUT_MS = 30_000;
/** Roles a fix-temp directory takes over: later steps' GOTMPDIR, TMPDIR, TMP and TEMP. */
const FIXABLE_ROLES = ['go-work', 'test-temp', 'env-temp'];
async function checkTempDirs(args, ctx) {
    const started = performance.now();
    const platform = openTempPlatform(ctx);
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
    return {
        id: 'temp-dirs',
        title: 'Temp directories',
        status,
        summary: summarize(status, assessed, notes),
        findings: sortFindings(findings),
        details,
        durationMs: Math.round(performance.now() - started)
    };
}
/** The same directory under another name (8.3 short name, symlink) gets the same key. */
function canonicalKey(path, platform) {
    try {
        return directoryKey(realpathSync.native(resolve(path)), platform);
    }
    catch {
        return directoryKey(path, platform);
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
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
function checkStatus(findings, reports) {
    if (findings.some(finding => finding.severity === 'error'))
        return 'fail';
    if (findings.some(finding => finding.severity === 'warning'))
        return 'warn';
    if (reports.length === 0 || reports.some(report => report.status === 'unknown'))
        return 'unknown';
    return 'pass';
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
    const started = performance.now();
    const finish = (result) => ({
        id: ID$1,
        title: TITLE$1,
        ...result,
        durationMs: Math.round(performance.now() - started)
    });
    if (ctx.platform !== 'win32') {
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

// Number formatting shared by the summary, the annotations and the check messages.
const UNITS = [
    ['ns', 0.001],
    ['us', 1],
    ['ms', 1000],
    ['s', 1_000_000]
];
/** A duration in microseconds, three significant digits in the largest unit that keeps it ≥ 1: `1.8 ms`. */
function formatUs(us) {
    if (!Number.isFinite(us))
        return String(us);
    if (us === 0)
        return '0 us';
    const magnitude = Math.abs(us);
    let index = 0;
    while (index < UNITS.length - 1 && magnitude >= UNITS[index + 1][1])
        index += 1;
    let value = Number((us / UNITS[index][1]).toPrecision(3));
    // Rounding 999.7 us gives 1000 us: say 1 ms instead.
    if (index < UNITS.length - 1 && Math.abs(value) >= 1000) {
        index += 1;
        value = Number((us / UNITS[index][1]).toPrecision(3));
    }
    return `${value} ${UNITS[index][0]}`;
}
/** A plain number with at most `digits` decimals, without trailing zeros. */
function formatNumber(value, digits = 1) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toFixed(digits)));
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let index = 0;
    while (Math.abs(value) >= 1024 && index < units.length - 1) {
        value /= 1024;
        index += 1;
    }
    return `${formatNumber(value, index === 0 ? 0 : 1)} ${units[index]}`;
}

// The endangered-tests analyzer: a Go program embedded in the action, written to a fresh
// directory and built with the toolchain the tests will use. Standard library only (go/parser,
// go/ast, go/token, go/constant), so any Go 1.19+ builds it offline.
const ANALYZER_GO_MOD = 'module preflightanalyzer\n\ngo 1.19\n';
const ANALYZER_SOURCE = String.raw `// Command analyzer lists the timing-sensitive calls in Go test files whose duration is a
// constant it can evaluate. It reads file paths, one per line, on stdin and writes one JSON
// document to stdout: {"filesScanned": n, "waits": [...], "errors": [...]}.
// It uses only the standard library so that any Go 1.19+ toolchain builds it offline.
package main

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Durations are nanoseconds, as time.Duration counts them.
var timeUnits = map[string]int64{
	"Nanosecond":  1,
	"Microsecond": 1e3,
	"Millisecond": 1e6,
	"Second":      1e9,
	"Minute":      60e9,
	"Hour":        3600e9,
}

// Which argument of each call is the duration.
var timeCalls = map[string]int{"Sleep": 0, "After": 0, "Tick": 0, "NewTimer": 0, "NewTicker": 0, "AfterFunc": 0}
var contextCalls = map[string]int{"WithTimeout": 1, "WithTimeoutCause": 1, "WithDeadline": 1, "WithDeadlineCause": 1}

var conversionTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true,
}

type constDef struct {
	expr ast.Expr
	iota int64
	file *sourceFile
}

type sourceFile struct {
	path   string
	src    []byte
	syntax *ast.File
	// Local names under which the file imports "time" and "context" ("." for a dot import).
	timeNames    map[string]bool
	contextNames map[string]bool
	// Every constant name declared in the file, at any scope.
	consts map[*ast.Ident]*constDef
}

type packageInfo struct {
	name   string
	consts map[string][]*constDef
	funcs  map[string]bool
}

type analyzer struct {
	fset     *token.FileSet
	packages map[string]*packageInfo
	active   map[*constDef]bool
	waits    []map[string]interface{}
	errors   []map[string]interface{}
}

func main() {
	var paths []string
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line != "" {
			paths = append(paths, line)
		}
	}
	a := &analyzer{fset: token.NewFileSet(), packages: map[string]*packageInfo{}, active: map[*constDef]bool{}}
	files := a.load(paths)
	for _, f := range files {
		a.scan(f)
	}
	sort.SliceStable(a.waits, func(i, j int) bool {
		x, y := a.waits[i], a.waits[j]
		if x["file"] != y["file"] {
			return x["file"].(string) < y["file"].(string)
		}
		if x["line"] != y["line"] {
			return x["line"].(int) < y["line"].(int)
		}
		return x["column"].(int) < y["column"].(int)
	})
	out := map[string]interface{}{"filesScanned": len(paths), "waits": a.waits, "errors": a.errors}
	if a.waits == nil {
		out["waits"] = []interface{}{}
	}
	if a.errors == nil {
		out["errors"] = []interface{}{}
	}
	encoder := json.NewEncoder(os.Stdout)
	if err := encoder.Encode(out); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}

// load parses the listed files, and the other .go files of their directories for the
// package-level constants and functions the listed files may refer to.
func (a *analyzer) load(paths []string) []*sourceFile {
	listed := map[string]bool{}
	dirs := []string{}
	seenDir := map[string]bool{}
	for _, p := range paths {
		listed[filepath.Clean(p)] = true
		dir := filepath.Dir(p)
		if !seenDir[dir] {
			seenDir[dir] = true
			dirs = append(dirs, dir)
		}
	}
	var scanned []*sourceFile
	for _, p := range paths {
		if f := a.parse(p, true); f != nil {
			scanned = append(scanned, f)
		}
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			name := e.Name()
			p := filepath.Join(dir, name)
			if e.IsDir() || !strings.HasSuffix(name, ".go") || listed[filepath.Clean(p)] {
				continue
			}
			a.parse(p, false)
		}
	}
	return scanned
}

func (a *analyzer) parse(path string, listed bool) *sourceFile {
	src, err := os.ReadFile(path)
	if err != nil {
		if listed {
			a.errors = append(a.errors, map[string]interface{}{"file": path, "message": err.Error()})
		}
		return nil
	}
	syntax, err := parser.ParseFile(a.fset, path, src, parser.ParseComments)
	if err != nil {
		// Context files of the package are best effort; a listed file that does not parse is reported.
		if listed {
			a.errors = append(a.errors, map[string]interface{}{"file": path, "message": err.Error()})
		}
		return nil
	}
	f := &sourceFile{path: path, src: src, syntax: syntax, timeNames: map[string]bool{}, contextNames: map[string]bool{}, consts: map[*ast.Ident]*constDef{}}
	for _, spec := range syntax.Imports {
		importPath, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		local := filepath.Base(importPath)
		if spec.Name != nil {
			local = spec.Name.Name
		}
		switch importPath {
		case "time":
			f.timeNames[local] = true
		case "context":
			f.contextNames[local] = true
		}
	}
	pkg := a.packageOf(filepath.Dir(path), syntax.Name.Name)
	ast.Inspect(syntax, func(n ast.Node) bool {
		decl, ok := n.(*ast.GenDecl)
		if !ok || decl.Tok != token.CONST {
			return true
		}
		// An omitted value list repeats the previous one, with this spec's iota.
		var values []ast.Expr
		for i, s := range decl.Specs {
			spec := s.(*ast.ValueSpec)
			if len(spec.Values) > 0 {
				values = spec.Values
			}
			for j, name := range spec.Names {
				if j >= len(values) {
					continue
				}
				f.consts[name] = &constDef{expr: values[j], iota: int64(i), file: f}
			}
		}
		return true
	})
	for _, d := range syntax.Decls {
		switch decl := d.(type) {
		case *ast.GenDecl:
			if decl.Tok != token.CONST {
				continue
			}
			for _, s := range decl.Specs {
				for _, name := range s.(*ast.ValueSpec).Names {
					if def := f.consts[name]; def != nil && name.Name != "_" {
						pkg.consts[name.Name] = append(pkg.consts[name.Name], def)
					}
				}
			}
		case *ast.FuncDecl:
			if decl.Recv == nil {
				pkg.funcs[decl.Name.Name] = true
			}
		}
	}
	return f
}

func (a *analyzer) packageOf(dir, name string) *packageInfo {
	key := dir + "\x00" + name
	pkg := a.packages[key]
	if pkg == nil {
		pkg = &packageInfo{name: name, consts: map[string][]*constDef{}, funcs: map[string]bool{}}
		a.packages[key] = pkg
	}
	return pkg
}

func (a *analyzer) scan(f *sourceFile) {
	pkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)
	selectCases := map[*ast.CallExpr]bool{}
	ast.Inspect(f.syntax, func(n ast.Node) bool {
		switch node := n.(type) {
		case *ast.CommClause:
			if call := receivedCall(node.Comm); call != nil {
				selectCases[call] = true
			}
		case *ast.CallExpr:
			a.check(f, pkg, node, selectCases[node])
		}
		return true
	})
}

// receivedCall returns the call c in "case <-c(...)", "case v := <-c(...)" and "case v, ok = <-c(...)".
func receivedCall(comm ast.Stmt) *ast.CallExpr {
	var x ast.Expr
	switch s := comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	}
	if recv, ok := x.(*ast.UnaryExpr); ok && recv.Op == token.ARROW {
		if call, ok := unparen(recv.X).(*ast.CallExpr); ok {
			return call
		}
	}
	return nil
}

func (a *analyzer) check(f *sourceFile, pkg *packageInfo, call *ast.CallExpr, inSelect bool) {
	var name string
	var arg int
	if fn, ok := a.calledFunc(f, pkg, call.Fun, f.timeNames, "time"); ok {
		index, known := timeCalls[fn]
		if !known {
			return
		}
		name, arg = "time."+fn, index
	} else if fn, ok := a.calledFunc(f, pkg, call.Fun, f.contextNames, "context"); ok {
		index, known := contextCalls[fn]
		if !known {
			return
		}
		name, arg = "context."+fn, index
	} else {
		return
	}
	if arg >= len(call.Args) {
		return
	}
	durationExpr := call.Args[arg]
	if strings.HasPrefix(name, "context.WithDeadline") {
		// Only a deadline written relative to now is a wait we can size: time.Now().Add(d).
		add, ok := unparen(durationExpr).(*ast.CallExpr)
		if !ok || len(add.Args) != 1 {
			return
		}
		sel, ok := add.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Add" {
			return
		}
		now, ok := unparen(sel.X).(*ast.CallExpr)
		if !ok || len(now.Args) != 0 {
			return
		}
		if fn, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, "time"); !ok || fn != "Now" {
			return
		}
		durationExpr = add.Args[0]
	}
	value, ok := a.eval(f, durationExpr, -1)
	if !ok {
		return
	}
	ns, ok := nanoseconds(value)
	if !ok {
		return
	}
	if inSelect {
		name = "select <-" + name
	}
	pos := a.fset.Position(call.Pos())
	a.waits = append(a.waits, map[string]interface{}{
		"file":       f.path,
		"line":       pos.Line,
		"column":     pos.Column,
		"call":       name,
		"durationNs": ns,
		"expression": a.text(f, durationExpr),
	})
}

// calledFunc names the function of package pkgName that fun refers to: through the file's
// import names, a dot import, or (inside that package itself) an unqualified top-level function.
func (a *analyzer) calledFunc(f *sourceFile, pkg *packageInfo, fun ast.Expr, names map[string]bool, pkgName string) (string, bool) {
	switch fn := unparen(fun).(type) {
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok && id.Obj == nil && names[id.Name] {
			return fn.Sel.Name, true
		}
	case *ast.Ident:
		if fn.Obj != nil {
			return "", false
		}
		if names["."] || (pkg.name == pkgName && pkg.funcs[fn.Name]) {
			return fn.Name, true
		}
	}
	return "", false
}

// unparen strips parentheses (ast.Unparen needs Go 1.22).
func unparen(x ast.Expr) ast.Expr {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			return x
		}
		x = p.X
	}
}

// text is the source of x with its whitespace runs collapsed, for a one-line message.
func (a *analyzer) text(f *sourceFile, x ast.Expr) string {
	start, end := a.fset.Position(x.Pos()).Offset, a.fset.Position(x.End()).Offset
	if start < 0 || end > len(f.src) || start > end {
		return ""
	}
	return strings.Join(strings.Fields(string(f.src[start:end])), " ")
}

// eval folds a constant expression with go/constant. iota is -1 outside a const declaration.
func (a *analyzer) eval(f *sourceFile, x ast.Expr, iota int64) (constant.Value, bool) {
	switch e := x.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		return v, v.Kind() == constant.Int || v.Kind() == constant.Float
	case *ast.ParenExpr:
		return a.eval(f, e.X, iota)
	case *ast.Ident:
		return a.evalIdent(f, e, iota)
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && id.Obj == nil && f.timeNames[id.Name] {
			if unit, ok := timeUnits[e.Sel.Name]; ok {
				return constant.MakeInt64(unit), true
			}
		}
	case *ast.UnaryExpr:
		if e.Op != token.ADD && e.Op != token.SUB {
			return nil, false
		}
		v, ok := a.eval(f, e.X, iota)
		if !ok {
			return nil, false
		}
		return constant.UnaryOp(e.Op, v, 0), true
	case *ast.BinaryExpr:
		return a.evalBinary(f, e, iota)
	case *ast.CallExpr:
		if len(e.Args) != 1 || e.Ellipsis != token.NoPos || !a.isConversion(f, e.Fun) {
			return nil, false
		}
		v, ok := a.eval(f, e.Args[0], iota)
		if !ok {
			return nil, false
		}
		if id, isIdent := e.Fun.(*ast.Ident); isIdent && strings.HasPrefix(id.Name, "float") {
			return constant.ToFloat(v), true
		}
		return v, true
	}
	return nil, false
}

func (a *analyzer) isConversion(f *sourceFile, fun ast.Expr) bool {
	switch fn := unparen(fun).(type) {
	case *ast.Ident:
		if fn.Obj == nil && conversionTypes[fn.Name] {
			return true
		}
		return fn.Obj == nil && fn.Name == "Duration" && (f.timeNames["."] || f.syntax.Name.Name == "time")
	case *ast.SelectorExpr:
		id, ok := fn.X.(*ast.Ident)
		return ok && id.Obj == nil && f.timeNames[id.Name] && fn.Sel.Name == "Duration"
	}
	return false
}

func (a *analyzer) evalIdent(f *sourceFile, id *ast.Ident, iota int64) (constant.Value, bool) {
	if id.Obj != nil {
		// Resolved inside the file: a constant (local or package-level) or something variable.
		if id.Obj.Kind != ast.Con {
			return nil, false
		}
		spec, ok := id.Obj.Decl.(*ast.ValueSpec)
		if !ok {
			return nil, false
		}
		for _, name := range spec.Names {
			if name.Name == id.Name && f.consts[name] != nil {
				return a.evalDef(f.consts[name])
			}
		}
		return nil, false
	}
	if id.Name == "iota" && iota >= 0 {
		return constant.MakeInt64(iota), true
	}
	if unit, ok := timeUnits[id.Name]; ok && (f.timeNames["."] || f.syntax.Name.Name == "time") {
		if defs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]; len(defs) == 0 {
			return constant.MakeInt64(unit), true
		}
	}
	// Declared in another file of the package: every declaration (one per build variant) must agree.
	defs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]
	if len(defs) == 0 {
		return nil, false
	}
	var result constant.Value
	for _, def := range defs {
		v, ok := a.evalDef(def)
		if !ok || (result != nil && !constant.Compare(result, token.EQL, v)) {
			return nil, false
		}
		result = v
	}
	return result, true
}

func (a *analyzer) evalDef(def *constDef) (constant.Value, bool) {
	if a.active[def] {
		return nil, false
	}
	a.active[def] = true
	defer delete(a.active, def)
	return a.eval(def.file, def.expr, def.iota)
}

func (a *analyzer) evalBinary(f *sourceFile, e *ast.BinaryExpr, iota int64) (constant.Value, bool) {
	x, ok := a.eval(f, e.X, iota)
	if !ok {
		return nil, false
	}
	y, ok := a.eval(f, e.Y, iota)
	if !ok {
		return nil, false
	}
	op := e.Op
	switch op {
	case token.ADD, token.SUB, token.MUL:
		return constant.BinaryOp(x, op, y), true
	case token.QUO, token.REM:
		if constant.Sign(y) == 0 {
			return nil, false
		}
		if x.Kind() == constant.Int && y.Kind() == constant.Int {
			if op == token.QUO {
				op = token.QUO_ASSIGN // integer division, as Duration arithmetic does
			}
			return constant.BinaryOp(x, op, y), true
		}
		if op == token.REM {
			return nil, false
		}
		return constant.BinaryOp(x, op, y), true
	case token.SHL, token.SHR:
		shift, exact := constant.Uint64Val(constant.ToInt(y))
		xi := constant.ToInt(x)
		if !exact || shift > 64 || xi.Kind() != constant.Int {
			return nil, false
		}
		return constant.Shift(xi, op, uint(shift)), true
	}
	return nil, false
}

// nanoseconds converts a folded value to an int64 count, as a Duration holds it.
func nanoseconds(v constant.Value) (int64, bool) {
	if i := constant.ToInt(v); i.Kind() == constant.Int {
		n, exact := constant.Int64Val(i)
		return n, exact
	}
	f, _ := constant.Float64Val(constant.ToFloat(v))
	if math.IsNaN(f) || math.IsInf(f, 0) || f > math.MaxInt64 || f < math.MinInt64 {
		return 0, false
	}
	return int64(f), true
}
`;

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
        throw new UserError(`The test-file analyzer printed ${what}: expected one JSON object with filesScanned, waits and errors.`);
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
        !Array.isArray(record.errors)) {
        return fail('an object without filesScanned, waits or errors');
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
    return { filesScanned: record.filesScanned, waits, errors };
}
async function runAnalyzer(go, files, ctx) {
    const stdout = await runEmbeddedGoProgram(go, ANALYZER, ctx, files.join('\n') + '\n');
    return parseAnalyzerOutput(stdout);
}

// Pure: which analyzer waits this runner cannot honour, and how to say so.
/**
 * Waits shorter than this many times the p99 wake-up latency are flagged. A wait of d on a
 * runner whose p99 lateness is L lasts up to d + L in 1% of wake-ups: once L ≥ d/2 that tail
 * stretches the wait by half or more, enough to reorder two timers a test races against each
 * other (a 1 ms sleep against a 2 ms timeout) or to break an elapsed-time assertion.
 */
const P99_FACTOR = 2;
function thresholdUs(p99Us) {
    return P99_FACTOR * p99Us;
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
function hitFinding(hit, p99Us) {
    return {
        id: 'endangered.short-wait',
        severity: 'warning',
        title: `Timing-sensitive wait of ${formatUs(hit.durationUs)}`,
        message: `${callText(hit)} waits ${formatUs(hit.durationUs)}; ` +
            `this runner's p99 wake-up latency is ${formatUs(p99Us)}`,
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
const TITLE = 'Endangered tests';
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
            summary: 'Skipped: Go is not installed, so the test files were not scanned.',
            findings: []
        });
    }
    if (args.p99Us === undefined || !Number.isFinite(args.p99Us)) {
        return result({
            status: 'skipped',
            summary: 'Skipped: no p99 wake-up latency was measured, so there is nothing to compare waits with.',
            findings: []
        });
    }
    const p99Us = args.p99Us;
    const limitUs = thresholdUs(p99Us);
    const baseDir = resolve(ctx.workspace, args.workingDirectory);
    const files = await listTestFiles(args.testPaths, baseDir);
    if (files.length === 0) {
        return result({
            status: 'pass',
            summary: `No *_test.go files under ${args.testPaths.join(', ')}.`,
            findings: [],
            details: { filesScanned: 0, thresholdUs: limitUs, hits: [] }
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
    const findings = [
        ...hits.map(hit => hitFinding(hit, p99Us)),
        ...output.errors.map(e => parseErrorFinding(e.file, e.message, ctx.workspace))
    ];
    const scope = `${output.filesScanned} test files, waits below ${formatUs(limitUs)} (${P99_FACTOR} × p99 ${formatUs(p99Us)})`;
    const unparsed = output.errors.length > 0 ? `; ${output.errors.length} files did not parse` : '';
    return result({
        status: hits.length > 0 ? 'warn' : 'pass',
        summary: (hits.length > 0
            ? `${hits.length} waits this runner may not honour`
            : 'No wait shorter than this runner can honour') + ` (${scope}${unparsed}).`,
        findings,
        details: { filesScanned: output.filesScanned, thresholdUs: limitUs, hits }
    });
}

// Pure glue between capabilities: which paths Defender must cover, how a policy breach shows on
// the check it came from, and what a check that crashed reports.
/** Metrics the timer check measured: a breach of one of them changes that check's status. */
const METRIC_CHECK = {
    'sleep-deviation-pct': 'timer',
    'wake-p99': 'timer',
    'timer-resolution': 'timer',
    'cpu-throttled-pct': 'timer'
};
const STATUS_RANK = {
    skipped: 0,
    pass: 1,
    unknown: 2,
    warn: 3,
    fail: 4
};
const BREACH_STATUS = {
    error: 'fail',
    warning: 'warn',
    notice: 'pass'
};
function worseStatus(a, b) {
    return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}
/** Each breach becomes a finding on the check that measured it, and worsens its status. */
function applyDecision(checks, decision) {
    return checks.map(check => {
        const breaches = decision.breaches.filter(breach => METRIC_CHECK[breach.metric] === check.id);
        if (breaches.length === 0)
            return check;
        return {
            ...check,
            status: breaches.reduce((status, breach) => worseStatus(status, BREACH_STATUS[breach.severity]), check.status),
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
function checkFailure(id, title, error) {
    return {
        id,
        title,
        status: 'unknown',
        summary: `The check could not run: ${errorMessage(error)}`,
        findings: []
    };
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
        const key = ctx.platform === 'win32'
            ? path.toLowerCase().replace(/[\\/]+$/, '')
            : path.replace(/\/+$/, '');
        if (seen.has(key))
            continue;
        seen.add(key);
        paths.push({ label, path });
    }
    return paths;
}

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
function describeKind(kind) {
    return kind === 'burst'
        ? `bursts (outliers within ${BURST_WINDOW_MS} ms of each other)`
        : 'isolated spikes';
}

// Pure: which annotations the step emits. GitHub keeps at most 10 errors, 10 warnings and
// 10 notices per step, so findings are ranked and the overflow is summarised in one annotation.
const ANNOTATIONS_PER_LEVEL = 10;
const LEVELS = ['error', 'warning', 'notice'];
const WORST_SHOWN = 3;
/** Lower comes first: what blocks `go test` outright before what makes it flaky. */
const CHECK_IMPORTANCE = {
    policy: 0,
    'go-install': 1,
    'temp-dirs': 2,
    defender: 3,
    timer: 4,
    'go-env': 5,
    'endangered-tests': 6
};
function selectAnnotations(report) {
    const candidates = [];
    const add = (annotation, checkId, impact) => candidates.push({
        annotation,
        importance: CHECK_IMPORTANCE[checkId] ?? 7,
        impact,
        order: candidates.length
    });
    // The verdict's own annotation. When the step fails it is the failure message (an error,
    // even for fail-on: warning), so the step adds no other error line of its own.
    const { failStep, failureReasons } = report.decision;
    const verdictAnnotated = report.verdict !== 'pass' || failStep;
    if (verdictAnnotated) {
        const reasons = failStep ? failureReasons : report.reasons;
        add({
            level: failStep || report.verdict === 'fail' ? 'error' : 'warning',
            title: `Go test preflight: ${report.verdict} (${report.environment.class})${failStep ? ', step failed' : ''}`,
            message: reasons.length > 0 ? reasons.join('\n') : 'See the job summary.'
        }, 'policy', Number.MAX_SAFE_INTEGER);
    }
    for (const check of report.checks) {
        for (const finding of check.findings) {
            // A metric breach is already a line of the verdict's annotation.
            if (verdictAnnotated && finding.id.startsWith('policy.'))
                continue;
            const annotation = {
                level: finding.severity,
                title: finding.title,
                message: finding.remedy ? `${finding.message}\nRemedy: ${finding.remedy}` : finding.message
            };
            if (finding.file !== undefined)
                annotation.file = finding.file;
            if (finding.line !== undefined)
                annotation.line = finding.line;
            // The shorter an endangered wait, the likelier the flake: it ranks first.
            const hit = endangeredHit(check, finding.file, finding.line);
            if (hit)
                annotation.column = hit.column;
            add(annotation, check.id, hit ? -hit.durationUs : 0);
        }
        if (check.id === 'timer' && check.details !== undefined) {
            for (const { annotation, worstUs } of outlierAnnotations(check)) {
                add(annotation, check.id, worstUs);
            }
        }
    }
    const selected = [];
    for (const level of LEVELS) {
        const ranked = candidates
            .filter(c => c.annotation.level === level)
            .sort((a, b) => a.importance - b.importance || b.impact - a.impact || a.order - b.order);
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
/** The endangered-tests hit a finding points at, for its column and its impact. */
function endangeredHit(check, file, line) {
    if (check.id !== 'endangered-tests' || file === undefined)
        return undefined;
    const details = check.details;
    return details?.hits?.find(hit => hit.file === file && hit.line === line);
}
/** One annotation per kind of outlier per backend: worst values, when in the run, which backend. */
function outlierAnnotations(check) {
    const details = check.details;
    const level = check.status === 'warn' || check.status === 'fail' ? 'warning' : 'notice';
    const annotations = [];
    for (const loop of details.loops ?? []) {
        for (const group of outlierGroups(loop)) {
            const worst = group.outliers
                .slice(0, WORST_SHOWN)
                .map(o => `${formatUs(o.valueUs)} at ${formatNumber(o.offsetMs / 1000, 2)} s (trial ${o.trial})`);
            const count = group.outliers.length;
            const annotation = {
                level,
                title: `Timer jitter on ${group.backend}: ${count} ${group.kind === 'burst' ? 'outliers in bursts' : 'isolated spikes'}`,
                message: `${count} wake-ups on ${group.backend} (interval ${formatUs(loop.intervalUs)}) were ${describeKind(group.kind)}; ` +
                    `p99 was ${loop.aggregate.p99 === null ? 'not measurable' : formatUs(loop.aggregate.p99)}. ` +
                    `Worst: ${worst.join(', ')} into the timer stage. Rule: ${loop.outlierRule}.`
            };
            annotations.push({ annotation, worstUs: group.outliers[0].valueUs });
        }
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

// Pure helpers for GitHub-flavoured Markdown that carries text from users and tools.
/** Text placed in Markdown outside tables: no HTML gets through. */
function escapeText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Text in a table cell: also no `|` and no line breaks, which would end the cell or the row. */
function escapeCell(text) {
    return escapeText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced block whose fence is longer than any backtick run inside, so the text cannot end it. */
function fenced(language, text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function collapsible(summary, body) {
    return `<details><summary>${escapeText(summary)}</summary>\n\n${body}\n\n</details>`;
}

// Pure: the job summary, GitHub-flavoured Markdown for core.summary.addRaw.
/** GitHub refuses a step summary over 1 MiB; keep a margin for what others append. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const MAX_CHART_BINS = 30;
const MAX_OUTLIER_ROWS = 20;
const MAX_HIT_ROWS = 100;
const MAX_FINDINGS_PER_ID = 20;
/** The checks the summary knows, in the order they are shown. */
const CHECK_ORDER = [
    'go-install',
    'go-env',
    'timer',
    'temp-dirs',
    'defender',
    'endangered-tests'
];
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    unknown: '❔',
    skipped: '⏭️'
};
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const KEEP = {
    always: 100,
    findings: 60,
    tables: 50,
    chart: 40,
    outliers: 30,
    hits: 25,
    raw: 10
};
const cell = (value) => value === undefined || value === null || value === '' ? '—' : escapeCell(String(value));
const us = (value) => value === null || value === undefined ? '—' : formatUs(value);
const ms = (value) => value === undefined ? '—' : `${formatNumber(value)} ms`;
function renderSummary(report) {
    const parts = [...banner(report), ...overview(report), ...findingsSection(report)];
    for (const id of CHECK_ORDER)
        parts.push(...checkSection(report, id));
    for (const check of report.checks) {
        if (!CHECK_ORDER.includes(check.id) && check.id !== 'policy') {
            parts.push(...genericSection(check));
        }
    }
    parts.push(timingsPart(report));
    parts.push({
        text: `---\n_${escapeText(report.tool.name)} ${escapeText(report.tool.version)}, started ${escapeText(report.startedAt)}, took ${formatNumber(report.durationMs / 1000)} s. Every figure is in the JSON report (output \`report\`)._`,
        keep: KEEP.always
    });
    return fit(parts);
}
function timingsPart(report) {
    const { startup, koffiLoad, stages } = report.timingsMs;
    const rows = [
        ['process start to run()', ms(startup)],
        ['koffi load', koffiLoad === null ? 'not loaded' : ms(koffiLoad)],
        ...Object.entries(stages).map(([stage, value]) => [cell(stage), ms(value)])
    ];
    return {
        text: collapsible('Where the time went', table(['Stage', 'Took'], rows)),
        compact: '',
        keep: KEEP.tables
    };
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
function fit(parts) {
    const join = () => parts.map(part => part.text).join('\n\n') + '\n';
    let total = parts.reduce((sum, part) => sum + bytes(part.text) + 2, 1);
    const notice = "> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit: the least important parts (raw details first) were left out. The JSON report has everything.";
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
function banner(report) {
    const { decision, environment: env } = report;
    const lines = [
        `# ${VERDICT_ICON[report.verdict]} Go test preflight: ${report.verdict.toUpperCase()}`,
        '',
        `**Environment:** ${escapeText(env.class)}` +
            (env.overridden
                ? ` (set by input \`environment\`; detected ${escapeText(env.detected)})`
                : ' (detected)') +
            ` · **Runner:** ${escapeText(env.runner.os)}/${escapeText(env.runner.arch)}, ${escapeText(env.runner.environment)}` +
            (env.runner.imageOS
                ? `, image ${escapeText(env.runner.imageOS)} ${escapeText(env.runner.imageVersion ?? '')}`
                : '') +
            ` · **Platform:** ${escapeText(report.platform.os)} ${escapeText(report.platform.release)} ${escapeText(report.platform.arch)}`
    ];
    if (report.suspicious) {
        lines.push('', '> [!WARNING]\n> Some figures look implausible for this environment: read them with care.');
    }
    if (report.reasons.length > 0) {
        lines.push('', '**Why:**', ...report.reasons.map(reason => `- ${escapeText(reason)}`));
    }
    lines.push('', decision.failStep
        ? '**This step fails** (input `mode` and `fail-on`).'
        : 'This step does not fail (input `mode` and `fail-on`).');
    const thresholds = Object.entries(decision.thresholds);
    const thresholdTable = thresholds.length > 0
        ? `**Thresholds applied (${escapeText(env.class)}):**\n\n` +
            table(thresholds.map(([key]) => escapeCell(key)), [thresholds.map(([, value]) => escapeCell(value))])
        : '_No threshold row applied._';
    const breaches = decision.breaches.length > 0
        ? table(['Metric', 'Measured', 'Limit', 'Severity', 'Rule'], decision.breaches.map(b => [
            cell(b.metric),
            cell(`${formatNumber(b.value, 2)} ${b.unit}`),
            cell(`${formatNumber(b.limit, 2)} ${b.unit}`),
            `${SEVERITY_ICON[b.severity]} ${b.severity}`,
            cell(b.rule)
        ]))
        : '';
    const evidence = table(['Signal', 'Value', 'Points to'], env.evidence.map(e => [cell(e.signal), cell(e.value), cell(e.indicates)]));
    return [
        { text: lines.join('\n'), keep: KEEP.always },
        { text: [thresholdTable, breaches].filter(Boolean).join('\n\n'), keep: KEEP.always },
        {
            text: collapsible(`Environment evidence (${env.evidence.length} signals)`, evidence),
            compact: `_Environment evidence: ${env.evidence.length} signals, in the JSON report._`,
            keep: KEEP.tables
        }
    ];
}
function overview(report) {
    const rows = CHECK_ORDER.map(id => {
        const check = report.checks.find(c => c.id === id);
        if (!check)
            return [cell(id), '—', '_not in this report: the check did not run_', '—'];
        return [
            cell(check.title),
            `${STATUS_ICON[check.status] ?? ''} ${check.status}`,
            cell(check.summary),
            check.durationMs === undefined ? '—' : ms(check.durationMs)
        ];
    });
    return [
        {
            text: `## Checks\n\n${table(['Check', 'Status', 'Summary', 'Took'], rows)}`,
            keep: KEEP.always
        }
    ];
}
function findingsSection(report) {
    const findings = report.checks
        .flatMap(check => check.findings.map(finding => ({ check, finding })))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]);
    if (findings.length === 0)
        return [{ text: '## Findings\n\nNothing to fix.', keep: KEEP.always }];
    // Findings sharing an id (one per endangered test line, say) share a remedy: show it once.
    const groups = new Map();
    for (const { check, finding } of findings) {
        const key = `${check.id}\u0000${finding.id}\u0000${finding.remedy ?? ''}`;
        const group = groups.get(key) ?? { check, findings: [] };
        group.findings.push(finding);
        groups.set(key, group);
    }
    const blocks = [...groups.values()].map(({ check, findings: list }) => {
        const first = list[0];
        const heading = list.length === 1
            ? `### ${SEVERITY_ICON[first.severity]} ${escapeText(first.title)}`
            : `### ${SEVERITY_ICON[first.severity]} ${escapeText(first.title)} (${list.length}×)`;
        const lines = [heading, '', `_${escapeText(check.title)}_ · \`${escapeText(first.id)}\``, ''];
        for (const finding of list.slice(0, MAX_FINDINGS_PER_ID)) {
            const where = finding.file
                ? `\`${escapeText(finding.file)}${finding.line ? `:${finding.line}` : ''}\`: `
                : '';
            lines.push(list.length === 1
                ? `${where}${escapeText(finding.message)}`
                : `- ${where}${escapeText(finding.message)}`);
        }
        if (list.length > MAX_FINDINGS_PER_ID)
            lines.push(`- … and ${list.length - MAX_FINDINGS_PER_ID} more in the JSON report`);
        if (first.remedy)
            lines.push('', '**Remedy:**', '', fenced(first.remedyLanguage ?? '', first.remedy));
        return lines.join('\n');
    });
    return [
        { text: '## Findings', keep: KEEP.always },
        ...blocks.map(text => ({ text, compact: '', keep: KEEP.findings }))
    ];
}
function checkSection(report, id) {
    const check = report.checks.find(c => c.id === id);
    if (!check)
        return [];
    const heading = `## ${STATUS_ICON[check.status] ?? ''} ${escapeText(check.title)}\n\n${escapeText(check.summary)}`;
    if (check.details === undefined || check.status === 'skipped') {
        return [{ text: heading, keep: KEEP.always }];
    }
    const body = (() => {
        switch (id) {
            case 'go-install':
                return goInstallParts(check.details);
            case 'timer':
                return timerParts(check.details, report);
            case 'temp-dirs':
                return tempParts(check.details);
            case 'defender':
                return defenderParts(check.details);
            case 'endangered-tests':
                return endangeredParts(check.details);
            default:
                return [];
        }
    })();
    return [{ text: heading, keep: KEEP.always }, ...body, rawDetails(check)];
}
function genericSection(check) {
    const heading = `## ${STATUS_ICON[check.status] ?? ''} ${escapeText(check.title)}\n\n${escapeText(check.summary)}`;
    return check.details === undefined
        ? [{ text: heading, keep: KEEP.always }]
        : [{ text: heading, keep: KEEP.always }, rawDetails(check)];
}
function rawDetails(check) {
    const json = JSON.stringify(check.details, null, 2);
    return {
        text: collapsible(`Raw details: ${check.id}`, fenced('json', json)),
        compact: `_Raw details of \`${escapeText(check.id)}\` (${formatBytes(bytes(json))}) left out: see the JSON report._`,
        keep: KEEP.raw
    };
}
function goInstallParts(d) {
    const timings = Object.entries(d.timingsMs)
        .filter(([, value]) => value !== undefined)
        .map(([step, value]) => `${step} ${ms(value)}`)
        .join(', ');
    const rows = [
        ['Requested', cell(d.requested)],
        ['Version', cell(d.goVersion ?? d.resolvedVersion)],
        ['Source', cell(d.source)],
        ['Cache hit', d.cacheHit ? 'yes' : 'no'],
        [
            'Download',
            d.url ? cell(`${d.url}${d.bytes !== undefined ? ` (${formatBytes(d.bytes)})` : ''}`) : '—'
        ],
        ['SHA-256', d.sha256 ? `\`${escapeCell(d.sha256)}\` (${d.checksum})` : cell(d.checksum)],
        ['Timings', cell(timings)],
        ['GOROOT', cell(d.goRoot)],
        ['Extractor', cell(d.extractor)]
    ];
    return [{ text: table(['Go install', ''], rows), keep: KEEP.tables }];
}
function statsRow(label, interval, s, extra) {
    return [
        cell(label),
        interval,
        String(s.count),
        us(s.min),
        us(s.median),
        us(s.p95),
        us(s.p99),
        us(s.p999),
        us(s.max),
        ...extra
    ];
}
function thresholdFor(report, pattern) {
    const entry = Object.entries(report.decision.thresholds).find(([key]) => pattern.test(key));
    return entry ? `${escapeCell(entry[0])}: ${escapeCell(entry[1])}` : 'none applied';
}
function timerParts(d, report) {
    const clock = [
        ['Clock', cell(d.clock.name)],
        [
            'Frequency',
            d.clock.frequencyHz === undefined ? '—' : `${formatNumber(d.clock.frequencyHz, 0)} Hz`
        ],
        ['Resolution', us(d.clock.resolutionNs / 1000)],
        ['Read cost', `${formatNumber(d.clock.readCostNs)} ns`]
    ];
    if (d.timerResolution) {
        const r = d.timerResolution;
        clock.push([
            'Timer resolution (coarsest / finest / current)',
            `${r.coarsestMs} / ${r.finestMs} / ${r.currentMs} ms`
        ]);
    }
    if (d.timerSlackNs !== undefined)
        clock.push(['Timer slack', `${formatNumber(d.timerSlackNs, 0)} ns`]);
    clock.push(['Stage took', ms(d.stageMs)]);
    const loops = table([
        'Backend',
        'Interval',
        'Samples',
        'Min',
        'p50',
        'p95',
        'p99',
        'p99.9',
        'Max',
        'p99 across trials',
        'Outliers'
    ], d.loops.map(loop => statsRow(loop.backend, formatUs(loop.intervalUs), loop.aggregate, [
        loop.trialSpread.p99
            ? `${formatUs(loop.trialSpread.p99[0])} – ${formatUs(loop.trialSpread.p99[1])}`
            : '—',
        String(loop.outliers.length)
    ])));
    const sleep = table(['Sleep target', 'Samples', 'Mean deviation', 'Worst deviation', 'Threshold'], [
        [
            `${formatNumber(d.sleep.targetMs)} ms`,
            d.sleep.samplesMs.map(v => formatNumber(v, 2)).join(', ') || '—',
            `${formatNumber(d.sleep.meanPct)} %`,
            `${formatNumber(d.sleep.worstPct)} %`,
            thresholdFor(report, /sleep|deviation/i)
        ]
    ]);
    const cpu = d.cpu;
    const cpuRows = [
        ['CPU quota', cell(cpu.quota ?? 'none')],
        ['Throttled periods', cell(cpu.throttledPeriods)],
        ['Throttled time', cpu.throttledUs === undefined ? '—' : formatUs(cpu.throttledUs)],
        [
            'Throttled share',
            cpu.throttledPct === undefined ? '—' : `${formatNumber(cpu.throttledPct)} %`
        ],
        ['Steal', cpu.stealPct === undefined ? '—' : `${formatNumber(cpu.stealPct)} %`],
        ['CPU pressure (some, avg10)', cell(cpu.pressureSomeAvg10)]
    ];
    const notes = [...cpu.notes, ...d.notes].map(note => `- ${escapeText(note)}`).join('\n');
    const parts = [
        { text: table(['Timer', ''], clock), keep: KEEP.tables },
        { text: `### Wake-up latency (how late each wake-up was)\n\n${loops}`, keep: KEEP.always },
        { text: `### 100 ms sleep\n\n${sleep}`, keep: KEEP.tables },
        {
            text: `### CPU throttling\n\n${table(['CPU', ''], cpuRows)}${notes ? `\n\n${notes}` : ''}`,
            keep: KEEP.tables
        },
        goProbePart(d)
    ];
    for (const loop of d.loops)
        parts.push(histogramPart(loop), outlierPart(loop));
    return parts;
}
function goProbePart(d) {
    const probe = d.goProbe;
    if (probe.status !== 'ok') {
        return {
            text: `### Go runtime probe\n\n${probe.status}: ${escapeText(probe.reason ?? 'no reason given')}`,
            keep: KEEP.tables
        };
    }
    const header = ['Measured by', 'Requested', 'Samples', 'Min', 'p50', 'p95', 'p99', 'p99.9', 'Max'];
    const rows = [
        ...d.loops.map(loop => statsRow(`native ${loop.backend}`, formatUs(loop.intervalUs), loop.aggregate, [])),
        ...probe.results.map(r => statsRow(`Go ${r.name} (${r.variant})`, formatUs(r.requestedUs), r.stats, []))
    ];
    return {
        text: `### Go runtime probe (${escapeText(probe.goVersion ?? 'Go')}) beside the native figures\n\n${table(header, rows)}`,
        keep: KEEP.tables
    };
}
/** Merge adjacent bins so a chart stays readable whatever the sample count. */
function mergeBins(bins, maxBins = MAX_CHART_BINS) {
    const sorted = [...bins].sort((a, b) => a.fromUs - b.fromUs);
    const width = Math.ceil(sorted.length / maxBins);
    if (width <= 1)
        return sorted;
    const merged = [];
    for (let i = 0; i < sorted.length; i += width) {
        const group = sorted.slice(i, i + width);
        merged.push({
            fromUs: group[0].fromUs,
            toUs: group[group.length - 1].toUs,
            count: group.reduce((sum, bin) => sum + bin.count, 0)
        });
    }
    return merged;
}
function mermaidString(text) {
    return `"${text.replace(/["\n\r`]/g, "'")}"`;
}
function histogramPart(loop) {
    const bins = mergeBins(loop.histogram);
    if (bins.length === 0)
        return { text: '', keep: KEEP.chart };
    const labels = bins.map(bin => `${formatUs(bin.fromUs)}–${formatUs(bin.toUs)}`);
    const maxCount = Math.max(...bins.map(bin => bin.count));
    const chart = [
        'xychart-beta',
        `    title ${mermaidString(`Wake-up latency, ${loop.backend}`)}`,
        `    x-axis ${mermaidString('lateness')} [${labels.map(mermaidString).join(', ')}]`,
        `    y-axis ${mermaidString('wake-ups')} 0 --> ${Math.max(1, maxCount)}`,
        `    bar [${bins.map(bin => bin.count).join(', ')}]`
    ].join('\n');
    const total = bins.reduce((sum, bin) => sum + bin.count, 0);
    const data = table(['Lateness', 'Wake-ups', 'Share'], bins.map((bin, i) => [
        escapeCell(labels[i]),
        String(bin.count),
        `${formatNumber((100 * bin.count) / Math.max(1, total))} %`
    ]));
    return {
        text: `### Wake-up latency distribution: ${escapeText(loop.backend)}\n\n${fenced('mermaid', chart)}\n\n${data}`,
        compact: `### Wake-up latency distribution: ${escapeText(loop.backend)}\n\n${data}`,
        keep: KEEP.chart
    };
}
function outlierPart(loop) {
    if (loop.outliers.length === 0)
        return { text: '', keep: KEEP.outliers };
    const groups = outlierGroups(loop);
    const kinds = groups.map(g => `${g.outliers.length} ${describeKind(g.kind)}`).join(', ');
    const worst = [...loop.outliers].sort((a, b) => b.valueUs - a.valueUs).slice(0, MAX_OUTLIER_ROWS);
    const rows = worst.map(o => [
        us(o.valueUs),
        `${formatNumber(o.offsetMs / 1000, 3)} s`,
        String(o.trial),
        String(o.index)
    ]);
    const more = loop.outliers.length > worst.length
        ? `\n\n… ${loop.outliers.length - worst.length} more in the JSON report.`
        : '';
    const text = `### Outliers: ${escapeText(loop.backend)}\n\n${loop.outliers.length} outliers (${escapeText(kinds)}); rule: ${escapeText(loop.outlierRule)}.\n\n` +
        collapsible(`Worst ${worst.length} outliers`, table(['Late by', 'When in the timer stage', 'Trial', 'Sample'], rows) + more);
    return {
        text,
        compact: `### Outliers: ${escapeText(loop.backend)}\n\n${loop.outliers.length} outliers (${escapeText(kinds)}), listed in the JSON report.`,
        keep: KEEP.outliers
    };
}
function tempParts(d) {
    const overview = table(['Directory', 'Known as', 'Status', 'First run', 'Second run', 'Free'], d.directories.map(dir => [
        `\`${escapeCell(dir.path)}\``,
        cell(dir.names.join(', ')),
        `${STATUS_ICON[dir.status] ?? ''} ${dir.status}`,
        ms(dir.firstRunMs),
        ms(dir.secondRunMs),
        dir.freeBytes === undefined ? '—' : formatBytes(dir.freeBytes)
    ]));
    const parts = [{ text: overview, keep: KEEP.always }];
    for (const dir of d.directories) {
        const steps = table(['Step', 'Result', 'Took', 'Error'], dir.steps.map(step => [
            step.step,
            step.ok ? '✅ ok' : '❌ failed',
            ms(step.ms),
            cell(step.error)
        ]));
        const explanation = dir.explanation ? `\n\n${escapeText(dir.explanation)}` : '';
        parts.push({
            text: `#### \`${escapeText(dir.path)}\`\n\n${steps}${explanation}`,
            keep: KEEP.tables
        });
    }
    if (d.fix) {
        parts.push({
            text: `Fixed: tests will use \`${escapeText(d.fix.directory)}\` (exported ${d.fix.exported.map(name => `\`${escapeText(name)}\``).join(', ')}).`,
            keep: KEEP.always
        });
    }
    return parts;
}
function defenderParts(d) {
    const yesNo = (value) => (value === undefined ? '—' : value ? 'yes' : 'no');
    const state = table(['Defender', ''], [
        ['State', `${cell(d.state)}: ${cell(d.stateReason)}`],
        ['Real-time protection', yesNo(d.realTimeProtection)],
        ['Tamper protection', yesNo(d.tamperProtected)],
        ['Version', cell(d.productVersion)],
        ['Elevated', yesNo(d.elevated)],
        ['Process exclusions', cell(d.processExclusions.join(', '))],
        [
            'AppLocker',
            d.appLocker
                ? cell(`${d.appLocker.enforcesExe ? 'enforces .exe rules' : 'no .exe rules'}: ${d.appLocker.detail}`)
                : '—'
        ],
        ['Exclusions added by this run', cell(d.exclusionsAdded.join(', '))]
    ]);
    const coverage = table(['Path', 'Location', 'Coverage', 'Excluded by', 'Scan cost (first − second start)'], d.coverage.map(c => [
        cell(c.label),
        `\`${escapeCell(c.path)}\``,
        cell(c.coverage),
        cell(c.by),
        ms(c.scanCostMs)
    ]));
    return [
        { text: state, keep: KEEP.tables },
        { text: `### Exclusion coverage\n\n${coverage}`, keep: KEEP.always }
    ];
}
function endangeredParts(d) {
    const head = `${d.filesScanned} test files scanned; waits shorter than ${formatUs(d.thresholdUs)} are flagged.`;
    if (d.hits.length === 0)
        return [{ text: head, keep: KEEP.always }];
    const sorted = [...d.hits].sort((a, b) => a.durationUs - b.durationUs);
    const shown = sorted.slice(0, MAX_HIT_ROWS);
    const rows = shown.map(hit => [
        `\`${escapeCell(hit.file)}:${hit.line}\``,
        cell(hit.call),
        formatUs(hit.durationUs),
        `\`${escapeCell(hit.expression)}\``
    ]);
    const more = sorted.length > shown.length
        ? `\n\n… ${sorted.length - shown.length} more in the JSON report.`
        : '';
    return [
        {
            text: `${head}\n\n${table(['Where', 'Call', 'Waits', 'Duration as written'], rows)}${more}`,
            compact: `${head} ${d.hits.length} hits, listed in the JSON report.`,
            keep: KEEP.hits
        }
    ];
}

// The report's effects: the JSON file, the job summary and the annotations.
/** Writes the JSON report (atomically), the summary and the annotations; returns the report's path. */
async function publishReport(report, ctx, reportPath) {
    const dir = join(ctx.runnerTemp, 'go-win-preflight');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `report-${report.startedAt.replace(/[:.]/g, '-')}-${process.pid}.json`);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    await writeFile(`${file}.partial`, json);
    await rename(`${file}.partial`, file);
    if (reportPath !== '') {
        const copy = resolve(ctx.workspace, reportPath);
        try {
            await mkdir(dirname(copy), { recursive: true });
            await copyFile(file, copy);
        }
        catch (error) {
            throw new UserError(`Input 'report-path': could not copy the report to ${copy}: ${errorMessage(error)}`);
        }
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        await summary.addRaw(renderSummary(report), true).write();
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

/** The action's version, as in package.json (a test keeps them equal). */
const VERSION = '0.1.0';

// The orchestrator: reads inputs, runs each capability in order, hands the data to the policy
// and the report. Every decision lives in a capability; this file only wires them together.
async function run() {
    const startedAt = new Date();
    // performance.now() counts from process start: this is the cold start of the bundle.
    const startup = Math.round(performance.now());
    const stages = {};
    const stage = async (name, work) => {
        const begun = performance.now();
        try {
            return await group(name, work);
        }
        finally {
            stages[name] = Math.round(performance.now() - begun);
        }
    };
    try {
        const inputs = readInputs();
        const ctx = readRunContext();
        // Bad thresholds are an input error: fail before spending time measuring.
        const table = loadThresholds(inputs.thresholds, ctx.workspace);
        const workingDirectory = resolve(ctx.workspace, inputs.workingDirectory);
        const koffiLoad = timeKoffiLoad();
        const go = await stage('Go toolchain', () => setupGo(inputs.go, workingDirectory, ctx));
        const environment = await stage('Environment', () => detectEnvironment(inputs.environment, ctx));
        const timer = await stage('Timers', () => guardedTimers(inputs, go, ctx));
        const temp = await stage('Temp directories', () => guarded('temp-dirs', 'Temp directories', () => checkTempDirs({ extraPaths: inputs.tempPaths, goEnv: go.goEnv, fixTemp: inputs.fixTemp }, ctx)));
        const defender = await stage('Microsoft Defender', () => guarded('defender', 'Microsoft Defender', () => checkDefender({
            paths: goPathsForDefender(go, temp.details, workingDirectory, ctx),
            temp: temp.details,
            exclusions: inputs.defenderExclusions,
            restore: inputs.defenderRestore,
            timeoutMs: inputs.defenderTimeoutMs
        }, ctx)));
        const p99 = timer.metrics.find(metric => metric.id === 'wake-p99');
        const endangered = await stage('Timing-sensitive tests', () => guarded('endangered-tests', 'Timing-sensitive tests', () => scanEndangeredTests({ testPaths: inputs.testPaths, workingDirectory, go: go.toolchain, p99Us: p99?.value }, ctx)));
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
            verdict: decision.verdict,
            suspicious: decision.suspicious,
            reasons: decision.reasons,
            environment,
            decision,
            metrics: timer.metrics,
            checks: applyDecision(measuredChecks, decision),
            timingsMs: { startup, koffiLoad, stages }
        };
        const reportFile = await publishReport(report, ctx, inputs.reportPath);
        setOutput('verdict', decision.verdict);
        setOutput('environment', environment.class);
        setOutput('suspicious', String(decision.suspicious));
        setOutput('report', reportFile);
        const toolchain = go.toolchain;
        setOutput('go-version', toolchain?.version ?? '');
        setOutput('go-root', toolchain?.goRoot ?? '');
        const install = go.checks.find(check => check.id === 'go-install')?.details;
        setOutput('cache-hit', String(install?.cacheHit ?? false));
        for (const [name, value] of Object.entries(timer.outputs))
            setOutput(name, value);
        info(`Verdict: ${decision.verdict} (${environment.class}). Report: ${reportFile}`);
        // The verdict's error annotation (published above) is the failure message: setFailed would
        // add an eleventh error where GitHub keeps ten.
        if (decision.failStep)
            process.exitCode = ExitCode.Failure;
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
        return checkFailure(id, title, error);
    }
}

await run();
