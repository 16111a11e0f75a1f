// Windows: the DACL of a directory and the current token's SIDs, read natively through koffi
// (advapi32, kernel32), so nothing depends on localized tool output such as icacls.
import { join } from 'node:path'
import { loadKoffi } from '../../native/koffi.js'
import { errorMessage } from '../../errors.js'
import { assessDirectoryAcl, type TokenSids } from './access.js'
import { windowsDirectory } from './resolve.js'
import { parseSddl } from './sddl.js'
import type { StaticFacts, TempPlatform } from './platform.js'

const SE_FILE_OBJECT = 1
const OWNER_SECURITY_INFORMATION = 0x1
const GROUP_SECURITY_INFORMATION = 0x2
const DACL_SECURITY_INFORMATION = 0x4
const SDDL_REVISION_1 = 1
const TOKEN_QUERY = 0x8
const TOKEN_USER = 1
const TOKEN_GROUPS = 2
const ERROR_INSUFFICIENT_BUFFER = 122
const SE_GROUP_ENABLED = 0x4
const SE_GROUP_USE_FOR_DENY_ONLY = 0x10
const CREATE_SUSPENDED = 0x4
const CREATE_NO_WINDOW = 0x08000000
const LOCAL_SYSTEM = 'S-1-5-18'

interface WindowsNative {
  readSddl(path: string): string
  readToken(): TokenSids
  createProcessError(file: string): number | undefined
}

