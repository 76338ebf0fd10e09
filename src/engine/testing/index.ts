/**
 * The engine's test kit for tests, the benchmark and scripts outside src/engine: a valid scenario to start from
 * and scripted runs. Lint lets only those import it (the app never ships it); everything else uses ../index.ts.
 */
export { baseScenario } from '../scenario/testFixture'
export { runScripted, fail, succeed, type ScriptedHandler } from './runScripted'
/** The journal's class, so a test can count the events a reader makes (issue 13: a frame reads a range). */
export { Journal } from '../journal'
