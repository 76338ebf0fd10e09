import { Suspense, lazy, useRef, useState } from 'react'
import { useAppActions } from '../../store'

// The dialog loads on first use, as Export to AWS's: the first page load's budget is spent.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })))

/** "Share…": opens the dialog with a link to the current scenario (as Export makes it). */
export function ShareButton() {
  const { shareHash } = useAppActions()
  const [url, setUrl] = useState<string | undefined>(undefined)
  const button = useRef<HTMLButtonElement>(null)

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--small"
        data-testid="scenario.share"
        aria-haspopup="dialog"
        title="Share a link to this scenario: it carries the whole scenario, edits included"
        // The link is taken when the dialog opens: it is the scenario the user is looking at.
        onClick={() => setUrl(`${location.href.split('#')[0]}${shareHash()}`)}
      >
        Share…
      </button>
      {url !== undefined && (
        <Suspense fallback={null}>
          <ShareDialog
            url={url}
            onClose={() => {
              setUrl(undefined)
              // WAI-ARIA dialog pattern: focus goes back to what opened it.
              button.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
