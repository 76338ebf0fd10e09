/**
 * Which global playback shortcut a keydown means, if any. Kept free of the DOM's classes so Vitest
 * (Node) can test it with plain objects.
 */
export type PlaybackKeyAction = 'togglePlay' | 'step'

/** The part of a KeyboardEvent's target this decision reads. */
export interface KeyTarget {
  closest(selector: string): unknown
  readonly isContentEditable?: boolean
}

export interface PlaybackKeyEvent {
  readonly key: string
  readonly target: unknown
  readonly ctrlKey: boolean
  readonly altKey: boolean
  readonly metaKey: boolean
  readonly repeat: boolean
  readonly defaultPrevented: boolean
}

/** ARIA widgets whose keyboard pattern uses Space or the arrow keys. */
const KEY_OWNING_ROLES = [
  'slider',
  'tab',
  'tablist',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'option',
  'menu',
  'menubar',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'radio',
  'radiogroup',
  'spinbutton',
  'tree',
  'treeitem',
  'treegrid',
  'grid',
  'gridcell',
  'dialog',
  'alertdialog',
]

/**
 * Elements that keep their keys. Monaco's input is a `div.native-edit-context` (EditContext API) in
 * current Chromium, neither a textarea nor contenteditable: anything inside `.monaco-editor` counts.
 */
export const KEY_OWNER_SELECTOR = [
  '.monaco-editor',
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  'dialog[open]',
  ...KEY_OWNING_ROLES.map((role) => `[role="${role}"]`),
].join(', ')

/** Space on these already activates them (click, toggle). */
const SPACE_ACTIVATES = 'button, a[href], summary, [role="button"], [role="link"]'

function isKeyTarget(target: unknown): target is KeyTarget {
  return (
    typeof target === 'object' &&
    target !== null &&
    typeof (target as Partial<KeyTarget>).closest === 'function'
  )
}

/** True when the focused element (or a widget around it) uses this key itself. */
export function ownsKeys(target: unknown): boolean {
  if (!isKeyTarget(target)) return false
  return target.isContentEditable === true || target.closest(KEY_OWNER_SELECTOR) !== null
}

/** Space plays or pauses, → steps; nothing when another handler, a modifier or a widget has the key. */
export function playbackKeyAction(event: PlaybackKeyEvent): PlaybackKeyAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return undefined
  if (ownsKeys(event.target)) return undefined
  if (event.key === ' ') {
    // A held Space would flip play/pause at the key-repeat rate.
    if (event.repeat) return undefined
    if (isKeyTarget(event.target) && event.target.closest(SPACE_ACTIVATES) !== null)
      return undefined
    return 'togglePlay'
  }
  if (event.key === 'ArrowRight') return 'step'
  return undefined
}
