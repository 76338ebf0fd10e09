import { describe, expect, it } from 'vitest'
import type { Item, WriteRequest } from '../model/dynamo'
import { createTable } from './table'

const schema = { hash: { name: 'pk', type: 'S' as const } }
const key = { pk: { S: 'k' } }

function table(items: Item[] = [], ttlAttribute?: string) {
  return createTable({ keySchema: schema, ttlAttribute }, items)
}

function update(expression: string, values?: Item, names?: Record<string, string>): WriteRequest {
  return {
    op: 'UpdateItem',
    request: {
      Key: key,
      UpdateExpression: expression,
      ExpressionAttributeValues: values,
      ExpressionAttributeNames: names,
    },
  }
}

describe('PutItem', () => {
  it('replaces the whole item and reports the old one', () => {
    const t = table([{ pk: { S: 'k' }, a: { S: 'x' } }])
    const outcome = t.applyWrite({
      op: 'PutItem',
      request: { Item: { pk: { S: 'k' }, b: { N: '1.50' } } },
    })
    expect(outcome).toEqual({
      ok: true,
      oldItem: { pk: { S: 'k' }, a: { S: 'x' } },
      newItem: { pk: { S: 'k' }, b: { N: '1.5' } },
      changed: true,
    })
  })

  it('an identical PutItem changes nothing (no stream record)', () => {
    const t = table([{ pk: { S: 'k' }, m: { M: { x: { N: '1' }, y: { SS: ['a', 'b'] } } } }])
    const outcome = t.applyWrite({
      op: 'PutItem',
      request: { Item: { m: { M: { y: { SS: ['b', 'a'] }, x: { N: '1.0' } } }, pk: { S: 'k' } } },
    })
    expect(outcome.ok && outcome.changed).toBe(false)
  })

  it('an overwrite keeps the item at its original position', () => {
    const t = table([{ pk: { S: 'a' } }, { pk: { S: 'b' } }])
    t.applyWrite({ op: 'PutItem', request: { Item: { pk: { S: 'a' }, v: { N: '2' } } } })
    expect(t.items().map((item) => item.pk)).toEqual([{ S: 'a' }, { S: 'b' }])
    expect(t.size).toBe(2)
  })
})

describe('DeleteItem', () => {
  it('deleting a missing key succeeds and changes nothing', () => {
    expect(table().applyWrite({ op: 'DeleteItem', request: { Key: key } })).toEqual({
      ok: true,
      oldItem: undefined,
      newItem: undefined,
      changed: false,
    })
  })

  it('a false condition fails with ConditionalCheckFailedException and keeps the item', () => {
    const t = table([{ pk: { S: 'k' }, v: { N: '1' } }])
    const outcome = t.applyWrite({
      op: 'DeleteItem',
      request: {
        Key: key,
        ConditionExpression: 'v > :n',
        ExpressionAttributeValues: { ':n': { N: '1' } },
      },
    })
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'ConditionalCheckFailedException', message: 'The conditional request failed' },
    })
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, v: { N: '1' } })
  })
})

