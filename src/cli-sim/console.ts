/**
 * What the Console tab runs a typed line with, in one module so the store can import it when the first
 * command runs: the CLI's parser and printer stay out of the first-load bundle
 * (scripts/checkBundleBudget.mjs).
 */
export { formatAnswer } from './formatAnswer'
export { parseCommand } from './parseCommand'
export { looksLikeJson, pastedSettings } from './pasteSettings'
