import type { StateCreator } from 'zustand'
import { buildTestInvocation, summarizeTestInvocation, virtualMs } from '../../engine'
import { convertHandlerLanguage, handlerTemplate } from '../../scenarios'
import type { TestInvocationResult } from '../../engine'
import type { HandlerTemplateName } from '../../scenarios'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { validateFile } from '../scenarioEdit'
import type { HandlerLanguage } from './scenarioSlice'

/** A type error or warning the editor reports for the handler's code. */
export interface HandlerDiagnostic {
  readonly message: string
  readonly line: number
  readonly column: number
  readonly severity: 'error' | 'warning'
}

export type TestRun =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'unavailable'; readonly message: string }
  | { readonly status: 'done'; readonly coldStart: boolean; readonly result: TestInvocationResult }

export interface HandlerSlice {
  handler: {
    test: TestRun
    diagnostics: readonly HandlerDiagnostic[]
    /** The code a template replaced, until the user edits again: what Undo brings back. */
    templateUndo: { readonly name: HandlerTemplateName; readonly previousCode: string } | undefined
  }
  /** The user typed in the editor. */
  editHandlerCode: (code: string) => void
  /** Switches JavaScript ⇄ TypeScript; an unchanged template follows in the other language. */
  setHandlerLanguage: (language: HandlerLanguage) => void
  /** Replaces the code with a template; `undoTemplate` (or Ctrl+Z in the editor) restores it. */
  applyTemplate: (name: HandlerTemplateName) => void
  undoTemplate: () => void
  setHandlerDiagnostics: (diagnostics: readonly HandlerDiagnostic[]) => void
  /**
   * Invokes the handler once, outside the simulation, like the Lambda console's Test button: an INSERT
   * record of the table's first item. The environment stays warm for the same code and run.
   */
  runTest: () => Promise<void>
}

export function createHandlerSlice(runtime: Runtime): StateCreator<AppState, [], [], HandlerSlice> {
  return (set, get) => {
    const setHandler = (handler: Partial<HandlerSlice['handler']>) =>
      set({ handler: { ...get().handler, ...handler } })
    const fn = () => (get().scenario.file.function ?? {}) as { code?: unknown; language?: unknown }
    const currentCode = () => (typeof fn().code === 'string' ? (fn().code as string) : '')
    const currentLanguage = (): HandlerLanguage =>
      fn().language === 'typescript' ? 'typescript' : 'javascript'
    let testCount = 0
    // Test environments have negative ids: the engine's are positive, so they never collide.
    let warm: { environmentId: number; key: string; loadId: number } | undefined

    return {
      handler: { test: { status: 'idle' }, diagnostics: [], templateUndo: undefined },
      editHandlerCode(code) {
        // Monaco echoes a template's text back through onChange: that is not an edit by the user.
        if (code === currentCode()) return
        get().setFunctionSource(code)
        setHandler({ templateUndo: undefined })
      },
      setHandlerLanguage(language) {
        get().setFunctionSource(convertHandlerLanguage(currentCode(), language), language)
      },
      applyTemplate(name) {
        const previousCode = currentCode()
        const code = handlerTemplate(name, currentLanguage())
        if (code === previousCode) return
        get().setFunctionSource(code)
        setHandler({ templateUndo: { name, previousCode } })
      },
      undoTemplate() {
        const undo = get().handler.templateUndo
        if (undo === undefined) return
        get().setFunctionSource(undo.previousCode)
        setHandler({ templateUndo: undefined })
      },
      setHandlerDiagnostics: (diagnostics) => setHandler({ diagnostics }),
      async runTest() {
        const { scenario, sim } = get()
        const validated = validateFile(scenario.file)
        const rowId = sim.table.order[0]
        const item = rowId === undefined ? undefined : sim.table.items.get(rowId)
        if (!validated.ok || item === undefined) {
          const message = validated.ok
            ? 'The table is empty: add an item to build a test event.'
            : 'The scenario is invalid: fix it to test the handler.'
          setHandler({ test: { status: 'unavailable', message } })
          return
        }
        const key = `${currentLanguage()}\n${currentCode()}`
        const coldStart = warm?.key !== key || warm.loadId !== sim.loadId
        const environmentId = coldStart ? -(testCount + 1) : (warm?.environmentId ?? -1)
        const id = ++testCount
        const request = buildTestInvocation(validated.scenario, {
          item,
          atMs: virtualMs(sim.simTimeMs),
          invocationId: -id,
          environmentId,
          coldStart,
        })
        setHandler({ test: { status: 'running' } })
        const outcome = await runtime.testInvoke(request)
        const result = summarizeTestInvocation(request, outcome)
        const lost = result.status === 'timedOut' || result.error?.errorType === 'Runtime.ExitError'
        warm = lost ? undefined : { environmentId, key, loadId: sim.loadId }
        // A later Test (or a new one while this ran) owns the display.
        if (id === testCount) setHandler({ test: { status: 'done', coldStart, result } })
      },
    }
  }
}
