import { describe, expect, it } from 'vitest'
import { fileAfter, NO_CONSOLE_ACTIONS, recordAction, withConsoleActions } from './consoleFile'

describe('console requests in the scenario file (docs/semantics.md D16)', () => {
  const file = { name: 'x', mapping: { StartingPosition: 'LATEST', BatchSize: 10 } }

  it('D16: the panel shows what an update or a create leaves', () => {
    expect(
      fileAfter(file, { UpdateEventSourceMapping: { FunctionName: 'f', BatchSize: 50 } }),
    ).toEqual({
      name: 'x',
      mapping: { StartingPosition: 'LATEST', BatchSize: 50 },
    })
    expect(
      fileAfter(file, {
        CreateEventSourceMapping: {
          FunctionName: 'f',
          EventSourceArn: 'a',
          StartingPosition: 'TRIM_HORIZON',
        },
      }),
    ).toEqual({ name: 'x', mapping: { StartingPosition: 'TRIM_HORIZON' } })
    expect(fileAfter(file, { DeleteEventSourceMapping: {} })).toBe(file)
  })

  it('D16: Export writes the mapping the run started with, then the requests at their times', () => {
    let recorded = recordAction(NO_CONSOLE_ACTIONS, 3, file.mapping, 2_000, {
      DeleteEventSourceMapping: {},
    })
    const after = { ...file, mapping: { StartingPosition: 'LATEST' } }
    recorded = recordAction(recorded, 3, after.mapping, 5_000, {
      CreateEventSourceMapping: { StartingPosition: 'LATEST' },
    })
    expect(withConsoleActions(after, recorded, 3)).toEqual({
      name: 'x',
      mapping: { StartingPosition: 'LATEST', BatchSize: 10 },
      actions: [
        { atMs: 2_000, DeleteEventSourceMapping: {} },
        { atMs: 5_000, CreateEventSourceMapping: { StartingPosition: 'LATEST' } },
      ],
    })
    // A new run of the scenario (another load) starts without them.
    expect(withConsoleActions(after, recorded, 4)).toBe(after)
  })
})
