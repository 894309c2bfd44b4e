/** The clean stage: runs the cleaning rules in order, logs every edit, and builds the clean->raw map. */
import {message, type Article, type Edit} from '../../article.js'
import {lineColumnAt} from '../../text/code-points.js'
import {applyReplacements, identityMap, toRawSpan, type OffsetMap} from '../../text/offset-map.js'
import {cleanRules, closingRules} from './rules.js'
import {mayApply, type CleanRule, type LiftedField, type RuleContext} from './rule.js'

/** The cleaning rules, in the order they run (from rules.ts). */
export {cleanRules}

/** Every name an edit or a warning of the cleaner can carry, with what it means. */
export const cleanStageRules: Record<string, string> = {
  ...Object.fromEntries(cleanRules.flatMap(rule => [[rule.name, rule.description], ...Object.entries(rule.variants ?? {})])),
  'empty-after-cleaning': 'A text that has nothing left once cleaned (only whitespace or boilerplate).',
}

/** The names an edit can carry (the levels of `edits.rule`): a rule's variants where it has them, else its name. */
export const editRuleNames: readonly string[] = [...new Set(cleanRules.flatMap(rule => (rule.variants ? Object.keys(rule.variants) : [rule.name])))]

/** A suspicious span a rule left alone, in raw coordinates. */
export interface CleanWarning {
  rule: string
  reason: string
  rawStart: number
  rawEnd: number
}

/** The result of cleaning a text: the clean text, its edits (raw spans in the input's coordinates), the map, and findings. */
export interface Cleaned {
  text: string
  edits: Edit[]
  map: OffsetMap
  /** Data lifted out of the text (the dateline place, the agency or publication, a title). */
  lifted: Partial<Record<LiftedField, string>>
  /** The raw span (in the input's coordinates) of each lifted value written in the text. */
  liftedSpans: Partial<Record<LiftedField, [rawStart: number, rawEnd: number]>>
  warnings: CleanWarning[]
}

/** Rounds of a repeating rule before it stops (entities or mojibake encoded this many times over are left). */
const MAX_ROUNDS = 3

/** Passes of the whole rule list before cleaning stops: one rule's repair can expose work for an earlier one. */
const MAX_PASSES = 4



/**
 * Cleans `body` with `rules`; edit raw spans are offsets into `body` plus `offset`.
 * @example cleanText('a  b\r\n').text === 'a b'
 */
export function cleanText(body: string, rules: readonly CleanRule[] = cleanRules, offset = 0): Cleaned {
  let text = body
  let map: OffsetMap = offset === 0 ? identityMap : {regions: [{cleanStart: 0, cleanEnd: 0, rawStart: 0, rawEnd: offset}]}
  const cleaned: Cleaned = {text, edits: [], map, lifted: {}, liftedSpans: {}, warnings: []}
  const context: RuleContext = {
    lift(field, value, start, end) {
      if (cleaned.lifted[field] !== undefined) return
      cleaned.lifted[field] = value
      if (start !== undefined && end !== undefined) cleaned.liftedSpans[field] = toRawSpan(map, start, end)
    },
    warn(rule, reason, start, end) {
      const [rawStart, rawEnd] = toRawSpan(map, start, end)
      cleaned.warnings.push({rule, reason, rawStart, rawEnd})
    },
  }
  // passes until one changes nothing, so that cleaning clean text changes nothing (idempotence). A rule that ran
  // after the last edit of the pass before saw the text as it is: until an earlier rule edits again, it has
  // nothing to do and is skipped. The closing rules only tidy whitespace: their edits call for no further pass.
  let rerunUpTo = rules.length - 1
  // the closing rules are the ones that end the list (the whitespace rule also runs early, as an ordinary rule)
  let closingFrom = rules.length
  while (closingFrom > 0 && closingRules.includes(rules[closingFrom - 1]!)) closingFrom--
  for (let pass = 0; pass < MAX_PASSES && rerunUpTo >= 0; pass++) {
    let lastEdit = -1
    const warnings = cleaned.warnings.length
    rules.forEach((rule, r) => {
      const closing = r >= closingFrom
      if (r > rerunUpTo && lastEdit < 0 && !closing) return
      if (!mayApply(text, rule.hint)) return
      // a repeating rule gets one more round to find nothing (and report what it leaves)
      for (let round = 0; round < (rule.repeat ? MAX_ROUNDS + 1 : 1); round++) {
        const replacements = rule.find(text, context)
        if (replacements.length === 0) break
        const applied = applyReplacements(text, map, replacements)
        replacements.forEach((rep, i) => {
          const [rawStart, rawEnd] = applied.rawSpans[i]!
          cleaned.edits.push({rule: rep.rule ?? rule.name, rawStart, rawEnd, before: text.slice(rep.start, rep.end), after: rep.text})
        })
        text = applied.text
        map = applied.map
        if (!closing) lastEdit = r
      }
    })
    // a confirming pass repeats the warnings of the pass before it
    if (pass > 0) cleaned.warnings.splice(warnings)
    rerunUpTo = lastEdit
  }
  // rows are ordered by position; edits at one position keep the order their rules ran in
  cleaned.edits.sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd)
  cleaned.warnings.sort((a, b) => a.rawStart - b.rawStart)
  return {...cleaned, text, map}
}

/** The clean stage: cleans the article's body (after any `.txt` header) and records the result. */
export function clean(article: Article): Article {
  const body = article.raw!.slice(article.bodyStart)
  const cleaned = cleanText(body, cleanRules, article.bodyStart)
  article.text = cleaned.text
  article.edits = cleaned.edits
  article.offsetMap = cleaned.map
  article.dateline = cleaned.lifted.dateline
  const dateSpan = cleaned.liftedSpans.datelineDate
  if (cleaned.lifted.datelineDate && dateSpan) article.datelineDateWritten = {text: cleaned.lifted.datelineDate, rawStart: dateSpan[0], rawEnd: dateSpan[1]}
  article.detectedSource = cleaned.lifted.source
  article.detectedTitle = cleaned.lifted.title
  for (const w of cleaned.warnings) {
    // a .txt article's raw text is the file, so the place is a line of the file; a record's is its text field
    const place = article.input.format === 'txt' ? lineColumnAt(article.raw!, w.rawStart) : {pointer: '/text', ...(article.input.line ? {line: article.input.line} : {})}
    article.messages.push(message('warning', 'clean', w.rule, w.reason, {place, actual: article.raw!.slice(w.rawStart, w.rawEnd)}))
  }
  if (cleaned.text === '') {
    article.messages.push(message('error', 'clean', 'empty-after-cleaning', 'the text is empty once cleaned'))
  }
  return article
}
