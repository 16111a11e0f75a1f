// The streaming tar.gz unpackers (system tar fed by node:zlib, and npm's tar where PATH has no
// tar) against hostile and broken input: nothing lands outside the staging folder, a cut
// stream and a non-gzip body fail with their own reason, and discard() leaves the folder empty.
import { afterAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { tarGzStream } from '../../src/go/extract.js'
import { suiteGate } from '../helpers/gates.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

const lacking = ['python3', 'tar'].filter(tool => spawnSync(tool, ['--version']).status !== 0)
const suite = suiteGate(
  'the streaming tar.gz unpacker tests',
  lacking.length > 0
    ? `${lacking.join(', ')} missing (apt-get install ${lacking.join(' ')})`
    : undefined
).describe

/** Writes a tar.gz with python's tarfile: members a real extractor must refuse or contain. */
function hostileArchive(root: string, outside: string): string {
  const archive = join(root, 'hostile.tar.gz')
  const script = `
import io, sys, tarfile
archive, outside = sys.argv[1], sys.argv[2]
def add(tf, name, data=b'x', mode=0o644, kind=tarfile.REGTYPE, link=''):
    info = tarfile.TarInfo(name); info.mode = mode; info.type = kind; info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    tf.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
with tarfile.open(archive, 'w:gz', format=tarfile.GNU_FORMAT) as tf:
    add(tf, 'go/', kind=tarfile.DIRTYPE, mode=0o755)
    add(tf, 'go/bin/', kind=tarfile.DIRTYPE, mode=0o755)
    add(tf, 'go/bin/go', b'#!/bin/sh\\n', mode=0o755)
    add(tf, '../escape-parent')
    add(tf, 'go/../../escape-nested')
    add(tf, outside + '/escape-absolute')
    add(tf, 'go/evil', kind=tarfile.SYMTYPE, link=outside)
    add(tf, 'go/evil/planted')
`
  const result = spawnSync('python3', ['-c', script, archive, outside], { timeout: 30_000 })
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr.toString()}`)
  return archive
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gwp-extract-stream-'))
  made.push(dir)
  return dir
}

const unpackers = [
  ['system tar', process.env],
  ["npm's tar (no tar on PATH)", { ...process.env, PATH: '/nonexistent' }]
] as const

suite('streaming tar.gz unpackers', () => {
  it.each(unpackers)('%s: nothing escapes the staging folder', async (name, env) => {
    const root = scratch()
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const dest = join(root, 'stage', 'dest')
    const stream = tarGzStream(dest, 'linux', env)
    expect(stream.name).toBe(
      name === 'system tar'
        ? 'tar.gz stream (node:zlib + system tar)'
        : 'tar.gz stream (node:zlib + npm tar)'
    )
    const outcome = await stream.sink.consume(createReadStream(hostileArchive(root, outside))).then(
      () => 'unpacked',
      (error: unknown) => `refused: ${String(error)}`
    )
    expect(readdirSync(outside)).toEqual([])
    expect(readdirSync(join(root, 'stage'))).toEqual(['dest'])
    expect(readdirSync(root).sort()).toEqual(['hostile.tar.gz', 'outside', 'stage'])
    if (outcome === 'unpacked') {
      expect(statSync(join(dest, 'go', 'bin', 'go')).mode & 0o111).not.toBe(0)
    }
    await stream.sink.discard()
    expect(readdirSync(dest)).toEqual([])
  })

  it.each(unpackers)('%s: a cut stream fails with its own error', async (_name, env) => {
    const root = scratch()
    const archive = hostileArchive(root, join(root, 'outside'))
    const bytes = readFileSync(archive)
    const cut = new Readable({
      read() {
        this.push(bytes.subarray(0, bytes.length >> 1))
        this.destroy(new Error('the transfer was cut off'))
      }
    })
    const dest = join(root, 'dest')
    const stream = tarGzStream(dest, 'linux', env)
    await expect(stream.sink.consume(cut)).rejects.toThrow(/cut off|unexpected end/)
    await stream.sink.discard()
    expect(existsSync(dest) ? readdirSync(dest) : []).toEqual([])
  })

  it('a system tar that fails at once fails the sink with its reason, without waiting for the body', async () => {
    const root = scratch()
    const dest = join(root, 'dest')
    // An executable named tar that is no program: exec refuses it, node's spawn hands it to sh.
    mkdirSync(join(root, 'bin'))
    writeFileSync(join(root, 'bin', 'tar'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]), {
      mode: 0o755
    })
    const stream = tarGzStream(dest, 'linux', { ...process.env, PATH: join(root, 'bin') })
    expect(stream.name).toBe('tar.gz stream (node:zlib + system tar)')
    const endless = new Readable({ read() {} })
    await expect(stream.sink.consume(endless)).rejects.toThrow(/bin\/tar exited 127: /)
  })

  it.each(unpackers)('%s: a body that is not gzip names zlib’s complaint', async (_name, env) => {
    const dest = join(scratch(), 'dest')
    const stream = tarGzStream(dest, 'linux', env)
    await expect(
      stream.sink.consume(Readable.from([Buffer.from('<html>not an archive</html>')]))
    ).rejects.toThrow(/incorrect header check/)
  })
})
