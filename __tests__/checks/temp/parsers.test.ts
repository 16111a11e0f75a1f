// SDDL and mountinfo parsers, token evaluation, Go's temp dir resolution: pure parts of temp-dirs.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  assessDirectoryAcl,
  mapGenericRights,
  type TokenSids
} from '../../../src/checks/temp/access.js'
import {
  findMount,
  mountFlags,
  parseMountinfo,
  unescapeMountField
} from '../../../src/checks/temp/mountinfo.js'
import { parseSddl } from '../../../src/checks/temp/sddl.js'
import { goTempDir, groupDirectories, tempCandidates } from '../../../src/checks/temp/resolve.js'
import { deleteRetryDelays, DELETE_RETRY_BUDGET_MS } from '../../../src/checks/temp/probe.js'
import { decodeDarwinStatfs, DARWIN_STATFS_SIZE } from '../../../src/checks/temp/darwin.js'
import { UserError } from '../../../src/errors.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8')

const USER = 'S-1-5-21-1-2-3-1001'
const DOMAIN_USERS = 'S-1-5-21-1-2-3-513'
const group = (sid: string, enabled = true, denyOnly = false) => ({ sid, enabled, denyOnly })
/** A standard user's token: Everyone, BUILTIN\Users, Interactive, Authenticated Users. */
const standardUser: TokenSids = {
  user: USER,
  groups: [
    group(DOMAIN_USERS),
    group('S-1-1-0'),
    group('S-1-5-32-545'),
    group('S-1-5-4'),
    group('S-1-5-11')
  ]
}
/** A non-elevated administrator: BUILTIN\Administrators is deny-only. */
const filteredAdmin: TokenSids = {
  user: USER,
  groups: [
    group('S-1-1-0'),
    group('S-1-5-32-544', false, true),
    group('S-1-5-32-545'),
    group('S-1-5-11')
  ]
}
const localSystem: TokenSids = {
  user: 'S-1-5-18',
  groups: [group('S-1-5-32-544'), group('S-1-1-0'), group('S-1-5-11')]
}

const verdict = (sddl: string, token: TokenSids, operation: string) =>
  assessDirectoryAcl(parseSddl(sddl, 'test'), token).operations.find(
    op => op.operation === operation
  )

