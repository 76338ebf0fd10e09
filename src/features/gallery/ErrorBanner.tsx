/** A dismissible list of reasons why a scenario did not load (import, share link); nothing else changed. */
export function ErrorBanner({
  testId,
  title,
  lines,
  dismissLabel,
  onDismiss,
  stage,
}: {
  testId: string
  title: string
  lines: readonly string[]
  dismissLabel: string
  onDismiss: () => void
  stage?: string
}) {
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
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
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
