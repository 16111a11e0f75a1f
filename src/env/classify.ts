// Combines weighed signals into one class. The most specific class with enough evidence wins:
// a Kubernetes pod is also a container, and a container on a VM still sees the VM's firmware.
import type { EnvironmentClass } from '../report/types.js'
import type { Signal } from './signals.js'

export interface Classification {
  class: EnvironmentClass
  /** Why this class, in one line, for the evidence list. */
  rule: string
}

/** Sum of weights per class. */
function scoreSignals(signals: Signal[]): Record<EnvironmentClass, number> {
  const scores: Record<EnvironmentClass, number> = {
    physical: 0,
    vm: 0,
    container: 0,
    kubernetes: 0,
    serverless: 0
  }
  for (const item of signals) {
    if (item.indicates !== 'none') scores[item.indicates] += item.weight
  }
  return scores
}

export function classifySignals(signals: Signal[]): Classification {
  const scores = scoreSignals(signals)
  const decide = (environment: EnvironmentClass, rule: string): Classification => ({
    class: environment,
    rule
  })
  if (scores.serverless >= 2) return decide('serverless', 'a serverless platform variable is set')
  if (scores.kubernetes >= 2 || (scores.kubernetes >= 1 && scores.container >= 1)) {
    return decide('kubernetes', 'two Kubernetes signals, or one plus container evidence')
  }
  if (scores.container >= 2)
    return decide('container', 'container evidence outweighs the host it runs on')
  if (scores.vm >= 2)
    return decide('vm', 'hypervisor evidence, and too little container evidence to count')
  if (scores.physical >= 1)
    return decide('physical', 'hardware firmware and no hypervisor evidence')
  return decide('physical', 'no virtualization, container or platform evidence was found')
}
