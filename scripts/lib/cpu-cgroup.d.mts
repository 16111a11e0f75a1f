export interface CpuController {
  version: 1 | 2
  root: string
}
export function findCpuController(): CpuController | undefined
export function createCpuCgroup(
  controller: CpuController,
  name: string,
  cpus: number
): { dir: string; procs: string }
export function inCgroupWrapper(procs: string): string[]
export function removeCpuCgroup(dir: string): Promise<void>
