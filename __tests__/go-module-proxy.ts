// A GOPROXY=file:// folder with one small module, so `go build` really downloads modules into
// GOMODCACHE without any network: the proxy protocol's @v/list, .info, .mod and .zip files.
import { crc32 } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A zip of stored (uncompressed) entries: what Go's module zips may be. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** Writes module `path` at each version into the proxy folder `root`. */
export function writeProxyModule(root: string, path: string, versions: string[]): void {
  const dir = join(root, path, '@v')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'list'), versions.join('\n') + '\n')
  const name = path.split('/').pop()!
  for (const version of versions) {
    const goMod = `module ${path}\n\ngo 1.19\n`
    writeFileSync(
      join(dir, `${version}.info`),
      JSON.stringify({ Version: version, Time: '2026-01-01T00:00:00Z' })
    )
    writeFileSync(join(dir, `${version}.mod`), goMod)
    const prefix = `${path}@${version}/`
    writeFileSync(
      join(dir, `${version}.zip`),
      storedZip({
        [`${prefix}go.mod`]: goMod,
        [`${prefix}${name}.go`]: `package ${name}\n\n// Hello says hello from ${version}.\nfunc Hello() string { return "hello from ${version}" }\n`
      })
    )
  }
}
