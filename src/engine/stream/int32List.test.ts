import { describe, expect, it } from 'vitest'
import { Int32List } from './int32List'

describe('Int32List, a growing typed list (issue 13)', () => {
  it('keeps every value pushed past its first capacity, in order', () => {
    const list = new Int32List(2)
    for (let i = 0; i < 5; i++) list.push(i * -3)
    expect([list.length, list.slice()]).toEqual([5, [0, -3, -6, -9, -12]])
  })

  it('drops values from the front: the rest move up', () => {
    const list = new Int32List(4)
    for (let i = 0; i < 6; i++) list.push(i)
    list.dropFirst(4)
    list.push(6)
    expect([list.at(0), list.slice()]).toEqual([4, [4, 5, 6]])
  })

  it('copies independently', () => {
    const list = new Int32List()
    list.push(1)
    const copy = list.clone()
    copy.push(2)
    list.push(3)
    expect([list.slice(), copy.slice()]).toEqual([
      [1, 3],
      [1, 2],
    ])
  })
})
