export { HandlerEditor } from './HandlerEditor'
