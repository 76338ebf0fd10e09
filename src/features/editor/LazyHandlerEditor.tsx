/**
 * `React.lazy` facade of HandlerEditor: Monaco (megabytes, and a TypeScript worker) stays out of the
 * first load, and is fetched only when the editor comes near the screen or its placeholder gets focus.
 * The editor sits below the fold at 768-1440 px, so a visit that never scrolls to it never pays for
 * Monaco (about 2 CPU-seconds per page load). Until then the code shows read-only in a placeholder.
 */
import './editor.css'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { EditorPlaceholder } from './EditorPlaceholder'
import type { HandlerEditorProps } from './HandlerEditor'

const HandlerEditor = lazy(() => import('./HandlerEditor'))

/** How far below the viewport the editor starts loading, so a scrolling user rarely sees the placeholder. */
const PRELOAD_MARGIN = '400px'

export function LazyHandlerEditor(props: HandlerEditorProps) {
  const placeholder = useRef<HTMLDivElement>(null)
  // Without IntersectionObserver (old browsers) the editor loads at once.
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === 'undefined')
  const [focusOnMount, setFocusOnMount] = useState(false)
  useEffect(() => {
    const element = placeholder.current
    if (wanted || element === null) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWanted(true)
      },
      { rootMargin: PRELOAD_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [wanted])

  const fallback = (
    <EditorPlaceholder
      ref={placeholder}
      code={props.value}
      onFocus={() => {
        // Keyboard users tab into the placeholder: the editor takes the focus once it is up.
        setFocusOnMount(true)
        setWanted(true)
      }}
    />
  )
  if (!wanted) return fallback
  return (
    <Suspense fallback={fallback}>
      <HandlerEditor {...props} focusOnMount={focusOnMount} />
    </Suspense>
  )
}