describe('parseSddl', () => {
  test('authentic: hosts file SDDL from Get-Acl (fixture sddl.hosts-file.get-acl)', () => {
    const sd = parseSddl(fixture('sddl.hosts-file.get-acl.txt'), 'hosts')
    expect(sd.owner).toBe('S-1-5-18')
    expect(sd.group).toBe('S-1-5-18')
    expect(sd.dacl?.flags).toEqual(['AI'])
    expect(sd.dacl?.aces.map(ace => [ace.type, ace.flags.join(''), ace.mask, ace.sid])).toEqual([
      ['A', 'ID', 0x1f01ff, 'S-1-5-18'],
      ['A', 'ID', 0x1f01ff, 'S-1-5-32-544'],
      ['A', 'ID', 0x1200a9, 'S-1-5-32-545'],
      ['A', 'ID', 0x1200a9, 'S-1-15-2-1'],
      ['A', 'ID', 0x1200a9, 'S-1-15-2-2']
    ])
  })

  test('authentic: protected DACL from Get-Acl | select * (fixture get-acl.format-list.en-US)', () => {
    const line = fixture('get-acl.format-list.en-US.txt')
      .split('\n')
      .find(l => l.startsWith('Sddl'))
    const sd = parseSddl((line ?? '').replace(/^Sddl\s*:\s*/, ''), 'Foobar')
    expect(sd.owner).toBe('S-1-5-32-544')
    expect(sd.dacl?.flags).toEqual(['P', 'AI'])
    expect(sd.dacl?.aces.map(ace => ace.text)).toEqual(['(A;OICI;FA;;;SY)', '(A;OICI;FA;;;BA)'])
    // The fixture's protected DACL grants only SYSTEM and Administrators: a standard user gets nothing.
    const assessment = assessDirectoryAcl(sd, standardUser)
    expect(assessment.protectedWithoutGrant).toBe(true)
    expect(assessment.operations.every(op => !op.allowed)).toBe(true)
    expect(assessDirectoryAcl(sd, localSystem).protectedWithoutGrant).toBe(false)
  })

  test('hand-built: generic rights, hex and decimal masks, SACL, conditional ACE with nested parentheses', () => {
    const sd = parseSddl(
      'O:S-1-5-21-1-2-3-1001G:DUD:PAI(A;CIOI;GRGX;;;AU)(D;;0x10000;;;WD)(XA;;FX;;;S-1-1-0;(@User.Title=="PM" && (@User.Division=="X")))(A;;4;;;BU)S:(AU;SAFA;FA;;;WD)',
      'hand-built'
    )
    expect(sd.owner).toBe(USER)
    expect(sd.group).toBe('DU')
    expect(sd.dacl?.aces.map(ace => ace.mask >>> 0)).toEqual([0xa0000000, 0x10000, 0x1200a0, 4])
    expect(sd.dacl?.aces[2].type).toBe('XA')
    expect(sd.sacl?.aces[0].flags).toEqual(['SA', 'FA'])
    expect(mapGenericRights(0xa0000000)).toBe(0x1200a9)
  })

  test('hand-built: NULL DACL allows everything, empty DACL nothing', () => {
    expect(parseSddl('D:NO_ACCESS_CONTROL', 't').dacl?.nullAcl).toBe(true)
    expect(verdict('D:NO_ACCESS_CONTROL', standardUser, 'execute')?.allowed).toBe(true)
    expect(verdict('O:BAD:', standardUser, 'list')?.allowed).toBe(false)
  })

  test.each([
    ['', /empty/],
    ['O:ZZ', /unknown SID or alias "ZZ"/],
    ['D:(A;;QQ;;;WD)', /unknown access right "QQ"/],
    ['D:(A;;FA;;;WD', /unbalanced/],
    ['D:(A;XX;FA;;;WD)', /unknown ACE flag "XX"/],
    ['D:(A;;FA;WD)', /expected 6 or 7/],
    ['Q:BA', /expected O:, G:, D: or S:/]
  ])('bad SDDL %j is a UserError naming the input', (text, message) => {
    expect(() => parseSddl(text, 'C:\\x')).toThrow(UserError)
    expect(() => parseSddl(text, 'C:\\x')).toThrow(message)
  })
})