describe('UpdateItem', () => {
  it('creates a missing item from its key and the SET/ADD results', () => {
    const t = table()
    const outcome = t.applyWrite(
      update('SET a = :a ADD c :one', { ':a': { S: 'x' }, ':one': { N: '1' } }),
    )
    expect(outcome).toEqual({
      ok: true,
      oldItem: undefined,
      newItem: { pk: { S: 'k' }, a: { S: 'x' }, c: { N: '1' } },
      changed: true,
    })
  })

  it('an update that leaves the item as it was changes nothing', () => {
    const t = table([{ pk: { S: 'k' }, a: { N: '1' } }])
    const outcome = t.applyWrite(update('SET a = :a', { ':a': { N: '1.0' } }))
    expect(outcome.ok && outcome.changed).toBe(false)
  })

  it('arithmetic is exact decimal: 0.1 + 0.2 = 0.3', () => {
    const t = table([{ pk: { S: 'k' }, n: { N: '0.1' } }])
    t.applyWrite(update('SET n = n + :d', { ':d': { N: '0.2' } }))
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, n: { N: '0.3' } })
  })

  it('operands read the item as it was before the update (SET a = b, b = a swaps)', () => {
    const t = table([{ pk: { S: 'k' }, a: { N: '1' }, b: { N: '2' } }])
    t.applyWrite(update('SET a = b, b = a'))
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, a: { N: '2' }, b: { N: '1' } })
  })

  it('REMOVE of list elements uses the original indexes and shifts the list', () => {
    const list = { L: [{ S: 'a' }, { S: 'b' }, { S: 'c' }, { S: 'd' }] }
    const t = table([{ pk: { S: 'k' }, l: list }])
    t.applyWrite(update('REMOVE l[0], l[2]'))
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, l: { L: [{ S: 'b' }, { S: 'd' }] } })
  })

  it('SET on a list index past the end appends', () => {
    const t = table([{ pk: { S: 'k' }, l: { L: [{ S: 'a' }] } }])
    t.applyWrite(update('SET l[10] = :v', { ':v': { S: 'z' } }))
    expect(t.get(key)?.l).toEqual({ L: [{ S: 'a' }, { S: 'z' }] })
  })

  it('SET into nested maps, if_not_exists and list_append', () => {
    const t = table([{ pk: { S: 'k' }, m: { M: { child: { M: {} } } }, l: { L: [{ N: '1' }] } }])
    const outcome = t.applyWrite(
      update(
        'SET m.child.#x = :v, c = if_not_exists(c, :zero), l = list_append(l, :more)',
        {
          ':v': { S: 'deep' },
          ':zero': { N: '0' },
          ':more': { L: [{ N: '2' }] },
        },
        { '#x': 'x' },
      ),
    )
    expect(outcome.ok && outcome.newItem).toEqual({
      pk: { S: 'k' },
      m: { M: { child: { M: { x: { S: 'deep' } } } } },
      l: { L: [{ N: '1' }, { N: '2' }] },
      c: { N: '0' },
    })
  })

  it('ADD unions sets and DELETE removes elements; an emptied set removes the attribute', () => {
    const t = table([{ pk: { S: 'k' }, s: { SS: ['a', 'b'] }, n: { NS: ['1', '2'] } }])
    t.applyWrite(
      update('ADD s :s DELETE n :n', { ':s': { SS: ['b', 'c'] }, ':n': { NS: ['1', '2.0'] } }),
    )
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, s: { SS: ['a', 'b', 'c'] } })
  })

  it('ADD to a string is an incorrect data type and leaves the table unchanged', () => {
    const t = table([{ pk: { S: 'k' }, s: { S: 'x' } }])
    expect(t.applyWrite(update('ADD s :one', { ':one': { N: '1' } }))).toEqual({
      ok: false,
      error: {
        code: 'ValidationException',
        message: 'An operand in the update expression has an incorrect data type',
      },
    })
    expect(t.get(key)).toEqual({ pk: { S: 'k' }, s: { S: 'x' } })
  })

  it('a + b on a non-number is an incorrect data type', () => {
    const t = table([{ pk: { S: 'k' }, s: { S: 'x' } }])
    const outcome = t.applyWrite(update('SET n = s + :one', { ':one': { N: '1' } }))
    expect(outcome.ok ? '' : outcome.error.message).toBe(
      'An operand in the update expression has an incorrect data type',
    )
  })

  it('reading a missing attribute and writing under a missing parent are rejected', () => {
    const t = table()
    const first = t.applyWrite(update('SET a = b'))
    const second = t.applyWrite(update('SET m.x = :v', { ':v': { N: '1' } }))
    expect(first.ok ? '' : first.error.message).toBe(
      'The provided expression refers to an attribute that does not exist in the item',
    )
    expect(second.ok ? '' : second.error.message).toBe(
      'The document path provided in the update expression is invalid for update',
    )
    expect(t.size).toBe(0)
  })

  it('the condition is evaluated against the item before the update', () => {
    const t = table([{ pk: { S: 'k' }, v: { N: '1' } }])
    const write: WriteRequest = {
      op: 'UpdateItem',
      request: {
        Key: key,
        UpdateExpression: 'SET v = v + :one',
        ConditionExpression: 'v = :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      },
    }
    expect(t.applyWrite(write).ok).toBe(true)
    expect(t.applyWrite(write).ok).toBe(false)
    expect(t.get(key)?.v).toEqual({ N: '2' })
  })
})

describe('checked writes', () => {
  const emptyKey: WriteRequest = { op: 'PutItem', request: { Item: { pk: { S: '' } } } }

  it('a write not marked checked is validated: an invalid one is rejected, with or without options', () => {
    for (const outcome of [
      table().applyWrite(emptyKey),
      table().applyWrite(emptyKey, { checked: false }),
    ]) {
      expect(outcome.ok ? '' : outcome.error.code).toBe('ValidationException')
    }
  })

  it('a checked write skips the static checks but still parses and evaluates its condition', () => {
    const t = table([{ pk: { S: 'k' }, v: { N: '1' } }])
    expect(t.applyWrite(emptyKey, { checked: true }).ok).toBe(true)
    const guarded: WriteRequest = {
      op: 'PutItem',
      request: { Item: { pk: { S: 'k' } }, ConditionExpression: 'attribute_not_exists(pk)' },
    }
    expect(t.applyWrite(guarded, { checked: true })).toEqual({
      ok: false,
      error: { code: 'ConditionalCheckFailedException', message: 'The conditional request failed' },
    })
  })
})

