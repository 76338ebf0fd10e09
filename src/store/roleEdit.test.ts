import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../engine'
import { virtualMs } from '../engine'
import {
  noteRoleEvents,
  removedActions,
  roleUpdatesFor,
  withRoleAction,
  withRoleUpdates,
} from './roleEdit'

const FILE = {
  name: 'x',
  actions: [{ atMs: 5, PutFunctionConcurrency: { ReservedConcurrentExecutions: 0 } }],
}

const changed = (atMs: number, removed: string[], live: boolean): SimEvent => ({
  type: 'roleChanged',
  atMs: virtualMs(atMs),
  removed,
  live,
})

describe('the execution role as the tab edits it (docs/semantics.md D17)', () => {
  it('D17: removing then granting an action gives back the very file (no executionRole key)', () => {
    const without = withRoleAction(FILE, 'dynamodb:GetRecords', false)
    expect(without.executionRole).toEqual({ removed: ['dynamodb:GetRecords'] })
    expect(removedActions(without)).toEqual(['dynamodb:GetRecords'])
    expect(withRoleAction(without, 'dynamodb:GetRecords', true)).toEqual(FILE)
  })

  it('D17: Export writes the role the run started with, then each change made during the run as an action', () => {
    const started = roleUpdatesFor(FILE)
    const state = noteRoleEvents(started, [
      changed(100, ['sqs:SendMessage'], false), // the file's own action: already in the file
      changed(2_500, ['dynamodb:GetRecords'], true),
      changed(9_000, [], true),
    ])
    const current = { ...FILE, executionRole: { removed: [] } }
    expect(withRoleUpdates(current, state)).toEqual({
      ...FILE,
      actions: [
        ...FILE.actions,
        { atMs: 2_500, UpdateExecutionRole: { removed: ['dynamodb:GetRecords'] } },
        { atMs: 9_000, UpdateExecutionRole: { removed: [] } },
      ],
    })
    expect(noteRoleEvents(started, [changed(1, [], false)])).toBe(started)
  })
})