describe('token evaluation', () => {
  // Hand-built SDDL, translated ACE by ACE from the authentic icacls output in
  // fixtures/icacls.en-US.user-temp.deny-aces.txt (git-for-windows#190, a %TEMP% broken by an installer).
  const gitForWindowsTemp =
    'O:S-1-5-21-1-2-3-1001D:(D;;0x120079;;;S-1-0-0)(A;;FA;;;S-1-5-21-1-2-3-1001)(A;;0x1201bf;;;S-1-5-21-1-2-3-513)' +
    '(A;;0x1201bf;;;SY)(A;;0x1201bf;;;BA)(A;;0x1201bf;;;WD)(D;OICIIO;0x120040;;;S-1-0-0)(A;OICIIO;FA;;;CO)' +
    '(D;OICIIO;0x100020;;;SY)(D;OICIIO;0x100020;;;BA)(A;OICIIO;0x120080;;;CG)(A;OICIIO;0x1201bf;;;SY)'

  test('hand-built from icacls fixture: the owner still can do everything (CREATOR OWNER)', () => {
    const assessment = assessDirectoryAcl(parseSddl(gitForWindowsTemp, 'temp'), standardUser)
    expect(assessment.operations.map(op => [op.operation, op.allowed])).toEqual([
      ['list', true],
      ['create', true],
      ['write', true],
      ['execute', true],
      ['delete', true]
    ])
    expect(assessment.denyAces).toEqual([])
  })

  test('hand-built from icacls fixture: SYSTEM sees its deny ACEs, but CREATOR OWNER comes first and grants all', () => {
    const assessment = assessDirectoryAcl(parseSddl(gitForWindowsTemp, 'temp'), localSystem)
    expect(assessment.denyAces.map(ace => ace.text)).toEqual([
      '(D;OICIIO;0x100020;;;SY)',
      '(D;OICIIO;0x100020;;;BA)'
    ])
    expect(verdict(gitForWindowsTemp, localSystem, 'execute')?.reason).toBe(
      'allowed by (A;OICIIO;FA;;;CO)'
    )
    // Without the CREATOR OWNER grant the deny for SYSTEM decides, and is named.
    const withoutCreatorOwner = gitForWindowsTemp.replace('(A;OICIIO;FA;;;CO)', '')
    const execute = verdict(withoutCreatorOwner, localSystem, 'execute')
    expect(execute?.allowed).toBe(false)
    expect(execute?.reason).toBe(
      'denied by (D;OICIIO;0x100020;;;SY) on the new file (execute, synchronize)'
    )
  })

  // Hand-built SDDL translated from fixtures/icacls.en-US.windows-temp.healthy-and-broken.txt
  // (tacticalrmm#1238): C:\Windows\Temp on a machine where "Run as user" works and one where it does not.
  const common =
    '(A;CI;0x100026;;;BU)(A;;FA;;;BA)(A;OICIIO;FA;;;BA)(A;;FA;;;SY)(A;OICIIO;FA;;;SY)(A;OICIIO;FA;;;CO)'
  const healthy = `O:SYD:${common}(A;OICI;FA;;;WD)`
  const broken = `O:SYD:(A;OICI;0x100001;;;SY)(A;OICI;0x100001;;;IS)${common}`

  test('hand-built from icacls fixture: healthy Windows\\Temp lets a user do everything, and is world-writable', () => {
    const assessment = assessDirectoryAcl(parseSddl(healthy, 'healthy'), standardUser)
    expect(assessment.operations.every(op => op.allowed)).toBe(true)
    expect(assessment.worldWritable?.sid).toBe('S-1-5-32-545')
  })

  test('hand-built from icacls fixture: broken Windows\\Temp refuses list to a user, naming the missing right', () => {
    const list = verdict(broken, standardUser, 'list')
    expect(list?.allowed).toBe(false)
    expect(list?.reason).toBe('no ACE grants list/read data on the directory')
    // Creating works (Users may add subfolders) and CREATOR OWNER gives full control inside.
    expect(verdict(broken, standardUser, 'create')?.allowed).toBe(true)
    expect(verdict(broken, standardUser, 'execute')?.allowed).toBe(true)
  })

  test('hand-built: a deny for BUILTIN\\Users before the allow wins; a deny after a full grant does not', () => {
    const denyFirst = 'D:(D;OICI;FX;;;BU)(A;OICI;FA;;;WD)'
    expect(verdict(denyFirst, standardUser, 'execute')).toMatchObject({
      allowed: false,
      deniedBy: { text: '(D;OICI;FX;;;BU)' }
    })
    expect(verdict(denyFirst, standardUser, 'write')?.allowed).toBe(false) // FX includes SYNCHRONIZE
    const denyAfter = 'D:(A;OICI;FA;;;WD)(D;OICI;FX;;;BU)'
    expect(verdict(denyAfter, standardUser, 'execute')?.allowed).toBe(true)
  })

  test('hand-built: deny-only groups count for deny ACEs, not for allow ACEs', () => {
    expect(verdict('D:(A;OICI;FA;;;BA)', filteredAdmin, 'list')?.allowed).toBe(false)
    expect(verdict('D:(D;OICI;SD;;;BA)(A;OICI;FA;;;WD)', filteredAdmin, 'list')?.allowed).toBe(true)
    const del = verdict('D:(D;OICI;SD;;;BA)(A;OICI;FA;;;WD)', filteredAdmin, 'delete')
    // DELETE is denied on the new file, but FILE_DELETE_CHILD on its folder still allows deleting it.
    expect(del?.allowed).toBe(true)
    const noDelete = verdict('D:(D;OICI;SDDT;;;BA)(A;OICI;FA;;;WD)', filteredAdmin, 'delete')
    expect(noDelete?.allowed).toBe(false)
  })

  test('hand-built: inheritance: CI-only grants reach the subfolder but not files; NP stops at one level', () => {
    expect(verdict('D:(A;;FA;;;WD)(A;CI;FA;;;WD)', standardUser, 'write')?.reason).toContain(
      'on the new file'
    )
    expect(verdict('D:(A;;FA;;;WD)(A;OICINP;FA;;;WD)', standardUser, 'execute')?.allowed).toBe(
      false
    )
    expect(verdict('D:(A;;FA;;;WD)(A;OICI;FA;;;WD)', standardUser, 'execute')?.allowed).toBe(true)
  })

  test('hand-built: OWNER RIGHTS applies to what the user creates', () => {
    expect(verdict('O:BAD:(A;;FA;;;WD)(A;OICIIO;FA;;;OW)', standardUser, 'execute')?.allowed).toBe(
      true
    )
  })
})