describe('TTL', () => {
  const items = [
    { pk: { S: 'late' }, ttl: { N: '200' } },
    { pk: { S: 'text' }, ttl: { S: '1' } },
    { pk: { S: 'early' }, ttl: { N: '100' } },
    { pk: { S: 'tie' }, ttl: { N: '100' } },
    { pk: { S: 'future' }, ttl: { N: '5000' } },
  ]

  it('expires Number TTLs at value*1000, ordered by TTL then insertion order', () => {
    const t = table(items, 'ttl')
    expect(t.expiredKeys(200_000)).toEqual([
      { pk: { S: 'early' } },
      { pk: { S: 'tie' } },
      { pk: { S: 'late' } },
    ])
    expect(t.expiredKeys(99_999)).toEqual([])
    expect(t.nextTtlEpochMs()).toBe(100_000)
  })

  it('ignores TTL values more than five years in the past', () => {
    const t = table(items, 'ttl')
    const fiveYearsLater = 100_000 + 5 * 365 * 86_400_000 + 1
    expect(t.expiredKeys(fiveYearsLater)).toEqual([{ pk: { S: 'late' } }, { pk: { S: 'future' } }])
    expect(t.nextTtlEpochMs(fiveYearsLater)).toBe(200_000)
  })

  it('deleteByTtl removes the item and returns it', () => {
    const t = table(items, 'ttl')
    expect(t.deleteByTtl({ pk: { S: 'early' } })).toEqual({ pk: { S: 'early' }, ttl: { N: '100' } })
    expect(t.deleteByTtl({ pk: { S: 'early' } })).toBeUndefined()
    expect(t.size).toBe(4)
  })
})

describe('keys', () => {
  it('a Number key addresses its item by value: 1.0 and 1 are the same key', () => {
    const t = createTable({ keySchema: { hash: { name: 'id', type: 'N' } } }, [
      { id: { N: '1' }, a: { S: 'x' } },
    ])
    const outcome = t.applyWrite({ op: 'PutItem', request: { Item: { id: { N: '1.0' } } } })
    expect(outcome).toEqual({
      ok: true,
      oldItem: { id: { N: '1' }, a: { S: 'x' } },
      newItem: { id: { N: '1' } },
      changed: true,
    })
    expect(t.size).toBe(1)
  })

  it('a key of another type than the schema says finds no item', () => {
    const t = table([{ pk: { S: '1' } }])
    expect(t.get({ pk: { N: '1' } })).toBeUndefined()
    expect(t.deleteByTtl({ pk: { N: '1' } })).toBeUndefined()
    expect(t.size).toBe(1)
  })

  it('hash and range keys stay apart whatever characters their strings hold', () => {
    const keySchema = {
      hash: { name: 'h', type: 'S' as const },
      range: { name: 'r', type: 'S' as const },
    }
    const t = createTable({ keySchema }, [
      { h: { S: 'a\u0000b' }, r: { S: 'c' } },
      { h: { S: 'a' }, r: { S: 'b\u0000c' } },
      { h: { S: '1:a' }, r: { S: 'b' } },
      { h: { S: '1' }, r: { S: ':ab' } },
    ])
    expect(t.size).toBe(4)
    expect(t.get({ h: { S: 'a' }, r: { S: 'b\u0000c' } })).toEqual({
      h: { S: 'a' },
      r: { S: 'b\u0000c' },
    })
  })
})

describe('rows kept as write indexes (issue 13)', () => {
  const made = (index: number): Item => ({ pk: { S: `w${index}` }, n: { N: String(index) } })
  const put = (index: number): WriteRequest => ({ op: 'PutItem', request: { Item: made(index) } })

  it('a write given its index keeps the index; reads make the item again', () => {
    const calls: number[] = []
    const itemOfWrite = (index: number) => (calls.push(index), made(index))
    const t = createTable({ keySchema: schema, itemOfWrite }, [])
    t.applyWrite(put(3), { checked: true }, 3)
    expect(calls).toEqual([])
    expect(t.get({ pk: { S: 'w3' } })).toEqual(made(3))
    expect(new Set(calls)).toEqual(new Set([3]))
    const outcome = t.applyWrite({ op: 'DeleteItem', request: { Key: { pk: { S: 'w3' } } } })
    expect(outcome).toEqual({ ok: true, oldItem: made(3), newItem: undefined, changed: true })
    expect(t.size).toBe(0)
  })

  it('a checked write whose series vouches for its stored form keeps its own item, unread (ApplyOptions.storedForm)', () => {
    const t = createTable({ keySchema: schema }, [])
    const item = made(5)
    const outcome = t.applyWrite(
      { op: 'PutItem', request: { Item: item } },
      { checked: true, storedForm: true },
    )
    expect(outcome.ok && outcome.newItem).toBe(item)
    // Without the promise the table looks: a number not in canonical form is stored as a canonical copy.
    const loose = { pk: { S: 'x' }, n: { N: '7.0' } }
    const copied = t.applyWrite({ op: 'PutItem', request: { Item: loose } }, { checked: true })
    expect(copied.ok && copied.newItem).toEqual({ pk: { S: 'x' }, n: { N: '7' } })
  })

  it('a table with a TTL attribute keeps its items (its sweeps read them all)', () => {
    const itemOfWrite = () => {
      throw new Error('not asked')
    }
    const t = createTable({ keySchema: schema, ttlAttribute: 'n', itemOfWrite }, [])
    t.applyWrite(put(1), { checked: true }, 1)
    expect(t.expiredKeys(2000)).toEqual([{ pk: { S: 'w1' } }])
  })
})
