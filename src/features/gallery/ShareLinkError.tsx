import {
  selectRestored,
  selectScenarioName,
  selectShareError,
  useAppActions,
  useAppStore,
} from '../../store'
import type { ShareError } from '../../store'
import { ErrorBanner } from './ErrorBanner'

/** What went wrong, in the user's terms: a link that does not decode was cut or changed on the way. */
const PROBLEMS: Record<ShareError['stage'], string> = {
  decode: 'This link is damaged or incomplete',
  inflate: 'This link is damaged or incomplete',
  parse: 'This link is damaged or incomplete',
  validate: "This link's scenario is not valid",
  newer: 'This link needs a newer version of the playground',
}

/** Which step of reading the link failed (docs/scenario-format.md §5), behind the disclosure. */
const STAGES: Record<Exclude<ShareError['stage'], 'newer'>, string> = {
  decode: 'Details: its data could not be decoded (decode)',
  inflate: 'Details: its data could not be inflated (inflate)',
  parse: 'Details: its scenario could not be parsed (parse)',
  validate: 'Details: its scenario did not validate (validate)',
}

/** A bad share link changes nothing: this says so, names what is open instead, and why. */
export function ShareLinkError() {
  const error = useAppStore(selectShareError)
  const name = useAppStore(selectScenarioName)
  const restored = useAppStore(selectRestored)
  const { dismissShareError } = useAppActions()
  if (error === undefined) return null
  const quoted = name === undefined ? 'another scenario' : `“${name}”`
  const open = restored ? `your saved work, ${quoted},` : quoted
  return (
    <ErrorBanner
      testId="share.error"
      stage={error.stage}
      title={`${PROBLEMS[error.stage]}; ${open} is open instead.`}
      // What a newer playground made, and what this one reads, is said at once: nothing to debug.
      detailsLabel={error.stage === 'newer' ? undefined : STAGES[error.stage]}
      lines={error.lines}
      dismissLabel="Dismiss the share link error"
      onDismiss={dismissShareError}
    />
  )
}
