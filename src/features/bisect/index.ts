export { BisectPanel } from './BisectPanel'
