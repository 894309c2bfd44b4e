/** The clean stage: runs the cleaning rules in order, logs every edit, and builds the clean->raw map. */
import {message, type Article, type Edit} from '../../article.js'
import {applyReplacements, identityMap, type OffsetMap} from '../../text/offset-map.js'
import {layoutRules} from './layout-rules.js'
import type {CleanRule} from './rule.js'

/** Every cleaning rule, in the order it runs. */
export const cleanRules: readonly CleanRule[] = [...layoutRules]

/** The rules of the clean stage (its messages and its edits), with what each does. */
export const cleanStageRules: Record<string, string> = {
  ...Object.fromEntries(cleanRules.map(rule => [rule.name, rule.description])),
  'empty-after-cleaning': 'A text that has nothing left once cleaned (only whitespace or boilerplate).',
}

/** The result of cleaning a text: the clean text, its edits (raw spans in the input's coordinates) and map. */
export interface Cleaned {
  text: string
  edits: Edit[]
  map: OffsetMap
}

/**
 * Cleans `body` with `rules`; edit raw spans are offsets into `body` plus `offset`.
 * @example cleanText('a  b\r\n').text === 'a b'
 */
export function cleanText(body: string, rules: readonly CleanRule[] = cleanRules, offset = 0): Cleaned {
  let text = body
  let map: OffsetMap = offset === 0 ? identityMap : {regions: [{cleanStart: 0, cleanEnd: 0, rawStart: 0, rawEnd: offset}]}
  const edits: Edit[] = []
  for (const rule of rules) {
    const replacements = rule.find(text)
    if (replacements.length === 0) continue
    const applied = applyReplacements(text, map, replacements)
    replacements.forEach((rep, i) => {
      const [rawStart, rawEnd] = applied.rawSpans[i]!
      edits.push({rule: rule.name, rawStart, rawEnd, before: text.slice(rep.start, rep.end), after: rep.text})
    })
    text = applied.text
    map = applied.map
  }
  // rows are ordered by position; edits at one position keep the order their rules ran in
  edits.sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd)
  return {text, edits, map}
}

/** The clean stage: cleans the article's body (after any `.txt` header) and records the result. */
export function clean(article: Article): Article {
  const body = article.raw!.slice(article.bodyStart)
  const cleaned = cleanText(body, cleanRules, article.bodyStart)
  article.text = cleaned.text
  article.edits = cleaned.edits
  article.offsetMap = cleaned.map
  if (cleaned.text === '') {
    article.messages.push(message('error', 'clean', 'empty-after-cleaning', 'the text is empty once cleaned'))
  }
  return article
}
