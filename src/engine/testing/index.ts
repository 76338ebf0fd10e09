/**
 * The engine's test kit for tests, the benchmark and scripts outside src/engine: a valid scenario to start from
 * and scripted runs. Lint lets only those import it (the app never ships it); everything else uses ../index.ts.
 */
export { baseScenario } from '../scenario/testFixture'
export { runScripted, fail, succeed, type ScriptedHandler } from './runScripted'
