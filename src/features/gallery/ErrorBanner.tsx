import { boundText } from '../../lib/boundText'

/** A message line may quote anything the user pasted: it is cut, and so is the number of lines. */
const MAX_LINE_CHARS = 300
const MAX_LINES = 20

/**
 * A dismissible list of reasons why a scenario did not load (import, share link); nothing else
 * changed. With `detailsLabel` the reasons are technical detail, one click away in a disclosure.
 */
export function ErrorBanner({
  testId,
  title,
  lines,
  dismissLabel,
  onDismiss,
  stage,
  detailsLabel,
}: {
  testId: string
  title: string
  lines: readonly string[]
  dismissLabel: string
  onDismiss: () => void
  stage?: string
  detailsLabel?: string
}) {
  const shown = lines.slice(0, MAX_LINES).map((line) => boundText(line, MAX_LINE_CHARS))
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more`)
  const list = (
    <ul>
      {shown.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  )
  return (
    <div
      className="error-banner gallery__errors"
      role="alert"
      data-testid={testId}
      data-stage={stage}
    >
      <p className="gallery__errors-title" data-testid={`${testId}.title`}>
        {title}
      </p>
      {detailsLabel === undefined ? (
        list
      ) : (
        <details className="gallery__details">
          <summary data-testid={`${testId}.details`}>{detailsLabel}</summary>
          {list}
        </details>
      )}
      <button
        type="button"
        className="button button--small"
        data-testid={`${testId}.dismiss`}
        aria-label={dismissLabel}
        onClick={onDismiss}
      >
        Dismiss
      </button>
    </div>
  )
}
