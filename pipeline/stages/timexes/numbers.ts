/** Reading numbers written in words or digits: "twenty four", "twenty-four", "a dozen", "1,000", "2 1/2". */
import type {Token} from '../../text/tokens.js'
import {NUMBER_WORDS, ORDINALS} from './lexicon.js'

/**
 * The value of a number's tokens, or undefined when they are not one number.
 * @example numberValue(tokens of "twenty four") === 24
 */
export function numberValue(tokens: readonly Token[]): number | undefined {
  let total = 0
  let current = 0
  let seen = false
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.key.toLowerCase()
    if (word === '-' || word === 'and' || word === ',') continue
    if (/^\d+$/.test(word)) {
      // digits with thousands separators: 1 , 000
      current = current * (tokens[i - 1]?.text === ',' ? 1000 : 1) + Number(word)
      seen = true
      continue
    }
    if (word === 'a' || word === 'an') { if (!seen) { current = 1; seen = true } continue }
    const value = NUMBER_WORDS[word]
    if (value === undefined) return undefined
    seen = true
    if (value === 100) current = (current || 1) * 100
    else if (value === 1000) { total += (current || 1) * 1000; current = 0 }
    else if (word === 'dozen' || word === 'couple') current = (current || 1) * value
    else current += value
  }
  return seen ? total + current : undefined
}

/** The value of an ordinal's tokens ("third", "21st", "twenty-first"), or undefined. */
export function ordinalValue(tokens: readonly Token[]): number | undefined {
  const text = tokens.map(t => t.key.toLowerCase()).join('')
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(text)
  if (digits) return Number(digits[1])
  if (ORDINALS[text] !== undefined) return ORDINALS[text]
  const compound = /^(twenty|thirty)-?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(text)
  return compound ? NUMBER_WORDS[compound[1]!]! + ORDINALS[compound[2]!]! : undefined
}
