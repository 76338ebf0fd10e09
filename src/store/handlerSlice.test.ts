import { describe, expect, it } from 'vitest'
import { handlerTemplate, SCENARIO_PRESETS } from '../scenarios'
import type { InvocationOutcome, InvokeRequest } from '../engine'
import { createAppStore } from './createAppStore'
import { createFakeRuntime, SCENARIO_INFO, MAPPING_IN_EFFECT } from './testing/fakeRuntime'
import { selectHandlerCode, selectHandlerLanguage, selectHasEdits } from './selectors'

function setup(
  outcomeOf: (request: InvokeRequest) => InvocationOutcome = () => ({
    kind: 'returned',
    response: { ok: true },
    waitedMs: 5,
    logs: ['req\tINFO\thello'],
  }),
) {
  const fake = createFakeRuntime(outcomeOf)
  const store = createAppStore({ runtime: fake.runtime })
  store.getState().loadScenario(SCENARIO_PRESETS['poison-pill'])
  const item = { pk: { S: 'order-1' }, total: { N: '42' } }
  const info = { ...SCENARIO_INFO, clockStartMs: Date.UTC(2026, 0, 1) }
  fake.deliver({
    reports: [
      {
        type: 'loaded',
        loadId: 1,
        info,
        rows: [{ id: 'order-1', item }],
        mapping: MAPPING_IN_EFFECT,
      },
    ],
    outcomes: [],
  })
  return { store, tests: fake.tests, item }
}

describe('handler slice', () => {
  it('a template replaces the code and Undo brings the user’s code back', () => {
    const { store } = setup()
    store.getState().editHandlerCode('exports.handler = async () => "mine"')
    store.getState().applyTemplate('slow')
    expect(selectHandlerCode(store.getState())).toBe(handlerTemplate('slow', 'javascript'))
    store.getState().undoTemplate()
    expect(selectHandlerCode(store.getState())).toBe('exports.handler = async () => "mine"')
    expect(store.getState().handler.templateUndo).toBeUndefined()
  })

  it('the editor echoing a template back does not drop the Undo; a real edit does', () => {
    const { store } = setup()
    store.getState().applyTemplate('echo')
    store.getState().editHandlerCode(handlerTemplate('echo', 'javascript'))
    expect(store.getState().handler.templateUndo?.name).toBe('echo')
    store.getState().editHandlerCode('// edited')
    expect(store.getState().handler.templateUndo).toBeUndefined()
  })

  it('switching language carries an unchanged template over, and keeps edited code as is', () => {
    const { store } = setup()
    store.getState().applyTemplate('partialBatch')
    store.getState().setHandlerLanguage('typescript')
    expect(selectHandlerLanguage(store.getState())).toBe('typescript')
    expect(selectHandlerCode(store.getState())).toBe(handlerTemplate('partialBatch', 'typescript'))
    store.getState().editHandlerCode('export const handler = async () => 1')
    store.getState().setHandlerLanguage('javascript')
    expect(selectHandlerCode(store.getState())).toBe('export const handler = async () => 1')
  })

  it('JS → TS → JS gives back the opened file: the toggle alone is no edit', () => {
    const { store } = setup()
    store.getState().openScenario(SCENARIO_PRESETS['poison-pill'], 'poison-pill')
    store.getState().setHandlerLanguage('typescript')
    expect(selectHasEdits(store.getState())).toBe(true)
    store.getState().setHandlerLanguage('javascript')
    expect(store.getState().scenario.file).toEqual(SCENARIO_PRESETS['poison-pill'])
    expect(selectHasEdits(store.getState())).toBe(false)
  })

  it('Test invokes once with an INSERT record of the first item and shows the log', async () => {
    const { store, tests, item } = setup()
    await store.getState().runTest()
    const [request] = tests
    expect(request.coldStart).toBe(true)
    expect(request.environmentId).toBeLessThan(0)
    const event = request.event as { Records: { eventName: string; dynamodb: unknown }[] }
    expect(event.Records).toHaveLength(1)
    expect(event.Records[0]).toMatchObject({
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      dynamodb: { Keys: { pk: item.pk }, NewImage: item, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    })
    const test = store.getState().handler.test
    expect(test.status === 'done' && test.result.status).toBe('succeeded')
    const logs = test.status === 'done' ? test.result.logs : []
    expect(logs[0]).toMatch(/^START RequestId: /)
    expect(logs[1]).toBe('req\tINFO\thello')
    expect(logs[2]).toMatch(/^END RequestId: /)
    expect(logs[3]).toMatch(/^REPORT RequestId: .*Duration: 25\.00 ms.*Init Duration/)

    await store.getState().runTest()
    expect(tests[1].coldStart).toBe(false)
    expect(tests[1].environmentId).toBe(request.environmentId)
  })

  it('a Test that times out says so and the next one starts cold', async () => {
    const { store, tests } = setup(() => ({ kind: 'timeout', logs: [] }))
    await store.getState().runTest()
    const test = store.getState().handler.test
    expect(test.status === 'done' && test.result.status).toBe('timedOut')
    expect(test.status === 'done' && test.result.error?.errorMessage).toMatch(
      /Task timed out after 3\.00 seconds$/,
    )
    await store.getState().runTest()
    expect(tests[1].coldStart).toBe(true)
  })
})
