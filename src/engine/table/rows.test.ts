import { describe, expect, it } from 'vitest'
import { hash32, Rows } from './rows'

function rows() {
  return new Rows<{ text: string }>((row) => row.text)
}

describe('rows by key text (issue 13)', () => {
  it('keeps insertion order; an overwrite keeps its place, a delete then insert goes last', () => {
    const r = rows()
    for (const text of ['a', 'b', 'c']) r.set(text, { text })
    r.set('a', { text: 'a' })
    r.delete('b')
    r.set('b', { text: 'b' })
    expect([...r.values()].map((row) => row.text)).toEqual(['a', 'c', 'b'])
    expect(r.size).toBe(3)
  })

  it('finds every text among many, deletes half and finds the rest, and a clone is independent', () => {
    const r = rows()
    const texts = Array.from({ length: 5000 }, (_, i) => `k${i}`)
    for (const text of texts) r.set(text, { text })
    for (const text of texts.filter((_, i) => i % 2 === 0)) r.delete(text)
    const copy = r.clone()
    r.delete('k1')
    // The last delete squeezed the holes out: the order is still the insertion order.
    const left = texts.filter((_, i) => i % 2 === 1 && i !== 1)
    expect(texts.filter((text) => r.get(text) !== undefined)).toEqual(left)
    expect([...r.values()].map((row) => row.text)).toEqual(left)
    expect(copy.get('k1')).toEqual({ text: 'k1' })
    expect(copy.get('k0')).toBeUndefined()
    expect(copy.size).toBe(2500)
  })

  it('texts whose hashes collide are kept apart, through deletes and re-inserts', () => {
    // The birthday bound finds a 32-bit collision among some 80,000 short texts.
    const seen = new Map<number, string>()
    let pair: [string, string] | undefined
    for (let i = 0; pair === undefined; i++) {
      const text = `t${i}`
      const hash = hash32(text)
      const other = seen.get(hash)
      if (other !== undefined) pair = [other, text]
      seen.set(hash, text)
    }
    const [first, second] = pair
    const r = rows()
    r.set(first, { text: first })
    r.set(second, { text: second })
    expect(r.get(second)).toEqual({ text: second })
    r.delete(first)
    expect(r.get(first)).toBeUndefined()
    expect(r.get(second)).toEqual({ text: second })
    r.set(first, { text: first })
    expect([...r.values()].map((row) => row.text)).toEqual([second, first])
    expect(r.size).toBe(2)
  })

  it('rows made with room up front behave as grown ones, and their clone is fitted and independent', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `k${i}`)
    const roomy = Rows.withRoom<{ text: string }>((row) => row.text, 1_000_000)
    const grown = rows()
    for (const r of [roomy, grown]) {
      for (const text of texts) r.set(text, { text })
      r.set('k7', { text: 'k7' })
      r.delete('k8')
    }
    const copy = roomy.clone()
    roomy.delete('k9')
    copy.set('new', { text: 'new' })
    const order = (r: Rows<{ text: string }>) => [...r.values()].map((row) => row.text)
    expect(order(roomy)).toEqual(order(grown).filter((text) => text !== 'k9'))
    expect(order(copy)).toEqual([...order(grown), 'new'])
    expect(texts.filter((text) => copy.get(text) === undefined)).toEqual(['k8'])
    expect(roomy.get('new')).toBeUndefined()
    expect([roomy.size, copy.size, grown.size]).toEqual([2998, 3000, 2999])
  })
})
