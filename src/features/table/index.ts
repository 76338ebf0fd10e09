export { TablePanel } from './TablePanel'
