export { ShardView } from './ShardView'
