/** Remembers across visits whether the scenario's explanation was folded. Storage may be blocked: never throw. */
const KEY = 'ddb-lambda-playground.hintDismissed'

export function wasHintDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

export function rememberHintDismissed(dismissed: boolean): void {
  try {
    if (dismissed) localStorage.setItem(KEY, '1')
    else localStorage.removeItem(KEY)
  } catch {
    // Private mode or blocked storage: the explanation simply shows again next visit.
  }
}
