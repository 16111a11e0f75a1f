export const WINDOWS_NODE_VERSION: string
export function wineUnavailableReason(): string | undefined
export function windowsNodeExe(): string
export function ensureWinePrefix(): void
export function wineNodeCommand(script: string): {
  file: string
  args: string[]
  env: Record<string, string>
}
export function toWinePath(p: string): string
