export { Narration } from './Narration'
