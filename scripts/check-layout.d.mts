export const MAX_LINES: number
export function importGraph(root: string, files: string[]): Map<string, string[]>
export function circles(graph: Map<string, string[]>): string[][]
export function layoutProblems(root: string): string[]
