import './narration.css'
import { useEffect, useMemo, useRef } from 'react'
import { formatElapsed } from '../../lib/units'
import {
  labelsByIndex,
  narrate,
  selectEventCount,
  selectEvents,
  selectInvocations,
  selectRecords,
  useAppStore,
} from '../../store'

/**
 * "What just happened": a sentence per significant event with the rule behind it, newest at the bottom.
 * A log (role=log) so screen readers read each new sentence; bounded to the newest sentences.
 */
export function Narration() {
  const events = useAppStore(selectEvents)
  const eventCount = useAppStore(selectEventCount)
  const invocations = useAppStore(selectInvocations)
  const records = useAppStore(selectRecords)
  const sentences = useMemo(
    () =>
      narrate({
        events,
        firstEventNumber: eventCount - events.length,
        batches: new Map(invocations.map((inv) => [inv.id, inv.recordIndexes])),
        labels: labelsByIndex(records),
      }),
    [events, eventCount, invocations, records],
  )
  const list = useRef<HTMLOListElement>(null)
  const newest = sentences.at(-1)?.key
  useEffect(() => {
    const el = list.current
    if (el) el.scrollTop = el.scrollHeight
  }, [newest])
  return (
    <section className="narration" aria-labelledby="narration-title">
      <h2 className="narration__title" id="narration-title">
        What just happened
      </h2>
      {sentences.length === 0 && (
        <p className="muted narration__empty" data-testid="narration.empty">
          Nothing yet: press Play or Step → and each batch, failure, split, retry and delivery is
          told here with the rule behind it.
        </p>
      )}
      <ol
        ref={list}
        className="narration__log"
        role="log"
        aria-label="What just happened"
        // Scrollable: keyboard users reach the older sentences with the arrow keys.
        tabIndex={sentences.length > 0 ? 0 : -1}
        data-testid="narration.log"
      >
        {sentences.map((s) => (
          <li
            key={s.key}
            className={
              s.key === newest ? 'narration__line narration__line--new' : 'narration__line'
            }
            data-testid="narration.sentence"
          >
            <span className="narration__time">{formatElapsed(s.atMs)}</span>{' '}
            <span data-testid="narration.text">{s.text}</span>{' '}
            <a
              href={s.rule.href}
              target="_blank"
              rel="noreferrer"
              className="narration__rule"
              data-testid="narration.rule"
            >
              {s.rule.id} {s.rule.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
