import { describe, expect, it } from '@jest/globals'
import { classifyEnvironment, detectEnvironment } from '../../src/env/index.js'
import type { EnvironmentReader } from '../../src/env/reader.js'
import {
  BIOS_KEY,
  cgroupSignal,
  hardwareSignal,
  rootFilesystemSignal
} from '../../src/env/signals.js'
import { readRunContext } from '../../src/context.js'
import { ENVIRONMENT_CLASSES, type EnvironmentInfo } from '../../src/report/types.js'

interface FakeMachine {
  env?: Record<string, string>
  files?: Record<string, string>
  registry?: Record<string, string>
  sysctl?: Record<string, string>
  registryError?: string
}

/** A reader over invented files, variables and registry values. */
function fakeReader(machine: FakeMachine): EnvironmentReader {
  const files = machine.files ?? {}
  return {
    env: machine.env ?? {},
    readFile: path => files[path],
    exists: path => path in files || Object.keys(files).some(file => file.startsWith(`${path}/`)),
    registry: (key, name) => {
      if (machine.registryError) throw new Error(machine.registryError)
      return machine.registry?.[`${key}\\${name}`]
    },
    sysctl: name => machine.sysctl?.[name]
  }
}

function detect(machine: FakeMachine, platform: NodeJS.Platform = 'linux'): EnvironmentInfo {
  return classifyEnvironment('auto', platform, 'x64', fakeReader(machine))
}

