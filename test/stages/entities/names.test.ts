import {describe, expect, it} from 'vitest'
import {nameEnd} from '../../../pipeline/stages/entities/names.js'
import {organizationEnd} from '../../../pipeline/stages/entities/organizations.js'
import {tokenize} from '../../../pipeline/text/tokens.js'

/** The name (or organization) read from the start of `text`. */
function read(text: string, reader: 'name' | 'org'): string | undefined {
  const tokens = tokenize(text, [{start: 0, end: text.length}])
  const end = reader === 'name' ? nameEnd(tokens, 0) : organizationEnd(tokens, 0, () => false)
  return end === undefined ? undefined : text.slice(0, tokens[end - 1]!.end)
}

describe('nameEnd(tokens, at)', () => {
  it.each([
    ['Moon Jae-in said', 'Moon Jae-in'],
    ['Andres Manuel Lopez Obrador, held', 'Andres Manuel Lopez Obrador'],
    ['Joseph R. Biden, Jr. welcomed', 'Joseph R. Biden, Jr.'],
    ['Ursula von der Leyen and', 'Ursula von der Leyen'],
    ['Gloria Macapagal-Arroyo are', 'Gloria Macapagal-Arroyo'],
    ['Martín Vizcarra of Peru', 'Martín Vizcarra'],
  ])('reads the name in %j', (text, name) => {
    expect(read(text, 'name')).toBe(name)
  })

  it('does not read titles, months, pronouns or acronyms as names', () => {
    for (const text of ['President of Peru', 'Thursday morning', 'The talks', 'WHO said']) expect(read(text, 'name'), text).toBeUndefined()
  })
})

describe('organizationEnd(tokens, at, isTaken)', () => {
  it.each([
    ['Ministry of Trade, Industry and Energy said', 'Ministry of Trade, Industry and Energy'],
    ['National Cultural Heritage Administration (NCHA)', 'National Cultural Heritage Administration'],
    ['Foreign Ministry spokesperson', 'Foreign Ministry'],
  ])('reads the organization in %j', (text, org) => {
    expect(read(text, 'org')).toBe(org)
  })

  it('does not read a keyword alone, an event, or a sentence-initial article', () => {
    for (const text of ['Ministry said', 'Second Conference of the Mechanism', 'The Ministry']) expect(read(text, 'org'), text).toBeUndefined()
  })
})
