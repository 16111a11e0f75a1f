// Threshold tables per environment and the verdict built from them.
export {
  BREACH_ACTIONS,
  CHECK_WEIGHTS,
  METRIC_IDS,
  WEIGHED_CHECK_IDS,
  defaultThresholds,
  describeRow,
  loadThresholds,
  parseLimit,
  type BreachAction,
  type CheckWeight,
  type Limit,
  type MetricId,
  type ThresholdRow,
  type ThresholdTable,
  type WeighedCheckId
} from './table.js'
export {
  decide,
  judgeMetric,
  shouldFailStep,
  type DecideArgs,
  type MetricJudgement
} from './decide.js'