describe('mountinfo', () => {
  const entries = parseMountinfo(fixture('mountinfo.debian12-noexec-ro.txt'), 'fixture')

  test('authentic: escaped spaces and UTF-8 in the mount point; noexec and ro flags', () => {
    const noexec = findMount(entries, '/tmp/tmp.9XoJ5WgAoM/go tmp ü/sub')
    expect(noexec?.mountPoint).toBe('/tmp/tmp.9XoJ5WgAoM/go tmp ü')
    expect(noexec?.fsType).toBe('tmpfs')
    expect(noexec && mountFlags(noexec)).toEqual({ noexec: true, nosuid: true, readOnly: false })
    const ro = findMount(entries, '/tmp/tmp.9XoJ5WgAoM/ro')
    expect(ro && mountFlags(ro)).toEqual({ noexec: false, nosuid: false, readOnly: true })
  })

  test('authentic: longest mount point wins, and prefixes must end at a path boundary', () => {
    expect(findMount(entries, '/tmp/tmp.9XoJ5WgAoM/go tmp')?.mountPoint).toBe('/')
    expect(findMount(entries, '/tmp/tmp.9XoJ5WgAoM/robot')?.mountPoint).toBe('/')
    expect(findMount(entries, '/dev/shm/x')?.mountPoint).toBe('/dev/shm')
  })

  test('hand-built: the mount listed last over the same point wins; optional fields are skipped', () => {
    const text = [
      '1 0 8:1 / / rw shared:1 - ext4 /dev/sda1 rw',
      '2 1 0:40 / /tmp rw,noexec shared:2 master:1 - tmpfs tmpfs rw',
      '3 2 0:41 / /tmp rw - tmpfs tmpfs rw'
    ].join('\n')
    const mount = findMount(parseMountinfo(text, 'hand-built'), '/tmp/x')
    expect(mount && mountFlags(mount).noexec).toBe(false)
    expect(unescapeMountField('a\\040b\\011c\\134d')).toBe('a b\tc\\d')
  })

  test('hand-built: a read-only superblock makes the mount read-only', () => {
    const mount = parseMountinfo('1 0 8:1 / / rw - ext4 /dev/sda1 ro,errors=remount-ro', 'x')[0]
    expect(mountFlags(mount).readOnly).toBe(true)
  })

  test.each(['not a mountinfo line', '1 0 8:1 / / rw shared:1 ext4 /dev/sda1 rw', ''])(
    'bad mountinfo %j is a UserError',
    text => {
      expect(() => parseMountinfo(text, '/proc/self/mountinfo')).toThrow(UserError)
    }
  )
})

