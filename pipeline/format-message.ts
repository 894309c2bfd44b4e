/** How a message reads on a terminal: the place first, as compilers and linters print it. */
import type {Message} from './article.js'

/**
 * One line for one message: `path:line:column: pointer: reason  stage:rule`.
 * @example formatMessage('raw/x.jsonl', msg) // 'raw/x.jsonl:3: /published: must be a real calendar date YYYY-MM-DD (got "2021-02-30")  validate:invalid-date'
 */
export function formatMessage(file: string, m: Message): string {
  const place = m.place
  let where = file
  if (place && 'line' in place && place.line !== undefined) where += `:${place.line}`
  if (place && 'column' in place && place.column !== undefined) where += `:${place.column}`
  const pointer = place && 'pointer' in place ? `${place.pointer}: ` : ''
  const severity = m.severity === 'error' ? '' : `${m.severity}: `
  return `${where}: ${severity}${pointer}${m.reason}  ${m.stage}:${m.rule}`
}
