// Evaluates a directory's DACL against the current token the way Windows' access check does, for
// the five things Go does in a temp directory: list it, create a subfolder, write a file in that
// subfolder, execute the file, delete both. Go creates everything with no security descriptor,
// so the subfolder and the file get the ACEs they inherit from this directory.
import type { Ace, SecurityDescriptor } from './sddl.js'

export interface TokenGroup {
  sid: string
  /** SE_GROUP_ENABLED: the group counts for allow ACEs. */
  enabled: boolean
  /** SE_GROUP_USE_FOR_DENY_ONLY: the group counts for deny ACEs only (e.g. Administrators, not elevated). */
  denyOnly: boolean
}

export interface TokenSids {
  user: string
  groups: TokenGroup[]
}

export type Operation = 'list' | 'create' | 'write' | 'execute' | 'delete'
export const OPERATIONS: readonly Operation[] = ['list', 'create', 'write', 'execute', 'delete']

export interface OperationVerdict {
  operation: Operation
  allowed: boolean
  /** Why, naming the ACEs: `allowed by (A;OICI;FA;;;BA)` or `denied by (D;OICI;FX;;;BU) on the new file`. */
  reason: string
  /** The ACE that denied it, when one did (not set when no ACE granted enough). */
  deniedBy?: Ace
}

export interface AclAssessment {
  operations: OperationVerdict[]
  /** Deny ACEs that apply to this token, on the directory or on what is created in it. */
  denyAces: Ace[]
  /** The DACL is protected (`P`: inherits nothing) and grants this token nothing at all. */
  protectedWithoutGrant: boolean
  /** An allow ACE letting everyone / all users create files or folders in the directory itself. */
  worldWritable?: Ace
}

// File and directory access rights (winnt.h).
const FILE_LIST_DIRECTORY = 0x1
const FILE_READ_DATA = 0x1
const FILE_ADD_FILE = 0x2
const FILE_WRITE_DATA = 0x2
const FILE_ADD_SUBDIRECTORY = 0x4
const FILE_EXECUTE = 0x20
const FILE_DELETE_CHILD = 0x40
const DELETE = 0x10000
// Win32 file APIs always ask for SYNCHRONIZE: denying it denies everything (seen in real %TEMP% ACLs).
const SYNCHRONIZE = 0x100000

const GENERIC_MAPPING: readonly [number, number][] = [
  [0x80000000, 0x120089],
  [0x40000000, 0x120116],
  [0x20000000, 0x1200a0],
  [0x10000000, 0x1f01ff]
]

const RIGHT_NAMES: readonly [number, string][] = [
  [0x1, 'list/read data'],
  [0x2, 'add file/write data'],
  [0x4, 'add subfolder/append'],
  [0x20, 'execute'],
  [0x40, 'delete child'],
  [DELETE, 'delete'],
  [SYNCHRONIZE, 'synchronize']
]

const CREATOR_OWNER = 'S-1-3-0'
const CREATOR_GROUP = 'S-1-3-1'
const OWNER_RIGHTS = 'S-1-3-4'
/** Everyone, Authenticated Users, BUILTIN\Users, Anonymous, Interactive. */
const BROAD_GROUPS = new Set(['S-1-1-0', 'S-1-5-11', 'S-1-5-32-545', 'S-1-5-7', 'S-1-5-4'])

/** Generic rights mapped to file rights, as Windows does when it checks or inherits an ACE. */
export function mapGenericRights(mask: number): number {
  let mapped = mask & 0x0fffffff
  for (const [generic, specific] of GENERIC_MAPPING) if ((mask & generic) !== 0) mapped |= specific
  return mapped >>> 0
}

export function describeRights(mask: number): string {
  return RIGHT_NAMES.filter(([bit]) => (mask & bit) !== 0)
    .map(([, name]) => name)
    .join(', ')
}

type Scope = 'directory' | 'new subfolder' | 'new file'

interface ScopedAces {
  scope: Scope
  aces: Ace[]
  /** True for objects Go creates: their owner (and CREATOR OWNER's replacement) is this token. */
  created: boolean
}

/** The ACEs effective on the directory itself and on a subfolder and a file created inside. */
function scopes(aces: Ace[]): Record<Scope, ScopedAces> {
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
  }
}

interface CheckOutcome {
  allowed: boolean
  grantedBy: Ace[]
  deniedBy?: Ace
  missing: number
}

function tokenMatcher(token: TokenSids, ownerIsToken: boolean) {
  const allowSids = new Set([
    token.user,
    ...token.groups.filter(g => g.enabled && !g.denyOnly).map(g => g.sid)
  ])
  const denySids = new Set([
    token.user,
    ...token.groups.filter(g => g.enabled || g.denyOnly).map(g => g.sid)
  ])
  return (sid: string, deny: boolean, created: boolean): boolean => {
    if (created && (sid === CREATOR_OWNER || sid === CREATOR_GROUP)) return true
    if (sid === OWNER_RIGHTS) return created || ownerIsToken
    return (deny ? denySids : allowSids).has(sid)
  }
}

