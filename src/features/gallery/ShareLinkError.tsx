import { selectShareError, useAppActions, useAppStore } from '../../store'
import type { ShareError } from '../../store'

/** The banner's first line: which step of reading the link failed (SCENARIO-FORMAT.md §3). */
const TITLES: Record<ShareError['stage'], string> = {
  decode: 'The share link could not be opened: its data could not be decoded (decode).',
  inflate: 'The share link could not be opened: its data could not be inflated (inflate).',
  parse: 'The share link could not be opened: its scenario could not be parsed (parse).',
  validate: 'The share link could not be opened: its scenario is not valid (validate).',
  newer: 'The share link could not be opened: it needs a newer version of the playground.',
}

/** A bad share link opens the default scenario; this says why, and nothing else changed. */
export function ShareLinkError() {
  const error = useAppStore(selectShareError)
  const { dismissShareError } = useAppActions()
  if (error === undefined) return null
  return (
    <div
      className="error-banner gallery__errors"
      role="alert"
      data-testid="share.error"
      data-stage={error.stage}
    >
      <p className="gallery__errors-title" data-testid="share.error.title">
        {TITLES[error.stage]}
      </p>
      <ul>
        {error.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        data-testid="share.error.dismiss"
        aria-label="Dismiss the share link error"
        onClick={dismissShareError}
      >
        Dismiss
      </button>
    </div>
  )
}
