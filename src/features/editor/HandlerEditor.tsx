/**
 * The handler's code editor: Monaco with the Lambda typings, for JavaScript or TypeScript.
 * Default export, loaded through `React.lazy` (see index.ts) so Monaco stays out of the first load.
 */
import Editor from '@monaco-editor/react'
import type { OnMount, OnValidate } from '@monaco-editor/react'
import { useEffect } from 'react'
import { monaco } from './monacoSetup'

export interface EditorDiagnostic {
  readonly message: string
  /** 1-based line in the handler's code. */
  readonly line: number
  readonly severity: 'error' | 'warning'
}

export interface HandlerEditorProps {
  readonly value: string
  readonly language: 'javascript' | 'typescript'
  readonly onChange: (value: string) => void
  readonly onDiagnostics?: (markers: EditorDiagnostic[]) => void
}

/** One model per language: the file name tells the TypeScript service how to check it. */
const MODEL_PATHS = { javascript: 'file:///index.js', typescript: 'file:///index.ts' } as const

export default function HandlerEditor({
  value,
  language,
  onChange,
  onDiagnostics,
}: HandlerEditorProps) {
  // Tests (and the app) wait for this marker: Monaco has loaded from the bundle and mounted.
  useEffect(
    () => () => {
      delete document.body.dataset.monacoReady
    },
    [],
  )

  const handleMount: OnMount = () => {
    document.body.dataset.monacoReady = '1'
  }

  const handleValidate: OnValidate = (markers) => {
    onDiagnostics?.(
      markers
        .filter((marker) => marker.severity >= monaco.MarkerSeverity.Warning)
        .map((marker) => ({
          message: typeof marker.message === 'string' ? marker.message : String(marker.message),
          line: marker.startLineNumber,
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
      value={value}
      onChange={(next) => onChange(next ?? '')}
      onMount={handleMount}
      onValidate={handleValidate}
      options={{
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        tabSize: 2,
      }}
      loading={<pre className="handler-editor__loading">{value}</pre>}
    />
  )
}
