import './fate.css'
import type { RecordFate } from '../engine'

/** What each fate means, for the badge's tooltip: a newcomer hovers to learn the word. */
const MEANING: Record<RecordFate, string> = {
  pending: 'not settled yet: waiting to be read, in a batch, or being retried',
  processed: 'the handler succeeded on a batch holding it',
  filtered: 'matched no filter pattern: dropped without invoking, checkpoint moved on',
  destination: 'retries ran out: described in a failure record sent to the on-failure destination',
  dropped: 'retries ran out with no on-failure destination: discarded',
  expired: 'trimmed from the stream (24 h retention) before it was processed',
  skipped: 'older than MaximumRecordAgeInSeconds: never sent again',
}

/** A record's fate as a coloured badge; the colour is never the only cue (the word is there). */
export function FateBadge(props: { fate: RecordFate; testId?: string }) {
  return (
    <span
      className={`fate fate--${props.fate}`}
      data-testid={props.testId}
      title={MEANING[props.fate]}
    >
      {props.fate}
    </span>
  )
}
