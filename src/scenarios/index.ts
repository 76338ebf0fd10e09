/**
 * Ready-made scenarios and handler templates: data for the playground, the tests and the e2e suite. They hold
 * handler code (which may use timers: it runs in the sandbox), so they live outside the pure engine.
 */
export { SCENARIO_PRESETS, DEFAULT_PRESET } from './presets'
export type { ScenarioPresetName } from './presets'
export {
  HANDLER_TEMPLATES,
  HANDLER_TEMPLATE_NAMES,
  handlerTemplate,
  handlerTemplateLabel,
} from './handlerTemplates'
export type { HandlerTemplateName } from './handlerTemplates'
export { convertHandlerLanguage } from './handlerLanguage'
