import { selectUndeployed, useAppActions, useAppStore } from '../../store'

/**
 * Deploys the edited handler to the running function, as AWS needs an explicit deploy (UpdateFunctionCode,
 * docs/semantics.md D15). Ctrl+S (⌘S) in the editor does the same.
 */
export function DeployButton() {
  const undeployed = useAppStore(selectUndeployed)
  const actions = useAppActions()
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="handler.deploy"
      disabled={!undeployed}
      aria-keyshortcuts="Control+S Meta+S"
      title="Deploy the edited handler to the running function: the invocations that start after the update run it"
      onClick={actions.deployHandler}
    >
      Deploy{' '}
      <kbd className="live-update__key" aria-hidden="true">
        Ctrl+S
      </kbd>
    </button>
  )
}

/** Ctrl+S / ⌘S inside the editor deploys instead of saving the page. */
export function isDeployShortcut(event: {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
}): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's'
}
