import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, cleanRules, cleanText} from '../../../pipeline/stages/clean/index.js'
import {processArticle} from '../../../pipeline/process.js'
import {reconstructClean, toRawSpan} from '../../../pipeline/text/offset-map.js'
import {txtInput} from '../../helpers.js'

/** Text made of the characters layout cleaning cares about, plus letters. */
const layoutText = fc.string({unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\r', '\r\n', '\f', 'é', '😀'), maxLength: 40})

describe('cleanText(body[, rules, offset])', () => {
  it('normalizes line endings, spaces and blank lines, and trims', () => {
    expect(cleanText('  First\tline  \r\nnext   line\r\n\r\n\r\n\r\n  Second.  \n\n').text).toBe('First line\n\nnext line\n\nSecond.')
  })

  it('logs each edit with its rule, raw span, before and after', () => {
    const {edits} = cleanText('a  b\r\n')
    expect(edits).toEqual([
      {rule: 'space-runs', rawStart: 1, rawEnd: 3, before: '  ', after: ' '},
      {rule: 'line-endings', rawStart: 4, rawEnd: 6, before: '\r\n', after: '\n'},
      {rule: 'trim-text', rawStart: 4, rawEnd: 6, before: '\n', after: ''},
    ])
  })

  it('offsets raw spans by the header length', () => {
    expect(cleanText('a  b', cleanRules, 17).edits[0]).toMatchObject({rawStart: 18, rawEnd: 20})
  })

  it('changes nothing in text that needs no repair', () => {
    const text = 'Xi Jinping spoke with Moon Jae-in.\n\nThey agreed.'
    expect(cleanText(text)).toMatchObject({text, edits: []})
  })

  it('is idempotent: cleaning twice equals cleaning once (property)', () => {
    fc.assert(fc.property(layoutText, raw => {
      const once = cleanText(raw).text
      expect(cleanText(once)).toMatchObject({text: once, edits: []})
    }), {numRuns: 500})
  })

  it('leaves no residue a rule removes (property)', () => {
    fc.assert(fc.property(layoutText, raw => {
      const {text} = cleanText(raw)
      expect(text).not.toMatch(/\r|\t|\f|  |\n\n\n| \n|\n |^\s|\s$/)
    }), {numRuns: 500})
  })

  it('keeps the edit log and the offset map in agreement (property)', () => {
    fc.assert(fc.property(layoutText, raw => {
      const {text, edits, map} = cleanText(raw)
      expect(reconstructClean(raw, text, map)).toBe(text)
      for (const edit of edits) {
        expect(edit.rawStart).toBeLessThanOrEqual(edit.rawEnd)
        expect(edit.rawEnd).toBeLessThanOrEqual(raw.length)
      }
      // every character of the clean text outside the map's regions is the raw character it maps to
      for (let i = 0; i < text.length; i++) {
        const [s, e] = toRawSpan(map, i, i + 1)
        if (e - s === 1 && !map.regions.some(r => r.cleanStart <= i && i < r.cleanEnd)) expect(raw[s]).toBe(text[i])
      }
    }), {numRuns: 500})
  })

  it('accounts for every letter of the raw text: kept, or inside an edit (property)', () => {
    fc.assert(fc.property(layoutText, raw => {
      const {edits, map} = cleanText(raw)
      const kept = new Set<number>()
      let rawAt = 0
      let cleanAt = 0
      for (const r of map.regions) { for (; rawAt < r.rawStart; rawAt++, cleanAt++) kept.add(rawAt); rawAt = r.rawEnd; cleanAt = r.cleanEnd }
      for (; rawAt < raw.length; rawAt++) kept.add(rawAt)
      for (let i = 0; i < raw.length; i++) {
        if (!/\p{L}/u.test(raw[i]!)) continue
        expect(kept.has(i) || edits.some(e => e.rawStart <= i && i < e.rawEnd)).toBe(true)
      }
    }), {numRuns: 300})
  })
})

describe('clean(article)', () => {
  it('cleans the body after a .txt header and maps back into the whole file', () => {
    const article = processArticle(txtInput('a.txt', ' date 2021-01-27 \n\n\nXi  spoke.\n'))
    expect(article.text).toBe('Xi spoke.')
    const [s, e] = toRawSpan(article.offsetMap!, 3, 8)
    expect(article.raw!.slice(s, e)).toBe('spoke')
  })

  it('rejects an article with nothing left once cleaned', () => {
    const article = clean({input: {sourcePath: 'a.txt', file: 'a.txt', format: 'txt'}, rawSha256: '', raw: ' \n\t ', bodyStart: 0, edits: [], messages: []})
    expect(article.messages.map(m => m.rule)).toEqual(['empty-after-cleaning'])
  })
})
