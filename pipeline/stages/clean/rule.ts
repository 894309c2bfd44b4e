/** What a cleaning rule is, and the helper that makes one from a regular expression. */
import type {Replacement} from '../../text/offset-map.js'

/** One repair: a kebab-case name, what it fixes, and a function that finds its replacements. */
export interface CleanRule {
  name: string
  description: string
  /** Sorted, non-overlapping replacements in `text`'s own UTF-16 coordinates. */
  find(text: string): Replacement[]
}

/**
 * A rule that replaces every match of a global `pattern` with `replace` (a string or a function of the match).
 * @example regexRule('line-endings', 'CR LF and CR become LF', /\r\n?/g, '\n')
 */
export function regexRule(
  name: string, description: string, pattern: RegExp,
  replace: string | ((match: RegExpExecArray) => string),
): CleanRule {
  if (!pattern.global) throw new Error(`rule ${name}: the pattern must be global`)
  return {
    name, description,
    find(text) {
      const out: Replacement[] = []
      pattern.lastIndex = 0
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') { pattern.lastIndex++; continue }
        const replacement = typeof replace === 'string' ? replace : replace(m)
        if (replacement !== m[0]) out.push({start: m.index, end: m.index + m[0].length, text: replacement})
      }
      return out
    },
  }
}
