import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {tokenize} from '../../pipeline/text/tokens.js'

const texts = (text: string) => tokenize(text, [{start: 0, end: text.length}]).map(t => t.text)

describe('tokenize(text, sentences)', () => {
  it('splits possessives and punctuation, keeps abbreviations and inner apostrophes', () => {
    expect(texts("China's U.S. O'Brien Peru’s.")).toEqual(['China', "'s", 'U.S.', "O'Brien", 'Peru', '’s', '.'])
  })

  it('splits hyphens, so compounds of country names are separate words', () => {
    expect(texts('Sino-Peruvian Moon Jae-in')).toEqual(['Sino', '-', 'Peruvian', 'Moon', 'Jae', '-', 'in'])
  })

  it('gives each token its offsets, shape and sentence', () => {
    const text = 'The WHO met. Xi spoke.'
    const tokens = tokenize(text, [{start: 0, end: 12}, {start: 13, end: 22}])
    expect(tokens.find(t => t.text === 'WHO')).toMatchObject({start: 4, end: 7, cap: true, upper: true, sentence: 0, first: false})
    expect(tokens.find(t => t.text === 'Xi')).toMatchObject({sentence: 1, first: true, upper: false})
  })
})

describe('tokenize agrees with its definition as one regular expression', () => {
  // abbreviations with periods, words with inner apostrophes (not before a possessive), possessives, one punctuation character
  const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu
  const reference = (text: string) => [...text.matchAll(TOKEN)].map(m => ({
    text: m[0], start: m.index, cap: /^\p{Lu}/u.test(m[0]), word: /^[\p{L}\p{M}\p{N}]/u.test(m[0]),
    upper: /^\p{Lu}/u.test(m[0]) && m[0].length > 1 && !/\p{Ll}/u.test(m[0]),
  }))
  const ours = (text: string) => tokenize(text, [{start: 0, end: text.length}]).map(t => ({text: t.text, start: t.start, cap: t.cap, word: t.word, upper: t.upper}))

  it('on arbitrary unicode and on text made of the characters that matter', () => {
    const tricky = fc.stringMatching(/^[A-Za-zÉéß'’sS. \-\u0301\u00a0\u20090-9𝐀𝐚😀\ud800]{0,24}$/)
    fc.assert(fc.property(fc.oneof(fc.string({unit: 'binary'}), tricky), text => {
      expect(ours(text)).toEqual(reference(text))
    }), {numRuns: 3000})
  })
})
