/** Remembers across visits that the first-visit hint was dismissed. Storage may be blocked: never throw. */
const KEY = 'ddb-lambda-playground.hintDismissed'

export function wasHintDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

export function rememberHintDismissed(): void {
  try {
    localStorage.setItem(KEY, '1')
  } catch {
    // Private mode or blocked storage: the hint simply shows again next visit.
  }
}
