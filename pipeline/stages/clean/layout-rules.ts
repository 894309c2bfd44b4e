/** Layout rules: line breaks, spaces and paragraph breaks, so paragraphs are separated by exactly one blank line. */
import {regexRule, type CleanReplacement, type CleanRule} from './rule.js'

/** Whether a UTF-16 unit is horizontal whitespace (space, tab, form feed, vertical tab). */
function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0c || unit === 0x0b
}

/** The start of every run of horizontal whitespace that is not a single space between two non-blank characters. */
function whitespaceRunStarts(text: string): number[] {
  const starts = new Set<number>()
  // runs are found from literals with indexOf (fast), then widened to their full extent
  for (const literal of ['  ', ' \n', '\n ', '\t', '\f', '\v']) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
      let start = literal[0] === '\n' ? at + 1 : at
      while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--
      starts.add(start)
    }
  }
  if (isBlank(text.charCodeAt(0))) starts.add(0)
  if (isBlank(text.charCodeAt(text.length - 1))) {
    let start = text.length - 1
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--
    starts.add(start)
  }
  return [...starts].sort((a, b) => a - b)
}

/** Spaces and tabs at line ends and starts removed, runs inside lines made one space: three kinds of edit. */
export const lineWhitespace: CleanRule = {
  name: 'line-whitespace',
  description: 'Spaces and tabs around and inside lines.',
  variants: {
    'trailing-whitespace': 'Spaces and tabs at the end of a line are removed.',
    'leading-whitespace': 'Spaces and tabs at the start of a line are removed.',
    'space-runs': 'A run of spaces or a tab inside a line becomes one space.',
  },
  find(text) {
    const out: CleanReplacement[] = []
    let covered = -1
    for (const start of whitespaceRunStarts(text)) {
      if (start < covered) continue
      let end = start
      while (end < text.length && isBlank(text.charCodeAt(end))) end++
      covered = end
      if (end === text.length || text[end] === '\n') out.push({start, end, text: '', rule: 'trailing-whitespace'})
      else if (start === 0 || text[start - 1] === '\n') out.push({start, end, text: '', rule: 'leading-whitespace'})
      else if (end - start > 1 || text[start] !== ' ') out.push({start, end, text: ' ', rule: 'space-runs'})
    }
    return out
  },
}

/** Lines of a hard-wrapped paragraph (all but its last) are between these lengths: near a fixed width. */
const WRAP_MIN = 40
const WRAP_MAX = 100

// a line that starts a list item or a speaker's turn keeps its own line
const KEEPS_LINE = /^(?:[•·*–—-]\s|\d{1,3}[.)]\s|[A-Z][\w .'-]{0,40}:\s)/u

/**
 * Single line breaks inside a paragraph: hard wraps (lines of 40 to 100 characters) are joined with a space,
 * or without the hyphen when a word was split at the line end (coopera-\ntion); in a block of longer lines each
 * line is its own paragraph and gets a blank line.
 */
export const lineBreaks: CleanRule = {
  name: 'line-breaks',
  description: 'Single line breaks inside a paragraph, repaired by what they are.',
  variants: {
    'hard-wrapped-lines': 'Lines broken at a fixed width inside a paragraph are joined with a space.',
    'line-end-hyphen': 'A word split by a hyphen at a line end (coopera-\\ntion) is joined (cooperation).',
    'paragraph-per-line': 'In a block of long lines separated by single line breaks, each line is a paragraph: a blank line goes between them.',
  },
  find(text) {
    const out: CleanReplacement[] = []
    // blocks of consecutive non-empty lines, found by scanning line ends (a regex backtracks on long lines)
    let lineStart = 0
    let block: Array<{start: number; end: number}> = []
    const flush = () => { if (block.length > 1) out.push(...breaksOf(text, block)); block = [] }
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      if (lineEnd > lineStart) block.push({start: lineStart, end: lineEnd})
      else flush()
      lineStart = lineEnd + 1
    }
    flush()
    return out
  },
}

/** The repairs of the line breaks inside one block of lines. */
function breaksOf(text: string, lines: ReadonlyArray<{start: number; end: number}>): CleanReplacement[] {
  const inner = lines.slice(0, -1).map(l => text.slice(l.start, l.end))
  // near a fixed width, and not every line a finished sentence (that is one paragraph per line)
  const wrapped = inner.every(line => line.length >= WRAP_MIN && line.length <= WRAP_MAX) && !inner.every(line => /[.!?:"”’)]$/.test(line))
  const out: CleanReplacement[] = []
  for (let i = 0; i < inner.length; i++) {
    const line = inner[i]!
    const end = lines[i]!.end
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end)
    if (!wrapped || KEEPS_LINE.test(next)) out.push({start: end, end: end + 1, text: '\n\n', rule: 'paragraph-per-line'})
    else if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) out.push({start: end - 1, end: end + 1, text: '', rule: 'line-end-hyphen'})
    else out.push({start: end, end: end + 1, text: ' ', rule: 'hard-wrapped-lines'})
  }
  return out
}

/** The layout rules that run last, in order. */
export const finalLayoutRules: CleanRule[] = [
  lineWhitespace,
  regexRule('blank-lines', 'Two or more blank lines become one: paragraphs are separated by exactly one blank line.', /\n{3,}/g, '\n\n', '\n\n\n'),
  regexRule('trim-text', 'Blank lines at the start and end of the text are removed.', /^\n+|\n+$/g, '',
    text => text.startsWith('\n') || text.endsWith('\n')),
]
