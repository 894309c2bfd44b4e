import {describe, expect, it} from 'vitest'
import {countWords, splitParagraphs, splitSentences} from '../../pipeline/text/sentences.js'

/** The sentences of a text as strings. */
const sentences = (text: string) => splitSentences(text).map(s => text.slice(s.start, s.end))

describe('splitSentences(text)', () => {
  it('splits at terminal punctuation before a capital', () => {
    expect(sentences('Xi spoke with Moon. They agreed! Did they? Yes.')).toEqual(['Xi spoke with Moon.', 'They agreed!', 'Did they?', 'Yes.'])
  })

  it('does not split after titles, initials and abbreviations', () => {
    expect(sentences('Mr. Wang met Dr. Lopez in the U.S. on Jan. 5. J. Smith attended.')).toEqual(['Mr. Wang met Dr. Lopez in the U.S. on Jan. 5.', 'J. Smith attended.'])
  })

  it('keeps closing quotes with their sentence and splits at paragraphs', () => {
    expect(sentences('He said "we agree." The talks ended\n\nA new paragraph')).toEqual(['He said "we agree."', 'The talks ended', 'A new paragraph'])
  })

  it('does not split before a lower-case word or inside numbers', () => {
    expect(sentences('Trade grew 3.5 percent. exports rose.')).toEqual(['Trade grew 3.5 percent. exports rose.'])
  })
})

describe('splitParagraphs(text)', () => {
  it('splits at blank lines', () => {
    expect(splitParagraphs('a\n\nb\nc\n\n\nd').length).toBe(3)
  })
})

describe('countWords(text)', () => {
  it('counts hyphenated names, abbreviations and contractions as one word', () => {
    expect(countWords('Moon Jae-in visited the U.S. and China’s capital, 2,000 km away.')).toBe(11)
  })
})