/** Windows' access check for `desired`: ACEs in order, a deny wins only for bits not yet granted. */
function accessCheck(
  scoped: ScopedAces,
  desired: number,
  matches: ReturnType<typeof tokenMatcher>,
  nullAcl: boolean
): CheckOutcome {
  if (nullAcl) return { allowed: true, grantedBy: [], missing: 0 }
  let granted = 0
  const grantedBy: Ace[] = []
  for (const ace of scoped.aces) {
    // Conditional allow ACEs cannot be evaluated here: they grant nothing; conditional denies count.
    const deny = ace.type === 'D' || ace.type === 'XD'
    if (!deny && ace.type !== 'A') continue
    if (!matches(ace.sid, deny, scoped.created)) continue
    const bits = mapGenericRights(ace.mask) & desired & ~granted
    if (bits === 0) continue
    if (deny) return { allowed: false, grantedBy, deniedBy: ace, missing: bits }
    granted |= bits
    grantedBy.push(ace)
    if ((granted & desired) === desired) return { allowed: true, grantedBy, missing: 0 }
  }
  return { allowed: false, grantedBy, missing: desired & ~granted }
}

interface Requirement {
  scope: Scope
  desired: number
}

function explain(outcome: CheckOutcome, requirement: Requirement): string {
  if (outcome.allowed) {
    const by = outcome.grantedBy.map(ace => ace.text).join(' ')
    return by === '' ? `allowed (NULL DACL) on the ${requirement.scope}` : `allowed by ${by}`
  }
  if (outcome.deniedBy) {
    return `denied by ${outcome.deniedBy.text} on the ${requirement.scope} (${describeRights(outcome.missing)})`
  }
  return `no ACE grants ${describeRights(outcome.missing)} on the ${requirement.scope}`
}

/** Every alternative is a list of requirements that must all hold; the first alternative that holds wins. */
const OPERATION_REQUIREMENTS: Record<Operation, Requirement[][]> = {
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
}

/** Which of list/create/write/execute/delete this token may do in the directory, and why. */
export function assessDirectoryAcl(
  descriptor: SecurityDescriptor,
  token: TokenSids
): AclAssessment {
  const dacl = descriptor.dacl ?? { flags: [], nullAcl: true, aces: [] }
  const tokenSids = new Set([token.user, ...token.groups.map(g => g.sid)])
  const ownerIsToken = descriptor.owner !== undefined && tokenSids.has(descriptor.owner)
  const matches = tokenMatcher(token, ownerIsToken)
  const byScope = scopes(dacl.aces)

  const operations = OPERATIONS.map((operation): OperationVerdict => {
    let firstFailure: { outcome: CheckOutcome; requirement: Requirement } | undefined
    for (const alternative of OPERATION_REQUIREMENTS[operation]) {
      const reasons: string[] = []
      let failed: { outcome: CheckOutcome; requirement: Requirement } | undefined
      for (const requirement of alternative) {
        const outcome = accessCheck(
          byScope[requirement.scope],
          requirement.desired,
          matches,
          dacl.nullAcl
        )
        if (!outcome.allowed) {
          failed = { outcome, requirement }
          break
        }
        reasons.push(explain(outcome, requirement))
      }
      if (!failed) return { operation, allowed: true, reason: [...new Set(reasons)].join('; ') }
      firstFailure ??= failed
    }
    const { outcome, requirement } = firstFailure as {
      outcome: CheckOutcome
      requirement: Requirement
    }
    return {
      operation,
      allowed: false,
      reason: explain(outcome, requirement),
      deniedBy: outcome.deniedBy
    }
  })

  const denyAces = dacl.aces.filter(
    ace =>
      (ace.type === 'D' || ace.type === 'XD') &&
      (matches(ace.sid, true, false) || (ace.flags.includes('IO') && matches(ace.sid, true, true)))
  )
  const grantsAnything = dacl.aces.some(
    ace => ace.type === 'A' && (matches(ace.sid, false, false) || matches(ace.sid, false, true))
  )
  const worldWritable = byScope.directory.aces.find(
    ace =>
      ace.type === 'A' &&
      BROAD_GROUPS.has(ace.sid) &&
      (mapGenericRights(ace.mask) & (FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY)) !== 0
  )
  return {
    operations,
    denyAces,
    protectedWithoutGrant: !dacl.nullAcl && dacl.flags.includes('P') && !grantsAnything,
    worldWritable
  }
}
