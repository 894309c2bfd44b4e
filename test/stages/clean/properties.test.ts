// Properties of the whole cleaner, on text made of the defects it repairs and the words around them.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defectPatterns} from '../../../pipeline/eval/cleaning-patterns.js'
import {cleanRules, cleanText} from '../../../pipeline/stages/clean/index.js'
import {mayApply} from '../../../pipeline/stages/clean/rule.js'
import {reconstructClean} from '../../../pipeline/text/offset-map.js'

/** Pieces of real-looking defects and of ordinary text. */
const TOKENS = [
  'Xi', 'Moon', 'talks', 'the', 'said', 'China', 'Peru', 'Jae-in', '2021', 'U.S.', 'café', '中国', '😀', '.', ',', ';', '"',
  ' ', '  ', '\t', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\u00a0', '\u200b', '\u00ad', '\u0007',
  '&nbsp;', '&amp;', '&gt;&gt;', '&#8217;', '&amp;gt;', '&bogus;', '&',
  'â€™', 'Ã¶', 'Ôºç', '\u00e2\u0080\u0099', 'Â£', '¬∑', 'Ã', 'â',
  '<p>', '</p>', '<br/>', '< ', ' >>', '<<', '>>', '«', '»', '<',
  "''", " 's", "' s", '( ', ' )', ' ,', '- ', '-', '. -', '－', '（',
  ' [Photo/Xinhua]', 'Photograph: A B/AP', ' (Photo/People\'s Daily Online)', 'Related: ', 'Also read: ',
  ' var addthis_config = {"a":false};', '\\###', '\\!', 'Enditem', ' (With contribution from Xinhua)',
  'block-time published-time 12.25am GMT', 'Updated at 9.41pm BST', 'enltr', '•',
]

/** A text of 0 to 60 tokens. */
const defectText = fc.array(fc.constantFrom(...TOKENS), {maxLength: 60}).map(tokens => tokens.join(''))

describe('cleanText(body) on defect-laden text', () => {
  it('is idempotent: cleaning twice equals cleaning once', () => {
    fc.assert(fc.property(defectText, raw => {
      const once = cleanText(raw).text
      expect(cleanText(once).text).toBe(once)
    }), {numRuns: 1000})
  })

  it('leaves no residue: no rule finds anything to repair in the clean text', () => {
    const context = {lift() {}, warn() {}}
    fc.assert(fc.property(defectText, raw => {
      const clean = cleanText(raw).text
      for (const rule of cleanRules) {
        const left = mayApply(clean, rule.hint) ? rule.find(clean, context) : []
        expect(left, `${rule.name} in ${JSON.stringify(clean)}`).toEqual([])
      }
    }), {numRuns: 1000})
  })

  it('leaves none of the report\'s must-vanish defects in text made only of such defects and words', () => {
    // the report's patterns are written apart from the rules; on defects set off by spaces they must all be gone,
    // but for those whose extent only real text shows: a glued bracket or tokenizer space, a caption before its credit,
    // a line break, a dateline (only at the start)
    const spaced = fc.array(fc.constantFrom(...TOKENS.filter(t => /\S/.test(t))), {maxLength: 30}).map(tokens => tokens.join(' '))
    const mustVanish = defectPatterns.filter(p => p.mustVanish && !['stray-guillemets', 'tokenizer-spacing', 'hard-wrapped-lines', 'datelines', 'photo-credits'].includes(p.name))
    fc.assert(fc.property(spaced, raw => {
      const clean = cleanText(raw).text
      for (const pattern of mustVanish) expect(pattern.count(clean), `${pattern.name} in ${JSON.stringify(clean)}`).toBe(0)
    }), {numRuns: 500})
  })

  it('keeps the map and the edits in agreement with the raw and clean texts', () => {
    fc.assert(fc.property(defectText, raw => {
      const {text, edits, map} = cleanText(raw)
      expect(reconstructClean(raw, text, map)).toBe(text)
      for (const e of edits) expect(0 <= e.rawStart && e.rawStart <= e.rawEnd && e.rawEnd <= raw.length).toBe(true)
    }), {numRuns: 1000})
  })

  it('accounts for every letter of the raw text: in the clean text, or inside an edit', () => {
    fc.assert(fc.property(defectText, raw => {
      const {edits, map} = cleanText(raw)
      const removed = new Set<number>()
      for (const r of map.regions) for (let i = r.rawStart; i < r.rawEnd; i++) removed.add(i)
      for (let i = 0; i < raw.length; i++) {
        if (!/\p{L}/u.test(raw[i]!) || !removed.has(i)) continue
        // a letter the map does not carry over must be inside some edit's raw span
        expect(edits.some(e => e.rawStart <= i && i < e.rawEnd), `letter ${i} of ${JSON.stringify(raw)}`).toBe(true)
      }
    }), {numRuns: 1000})
  })
})
