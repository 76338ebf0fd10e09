export { ResultsPanel } from './ResultsPanel'
