export { FirstVisitHint } from './FirstVisitHint'
export { wasHintDismissed } from './hintMemory'
