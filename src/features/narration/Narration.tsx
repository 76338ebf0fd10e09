import './narration.css'
import { useMemo, useRef, useState } from 'react'
import { formatElapsed } from '../../lib/units'
import {
  narrate,
  quietWords,
  selectEventCount,
  selectEvents,
  selectInvocations,
  selectRecords,
  storeLookups,
  useAppStore,
} from '../../store'
import { useFollowTail } from '../../ui/useFollowTail'

/** Sentences shown beside the playback bar; "Show all" opens the rest (the store keeps the newest 50). */
export const NEWEST_SHOWN = 4

/**
 * "What just happened": a sentence per significant event with the rule behind it, newest at the bottom.
 * A log (role=log) so screen readers read each new sentence. Only the newest few show by default, so the
 * newest is on screen at any width without scrolling.
 */
export function Narration() {
  const events = useAppStore(selectEvents)
  const eventCount = useAppStore(selectEventCount)
  const invocations = useAppStore(selectInvocations)
  const records = useAppStore(selectRecords)
  const [all, setAll] = useState(false)
  const sentences = useMemo(
    () =>
      narrate({
        events,
        firstEventNumber: eventCount - events.length,
        ...storeLookups(invocations, records),
      }),
    [events, eventCount, invocations, records],
  )
  const list = useRef<HTMLDivElement>(null)
  const newest = sentences.at(-1)?.key ?? -1
  const { onScroll } = useFollowTail(list, newest, all)
  const shown = all ? sentences : sentences.slice(-NEWEST_SHOWN)
  return (
    <section className="narration" aria-labelledby="narration-title">
      <header className="narration__header">
        <h2 className="narration__title" id="narration-title">
          What just happened
        </h2>
        {sentences.length > NEWEST_SHOWN && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={all}
            aria-controls="narration-log"
            data-testid="narration.toggle"
            onClick={() => setAll(!all)}
          >
            {all ? 'Show the newest only' : `Show all ${sentences.length}`}
          </button>
        )}
      </header>
      {sentences.length === 0 && (
        <p className="muted narration__empty" data-testid="narration.empty">
          {quietWords(events.length, eventCount)}
        </p>
      )}
      {/* The log wraps a list: a list item must sit in a list, and role=log on the <ol> would hide it. */}
      <div
        ref={list}
        id="narration-log"
        className={all ? 'narration__log narration__log--all' : 'narration__log'}
        role="log"
        aria-label="What just happened"
        // Scrollable when opened: keyboard users reach the older sentences with the arrow keys.
        tabIndex={all ? 0 : undefined}
        onScroll={(e) => onScroll(e.currentTarget)}
      >
        <ol className="narration__list">
          {shown.map((s) => (
            <li
              key={s.key}
              className={
                s.key === newest ? 'narration__line narration__line--new' : 'narration__line'
              }
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
      </div>
    </section>
  )
}
