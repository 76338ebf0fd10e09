/**
 * `--counts`: figures the machine's load does not change, for before/after comparisons on a shared machine:
 * React commits, the components each commit rendered (by name: build with `--minify false` to read them) and
 * DOM mutations (by the panel they happen in) per second of playback. Installed before the app loads: a
 * stand-in React DevTools hook sees each commit (React calls it in production builds too) and a
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
  renders: Record<string, number>
}

/** The fields of a React fiber the render count reads (React's own, as React DevTools reads them). */
interface Fiber {
  /** A function or class for a component, React's memo/forwardRef object around one, a tag name for the DOM. */
  type: { displayName?: string; name?: string; type?: { name?: string } } | string | null
  flags: number
  alternate: Fiber | null
  child: Fiber | null
  sibling: Fiber | null
}

interface Node {
  parentElement: (Node & { getAttribute(a: string): string | null; tagName: string }) | null
}

/** Runs in the page before any of its scripts. */
export function installCounts(): void {
  const page = globalThis as unknown as CountGlobals
  const counts: Counts = { recording: false, commits: 0, mutations: 0, byPanel: {}, renders: {} }
  // The components a commit rendered, as React DevTools finds them: a fiber is new or flagged
  // PerformedWork (1; a bail-out leaves it unset); a subtree whose children are the previous commit's was
  // not visited at all.
  const countRenders = (fiber: Fiber) => {
    const type = fiber.type
    if (typeof type !== 'string' && type !== null) {
      const rendered = fiber.alternate === null || (fiber.flags & 1) !== 0
      const name = type.displayName ?? type.name ?? type.type?.name
      if (rendered && name) counts.renders[name] = (counts.renders[name] ?? 0) + 1
    }
    if (fiber.alternate !== null && fiber.child === fiber.alternate.child) return
    for (let child = fiber.child; child !== null; child = child.sibling) countRenders(child)
  }
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
    onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
      if (!counts.recording) return
      counts.commits++
      countRenders(root.current)
    },
  }
  // The panel a mutation happens in: the nearest section's labelling id ("shards-title" → "shards"); outside
  // the panels, the first word of the nearest test id ("playback.clock.elapsed" → "(outside) playback").
  const panelOf = (target: Node): string => {
    let testId: string | null = null
    for (let el = target.parentElement; el !== null; el = el.parentElement) {
      const label = el.tagName === 'SECTION' ? el.getAttribute('aria-labelledby') : null
      if (label !== null) return label.replace(/-title$/, '')
      testId ??= el.getAttribute('data-testid')
    }
    return `(outside panels) ${testId?.split('.')[0] ?? ''}`.trimEnd()
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
  Object.assign(counts, { recording: true, commits: 0, mutations: 0, byPanel: {}, renders: {} })
}

export function stopCounting(): Omit<Counts, 'recording'> {
  const counts = (globalThis as unknown as CountGlobals).__benchCounts
  counts.recording = false
  const { commits, mutations, byPanel, renders } = counts
  return { commits, mutations, byPanel, renders }
}

const TOP_RENDERS = 25

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
    row(
      Object.values(counts.renders).reduce((a, b) => a + b, 0),
      'component renders, the most rendered:',
    ),
    ...Object.entries(counts.renders)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_RENDERS)
      .map(([name, n]) => row(n, `  ${name}`)),
  ].join('\n')
}
