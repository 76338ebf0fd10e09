export { Pipeline } from './Pipeline'
