// Reads every signal about where this runner lives, through an EnvironmentReader, and says
// what each one points to and how much it weighs. No single weak signal decides: /.dockerenv
// exists on some VMs, and AWS_* variables are set far outside Lambda.
import type { EnvironmentClass, EnvironmentEvidence } from '../report/types.js'
import { onPlatform } from '../platform.js'
import type { EnvironmentReader } from './reader.js'

/** 2 = decisive on its own, 1 = needs a second signal, 0 = context only. */
export type Weight = 0 | 1 | 2

export interface Signal extends EnvironmentEvidence {
  weight: Weight
}

export const BIOS_KEY = 'HARDWARE\\DESCRIPTION\\System\\BIOS'
export const DARWIN_SYSCTLS = ['kern.hv_vmm_present', 'hw.model'] as const

const KUBERNETES_SERVICE_ACCOUNT = [
  '/var/run/secrets/kubernetes.io/serviceaccount',
  '/run/secrets/kubernetes.io/serviceaccount'
]

function signal(
  signal: string,
  value: string,
  indicates: EnvironmentClass | 'none',
  weight: Weight
): Signal {
  return { signal, value, indicates, weight: indicates === 'none' ? 0 : weight }
}

/** An environment variable; Windows names are case-insensitive, so fall back to a case-blind match. */
export function envValue(
  env: Record<string, string | undefined>,
  name: string
): string | undefined {
  if (env[name] !== undefined) return env[name]
  const key = Object.keys(env).find(candidate => candidate.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : env[key]
}

function set(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = envValue(env, name)
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/** Variables set by serverless platforms, Kubernetes, Actions Runner Controller and GitHub. */
export function environmentVariableSignals(env: Record<string, string | undefined>): Signal[] {
  const signals: Signal[] = []
  const lambdaName = set(env, 'AWS_LAMBDA_FUNCTION_NAME')
  if (lambdaName) signals.push(signal('env AWS_LAMBDA_FUNCTION_NAME', lambdaName, 'serverless', 2))
  const executionEnv = set(env, 'AWS_EXECUTION_ENV')
  if (executionEnv) {
    // Lambda sets AWS_Lambda_<runtime>; ECS sets AWS_ECS_EC2 / AWS_ECS_FARGATE (a container).
    const indicates = executionEnv.startsWith('AWS_Lambda_')
      ? 'serverless'
      : executionEnv.startsWith('AWS_ECS_')
        ? 'container'
        : 'none'
    signals.push(signal('env AWS_EXECUTION_ENV', executionEnv, indicates, 2))
  }
  const cloudRun = set(env, 'K_SERVICE')
  if (cloudRun)
    signals.push(signal('env K_SERVICE (Cloud Run / Knative)', cloudRun, 'serverless', 2))
  const functionsRuntime = set(env, 'FUNCTIONS_WORKER_RUNTIME')
  if (functionsRuntime) {
    signals.push(
      signal('env FUNCTIONS_WORKER_RUNTIME (Azure Functions)', functionsRuntime, 'serverless', 2)
    )
  }
  // Any process can inherit this variable; it needs the mount, a kubepods cgroup or a container.
  const serviceHost = set(env, 'KUBERNETES_SERVICE_HOST')
  if (serviceHost) signals.push(signal('env KUBERNETES_SERVICE_HOST', serviceHost, 'kubernetes', 1))
  for (const name of ['ACTIONS_RUNNER_CONTAINER_HOOKS', 'ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER']) {
    const value = set(env, name)
    if (value)
      signals.push(signal(`env ${name} (Actions Runner Controller)`, value, 'kubernetes', 1))
  }
  // podman, systemd-nspawn and LXC set `container` in the environment of PID 1 and its children.
  const container = set(env, 'container')
  if (container) signals.push(signal('env container', container, 'container', 2))
  const runnerEnvironment = set(env, 'RUNNER_ENVIRONMENT')
  if (runnerEnvironment) {
    // GitHub-hosted runners are virtual machines, Linux, Windows and macOS alike.
    const hosted = runnerEnvironment === 'github-hosted'
    signals.push(signal('env RUNNER_ENVIRONMENT', runnerEnvironment, hosted ? 'vm' : 'none', 2))
  }
  for (const name of ['ImageOS', 'ImageVersion']) {
    const value = set(env, name)
    if (value) signals.push(signal(`env ${name}`, value, 'none', 0))
  }
  return signals
}

const HYPERVISOR_VENDORS: [RegExp, string][] = [
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
]

/** Firmware vendor and product (DMI or the Windows BIOS key) as evidence. */
export function hardwareSignal(source: string, vendor: string, product: string): Signal {
  const value = [vendor, product].filter(part => part !== '').join(' / ')
  if (value === '') {
    // Wine (and some stripped firmware) leaves these empty: that proves nothing either way.
    return signal(source, 'empty', 'none', 0)
  }
  // EC2 bare-metal instances keep the Amazon vendor string; their product ends in `.metal`.
  if (/\.metal$/i.test(product)) return signal(source, value, 'physical', 1)
  const match = HYPERVISOR_VENDORS.find(
    ([pattern]) => pattern.test(vendor) || pattern.test(product)
  )
  return match
    ? signal(`${source} (${match[1]})`, value, 'vm', 2)
    : signal(source, value, 'physical', 1)
}

const CONTAINER_CGROUP =
  /\/(docker|libpod|crio|cri-containerd|containerd|actions_job)[-/][0-9a-f]{12,}/

/** Paths from /proc/<pid>/cgroup lines (`id:controllers:path`). */
export function cgroupSignal(source: string, content: string): Signal {
  const paths = [
    ...new Set(
      content
        .split('\n')
        .map(line => line.split(':').slice(2).join(':').trim())
        .filter(path => path !== '')
    )
  ]
  const kubepods = paths.find(path => path.includes('kubepods'))
  if (kubepods) return signal(source, kubepods, 'kubernetes', 2)
  const container = paths.find(
    path => CONTAINER_CGROUP.test(path) || /\/lxc(\.payload)?[./]/.test(path)
  )
  if (container) return signal(source, container, 'container', 2)
  // A private cgroup namespace (cgroup v2 containers) also shows `/`: weak either way.
  return signal(source, paths.join(', ') || 'empty', 'none', 0)
}

/** The filesystem type mounted at `/`, from /proc/self/mountinfo (the last mount wins). */
export function rootFilesystemSignal(mountinfo: string): Signal | undefined {
  let fsType: string | undefined
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ')
    if (right === undefined) continue
    if (left.split(' ')[4] === '/') fsType = right.split(' ')[0]
  }
  if (fsType === undefined) return undefined
  const layered = fsType === 'overlay' || fsType === 'aufs' || fsType === 'fuse-overlayfs'
  return signal('root filesystem (/proc/self/mountinfo)', fsType, layered ? 'container' : 'none', 1)
}

function linuxSignals(reader: EnvironmentReader): Signal[] {
  const signals: Signal[] = []
  const serviceAccount = KUBERNETES_SERVICE_ACCOUNT.find(path => reader.exists(path))
  if (serviceAccount)
    signals.push(signal('Kubernetes service-account mount', serviceAccount, 'kubernetes', 1))
  if (reader.exists('/.dockerenv'))
    signals.push(signal('file /.dockerenv', 'present', 'container', 1))
  if (reader.exists('/run/.containerenv')) {
    signals.push(signal('file /run/.containerenv (podman)', 'present', 'container', 2))
  }
  // PID 1 and this process usually share a cgroup; list the second only when it differs.
  const cgroups = ['/proc/1/cgroup', '/proc/self/cgroup'].flatMap(source => {
    const content = reader.readFile(source)
    return content === undefined ? [] : [cgroupSignal(source, content)]
  })
  if (cgroups.length === 2 && cgroups[0].value === cgroups[1].value) cgroups.pop()
  signals.push(...cgroups)
  const mountinfo = reader.readFile('/proc/self/mountinfo')
  const root = mountinfo === undefined ? undefined : rootFilesystemSignal(mountinfo)
  if (root) signals.push(root)
  const vendor = reader.readFile('/sys/class/dmi/id/sys_vendor')
  const product = reader.readFile('/sys/class/dmi/id/product_name')
  if (vendor !== undefined || product !== undefined) {
    signals.push(
      hardwareSignal('DMI sys_vendor / product_name', (vendor ?? '').trim(), (product ?? '').trim())
    )
  }
  const cpuinfo = reader.readFile('/proc/cpuinfo')
  if (cpuinfo !== undefined && /^flags\s*:/m.test(cpuinfo)) {
    const flagged = /^flags\s*:.*\bhypervisor\b/m.test(cpuinfo)
    signals.push(
      signal(
        '/proc/cpuinfo hypervisor flag',
        flagged ? 'present' : 'absent',
        flagged ? 'vm' : 'none',
        2
      )
    )
  }
  const hypervisorType = reader.readFile('/sys/hypervisor/type')?.trim()
  if (hypervisorType) signals.push(signal('/sys/hypervisor/type', hypervisorType, 'vm', 2))
  return signals
}

function windowsSignals(reader: EnvironmentReader): Signal[] {
  const signals: Signal[] = []
  try {
    const vendor = reader.registry(BIOS_KEY, 'SystemManufacturer') ?? ''
    const product = reader.registry(BIOS_KEY, 'SystemProductName') ?? ''
    signals.push(hardwareSignal(`registry HKLM\\${BIOS_KEY}`, vendor.trim(), product.trim()))
  } catch (error) {
    signals.push(
      signal(`registry HKLM\\${BIOS_KEY}`, `unreadable: ${(error as Error).message}`, 'none', 0)
    )
  }
  const serviceAccount = 'C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount'
  if (reader.exists(serviceAccount)) {
    signals.push(signal('Kubernetes service-account mount', serviceAccount, 'kubernetes', 1))
  }
  // Windows container images run as these built-in accounts.
  const user = set(reader.env, 'USERNAME')
  if (user && /^Container(Administrator|User)$/i.test(user)) {
    signals.push(signal('env USERNAME (Windows container account)', user, 'container', 2))
  }
  return signals
}

function darwinSignals(reader: EnvironmentReader): Signal[] {
  const signals: Signal[] = []
  try {
    const vmm = reader.sysctl('kern.hv_vmm_present')
    if (vmm !== undefined) {
      signals.push(
        signal(
          'sysctl kern.hv_vmm_present',
          vmm,
          vmm === '1' ? 'vm' : 'physical',
          vmm === '1' ? 2 : 1
        )
      )
    }
    const model = reader.sysctl('hw.model')
    if (model !== undefined) signals.push(hardwareSignal('sysctl hw.model', '', model))
  } catch (error) {
    signals.push(signal('sysctl', `unreadable: ${(error as Error).message}`, 'none', 0))
  }
  return signals
}

/** Every signal for this platform, in the order the report lists them. */
export function collectSignals(platform: NodeJS.Platform, reader: EnvironmentReader): Signal[] {
  const chosen = onPlatform(platform, {
    win32: () => windowsSignals(reader),
    linux: () => linuxSignals(reader),
    darwin: () => darwinSignals(reader)
  })
  const platformSignals = chosen.supported
    ? chosen.value
    : [signal('platform', chosen.reason, 'none', 0)]
  return [...environmentVariableSignals(reader.env), ...platformSignals]
}
