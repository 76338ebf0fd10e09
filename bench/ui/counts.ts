/**
 * `--counts`: figures the machine's load does not change, for before/after comparisons on a shared machine:
 * React commits and DOM mutations (by the panel they happen in) per second of playback. Installed before the
 * app loads: a stand-in React DevTools hook counts commits (React calls it in production builds too) and a
 * MutationObserver counts mutation records. The page's globals are typed here, as the bench is typed
 * without the DOM.
 */
interface CountGlobals {
  __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown
  MutationObserver: new (f: (records: { target: unknown }[]) => void) => {
    observe(t: unknown, o: object): void
  }
  document: unknown
  __benchCounts: Counts
}

interface Counts {
  recording: boolean
  commits: number
  mutations: number
  byPanel: Record<string, number>
}

interface Node {
  parentElement: (Node & { getAttribute(a: string): string | null; tagName: string }) | null
}

/** Runs in the page before any of its scripts. */
export function installCounts(): void {
  const page = globalThis as unknown as CountGlobals
  const counts: Counts = { recording: false, commits: 0, mutations: 0, byPanel: {} }
  page.__benchCounts = counts
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: () => {
      if (counts.recording) counts.commits++
    },
  }
  // The panel a mutation happens in: the nearest section's labelling id ("shards-title" → "shards").
  const panelOf = (target: Node): string => {
    for (let el = target.parentElement; el !== null; el = el.parentElement) {
      const label = el.tagName === 'SECTION' ? el.getAttribute('aria-labelledby') : null
      if (label !== null) return label.replace(/-title$/, '')
    }
    return '(outside panels)'
  }
  new page.MutationObserver((records) => {
    if (!counts.recording) return
    for (const record of records) {
      counts.mutations++
      const panel = panelOf(record.target as Node)
      counts.byPanel[panel] = (counts.byPanel[panel] ?? 0) + 1
    }
  }).observe(page.document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
}

export function startCounting(): void {
  const counts = (globalThis as unknown as CountGlobals).__benchCounts
  Object.assign(counts, { recording: true, commits: 0, mutations: 0, byPanel: {} })
}

export function stopCounting(): Omit<Counts, 'recording'> {
  const counts = (globalThis as unknown as CountGlobals).__benchCounts
  counts.recording = false
  return { commits: counts.commits, mutations: counts.mutations, byPanel: counts.byPanel }
}

/** Totals, per second of wall time and per React commit, the busiest panels first. */
export function summarizeCounts(counts: Omit<Counts, 'recording'>, seconds: number): string {
  const commits = Math.max(1, counts.commits)
  const row = (n: number, what: string) =>
    `${String(n).padStart(8)}  ${(n / seconds).toFixed(0).padStart(6)}/s  ${(n / commits).toFixed(0).padStart(5)}/commit  ${what}`
  return [
    `   total      rate       per commit`,
    row(counts.commits, 'React commits'),
    row(counts.mutations, 'DOM mutations, of which:'),
    ...Object.entries(counts.byPanel)
      .sort((a, b) => b[1] - a[1])
      .map(([panel, n]) => row(n, `  ${panel}`)),
  ].join('\n')
}