function openNative(): WindowsNative {
  const koffi = loadKoffi()
  const advapi32 = koffi.load('advapi32.dll')
  const kernel32 = koffi.load('kernel32.dll')
  const getNamedSecurityInfoW = advapi32.func(
    'uint32_t __stdcall GetNamedSecurityInfoW(str16 name, int type, uint32_t info, void *owner, void *group, void *dacl, void *sacl, _Out_ void **sd)'
  )
  const convertSdToString = advapi32.func(
    'int __stdcall ConvertSecurityDescriptorToStringSecurityDescriptorW(void *sd, uint32_t revision, uint32_t info, _Out_ void **text, void *length)'
  )
  const convertSidToStringSidW = advapi32.func(
    'int __stdcall ConvertSidToStringSidW(void *sid, _Out_ void **text)'
  )
  const openProcessToken = advapi32.func(
    'int __stdcall OpenProcessToken(void *process, uint32_t access, _Out_ void **token)'
  )
  const getTokenInformation = advapi32.func(
    'int __stdcall GetTokenInformation(void *token, int kind, void *info, uint32_t length, void *returned)'
  )
  const getCurrentProcess = kernel32.func('void * __stdcall GetCurrentProcess()')
  const closeHandle = kernel32.func('int __stdcall CloseHandle(void *handle)')
  const localFree = kernel32.func('void * __stdcall LocalFree(void *memory)')
  const getLastError = kernel32.func('uint32_t __stdcall GetLastError()')
  const createProcessW = kernel32.func(
    'int __stdcall CreateProcessW(str16 application, void *commandLine, void *processAttributes, void *threadAttributes, int inherit, uint32_t flags, void *environment, void *directory, void *startupInfo, void *processInfo)'
  )
  const terminateProcess = kernel32.func(
    'int __stdcall TerminateProcess(void *process, uint32_t code)'
  )
  const pointerSize = koffi.sizeof('void *')

  const readPointer = (buffer: Buffer, offset: number): bigint =>
    pointerSize === 8 ? buffer.readBigUInt64LE(offset) : BigInt(buffer.readUInt32LE(offset))

  /** Reads a LocalAlloc'ed UTF-16 string and frees it. */
  const takeString = (pointer: unknown): string => {
    try {
      return koffi.decode.string16(pointer)
    } finally {
      localFree(pointer)
    }
  }

  const sidString = (sid: bigint): string => {
    const out: unknown[] = [null]
    if (!convertSidToStringSidW(sid, out))
      throw new Error(`ConvertSidToStringSidW failed with error ${getLastError()}`)
    return takeString(out[0])
  }

  const tokenInformation = (token: unknown, kind: number): Buffer => {
    const needed = new Uint32Array(1)
    if (
      !getTokenInformation(token, kind, null, 0, needed) &&
      getLastError() !== ERROR_INSUFFICIENT_BUFFER
    ) {
      throw new Error(`GetTokenInformation(${kind}) failed with error ${getLastError()}`)
    }
    const buffer = Buffer.alloc(needed[0])
    if (!getTokenInformation(token, kind, buffer, buffer.length, needed)) {
      throw new Error(`GetTokenInformation(${kind}) failed with error ${getLastError()}`)
    }
    return buffer
  }

  return {
    readSddl(path) {
      const descriptor: unknown[] = [null]
      const info =
        OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION
      const status = getNamedSecurityInfoW(
        path,
        SE_FILE_OBJECT,
        info,
        null,
        null,
        null,
        null,
        descriptor
      ) as number
      if (status !== 0) throw new Error(`GetNamedSecurityInfoW failed with error ${status}`)
      try {
        const text: unknown[] = [null]
        if (!convertSdToString(descriptor[0], SDDL_REVISION_1, info, text, null)) {
          throw new Error(
            `ConvertSecurityDescriptorToStringSecurityDescriptorW failed with error ${getLastError()}`
          )
        }
        return takeString(text[0])
      } finally {
        localFree(descriptor[0])
      }
    },
    readToken() {
      const handle: unknown[] = [null]
      if (!openProcessToken(getCurrentProcess(), TOKEN_QUERY, handle)) {
        throw new Error(`OpenProcessToken failed with error ${getLastError()}`)
      }
      try {
        // TOKEN_USER is one SID_AND_ATTRIBUTES; TOKEN_GROUPS a count, then an array of them
        // aligned to a pointer. The SID pointers point into the same buffer.
        const user = tokenInformation(handle[0], TOKEN_USER)
        const groupsBuffer = tokenInformation(handle[0], TOKEN_GROUPS)
        const count = groupsBuffer.readUInt32LE(0)
        const groups = Array.from({ length: count }, (_, index) => {
          const offset = pointerSize + index * 2 * pointerSize
          const attributes = groupsBuffer.readUInt32LE(offset + pointerSize)
          return {
            sid: sidString(readPointer(groupsBuffer, offset)),
            enabled: (attributes & SE_GROUP_ENABLED) !== 0,
            denyOnly: (attributes & SE_GROUP_USE_FOR_DENY_ONLY) !== 0
          }
        })
        return { user: sidString(readPointer(user, 0)), groups }
      } finally {
        closeHandle(handle[0])
      }
    },
    createProcessError(file) {
      // STARTUPINFOW is 104 bytes with 8-byte pointers (68 with 4); cb is its first field.
      const startupInfo = Buffer.alloc(pointerSize === 8 ? 104 : 68)
      startupInfo.writeUInt32LE(startupInfo.length, 0)
      const processInfo = Buffer.alloc(2 * pointerSize + 8)
      const flags = CREATE_SUSPENDED | CREATE_NO_WINDOW
      if (createProcessW(file, null, null, null, 0, flags, null, null, startupInfo, processInfo)) {
        terminateProcess(readPointer(processInfo, 0), 1)
        closeHandle(readPointer(processInfo, pointerSize))
        closeHandle(readPointer(processInfo, 0))
        return undefined
      }
      return getLastError() as number
    }
  }
}

export function openWindowsPlatform(env: NodeJS.ProcessEnv): TempPlatform {
  let native: WindowsNative | undefined
  let token: TokenSids | undefined
  let unavailable = ''
  try {
    native = openNative()
    token = native.readToken()
  } catch (error) {
    unavailable = `the DACL cannot be read natively: ${errorMessage(error)}`
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
    async explain(path): Promise<StaticFacts> {
      if (!native || !token) return { kind: 'none', reason: unavailable }
      const sddl = native.readSddl(path)
      const descriptor = parseSddl(sddl, path)
      return {
        kind: 'windows',
        sddl,
        owner: descriptor.owner,
        assessment: assessDirectoryAcl(descriptor, token)
      }
    }
  }
}
