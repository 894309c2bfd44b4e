import {describe, expect, it} from 'vitest'
import {compilePattern, defineClass, symbolize} from '../../../pipeline/stages/timexes/pattern.js'
import {tokenize} from '../../../pipeline/text/tokens.js'

/** The token texts a pattern matches at the start of `text`, or null. */
function matchAt(pattern: string, text: string): string | null {
  // compiled first: a pattern registers the symbols of its words
  const regex = new RegExp(compilePattern(pattern), 'y')
  const tokens = tokenize(text, [{start: 0, end: text.length}])
  const {symbols, tokenAt} = symbolize(tokens)
  const m = regex.exec(symbols)
  if (!m) return null
  const from = tokenAt[0]!
  const to = tokenAt[m[0].length - 1]!
  return text.slice(tokens[from]!.start, tokens[to]!.end)
}

describe('token patterns', () => {
  defineClass('testUnit', ['year', 'years', 'day', 'days'])
  defineClass('testDigits', [], ['digits2', 'digits4'])

  it('matches words case-blind, classes, options and repeats', () => {
    expect(matchAt('the? (last|past) n={testDigits}? u={testUnit}', 'The past 30 years of ties')).toBe('The past 30 years')
    expect(matchAt('the? (last|past) n={testDigits}? u={testUnit}', 'past days')).toBe('past days')
    expect(matchAt('the? (last|past) n={testDigits}? u={testUnit}', 'past 123 days')).toBeNull()
    expect(matchAt('very+ long', 'very very long')).toBe('very very long')
  })

  it('keeps a cased word cased', () => {
    expect(matchAt('May', 'May')).toBe('May')
    expect(matchAt('May', 'may')).toBeNull()
  })

  it('applies a quantifier after a group to the whole group', () => {
    // "((- x)+)?" once compiled to "(?:- x)+?", a lazy repeat that matched only one "- x"
    expect(matchAt('a ((- x)+)?', 'a - x - x')).toBe('a - x - x')
  })

  it('names captures, and rejects malformed patterns with the place', () => {
    expect(new RegExp(compilePattern('n={testUnit}')).source).toContain('(?<n>')
    expect(() => compilePattern('(a|b')).toThrow(/expected \) at 4/)
    expect(() => compilePattern('{nothing}')).toThrow(/unknown class \{nothing\}/)
  })

  it('does not match across a sentence break', () => {
    const text = 'It was last. Year two.'
    const tokens = tokenize(text, [{start: 0, end: 12}, {start: 13, end: text.length}])
    const regex = new RegExp(compilePattern('last . year'))
    expect(regex.test(symbolize(tokens).symbols)).toBe(false)
    expect(regex.test(symbolize(tokenize(text, [{start: 0, end: text.length}])).symbols)).toBe(true)
  })
})
