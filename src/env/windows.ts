// Windows: BIOS facts from the registry, read natively with RegGetValueW (advapi32) through
// koffi, so no reg.exe or PowerShell process is needed.
import { loadKoffi } from '../native/koffi.js'
import type { EnvironmentReader } from './reader.js'
import { pathExists, readTextFile } from './files.js'

// winreg.h: HKEY_LOCAL_MACHINE is (HKEY)(ULONG_PTR)((LONG)0x80000002), i.e. sign-extended to
// pointer width; intptr_t reproduces that on both 32- and 64-bit Windows.
const HKEY_LOCAL_MACHINE = 0x80000002 - 0x1_0000_0000
const RRF_RT_REG_SZ = 0x00000002
const ERROR_SUCCESS = 0
const ERROR_FILE_NOT_FOUND = 2
const ERROR_MORE_DATA = 234
const MAX_VALUE_BYTES = 64 * 1024

type RegGetValue = (
  key: number,
  subKey: string,
  value: string,
  flags: number,
  type: null,
  data: Buffer | null,
  size: Buffer
) => number

let regGetValue: RegGetValue | undefined

function api(): RegGetValue {
  if (!regGetValue) {
    const advapi32 = loadKoffi().load('advapi32.dll')
    regGetValue = advapi32.func(
      'long __stdcall RegGetValueW(intptr_t hkey, const char16_t *lpSubKey, const char16_t *lpValue, uint32_t dwFlags, void *pdwType, void *pvData, void *pcbData)'
    ) as RegGetValue
  }
  return regGetValue
}

/** A REG_SZ value under HKLM; undefined when the key or value does not exist. */
export function readMachineString(subKey: string, name: string): string | undefined {
  const getValue = api()
  const size = Buffer.alloc(4)
  let data = Buffer.alloc(512)
  for (;;) {
    size.writeUInt32LE(data.length)
    const status = getValue(HKEY_LOCAL_MACHINE, subKey, name, RRF_RT_REG_SZ, null, data, size)
    if (status === ERROR_SUCCESS) {
      const text = data.subarray(0, size.readUInt32LE()).toString('utf16le')
      const end = text.indexOf('\0')
      return end === -1 ? text : text.slice(0, end)
    }
    if (status === ERROR_FILE_NOT_FOUND) return undefined
    const needed = size.readUInt32LE()
    if (status !== ERROR_MORE_DATA || needed <= data.length || needed > MAX_VALUE_BYTES) {
      throw new Error(`RegGetValueW(HKLM\\${subKey}, ${name}) failed with Win32 error ${status}`)
    }
    data = Buffer.alloc(needed)
  }
}

export function windowsReader(env: Record<string, string | undefined>): EnvironmentReader {
  return {
    env,
    readFile: readTextFile,
    exists: pathExists,
    registry: readMachineString,
    sysctl: () => undefined
  }
}
