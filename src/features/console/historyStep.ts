/**
 * ↑ and ↓ through the console's history, as a shell does: ↑ from the prompt recalls the last command, ↓ past the
 * newest returns to an empty prompt. `cursor` undefined = at the prompt.
 */
export function historyStep(
  history: readonly string[],
  cursor: number | undefined,
  direction: -1 | 1,
): { cursor: number | undefined; line: string } | undefined {
  if (history.length === 0) return undefined
  if (direction === -1) {
    const next = cursor === undefined ? history.length - 1 : Math.max(0, cursor - 1)
    return { cursor: next, line: history[next] }
  }
  if (cursor === undefined) return undefined
  if (cursor + 1 >= history.length) return { cursor: undefined, line: '' }
  return { cursor: cursor + 1, line: history[cursor + 1] }
}
