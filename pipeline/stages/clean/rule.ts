/** What a cleaning rule is, and the helper that makes one from a regular expression. */
import type {Replacement} from '../../text/offset-map.js'

/** A replacement a rule proposes; `rule` names a variant of the rule (the encoding of mojibake, the kind of boilerplate). */
export interface CleanReplacement extends Replacement {
  rule?: string
}

/** Data a rule lifts out of the text it removes: the dateline place, the source (agency or publication), a title. */
export type LiftedField = 'dateline' | 'datelineDate' | 'source' | 'title'

/** What a rule can report besides replacements, in the coordinates of the text it was given. */
export interface RuleContext {
  /** Records data lifted out of the text, with its span when the value is written there; the first value lifted for a field is kept. */
  lift(field: LiftedField, value: string, start?: number, end?: number): void
  /** Reports a suspicious span the rule left alone (counted, not changed). */
  warn(rule: string, reason: string, start: number, end: number): void
}

/** One repair: a kebab-case name, what it fixes, and a function that finds its replacements. */
export interface CleanRule {
  name: string
  description: string
  /** Other names this rule's edits and warnings may carry, with what each means. */
  variants?: Readonly<Record<string, string>>
  /** Sorted, non-overlapping replacements in `text`'s own UTF-16 coordinates. */
  find(text: string, context: RuleContext): CleanReplacement[]
  /** Run again on its own output until it finds nothing (double-encoded entities, mojibake of mojibake). */
  repeat?: boolean
  /** What a text must contain for the rule to have anything to do; the cleaner skips the rule otherwise. */
  hint?: Hint
}

/** What a text must contain for a rule to have anything to do (a fast pre-check): a substring, any of several, or a test. */
export type Hint = string | readonly string[] | ((text: string) => boolean)

/** Whether `text` passes the hint; no hint means yes. */
export function mayApply(text: string, hint: Hint | undefined): boolean {
  if (hint === undefined) return true
  if (typeof hint === 'function') return hint(text)
  return typeof hint === 'string' ? text.includes(hint) : hint.some(h => text.includes(h))
}

/**
 * The [start, end) of every line that may match (each once, in order): with a length limit, the short lines;
 * else the lines that contain one of `hints`; else all lines.
 */
function candidateLines(text: string, hints: readonly string[] | undefined, maxLength: number): Array<[number, number]> {
  const starts = new Set<number>()
  if (hints === undefined || maxLength < Infinity) {
    // short lines are few in news text: checking each line's length beats searching for common hints
    for (let start = 0; start < text.length;) {
      const end = text.indexOf('\n', start)
      const lineEnd = end === -1 ? text.length : end
      if (lineEnd - start <= maxLength) starts.add(start)
      start = lineEnd + 1
    }
  } else {
    for (const hint of hints) {
      for (let at = text.indexOf(hint); at !== -1;) {
        starts.add(text.lastIndexOf('\n', at - 1) + 1)
        // one hit is enough for a line: go on from its end
        const lineEnd = text.indexOf('\n', at)
        at = lineEnd === -1 ? -1 : text.indexOf(hint, lineEnd)
      }
    }
  }
  return [...starts].sort((a, b) => a - b).map(start => {
    const end = text.indexOf('\n', start)
    return [start, end === -1 ? text.length : end]
  })
}

/**
 * A rule that replaces every match of a global `pattern` with `replace` (a string or a function of the match).
 * `hint`, when given, is what the text must contain for the rule to run at all (the cleaner checks it).
 * @example regexRule('line-endings', 'CR LF and CR become LF', /\r\n?/g, '\n', '\r')
 */
export function regexRule(
  name: string, description: string, pattern: RegExp,
  replace: string | ((match: RegExpExecArray, context: RuleContext) => string), hint?: Hint,
): CleanRule {
  if (!pattern.global) throw new Error(`rule ${name}: the pattern must be global`)
  return {
    name, description, hint,
    find(text, context) {
      const out: CleanReplacement[] = []
      pattern.lastIndex = 0
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') { pattern.lastIndex++; continue }
        const replacement = typeof replace === 'string' ? replace : replace(m, context)
        if (replacement !== m[0]) out.push({start: m.index, end: m.index + m[0].length, text: replacement})
      }
      return out
    },
  }
}

/**
 * A rule that removes whole lines matching `line` (a pattern for the line's content, without anchors),
 * with the line end after them; the layout rules then close up the blank lines left behind.
 * Only lines that contain a `hint` string (and are at most `maxLength` long) are matched: the hints are found
 * with `indexOf`, so a long text with no hint costs a few fast searches.
 * @example lineRule('end-mark', 'End marks are removed.', String.raw`\\?#{3}`)
 */
export function lineRule(name: string, description: string, line: string, hint?: string | readonly string[], maxLength = Infinity): CleanRule {
  const pattern = new RegExp(`^(?:${line})$`, line.includes('\\p{') ? 'u' : '')
  return {
    name, description, hint,
    find(text) {
      const out: CleanReplacement[] = []
      for (const [start, end] of candidateLines(text, typeof hint === 'string' ? [hint] : hint, maxLength)) {
        if (end - start <= maxLength && pattern.test(text.slice(start, end))) out.push({start, end: Math.min(end + 1, text.length), text: ''})
      }
      return out
    },
  }
}
