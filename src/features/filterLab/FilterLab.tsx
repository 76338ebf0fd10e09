import './filterLab.css'
import { useEffect, useMemo, useRef } from 'react'
import {
  computeFilterLab,
  computeFilterLints,
  filterPatternsOf,
  selectFilterLabRecord,
  selectMappingConfig,
  selectRecords,
  useAppStore,
} from '../../store'

/** For each record in the stream, whether each filter pattern matches and why, plus lints for known traps. */
export function FilterLab() {
  const mapping = useAppStore(selectMappingConfig)
  const records = useAppStore(selectRecords)
  const patterns = useMemo(() => filterPatternsOf(mapping), [mapping])
  const lints = useMemo(() => computeFilterLints(patterns), [patterns])
  const focus = useAppStore(selectFilterLabRecord)
  const rows = useMemo(() => computeFilterLab(records, patterns, focus), [records, patterns, focus])
  const focused = useRef<HTMLLIElement>(null)
  // Sent here from a filtered record's history: its verdicts come into view.
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'nearest' })
  }, [focus])
  return (
    <div className="filter-lab">
      <p className="muted">
        Patterns come from FilterCriteria in the mapping settings. Records are matched as Lambda
        delivers them, metadata included (eventID, SequenceNumber…); the newest 50 are shown.
      </p>
      {patterns.length === 0 && (
        <p className="muted">No filters: every record reaches the function.</p>
      )}
      {patterns.map((pattern, i) => (
        <div key={i} className="filter-lab__pattern" data-testid={`filterLab.pattern.${i}`}>
          <code>{pattern}</code>
          {lints[i].length > 0 && (
            <ul className="field__warnings" data-testid={`filterLab.pattern.${i}.lints`}>
              {lints[i].map((w) => (
                <li key={w}>⚠ {w}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {rows.length === 0 && (
        <p className="muted">No records yet: play the scenario or write an item.</p>
      )}
      <ol className="filter-lab__records">
        {rows.map(({ record, verdicts }) => (
          <li
            key={record.index}
            ref={record.index === focus ? focused : undefined}
            className={record.index === focus ? 'filter-lab__focus' : undefined}
            aria-current={record.index === focus ? 'true' : undefined}
            data-testid={`filterLab.record.${record.index}`}
          >
            <strong>
              #{record.index} {record.record.eventName}
            </strong>{' '}
            <code>{JSON.stringify(record.record.dynamodb.Keys)}</code>
            <ul>
              {verdicts.map((v, j) => (
                <li key={j} className={v.matched ? 'match' : 'miss'}>
                  {v.pattern === null ? 'no filters' : `pattern ${v.pattern}`}:{' '}
                  {v.matched ? 'matches' : 'no match'} — {v.reason}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}
