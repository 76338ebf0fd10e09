/**
 * The handler's code editor: Monaco with the Lambda typings, for JavaScript or TypeScript.
 * Default export, loaded through `React.lazy` (see index.ts) so Monaco stays out of the first load.
 */
import Editor from '@monaco-editor/react'
import type { OnMount, OnValidate } from '@monaco-editor/react'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { EditorPlaceholder } from './EditorPlaceholder'
import { monaco } from './monacoSetup'
import { installTabFocusKeys } from './tabFocusKeys'

export interface EditorDiagnostic {
  readonly message: string
  /** 1-based line in the handler's code. */
  readonly line: number
  /** 1-based column: several problems on one line (say `}}}`) read apart only by it. */
  readonly column: number
  readonly severity: 'error' | 'warning'
}

export interface HandlerEditorProps {
  readonly value: string
  readonly language: 'javascript' | 'typescript'
  /** The app's theme; Monaco follows it. */
  readonly theme?: 'light' | 'dark'
  readonly onChange: (value: string) => void
  readonly onDiagnostics?: (markers: EditorDiagnostic[]) => void
  /** Whether Tab currently moves focus out of the editor instead of indenting. */
  readonly onTabMovesFocusChange?: (tabMovesFocus: boolean) => void
  /** Focus the editor once it is up (the user had focused its placeholder). */
  readonly focusOnMount?: boolean
}

/** One model per language: the file name tells the TypeScript service how to check it. */
const MODEL_PATHS = { javascript: 'file:///index.js', typescript: 'file:///index.ts' } as const

export default function HandlerEditor({
  value,
  language,
  theme = 'light',
  onChange,
  onDiagnostics,
  onTabMovesFocusChange,
  focusOnMount = false,
}: HandlerEditorProps) {
  // Tests (and the app) wait for this marker: Monaco has loaded from the bundle and mounted.
  useEffect(
    () => () => {
      delete document.body.dataset.monacoReady
    },
    [],
  )

  const editorRef = useRef<Parameters<OnMount>[0] | null>(null)
  const valueRef = useRef(value)
  const tabFocusKeys = useRef<monaco.IDisposable | null>(null)
  const onTabMovesFocusChangeRef = useRef(onTabMovesFocusChange)
  useLayoutEffect(() => {
    onTabMovesFocusChangeRef.current = onTabMovesFocusChange
  }, [onTabMovesFocusChange])
  useEffect(() => () => tabFocusKeys.current?.dispose(), [])

  // The model is the source of truth while the user types; `value` only flows in when it changes
  // from outside (a template, a shared link). @monaco-editor/react's own `value` sync runs in a
  // passive effect, which can land after the next keystroke and revert it (lost characters).
  // A layout effect runs in the same task as the render, so `value` still matches the model unless
  // it really changed elsewhere.
  useLayoutEffect(() => {
    valueRef.current = value
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model || model.getValue() === value) return
    // One undoable edit: Ctrl+Z brings the user's previous code back.
    editor.pushUndoStop()
    editor.executeEdits('handler-editor', [{ range: model.getFullModelRange(), text: value }])
    editor.pushUndoStop()
  }, [value])

  // A new language switches to that language's model (in the child's effects, which run before
  // this one); a model kept from an earlier switch may hold older code.
  useEffect(() => syncModel(editorRef.current, valueRef.current), [language])

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor
    // Monaco loads asynchronously: the code may have changed since the model was created.
    syncModel(editor, valueRef.current)
    tabFocusKeys.current = installTabFocusKeys(editor, (tabMovesFocus) =>
      onTabMovesFocusChangeRef.current?.(tabMovesFocus),
    )
    document.body.dataset.monacoReady = '1'
    if (focusOnMount) editor.focus()
  }

  const handleValidate: OnValidate = (markers) => {
    onDiagnostics?.(
      markers
        .filter((marker) => marker.severity >= monaco.MarkerSeverity.Warning)
        .map((marker) => ({
          message: typeof marker.message === 'string' ? marker.message : String(marker.message),
          line: marker.startLineNumber,
          column: marker.startColumn,
          severity: marker.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning',
        })),
    )
  }

  return (
    <Editor
      className="handler-editor"
      height="100%"
      language={language}
      path={MODEL_PATHS[language]}
      theme={theme === 'dark' ? 'vs-dark' : 'light'}
      defaultValue={value}
      onChange={(next) => onChange(next ?? '')}
      onMount={handleMount}
      onValidate={handleValidate}
      options={{
        ariaLabel: 'Handler code',
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        tabSize: 2,
      }}
      loading={<EditorPlaceholder code={value} />}
    />
  )
}

function syncModel(editor: Parameters<OnMount>[0] | null, value: string): void {
  if (editor !== null && editor.getValue() !== value) editor.setValue(value)
}