describe('Go temp dir resolution', () => {
  test('Unix: TMPDIR, else /tmp', () => {
    expect(
      goTempDir({ platform: 'linux', env: { TMPDIR: '/scratch' }, isSystemAccount: false }).path
    ).toBe('/scratch')
    expect(goTempDir({ platform: 'linux', env: { TMPDIR: '' }, isSystemAccount: false }).path).toBe(
      '/tmp'
    )
  })

  test('Windows: TMP, TEMP, USERPROFILE, Windows directory; SYSTEM gets SystemTemp', () => {
    const win = (env: NodeJS.ProcessEnv, isSystemAccount = false) =>
      goTempDir({ platform: 'win32', env, isSystemAccount })
    expect(win({ TMP: 'D:\\t\\', TEMP: 'E:\\x' })).toEqual({ path: 'D:\\t', source: 'TMP' })
    expect(win({ temp: 'E:\\x' })).toEqual({ path: 'E:\\x', source: 'TEMP' })
    expect(win({ USERPROFILE: 'C:\\Users\\me' }).source).toBe('USERPROFILE')
    expect(win({ SystemRoot: 'C:\\WINDOWS' })).toEqual({
      path: 'C:\\WINDOWS',
      source: 'Windows directory'
    })
    expect(win({ TMP: 'D:\\t', SystemRoot: 'C:\\Windows' }, true).path).toBe(
      'C:\\Windows\\SystemTemp'
    )
  })

  test('each directory once with every name; Windows case and separators normalised', () => {
    const candidates = tempCandidates({
      platform: 'win32',
      env: {
        TMP: 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
        TEMP: 'c:/users/runner~1/appdata/local/temp/',
        RUNNER_TEMP: 'D:\\a\\_temp'
      },
      goEnv: {
        GOTMPDIR: '',
        GOCACHE: 'C:\\Users\\runneradmin\\AppData\\Local\\go-build',
        GOMODCACHE: 'off-by-relative'
      },
      extraPaths: ['d:\\A\\_temp\\'],
      isSystemAccount: false
    })
    const directories = groupDirectories(candidates, 'win32')
    expect(directories.map(d => [d.path, d.names, d.roles])).toEqual([
      [
        'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp',
        ['os.TempDir()', 'TMP', 'TEMP'],
        ['go-work', 'test-temp']
      ],
      ['D:\\a\\_temp', ['RUNNER_TEMP', 'temp-paths'], ['runner-temp', 'extra']],
      ['C:\\Users\\runneradmin\\AppData\\Local\\go-build', ['GOCACHE'], ['cache']]
    ])
    expect(directories[2].createdByGo).toBe(true)
    expect(directories[0].createdByGo).toBe(false)
  })

  test('GOTMPDIR takes the go-work role and must exist; go env wins over the environment', () => {
    const directories = groupDirectories(
      tempCandidates({
        platform: 'linux',
        env: { GOTMPDIR: '/ignored', TMP: '/other' },
        goEnv: { GOTMPDIR: '/gotmp', GOCACHE: 'off' },
        extraPaths: [],
        isSystemAccount: false
      }),
      'linux'
    )
    expect(directories.map(d => [d.path, d.names, d.roles, d.mustExist])).toEqual([
      ['/gotmp', ['GOTMPDIR'], ['go-work'], true],
      ['/tmp', ['os.TempDir()', '/tmp (default)'], ['test-temp'], false],
      ['/other', ['TMP'], ['env-temp'], false]
    ])
  })
})

describe('probe helpers', () => {
  test('delete retries stay within Go testing.removeAll budget', () => {
    const delays = deleteRetryDelays()
    expect(delays[0]).toBe(1)
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DELETE_RETRY_BUDGET_MS)
    expect(delays.length).toBeGreaterThan(5)
  })

  test('hand-built darwin statfs buffer decodes flags, type and mount point', () => {
    const buffer = Buffer.alloc(DARWIN_STATFS_SIZE)
    buffer.writeUInt32LE(0x1 | 0x4, 64)
    buffer.write('apfs', 72)
    buffer.write('/private/tmp', 88)
    expect(decodeDarwinStatfs(buffer)).toEqual({
      mountPoint: '/private/tmp',
      fsType: 'apfs',
      flags: { readOnly: true, noexec: true, nosuid: false },
      options: ['ro', 'noexec']
    })
  })
})
