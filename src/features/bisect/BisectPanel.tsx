import './bisect.css'
import { useMemo, useState } from 'react'
import { formatElapsed } from '../../lib/units'
import type { BisectTree } from '../../store'
import {
  keyLabel,
  recordRange,
  SEMANTICS_PAGE,
  selectBisects,
  selectMappingInEffect,
  selectRecords,
  useAppStore,
} from '../../store'
import { Panel } from '../../ui/Panel'
import { BisectTreeView } from './BisectTreeView'
import { describeIsolated, isolatedNodes } from './bisectWords'

/** Labels of the tree's records only: records are kept in index order without gaps, so each is found at once. */
function treeLabels(
  tree: BisectTree,
  records: ReturnType<typeof selectRecords>,
): Map<number, string> {
  const first = records[0]?.index ?? 0
  const labels = new Map<number, string>()
  for (const index of tree.nodes[0].recordIndexes) {
    const record = records[index - first]
    if (record?.index === index) labels.set(index, keyLabel(record.record.dynamodb.Keys))
  }
  return labels
}

/**
 * Bisected batches as trees (docs/semantics.md A4.6), beside the shards: the newest one shown, older ones
 * a choice away. Hidden while the mapping does not bisect and nothing split.
 */
export function BisectPanel() {
  const { trees, treeCount } = useAppStore(selectBisects)
  const records = useAppStore(selectRecords)
  const bisectOn = useAppStore(selectMappingInEffect)?.description.BisectBatchOnFunctionError
  const [chosen, setChosen] = useState<number | undefined>(undefined)
  const tree = trees.find((t) => t.ordinal === chosen) ?? trees[trees.length - 1]
  const labels = useMemo(() => (tree ? treeLabels(tree, records) : new Map()), [tree, records])
  if (tree === undefined && bisectOn !== true) return null
  return (
    <Panel id="bisect" title="Bisect">
      <p className="muted bisect__intro">
        When a batch fails, BisectBatchOnFunctionError splits it in two and retries each half on its
        own (attempts count from 1 again), until the failing record is alone.{' '}
        <a href={`${SEMANTICS_PAGE}#A4.6`} target="_blank" rel="noreferrer">
          A4.6 Bisect on error
        </a>
      </p>
      {tree === undefined ? (
        <p className="muted" data-testid="bisect.empty">
          No batch has been split yet.
        </p>
      ) : (
        <>
          {trees.length > 1 && (
            <label className="bisect__choice">
              Bisect{' '}
              <select
                data-testid="bisect.choice"
                value={tree.ordinal}
                onChange={(event) => setChosen(Number(event.target.value))}
              >
                {trees.map((t) => (
                  <option key={t.ordinal} value={t.ordinal}>
                    {t.ordinal}: {recordRange(t.nodes[0].recordIndexes)} on shard {t.shard} at{' '}
                    {formatElapsed(t.startMs)}
                  </option>
                ))}
              </select>{' '}
              <span className="muted">of {treeCount}</span>
            </label>
          )}
          <BisectTreeView key={tree.ordinal} tree={tree} labels={labels} />
          <ul
            className="bisect__isolated"
            aria-label="Records isolated"
            data-testid="bisect.isolated"
          >
            {isolatedNodes(tree).map((n) => (
              <li key={n}>{describeIsolated(tree, n, labels)}</li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}
