import { formatCount } from '../../lib/plural'
import type { RecordFate } from '../../engine'
import type { RecordToken } from './streamModel'

/**
 * One record drawn as a token: coloured by its write (INSERT / MODIFY / REMOVE) and, once it has one, by its
 * fate. It mounts with a short slide from the left (transform only), so a record entering a stage is seen
 * arriving; clicking it opens the record's history.
 */
export function Token(props: {
  token: RecordToken
  fate?: RecordFate
  extra?: string
  className?: string
  testId?: string
  onPick: (recordIndex: number) => void
}) {
  const { token, fate, extra, className, testId, onPick } = props
  const event = token.eventName?.toLowerCase() ?? 'unknown'
  const what = [`record #${token.recordIndex}`, token.eventName, token.label, fate, extra].filter(
    Boolean,
  )
  const text = `${what.join(' · ')}. Click for its history.`
  return (
    <button
      type="button"
      className={`ptoken ptoken--${event}${fate ? ` fate--${fate}` : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={text}
      title={text}
      onClick={() => onPick(token.recordIndex)}
    >
      {token.recordIndex}
    </button>
  )
}

/** Records beyond those drawn, as one counted chip. */
export function MoreChip({ count, what }: { count: number; what: string }) {
  if (count <= 0) return null
  const text = `${formatCount(count)} more ${what} not drawn`
  return (
    <span className="pchip" title={text} aria-label={text} role="img">
      +{formatCount(count)}
    </span>
  )
}
