/** Public door of the editor feature. Import only from here: HandlerEditor itself is lazy. */
export { LazyHandlerEditor } from './LazyHandlerEditor'
export type { EditorDiagnostic, HandlerEditorProps } from './HandlerEditor'
