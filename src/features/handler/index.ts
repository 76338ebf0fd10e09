export { HandlerPanel } from './HandlerPanel'
