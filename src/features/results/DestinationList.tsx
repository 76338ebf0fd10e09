import { CodeBlock } from '../../ui/CodeBlock'
import { formatElapsed } from '../../lib/units'
import { selectDestinations, useAppStore } from '../../store'

/** The failure destination's messages, as the queue / topic / bucket received them. */
export function DestinationList() {
  const destinations = useAppStore(selectDestinations)
  if (destinations.length === 0) return <p className="muted">No failure records yet.</p>
  return (
    <ol className="destinations" aria-label="Failure destination messages">
      {destinations.map((d, i) => (
        <li key={i} data-testid={`destination.${i}`}>
          <div className="muted">
            {formatElapsed(d.atMs)} · {d.kind.toUpperCase()} · {d.target}
          </div>
          <CodeBlock label={`Failure record ${i + 1}`} testId={`destination.${i}.message`}>
            {JSON.stringify(d.sns ?? d.message, null, 2)}
          </CodeBlock>
        </li>
      ))}
    </ol>
  )
}
