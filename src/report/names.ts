// What each judged metric means, for the log and the summary. Check names are in the catalogue
// (src/checks/catalogue.ts), timer backend names with the timer.

/** What each judged metric means, in one line a Go developer reads without the docs. */
export const METRIC_MEANINGS: Record<string, string> = {
  'wake-p99': '1 in 100 timer wake-ups is later than this',
  'sleep-deviation-pct': 'how much longer a 100 ms sleep lasted',
  'timer-resolution': 'the finest step the timer counts in: no wait is shorter',
  'cpu-throttled-pct': 'share of CPU-quota periods the job was paused'
}
