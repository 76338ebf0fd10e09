import { selectImportErrors, useAppActions, useAppStore } from '../../store'

/** Why a file was not loaded, one line per validation error; the current scenario is untouched. */
export function ImportErrors() {
  const errors = useAppStore(selectImportErrors)
  const { dismissImportErrors } = useAppActions()
  if (errors.length === 0) return null
  return (
    <div className="error-banner gallery__errors" role="alert" data-testid="scenario.importErrors">
      <p className="gallery__errors-title">
        The file was not loaded; your current scenario is unchanged.
      </p>
      <ul>
        {errors.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        data-testid="scenario.importErrors.dismiss"
        aria-label="Dismiss the import errors"
        onClick={dismissImportErrors}
      >
        Dismiss
      </button>
    </div>
  )
}
