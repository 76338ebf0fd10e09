import { selectScenarioName, selectStorageNotice, useAppActions, useAppStore } from '../../store'
import { downloadText } from './download'

/** Says once, quietly, that the work is not kept in this browser, or that saved work was unreadable. */
export function StorageNotice() {
  const notice = useAppStore(selectStorageNotice)
  const name = useAppStore(selectScenarioName)
  const { dismissStorageNotice } = useAppActions()
  if (notice === undefined) return null
  return (
    <div className="notice gallery__notice" role="status" data-testid="storage.notice">
      <p data-testid="storage.notice.text">
        {notice.kind === 'unreadable'
          ? `Your saved work could not be restored: ${notice.reason}. “${name ?? 'The default scenario'}” is open instead.`
          : `Your work is not kept in this browser: ${notice.reason}. Export the scenario to keep a copy.`}
      </p>
      {notice.kind === 'unreadable' && (
        <button
          type="button"
          className="button button--small"
          data-testid="storage.notice.download"
          onClick={() => downloadText('unreadable-saved-work.json', notice.text)}
        >
          Download the unreadable copy
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        data-testid="storage.notice.dismiss"
        aria-label="Dismiss the storage notice"
        onClick={dismissStorageNotice}
      >
        Dismiss
      </button>
    </div>
  )
}
