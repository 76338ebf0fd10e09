import { selectShareError, useAppActions, useAppStore } from '../../store'
import type { ShareError } from '../../store'
import { ErrorBanner } from './ErrorBanner'

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
    <ErrorBanner
      testId="share.error"
      stage={error.stage}
      title={TITLES[error.stage]}
      lines={error.lines}
      dismissLabel="Dismiss the share link error"
      onDismiss={dismissShareError}
    />
  )
}
