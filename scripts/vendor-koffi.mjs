// Copies koffi's native binaries for every supported runner into dist/koffi/<platform>-<arch>/.
// koffi 3 ships each platform's koffi.node in its own npm package and npm installs only the
// local one, so the others are fetched with `npm pack` (integrity-checked by npm against the
// registry) into a cache outside the repository. The version is koffi's own, pinned in package.json.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies.koffi
const targets = [
  ['win32', 'x64'],
  ['win32', 'arm64'],
  ['linux', 'x64'],
  ['linux', 'arm64'],
  ['darwin', 'x64'],
  ['darwin', 'arm64']
]
const cache = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'go-win-preflight',
  `koffi-${version}`
)
mkdirSync(cache, { recursive: true })

const koffiDir = join(root, 'dist', 'koffi')
mkdirSync(koffiDir, { recursive: true })
copyFileSync(join(root, 'node_modules', 'koffi', 'LICENSE.txt'), join(koffiDir, 'LICENSE.txt'))

for (const [platform, arch] of targets) {
  const pkg = `@koromix/koffi-${platform}-${arch}`
  const unpacked = join(cache, `${platform}-${arch}`)
  // glibc build on Linux: the hosted runners and common self-hosted distributions.
  const source = join(unpacked, 'package', `${platform}_${arch}`, 'koffi.node')
  if (!existsSync(source)) {
    const tarball = execFileSync(
      'npm',
      ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', cache],
      {
        cwd: cache,
        encoding: 'utf8',
        timeout: 120_000
      }
    )
      .trim()
      .split('\n')
      .pop()
    rmSync(unpacked, { recursive: true, force: true })
    mkdirSync(unpacked, { recursive: true })
    execFileSync('tar', ['-xzf', join(cache, tarball), '-C', unpacked], { timeout: 60_000 })
    if (!existsSync(source))
      throw new Error(`${pkg}@${version} has no ${platform}_${arch}/koffi.node`)
  }
  const target = join(root, 'dist', 'koffi', `${platform}-${arch}`, 'koffi.node')
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(source, target)
  console.log(`dist/koffi/${platform}-${arch}/koffi.node ${statSync(target).size} bytes`)
}
