import { describe, expect, it } from 'vitest'
import { tabAfterKey } from './tabKeys'

const tabs = ['table', 'mapping', 'function', 'filters'] as const

describe('WAI-ARIA tabs keys', () => {
  it('→ moves to the next tab and wraps from the last to the first', () => {
    expect(tabAfterKey(tabs, 'table', 'ArrowRight')).toBe('mapping')
    expect(tabAfterKey(tabs, 'filters', 'ArrowRight')).toBe('table')
  })
  it('← moves to the previous tab and wraps from the first to the last', () => {
    expect(tabAfterKey(tabs, 'mapping', 'ArrowLeft')).toBe('table')
    expect(tabAfterKey(tabs, 'table', 'ArrowLeft')).toBe('filters')
  })
  it('Home and End jump to the first and the last tab', () => {
    expect(tabAfterKey(tabs, 'function', 'Home')).toBe('table')
    expect(tabAfterKey(tabs, 'mapping', 'End')).toBe('filters')
  })
  it('other keys are not the tab list’s', () => {
    expect(tabAfterKey(tabs, 'table', 'ArrowDown')).toBeUndefined()
    expect(tabAfterKey(tabs, 'table', ' ')).toBeUndefined()
  })
})
