import { Fragment, memo, useState } from 'react'
import type { ReportDestination } from '../../engine'
import { formatElapsed } from '../../lib/units'
import type { DestinationCoverage } from '../../store'
import {
  describeCoverage,
  pointerNote,
  sameCoverage,
  snsInnerMessage,
  useAppActions,
} from '../../store'
import { CodeBlock } from '../../ui/CodeBlock'

/** The records a message points at, each a button that opens its history ("Why?"). */
function Coverage({ coverage, id }: { coverage: DestinationCoverage; id: string }) {
  const { openWhy } = useAppActions()
  return (
    <p className="destination__covers" data-testid={`${id}.covers`}>
      {describeCoverage(coverage)}{' '}
      {coverage.records.map((r, i) => (
        // Spaces between the buttons keep the line's text readable as text (copy, screen readers).
        <Fragment key={r.index}>
          {i > 0 && ' '}
          <button
            type="button"
            className="button button--small destination__record"
            data-testid={`${id}.record.${r.index}`}
            aria-label={`Record #${r.index} ${r.label}: open its history`}
            onClick={() => openWhy(r.index)}
          >
            #{r.index} {r.label}
          </button>
        </Fragment>
      ))}
    </p>
  )
}

/** Copies the message exactly as delivered; the clipboard may be refused, and the button says so. */
function CopyRaw({ text, id }: { text: string; id: string }) {
  const [status, setStatus] = useState<string>('')
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied.')
    } catch {
      setStatus('The browser refused the clipboard: select the JSON above and copy it.')
    }
  }
  return (
    <span className="destination__copy">
      <button
        type="button"
        className="button button--small"
        data-testid={`${id}.copy`}
        onClick={() => void copy()}
      >
        Copy raw JSON
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </span>
  )
}

/**
 * One failure record as a destination received it: what it covers in words, then its JSON. SNS wraps the
 * invocation record in a JSON string (`Message`): it is shown parsed, the exact notification folded below.
 */
export const DestinationMessage = memo(
  function DestinationMessage(props: {
    destination: ReportDestination
    index: number
    coverage: DestinationCoverage | undefined
  }) {
    const { destination: d, index, coverage } = props
    const id = `destination.${index}`
    const raw = JSON.stringify(d.sns ?? d.message, null, 2)
    const inner = d.kind === 'sns' ? snsInnerMessage(d.sns) : undefined
    return (
      <li className="destination" data-testid={id}>
        <div className="muted">
          {formatElapsed(d.atMs)} · {d.kind.toUpperCase()} · {d.target}
        </div>
        {coverage && <Coverage coverage={coverage} id={id} />}
        <p className="destination__note" data-testid={`${id}.note`}>
          {pointerNote(d.kind)}
        </p>
        {inner === undefined ? (
          <>
            <CodeBlock label={`Failure record ${index + 1}`} testId={`${id}.message`}>
              {raw}
            </CodeBlock>
            <CopyRaw text={raw} id={id} />
          </>
        ) : (
          <>
            <h4 className="inv-details__label">Message (the notification's JSON string, parsed)</h4>
            <CodeBlock label={`Failure record ${index + 1}, parsed`} testId={`${id}.inner`}>
              {JSON.stringify(inner, null, 2)}
            </CodeBlock>
            <details className="destination__raw">
              <summary data-testid={`${id}.raw`}>The SNS notification exactly as delivered</summary>
              <CodeBlock
                label={`SNS notification ${index + 1}`}
                testId={`${id}.message`}
                className="json--wrap"
              >
                {raw}
              </CodeBlock>
              <CopyRaw text={raw} id={id} />
            </details>
          </>
        )}
      </li>
    )
  },
  // Redrawn only when its message or its words change, not on every frame that brings records.
  (a, b) =>
    a.destination === b.destination && a.index === b.index && sameCoverage(a.coverage, b.coverage),
)
