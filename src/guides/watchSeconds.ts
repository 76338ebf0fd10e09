/**
 * Seconds each guide takes to watch, measured by guides.test.ts (watchTime.ts over the headless run): the
 * gallery shows them. The test fails when a guide or its example changes the figure.
 */
export const GUIDE_WATCH_SECONDS: Readonly<Record<string, number>> = {
  'first-stream': 6,
  'poison-pill-day': 4,
  'retries-to-sqs': 7,
  bisect: 8,
  'partial-batch': 4,
  'record-age': 2,
  'batching-window': 6,
  parallelization: 5,
  'filter-traps': 6,
  'tumbling-window': 8,
  throttled: 10,
  latest: 4,
}
