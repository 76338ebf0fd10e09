export { RecordsPanel } from './RecordsPanel'
