/** Layout rules: line endings, spaces and paragraph breaks, so paragraphs are separated by exactly one blank line. */
import {regexRule, type CleanRule} from './rule.js'

/** Spaces and tabs other than the newline (the cleaner's horizontal whitespace). */
const H = '[ \\t\\f\\v]'

/** The layout rules, in the order they run. */
export const layoutRules: CleanRule[] = [
  regexRule('line-endings', 'Windows (CR LF) and old Mac (CR) line endings become LF.', /\r\n?/g, '\n'),
  regexRule('trailing-whitespace', 'Spaces and tabs at the end of a line are removed.', new RegExp(`${H}+$`, 'gm'), ''),
  regexRule('leading-whitespace', 'Spaces and tabs at the start of a line are removed.', new RegExp(`^${H}+`, 'gm'), ''),
  regexRule('space-runs', 'A run of spaces or a tab inside a line becomes one space.', new RegExp(` ${H}+|[\\t\\f\\v]${H}*`, 'g'), ' '),
  regexRule('blank-lines', 'Two or more blank lines become one: paragraphs are separated by exactly one blank line.', /\n{3,}/g, '\n\n'),
  regexRule('trim-text', 'Blank lines at the start and end of the text are removed.', /^\n+|\n+$/g, ''),
]
