// SDDL (Security Descriptor Definition Language) parser. SDDL is locale-free and names accounts
// by SID, unlike icacls text, which is translated: this is the only ACL text the check reads.
// Format: https://learn.microsoft.com/windows/win32/secauthz/security-descriptor-string-format
import { UserError } from '../../errors.js'

export interface Ace {
  /** `A` allow, `D` deny, `XA`/`XD` conditional, `OA`/`OD` object ACEs, `AU`/`ML`/... in SACLs. */
  type: string
  /** `OI`, `CI`, `NP`, `IO`, `ID`, `SA`, `FA`, ... */
  flags: string[]
  /** The access mask with generic and file rights as written (generic bits are kept). */
  mask: number
  /** The SID as `S-1-...`, or a domain-relative alias (`DA`, `DU`, ...) that needs a domain to resolve. */
  sid: string
  /** The ACE exactly as written, e.g. `(A;OICI;FA;;;SY)`, for reports. */
  text: string
}

export interface Acl {
  /** `P` protected, `AI` auto-inherited, `AR` auto-inherit required. */
  flags: string[]
  /** A NULL DACL (`D:NO_ACCESS_CONTROL`): everyone has full access. */
  nullAcl: boolean
  aces: Ace[]
}

export interface SecurityDescriptor {
  owner?: string
  group?: string
  dacl?: Acl
  sacl?: Acl
}

/** Well-known SID aliases that resolve without a domain. */
export const SID_ALIASES: Readonly<Record<string, string>> = {
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
}

/** Aliases relative to the machine's or the domain's SID: kept as written, they match no token SID. */
const DOMAIN_RELATIVE_ALIASES = new Set([
  'AP', 'CA', 'CD', 'CN', 'DA', 'DC', 'DD', 'DG', 'DU', 'EA', 'EK', 'KA', 'LA', 'LG', 'PA', 'RO', 'RS', 'SA', 'SS'
]) // prettier-ignore

/** Access right codes of SDDL's rights field. */
export const RIGHT_CODES: Readonly<Record<string, number>> = {
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
}

const ACE_FLAGS = new Set(['CI', 'OI', 'NP', 'IO', 'ID', 'SA', 'FA', 'TP', 'CR'])
const ACL_FLAG = /^(P|AI|AR|NO_ACCESS_CONTROL)/

export function resolveSid(text: string, where: string): string {
  if (/^S-1(-\d+)+$/i.test(text)) return text.toUpperCase()
  const alias = text.toUpperCase()
  if (SID_ALIASES[alias]) return SID_ALIASES[alias]
  if (DOMAIN_RELATIVE_ALIASES.has(alias)) return alias
  throw new UserError(
    `${where}: unknown SID or alias "${text}", expected S-1-... or a two-letter SDDL alias.`
  )
}

export function parseRights(text: string, where: string): number {
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text.slice(2), 16) >>> 0
  if (/^\d+$/.test(text)) return Number(text) >>> 0
  if (text.length % 2 !== 0)
    throw new UserError(`${where}: rights "${text}" are not a hex mask or two-letter codes.`)
  let mask = 0
  for (let i = 0; i < text.length; i += 2) {
    const code = text.slice(i, i + 2).toUpperCase()
    const bits = RIGHT_CODES[code]
    if (bits === undefined)
      throw new UserError(`${where}: unknown access right "${code}" in "${text}".`)
    mask = (mask | bits) >>> 0
  }
  return mask
}

function parseAce(text: string, where: string): Ace {
  const body = text.slice(1, -1)
  // Conditional ACEs carry a 7th field in parentheses that may itself contain `;`.
  const fields = splitTopLevel(body)
  if (fields.length < 6)
    throw new UserError(`${where}: ACE ${text} has ${fields.length} fields, expected 6 or 7.`)
  const [type, flagText, rights, , , sidText] = fields
  const flags: string[] = []
  for (let i = 0; i < flagText.length; i += 2) {
    const flag = flagText.slice(i, i + 2).toUpperCase()
    if (!ACE_FLAGS.has(flag))
      throw new UserError(`${where}: unknown ACE flag "${flag}" in ${text}.`)
    flags.push(flag)
  }
  return {
    type: type.toUpperCase(),
    flags,
    mask: parseRights(rights, where),
    sid: resolveSid(sidText, where),
    text
  }
}

function splitTopLevel(body: string): string[] {
  const fields: string[] = []
  let depth = 0
  let current = ''
  for (const char of body) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (char === ';' && depth === 0) {
      fields.push(current)
      current = ''
    } else {
      current += char
    }
  }
  fields.push(current)
  return fields
}

/** The `(...)` starting at `start`, with nested parentheses (conditional ACEs). */
function readParenthesised(text: string, start: number, where: string): string {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++
    if (text[i] === ')' && --depth === 0) return text.slice(start, i + 1)
  }
  throw new UserError(`${where}: unbalanced parentheses in ACE starting at offset ${start}.`)
}

/**
 * Parses an SDDL string such as `O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)`.
 * `source` names where it came from, for the error message.
 */
export function parseSddl(sddl: string, source: string): SecurityDescriptor {
  const text = sddl.trim()
  const where = `SDDL of ${source}`
  if (text === '') throw new UserError(`${where} is empty: expected a security descriptor string.`)
  const descriptor: SecurityDescriptor = {}
  let i = 0
  while (i < text.length) {
    const tag = text.slice(i, i + 2).toUpperCase()
    i += 2
    if (tag === 'O:' || tag === 'G:') {
      const sidMatch = /^(S-1(?:-\d+)+|[A-Z]{2})/i.exec(text.slice(i))
      if (!sidMatch) throw new UserError(`${where}: expected a SID after ${tag} at offset ${i}.`)
      const sid = resolveSid(sidMatch[1], where)
      if (tag === 'O:') descriptor.owner = sid
      else descriptor.group = sid
      i += sidMatch[1].length
    } else if (tag === 'D:' || tag === 'S:') {
      const acl: Acl = { flags: [], nullAcl: false, aces: [] }
      let flag: RegExpExecArray | null
      while ((flag = ACL_FLAG.exec(text.slice(i))) !== null) {
        if (flag[1] === 'NO_ACCESS_CONTROL') acl.nullAcl = true
        else acl.flags.push(flag[1])
        i += flag[1].length
      }
      while (text[i] === '(') {
        const aceText = readParenthesised(text, i, where)
        acl.aces.push(parseAce(aceText, where))
        i += aceText.length
      }
      if (tag === 'D:') descriptor.dacl = acl
      else descriptor.sacl = acl
    } else {
      throw new UserError(
        `${where}: unexpected "${text.slice(i - 2, i + 8)}" at offset ${i - 2}, expected O:, G:, D: or S:.`
      )
    }
  }
  return descriptor
}
