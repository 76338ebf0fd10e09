/**
 * Bisect trees, grown event by event: a batch that failed and was split (docs/semantics.md A4.6) is a root,
 * each half a child, and so on down to the records that failed alone. Folded once per frame from the new
 * events only, so a long run costs what its new events cost; only the newest trees are kept.
 */
import type { RecordFate, ReportDestination, SimEvent } from '../engine'

type DestinationKind = ReportDestination['kind']

export interface BisectAttempt {
  readonly invocationId: number
  readonly attempt: number
  readonly outcome: 'running' | 'success' | 'partial' | 'error' | 'timeout'
}

export interface BisectNode {
  readonly recordIndexes: readonly number[]
  /** 1 for the root, as aria-level counts. */
  readonly level: number
  /** Indexes in the tree's `nodes`: the two halves once this batch split. */
  readonly children: readonly number[]
  readonly attempts: readonly BisectAttempt[]
  /** The records' final fate, once a leaf settles. */
  readonly fate: RecordFate | undefined
  /** Where a leaf's failure record went, once it landed. */
  readonly destination: DestinationKind | undefined
}

export interface BisectTree {
  /** 1 for the run's first bisected batch. */
  readonly ordinal: number
  readonly shard: number
  readonly lane: number
  readonly startMs: number
  /** `nodes[0]` is the root. */
  readonly nodes: readonly BisectNode[]
  /** Every leaf has settled: the tree grows no more. */
  readonly done: boolean
}

/** A batch invoked that has not split (yet): the root of a tree if it does. */
interface Candidate {
  readonly key: string
  readonly recordIndexes: readonly number[]
  readonly startMs: number
  readonly attempts: readonly BisectAttempt[]
}

export interface BisectState {
  /** Oldest first, the newest `MAX_BISECT_TREES`. */
  readonly trees: readonly BisectTree[]
  readonly treeCount: number
  /** The last batch invoked per `shard:lane` outside any open tree. */
  readonly candidates: ReadonlyMap<string, Candidate>
  /** Nodes whose records went to a destination that has not reported its delivery yet. */
  readonly awaitingDestination: readonly { readonly ordinal: number; readonly node: number }[]
}

export const MAX_BISECT_TREES = 20

export const EMPTY_BISECTS: BisectState = {
  trees: [],
  treeCount: 0,
  candidates: new Map(),
  awaitingDestination: [],
}

const batchKey = (shard: number, indexes: readonly number[]) => `${shard}:${indexes.join(',')}`

