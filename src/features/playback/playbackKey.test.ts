import { describe, expect, it } from 'vitest'
import { ownsKeys, playbackKeyAction } from './playbackKey'
import type { KeyTarget, PlaybackKeyEvent } from './playbackKey'

/** A stand-in for a DOM element: a tag, attributes, and `closest` over the simple selectors used. */
interface FakeElement extends KeyTarget {
  readonly tag: string
  readonly attrs: Readonly<Record<string, string>>
  readonly parent?: FakeElement
}

function el(tag: string, attrs: Record<string, string> = {}, parent?: FakeElement): FakeElement {
  const self: FakeElement = {
    tag,
    attrs,
    parent,
    closest(selector: string) {
      const parts = selector.split(/,\s*/)
      for (let node: FakeElement | undefined = self; node; node = node.parent) {
        const current = node
        if (parts.some((part) => matches(current, part))) return current
      }
      return null
    },
  }
  return self
}

/** `tag`, `.class`, `[name]`, `[name="value"]`, and one trailing `:not([…])`. */
function matches(node: FakeElement, selector: string): boolean {
  const not = /:not\((.+)\)$/.exec(selector)
  if (not) return !matches(node, not[1]) && matches(node, selector.slice(0, not.index))
  const [, tag, className, attrText] = /^([a-z]*)(?:\.([\w-]+))?((?:\[[^\]]+\])*)$/.exec(selector)!
  if (tag && node.tag !== tag) return false
  if (className && !(node.attrs.class ?? '').split(' ').includes(className)) return false
  for (const [, name, value] of attrText.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)) {
    if (!(name in node.attrs)) return false
    if (value !== undefined && node.attrs[name] !== value) return false
  }
  return true
}

function key(keyName: string, target: unknown, extra: Partial<PlaybackKeyEvent> = {}) {
  return playbackKeyAction({
    key: keyName,
    target,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    defaultPrevented: false,
    ...extra,
  })
}

const body = el('body')
const main = el('main', {}, body)

describe('playbackKeyAction', () => {
  it('Space toggles play and → steps when nothing focused owns the key', () => {
    expect([
      key(' ', body),
      key('ArrowRight', main),
      key('ArrowLeft', body),
      key('a', body),
    ]).toEqual(['togglePlay', 'step', undefined, undefined])
  })

  it("Monaco's EditContext div keeps Space and arrows (issue 8: `const a = 1` became `consta=1`)", () => {
    const editor = el('div', { class: 'monaco-editor no-user-select vs' }, main)
    const input = el('div', { class: 'native-edit-context', role: 'textbox' }, editor)
    const inputWithoutRole = el('div', { class: 'native-edit-context' }, editor)
    expect([key(' ', input), key('ArrowRight', input)]).toEqual([undefined, undefined])
    expect([key(' ', inputWithoutRole), key('ArrowRight', inputWithoutRole)]).toEqual([
      undefined,
      undefined,
    ])
  })

  it('form fields and contenteditable keep their keys', () => {
    const targets = [
      el('input', { type: 'range' }, main),
      el('input', { type: 'text' }, main),
      el('textarea', {}, main),
      el('select', {}, main),
      el('span', {}, el('div', { contenteditable: 'true' }, main)),
      el('div', { contenteditable: '' }, main),
      el('div', { contenteditable: 'plaintext-only' }, main),
      { closest: () => null, isContentEditable: true },
    ]
    expect(targets.map((t) => [key(' ', t), key('ArrowRight', t)])).toEqual(
      targets.map(() => [undefined, undefined]),
    )
  })

  it('contenteditable="false" does not own keys', () => {
    expect(key('ArrowRight', el('div', { contenteditable: 'false' }, main))).toBe('step')
  })

  it('ARIA widgets that use Space or arrows keep them', () => {
    const roles = [
      'slider',
      'tab',
      'tablist',
      'textbox',
      'combobox',
      'listbox',
      'option',
      'menu',
      'menuitem',
      'radio',
      'spinbutton',
      'tree',
      'grid',
    ]
    expect(roles.map((role) => key('ArrowRight', el('div', { role }, main)))).toEqual(
      roles.map(() => undefined),
    )
    const tab = el('button', { role: 'tab' }, el('div', { role: 'tablist' }, main))
    expect([key(' ', tab), key('ArrowRight', tab)]).toEqual([undefined, undefined])
  })

  it('anything inside an open dialog keeps its keys', () => {
    const inModal = el('p', {}, el('dialog', { open: '' }, body))
    const inAriaDialog = el('span', {}, el('div', { role: 'dialog' }, body))
    expect([key(' ', inModal), key('ArrowRight', inAriaDialog)]).toEqual([undefined, undefined])
  })

  it('Space on a button, link or summary activates it instead; → still steps', () => {
    const button = el('button', {}, main)
    const link = el('a', { href: '#x' }, main)
    const summary = el('summary', {}, el('details', {}, main))
    expect([button, link, summary].map((t) => [key(' ', t), key('ArrowRight', t)])).toEqual([
      [undefined, 'step'],
      [undefined, 'step'],
      [undefined, 'step'],
    ])
  })

  it('modifiers, handled events and a held Space are left alone', () => {
    expect([
      key(' ', body, { ctrlKey: true }),
      key('ArrowRight', body, { altKey: true }),
      key('ArrowRight', body, { metaKey: true }),
      key(' ', body, { defaultPrevented: true }),
      key('ArrowRight', body, { defaultPrevented: true }),
      key(' ', body, { repeat: true }),
      key('ArrowRight', body, { repeat: true }),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 'step'])
  })

  it('a target that is not an element (window, document) gets the shortcuts', () => {
    expect([key(' ', null), key('ArrowRight', {})]).toEqual(['togglePlay', 'step'])
    expect(ownsKeys(undefined)).toBe(false)
  })
})
