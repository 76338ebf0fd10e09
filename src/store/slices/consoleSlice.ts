import type { StateCreator } from 'zustand'
import { streamArnOf } from '../../engine'
import type { MappingApiCall } from '../../engine'
import { boundText } from '../../lib/boundText'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { fileAfter, NO_CONSOLE_ACTIONS, recordAction } from '../consoleFile'
import type { ConsoleActions } from '../consoleFile'
import { validateFile } from '../scenarioEdit'

/** The CLI's parser and printer, fetched with the first command (kept out of the first load). */
const loadCli = () => import('../../cli-sim/console')

/** One command and what the CLI printed for it. */
export interface ConsoleEntry {
  readonly id: number
  readonly command: string
  readonly output: string
  readonly failed: boolean
}

/** The most entries the console keeps on screen (older ones scroll away, as in a terminal). */
const MAX_ENTRIES = 50

export interface ConsoleSlice {
  console: {
    readonly entries: readonly ConsoleEntry[]
    /** Commands typed, oldest first (↑ recalls them). */
    readonly history: readonly string[]
    readonly busy: boolean
    readonly recorded: ConsoleActions
  }
  /**
   * Runs an `aws lambda …-event-source-mapping` command (or loads a pasted get-event-source-mapping answer)
   * against the running simulation, as the settings panel's changes do (docs/semantics.md D16).
   */
  runConsoleCommand: (line: string) => Promise<void>
}

export function createConsoleSlice(runtime: Runtime): StateCreator<AppState, [], [], ConsoleSlice> {
  return (set, get) => {
    let nextId = 1

    function print(command: string, output: string, failed: boolean): void {
      const { console } = get()
      const entry = { id: nextId++, command, output, failed }
      set({ console: { ...console, entries: [...console.entries, entry].slice(-MAX_ENTRIES) } })
    }

    /** Sends one request; an accepted change is recorded and shown by the settings panel. */
    async function call(call: MappingApiCall): Promise<{ text: string; failed: boolean }> {
      const loadId = get().sim.loadId
      const answer = await runtime.mappingApi(call)
      if (answer === undefined)
        return { text: 'The scenario changed before the answer came.', failed: true }
      if (answer.ok && answer.action !== undefined && get().sim.loadId === loadId) {
        const { scenario, console } = get()
        const mapping = (scenario.file.mapping ?? {}) as Record<string, unknown>
        const recorded = recordAction(console.recorded, loadId, mapping, answer.atMs, answer.action)
        const file = fileAfter(scenario.file, answer.action)
        const result = validateFile(file)
        const drafts = Object.fromEntries(
          Object.entries(scenario.drafts).filter(([key]) => !key.startsWith('mapping.')),
        )
        set({
          console: { ...get().console, recorded },
          ...(result.ok
            ? {
                scenario: {
                  ...scenario,
                  file,
                  settings: result.scenario.mapping.settings,
                  drafts,
                  fieldErrors: {},
                },
              }
            : {}),
        })
      }
      const { formatAnswer } = await loadCli()
      return { text: formatAnswer(call.operation, answer), failed: !answer.ok }
    }

    /** A pasted answer: an update of the mapping there is, else a create with its StartingPosition. */
    async function paste(line: string): Promise<{ text: string; failed: boolean }> {
      const { pastedSettings } = await loadCli()
      const pasted = pastedSettings(line)
      if (!pasted.ok) return { text: pasted.error, failed: true }
      const listed = await runtime.mappingApi({ operation: 'ListEventSourceMappings', input: {} })
      const existing = listed?.ok
        ? (listed.body.EventSourceMappings as { UUID: string }[])[0]
        : undefined
      if (existing !== undefined)
        return call({
          operation: 'UpdateEventSourceMapping',
          input: { UUID: existing.UUID, ...pasted.settings },
        })
      const valid = validateFile(get().scenario.file)
      if (!valid.ok) return { text: 'The scenario is not valid: fix it first.', failed: true }
      const { scenario } = valid
      return call({
        operation: 'CreateEventSourceMapping',
        input: {
          EventSourceArn: streamArnOf(scenario),
          FunctionName: scenario.fn.functionName,
          StartingPosition: pasted.startingPosition,
          ...pasted.settings,
        },
      })
    }

    async function answer(command: string): Promise<{ text: string; failed: boolean }> {
      const { looksLikeJson, parseCommand } = await loadCli()
      if (looksLikeJson(command)) return paste(command)
      const parsed = parseCommand(command)
      if (parsed.kind === 'empty') return { text: '', failed: false }
      if (parsed.kind === 'cliError') return { text: parsed.text, failed: true }
      return call(parsed.call)
    }

    return {
      console: { entries: [], history: [], busy: false, recorded: NO_CONSOLE_ACTIONS },
      async runConsoleCommand(line) {
        const command = line.trim()
        if (command === '') return
        const history = get().console.history
        set({
          console: {
            ...get().console,
            busy: true,
            history: history[history.length - 1] === command ? history : [...history, command],
          },
        })
        let result: { text: string; failed: boolean }
        try {
          result = await answer(command)
        } catch (error) {
          // The simulator's own failure is printed, and the console takes the next command (never stays busy).
          result = { text: `Internal error: ${boundText(String(error))}`, failed: true }
        }
        print(command, result.text, result.failed)
        set({ console: { ...get().console, busy: false } })
      },
    }
  }
}