// Captured on this project's build machine, a Firecracker VM (Debian 12, 2026-11-27): it has
// /.dockerenv and AWS_CA_BUNDLE, yet it is neither Docker nor Lambda.
const FIRECRACKER_VM: FakeMachine = {
  env: { AWS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt' },
  files: {
    '/.dockerenv': '',
    '/proc/1/cgroup':
      '9:name=systemd:/\n8:pids:/\n7:blkio:/\n6:freezer:/\n5:devices:/\n4:memory:/\n3:cpuset:/\n2:cpuacct:/\n1:cpu:/\n0::/\n',
    '/proc/self/mountinfo':
      '22 27 0:21 / /proc rw,relatime - proc proc rw\n' +
      '27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard,resv_strict,resuid=65534,resgid=65534\n',
    '/proc/cpuinfo':
      'processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep hypervisor lahf_lm\n'
  }
}

// Hand-built below: file contents shaped like the real ones, values invented.
const CPUINFO_BARE =
  'processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep lahf_lm\n'
const OVERLAY_ROOT =
  '1205 1100 0:312 / / rw,relatime master:290 - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/A\n'

describe('environment detection from fixture machines', () => {
  it('a VM with /.dockerenv and AWS_CA_BUNDLE is still a VM', () => {
    const info = detect(FIRECRACKER_VM)
    expect(info.class).toBe('vm')
    expect(info.overridden).toBe(false)
    expect(info.evidence).toContainEqual({
      signal: 'file /.dockerenv',
      value: 'present',
      indicates: 'container'
    })
    expect(info.evidence.some(item => item.signal.includes('AWS'))).toBe(false)
  })

  it('GitHub-hosted Linux runner: DMI Hyper-V + hypervisor flag + runner facts', () => {
    const info = detect({
      env: {
        RUNNER_ENVIRONMENT: 'github-hosted',
        ImageOS: 'ubuntu24',
        ImageVersion: '20250101.1.0',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64'
      },
      files: {
        '/sys/class/dmi/id/sys_vendor': 'Microsoft Corporation\n',
        '/sys/class/dmi/id/product_name': 'Virtual Machine\n',
        '/proc/cpuinfo': FIRECRACKER_VM.files!['/proc/cpuinfo']
      }
    })
    expect(info.class).toBe('vm')
    expect(info.runner).toEqual({
      os: 'Linux',
      arch: 'X64',
      environment: 'github-hosted',
      imageOS: 'ubuntu24',
      imageVersion: '20250101.1.0'
    })
    expect(info.evidence.find(item => item.signal.startsWith('DMI'))?.indicates).toBe('vm')
  })

  it('bare metal: vendor DMI, no hypervisor flag', () => {
    const info = detect({
      files: {
        '/sys/class/dmi/id/sys_vendor': 'Dell Inc.\n',
        '/sys/class/dmi/id/product_name': 'PowerEdge R740\n',
        '/proc/cpuinfo': CPUINFO_BARE
      }
    })
    expect(info.class).toBe('physical')
    expect(info.evidence.find(item => item.signal === 'detection rule')?.value).toMatch(/firmware/)
  })

  it('EC2 bare-metal keeps the Amazon vendor but is physical', () => {
    expect(hardwareSignal('DMI', 'Amazon EC2', 'm5.metal').indicates).toBe('physical')
    expect(hardwareSignal('DMI', 'Amazon EC2', 'm5.large').indicates).toBe('vm')
  })

  it('Docker container on a VM: /.dockerenv + overlay root beat the VM firmware it sees', () => {
    const info = detect({
      files: {
        '/.dockerenv': '',
        '/proc/1/cgroup': '0::/\n',
        '/proc/self/mountinfo': OVERLAY_ROOT,
        '/proc/cpuinfo': FIRECRACKER_VM.files!['/proc/cpuinfo'],
        '/sys/class/dmi/id/sys_vendor': 'QEMU\n',
        '/sys/class/dmi/id/product_name': 'Standard PC (Q35 + ICH9, 2009)\n'
      }
    })
    expect(info.class).toBe('container')
  })

  it('cgroup v1 docker path alone is container evidence', () => {
    const info = detect({
      files: {
        '/proc/1/cgroup':
          '12:cpu,cpuacct:/docker/3f1c2a9e8b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e\n'
      }
    })
    expect(info.class).toBe('container')
  })

  it('GitHub job container on cgroup v1 (/actions_job/<id>)', () => {
    expect(
      cgroupSignal('/proc/1/cgroup', '3:cpu:/actions_job/0123456789abcdef0123\n').indicates
    ).toBe('container')
  })

  it('podman: /run/.containerenv', () => {
    expect(detect({ files: { '/run/.containerenv': '' } }).class).toBe('container')
  })

  it('ECS task: AWS_EXECUTION_ENV=AWS_ECS_FARGATE is a container, not serverless', () => {
    expect(detect({ env: { AWS_EXECUTION_ENV: 'AWS_ECS_FARGATE' } }).class).toBe('container')
  })

  it('Kubernetes pod: service variable + service-account mount + kubepods cgroup', () => {
    const info = detect({
      env: { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' },
      files: {
        '/var/run/secrets/kubernetes.io/serviceaccount/token': 'x',
        '/proc/1/cgroup':
          '11:cpu,cpuacct:/kubepods/burstable/pod5f0b9d1e-0000-4000-8000-000000000000/abcdef0123456789\n',
        '/proc/self/mountinfo': OVERLAY_ROOT,
        '/proc/cpuinfo': FIRECRACKER_VM.files!['/proc/cpuinfo']
      }
    })
    expect(info.class).toBe('kubernetes')
    expect(
      info.evidence.filter(item => item.indicates === 'kubernetes').length
    ).toBeGreaterThanOrEqual(3)
  })

  it('Kubernetes pod on cgroup v2: service variable + overlay root', () => {
    const info = detect({
      env: { KUBERNETES_SERVICE_HOST: '10.96.0.1' },
      files: { '/proc/1/cgroup': '0::/\n', '/proc/self/mountinfo': OVERLAY_ROOT }
    })
    expect(info.class).toBe('kubernetes')
  })

  it('Actions Runner Controller runner pod (container hooks + service-account mount)', () => {
    const info = detect({
      env: {
        ACTIONS_RUNNER_CONTAINER_HOOKS: '/home/runner/k8s/index.js',
        ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER: 'true'
      },
      files: { '/run/secrets/kubernetes.io/serviceaccount/namespace': 'arc-runners' }
    })
    expect(info.class).toBe('kubernetes')
  })

  it('one Kubernetes variable on a VM is not enough', () => {
    const info = detect({
      env: { KUBERNETES_SERVICE_HOST: '10.96.0.1' },
      files: { '/proc/cpuinfo': FIRECRACKER_VM.files!['/proc/cpuinfo'] }
    })
    expect(info.class).toBe('vm')
    expect(info.evidence).toContainEqual({
      signal: 'env KUBERNETES_SERVICE_HOST',
      value: '10.96.0.1',
      indicates: 'kubernetes'
    })
  })

  it.each([
    ['AWS_LAMBDA_FUNCTION_NAME', 'build-fn'],
    ['AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs20.x'],
    ['K_SERVICE', 'runner'],
    ['FUNCTIONS_WORKER_RUNTIME', 'node']
  ])('serverless: %s', (name, value) => {
    const info = detect({ env: { [name]: value }, files: FIRECRACKER_VM.files })
    expect(info.class).toBe('serverless')
  })

  it('serverless variables match exact names only', () => {
    const info = detect({
      env: {
        AWS_LAMBDA_FUNCTION_NAME_X: 'a',
        MY_K_SERVICE: 'b',
        AWS_REGION: 'us-east-1',
        AWS_EXECUTION_ENV: 'CloudShell'
      },
      files: FIRECRACKER_VM.files
    })
    expect(info.class).toBe('vm')
    expect(info.evidence.find(item => item.signal === 'env AWS_EXECUTION_ENV')?.indicates).toBe(
      'none'
    )
  })

  it('no evidence at all says so and falls back to physical', () => {
    const info = detect({})
    expect(info.class).toBe('physical')
    expect(info.evidence.at(-1)?.value).toMatch(/no virtualization/)
  })

  it('root filesystem: last mount at / wins, ext4 is no evidence', () => {
    expect(rootFilesystemSignal(FIRECRACKER_VM.files!['/proc/self/mountinfo'])?.indicates).toBe(
      'none'
    )
    expect(rootFilesystemSignal(OVERLAY_ROOT)?.value).toBe('overlay')
  })
})

describe('Windows and macOS signals', () => {
  const bios = (vendor: string, product: string): Record<string, string> => ({
    [`${BIOS_KEY}\\SystemManufacturer`]: vendor,
    [`${BIOS_KEY}\\SystemProductName`]: product
  })

  it('GitHub-hosted Windows: Hyper-V BIOS values', () => {
    const info = detect(
      {
        env: { RUNNER_ENVIRONMENT: 'github-hosted', ImageOS: 'win22' },
        registry: bios('Microsoft Corporation', 'Virtual Machine')
      },
      'win32'
    )
    expect(info.class).toBe('vm')
    expect(info.runner.os).toBe('Windows')
  })

  it('Wine: empty BIOS values are no evidence, not physical evidence', () => {
    const info = detect({ registry: bios('', '') }, 'win32')
    const biosEvidence = info.evidence.find(item => item.signal.startsWith('registry'))
    expect(biosEvidence).toEqual({
      signal: `registry HKLM\\${BIOS_KEY}`,
      value: 'empty',
      indicates: 'none'
    })
    expect(info.evidence.at(-1)?.value).toMatch(/no virtualization/)
  })

  it('an unreadable registry is reported, not thrown', () => {
    const info = detect({ registryError: 'RegGetValueW failed with Win32 error 5' }, 'win32')
    expect(info.evidence[0].value).toBe('unreadable: RegGetValueW failed with Win32 error 5')
  })

  it('Windows container account, VMware workstation, case-insensitive variables', () => {
    expect(detect({ env: { USERNAME: 'ContainerAdministrator' } }, 'win32').class).toBe('container')
    expect(detect({ registry: bios('VMware, Inc.', 'VMware7,1') }, 'win32').class).toBe('vm')
    expect(detect({ env: { imageos: 'win25' } }, 'win32').runner.imageOS).toBe('win25')
  })

  it('macOS: kern.hv_vmm_present and hw.model', () => {
    expect(
      detect({ sysctl: { 'kern.hv_vmm_present': '1', 'hw.model': 'VirtualMac2,1' } }, 'darwin')
        .class
    ).toBe('vm')
    expect(
      detect({ sysctl: { 'kern.hv_vmm_present': '0', 'hw.model': 'Mac14,2' } }, 'darwin').class
    ).toBe('physical')
  })
})

describe('override', () => {
  it.each(ENVIRONMENT_CLASSES)(
    'environment: %s overrides detection and keeps the evidence',
    environment => {
      const info = classifyEnvironment(environment, 'linux', 'x64', fakeReader(FIRECRACKER_VM))
      expect(info.class).toBe(environment)
      expect(info.detected).toBe('vm')
      expect(info.overridden).toBe(true)
      expect(info.evidence.at(-1)).toEqual({
        signal: "input 'environment'",
        value: environment,
        indicates: environment
      })
    }
  )
})

describe('detectEnvironment on this machine', () => {
  it('reads the real files and returns a class with evidence', async () => {
    const info = await detectEnvironment('auto', readRunContext({}))
    expect(ENVIRONMENT_CLASSES).toContain(info.class)
    expect(info.detected).toBe(info.class)
    expect(info.evidence.length).toBeGreaterThan(1)
    expect(info.runner.environment).toBe('unknown')
  })
})
