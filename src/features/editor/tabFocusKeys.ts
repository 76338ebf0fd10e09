/**
 * The ways out of the editor by keyboard. Tab indents; Ctrl+M switches Tab to moving focus and back
 * (Monaco's own Ctrl+M action flips a page-wide flag the editor API cannot read, so the footer could
 * not follow it: this command flips the editor's `tabFocusMode` option instead). And an Escape that
 * no Monaco widget consumed (suggestions, find, hints…) lets the next Tab or Shift+Tab leave the
 * editor; any other key cancels that.
 */
import { monaco } from './monacoSetup'

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta'])
const { KeyCode, KeyMod } = monaco

export function installTabFocusKeys(
  editor: monaco.editor.IStandaloneCodeEditor,
  onTabMovesFocusChange: (tabMovesFocus: boolean) => void,
): monaco.IDisposable {
  const tabFocusOption = monaco.editor.EditorOption.tabFocusMode
  /** What Ctrl+M chose. */
  let tabMovesFocus = editor.getOption(tabFocusOption)
  /** Escape was pressed: the next Tab leaves even though Ctrl+M did not ask for it. */
  let armed = false
  const apply = () => editor.updateOptions({ tabFocusMode: tabMovesFocus || armed })
  const disarm = () => {
    if (!armed) return
    armed = false
    apply()
  }
  const toggle = () => {
    armed = false
    tabMovesFocus = !tabMovesFocus
    apply()
  }
  // Monaco's own bindings: Ctrl+M (CtrlCmd is Ctrl off macOS), Ctrl+Shift+M on macOS (WinCtrl).
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyM, toggle)
  editor.addCommand(KeyMod.WinCtrl | KeyMod.Shift | KeyCode.KeyM, toggle)

  // Monaco handles its own keys first and marks them handled (preventDefault): a bare Escape that
  // reaches the container unhandled closed nothing, so it is the user's "let me out".
  const container = editor.getContainerDomNode()
  const onContainerKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || armed) return
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return
    armed = true
    apply()
  }
  container.addEventListener('keydown', onContainerKeyDown)

  const disposables = [
    // Runs before Monaco's keybindings: a Tab keeps the armed state so the browser moves focus.
    editor.onKeyDown((event) => {
      const key = event.browserEvent.key
      if (key !== 'Tab' && key !== 'Escape' && !MODIFIERS.has(key)) disarm()
    }),
    editor.onDidBlurEditorText(disarm),
    editor.onMouseDown(disarm),
    editor.onDidChangeConfiguration((event) => {
      if (event.hasChanged(tabFocusOption)) onTabMovesFocusChange(editor.getOption(tabFocusOption))
    }),
  ]
  onTabMovesFocusChange(editor.getOption(tabFocusOption))
  return {
    dispose() {
      container.removeEventListener('keydown', onContainerKeyDown)
      for (const d of disposables) d.dispose()
    },
  }
}
