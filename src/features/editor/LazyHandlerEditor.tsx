/**
 * `React.lazy` facade of HandlerEditor: Monaco (megabytes) stays out of the first load. Until its
 * chunk arrives the code shows read-only in a <pre>, so the app shell paints first.
 */
import './editor.css'
import { lazy, Suspense } from 'react'
import type { HandlerEditorProps } from './HandlerEditor'

const HandlerEditor = lazy(() => import('./HandlerEditor'))

export function LazyHandlerEditor(props: HandlerEditorProps) {
  return (
    <Suspense
      fallback={
        <pre className="handler-editor__loading" data-testid="editor.fallback" aria-busy="true">
          {props.value}
        </pre>
      }
    >
      <HandlerEditor {...props} />
    </Suspense>
  )
}
