import { useRef, useState } from 'react'
import { useAppActions } from '../../store'

/** Chat apps cut longer messages (Discord: 2,000 characters), so the user is told before pasting. */
const CHAT_LIMIT = 2000

type Copied = { readonly url: string; readonly onClipboard: boolean }

/** "Copy link": the current scenario (as Export makes it) in the URL fragment, on the clipboard. */
export function ShareButton() {
  const { shareHash } = useAppActions()
  const [copied, setCopied] = useState<Copied | undefined>(undefined)
  const field = useRef<HTMLInputElement>(null)

  async function copy(): Promise<void> {
    const url = `${location.href.split('#')[0]}${shareHash()}`
    let onClipboard = true
    try {
      await navigator.clipboard.writeText(url)
    } catch {
      // No permission or no secure context: the selected field lets the user copy it by hand.
      onClipboard = false
    }
    setCopied({ url, onClipboard })
    if (!onClipboard) requestAnimationFrame(() => field.current?.select())
  }

  return (
    <>
      <button
        type="button"
        className="button button--small"
        data-testid="scenario.share"
        title="Copy a link to this scenario: it carries the whole scenario, edits included"
        onClick={() => void copy()}
      >
        Copy link
      </button>
      {copied !== undefined && (
        <span className="gallery__share">
          <span role="status" data-testid="scenario.share.status">
            {copied.onClipboard
              ? `Link copied (${copied.url.length} characters).`
              : 'Copy the selected link:'}
            {copied.url.length > CHAT_LIMIT && ' Too long for Discord; Export the file instead.'}
          </span>
          <input
            ref={field}
            className="gallery__share-link"
            data-testid="scenario.share.link"
            aria-label="Link to this scenario"
            readOnly
            value={copied.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </>
  )
}
