/** A build's worker thread (piscina): processes the inputs it is sent with the build's themes (dist/worker.mjs). */
import {workerData} from 'node:worker_threads'
import type {RawInput} from './article.js'
import {processInput, type ProcessedInput} from './process-input.js'
import type {CompiledThemes} from './stages/themes/themes-file.js'

const themes = (workerData as {themes?: CompiledThemes} | undefined)?.themes

/** Processes one input to its rows (the task piscina runs). */
export default function processInWorker(input: RawInput): ProcessedInput {
  return processInput(input, {themes})
}
