export const DEBIAN_GOROOT: string
export const WINDOWS_GO_VERSION: string
export const WINDOWS_GO_ZIP_NAME: string
export const WINDOWS_GO_ZIP: string
export function windowsGoUnavailableReason(): string | undefined
export function buildWindowsGo(): string