function sameRecords(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Mutable working copy for one frame: trees are copied on their first change only. */
class Fold {
  trees: BisectTree[]
  candidates: Map<string, Candidate> | undefined
  awaiting: { ordinal: number; node: number }[]
  treeCount: number
  private readonly copied = new Set<number>()

  constructor(private readonly prev: BisectState) {
    this.trees = [...prev.trees]
    this.awaiting = [...prev.awaitingDestination]
    this.treeCount = prev.treeCount
  }

  private candidatesForWrite(): Map<string, Candidate> {
    this.candidates ??= new Map(this.prev.candidates)
    return this.candidates
  }

  private nodesForWrite(t: number): BisectNode[] {
    if (!this.copied.has(t)) {
      this.trees[t] = { ...this.trees[t], nodes: [...this.trees[t].nodes] }
      this.copied.add(t)
    }
    return this.trees[t].nodes as BisectNode[]
  }

  private setNode(t: number, n: number, change: Partial<BisectNode>): void {
    const nodes = this.nodesForWrite(t)
    nodes[n] = { ...nodes[n], ...change }
  }

  /** The open tree's unsplit node with exactly these records (a tree holds a few dozen nodes: a scan is cheap). */
  private findNode(shard: number, indexes: readonly number[], leafOnly: boolean) {
    for (let t = this.trees.length - 1; t >= 0; t--) {
      const tree = this.trees[t]
      if (tree.done || tree.shard !== shard) continue
      const n = tree.nodes.findIndex(
        (node) =>
          (!leafOnly || node.children.length === 0) && sameRecords(node.recordIndexes, indexes),
      )
      if (n >= 0) return { t, n }
    }
    return undefined
  }

  private findAttempt(invocationId: number) {
    for (let t = this.trees.length - 1; t >= 0; t--) {
      const tree = this.trees[t]
      if (tree.done) continue
      const n = tree.nodes.findIndex((node) =>
        node.attempts.some((a) => a.invocationId === invocationId),
      )
      if (n >= 0) return { t, n }
    }
    return undefined
  }

  started(e: Extract<SimEvent, { type: 'invocationStarted' }>): void {
    const attempt: BisectAttempt = {
      invocationId: e.invocationId,
      attempt: e.attempt,
      outcome: 'running',
    }
    const at = this.findNode(e.shard, e.recordIndexes, true)
    if (at) {
      const node = this.trees[at.t].nodes[at.n]
      this.setNode(at.t, at.n, { attempts: [...node.attempts, attempt] })
      return
    }
    const lane = `${e.shard}:${e.lane}`
    const key = batchKey(e.shard, e.recordIndexes)
    const prev = this.candidatesForWrite().get(lane)
    this.candidatesForWrite().set(lane, {
      key,
      recordIndexes: e.recordIndexes,
      startMs: prev?.key === key ? prev.startMs : e.atMs,
      attempts: prev?.key === key ? [...prev.attempts, attempt] : [attempt],
    })
  }

  completed(e: Extract<SimEvent, { type: 'invocationCompleted' }>): void {
    const mark = (attempts: readonly BisectAttempt[]) =>
      attempts.map((a) => (a.invocationId === e.invocationId ? { ...a, outcome: e.outcome } : a))
    const at = this.findAttempt(e.invocationId)
    if (at) {
      this.setNode(at.t, at.n, { attempts: mark(this.trees[at.t].nodes[at.n].attempts) })
      return
    }
    for (const [lane, candidate] of this.candidatesForWrite()) {
      if (candidate.attempts.some((a) => a.invocationId === e.invocationId))
        this.candidatesForWrite().set(lane, { ...candidate, attempts: mark(candidate.attempts) })
    }
  }

  split(e: Extract<SimEvent, { type: 'batchSplit' }>): void {
    const whole = e.halves.flat()
    const at = this.findNode(e.shard, whole, true)
    if (at) {
      const level = this.trees[at.t].nodes[at.n].level + 1
      const nodes = this.nodesForWrite(at.t)
      const first = nodes.length
      nodes.push(...e.halves.map((half) => freshNode(half, level)))
      this.setNode(at.t, at.n, { children: e.halves.map((_, i) => first + i) })
      return
    }
    const lane = `${e.shard}:${e.lane}`
    const candidate = this.candidatesForWrite().get(lane)
    const rooted = candidate?.key === batchKey(e.shard, whole)
    if (candidate) this.candidatesForWrite().delete(lane)
    this.treeCount++
    this.trees.push({
      ordinal: this.treeCount,
      shard: e.shard,
      lane: e.lane,
      startMs: rooted ? candidate.startMs : e.atMs,
      nodes: [
        {
          ...freshNode(whole, 1),
          attempts: rooted ? candidate.attempts : [],
          children: [1, 2],
        },
        ...e.halves.map((half) => freshNode(half, 2)),
      ],
      done: false,
    })
  }

  fate(e: Extract<SimEvent, { type: 'fate' }>): void {
    if (e.fate === 'pending') return
    const settled = new Set(e.recordIndexes)
    for (let t = 0; t < this.trees.length; t++) {
      const tree = this.trees[t]
      if (tree.done) continue
      tree.nodes.forEach((node, n) => {
        if (node.children.length > 0 || node.fate !== undefined) return
        if (!node.recordIndexes.some((i) => settled.has(i))) return
        this.setNode(t, n, { fate: e.fate })
        if (e.fate === 'destination') this.awaiting.push({ ordinal: tree.ordinal, node: n })
      })
      const nodes = this.trees[t].nodes
      if (nodes.every((node) => node.children.length > 0 || node.fate !== undefined))
        this.trees[t] = { ...this.trees[t], done: true }
    }
  }

  delivered(e: Extract<SimEvent, { type: 'destinationDelivered' }>): void {
    for (const { ordinal, node } of this.awaiting) {
      const t = this.trees.findIndex((tree) => tree.ordinal === ordinal)
      if (t >= 0) this.setNode(t, node, { destination: e.kind })
    }
    this.awaiting = []
  }

  result(): BisectState {
    const drop = Math.max(0, this.trees.length - MAX_BISECT_TREES)
    return {
      trees: drop > 0 ? this.trees.slice(drop) : this.trees,
      treeCount: this.treeCount,
      candidates: this.candidates ?? this.prev.candidates,
      awaitingDestination: this.awaiting,
    }
  }
}

function freshNode(recordIndexes: readonly number[], level: number): BisectNode {
  return {
    recordIndexes,
    level,
    children: [],
    attempts: [],
    fate: undefined,
    destination: undefined,
  }
}

const WATCHED = new Set<SimEvent['type']>([
  'invocationStarted',
  'invocationCompleted',
  'batchSplit',
  'fate',
  'destinationDelivered',
])

/** Applies a frame's events; returns `prev` itself when none of them concerns a bisect. */
export function foldBisects(prev: BisectState, events: readonly SimEvent[]): BisectState {
  if (!events.some((e) => WATCHED.has(e.type))) return prev
  const fold = new Fold(prev)
  for (const e of events) {
    if (e.type === 'invocationStarted') fold.started(e)
    else if (e.type === 'invocationCompleted') fold.completed(e)
    else if (e.type === 'batchSplit') fold.split(e)
    else if (e.type === 'fate') fold.fate(e)
    else if (e.type === 'destinationDelivered') fold.delivered(e)
  }
  return fold.result()
}
