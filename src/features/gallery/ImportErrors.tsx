import { selectImportErrors, useAppActions, useAppStore } from '../../store'
import { ErrorBanner } from './ErrorBanner'

/** Why a file was not loaded, one line per validation error; the current scenario is untouched. */
export function ImportErrors() {
  const errors = useAppStore(selectImportErrors)
  const { dismissImportErrors } = useAppActions()
  if (errors.length === 0) return null
  return (
    <ErrorBanner
      testId="scenario.importErrors"
      title="The file was not loaded; your current scenario is unchanged."
      lines={errors}
      dismissLabel="Dismiss the import errors"
      onDismiss={dismissImportErrors}
    />
  )
}
