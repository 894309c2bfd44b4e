import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyReplacements, identityMap, reconstructClean, toRawSpan, type OffsetMap, type Replacement} from '../../pipeline/text/offset-map.js'

/** Applies rounds of replacements, as the cleaner does, and returns the final text and map. */
function applyRounds(raw: string, rounds: Replacement[][]): {text: string; map: OffsetMap} {
  let text = raw
  let map = identityMap
  for (const round of rounds) ({text, map} = applyReplacements(text, map, round))
  return {text, map}
}

/** Random sorted, non-overlapping replacements for a text of `length`. */
function replacementsFor(length: number) {
  return fc.array(fc.tuple(fc.nat(length), fc.nat(4), fc.string({maxLength: 3})), {maxLength: 6}).map(raw => {
    const out: Replacement[] = []
    let at = 0
    for (const [start, len, text] of [...raw].sort((a, b) => a[0] - b[0])) {
      const s = Math.max(start, at)
      if (s > length) break
      const e = Math.min(length, s + len)
      out.push({start: s, end: e, text})
      at = e + (e === s ? 1 : 0)
    }
    return out
  })
}

describe('applyReplacements(text, map, replacements)', () => {
  it('replaces spans and maps clean spans back to raw spans', () => {
    const {text, map, rawSpans} = applyReplacements('a  b\r\nc', identityMap, [{start: 1, end: 3, text: ' '}, {start: 4, end: 6, text: '\n'}])
    expect(text).toBe('a b\nc')
    expect(rawSpans).toEqual([[1, 3], [4, 6]])
    expect(toRawSpan(map, 4, 5)).toEqual([6, 7]) // "c"
    expect(toRawSpan(map, 0, 3)).toEqual([0, 4]) // "a b"
  })

  it('maps a span inside a replacement to the whole replaced raw span', () => {
    const {map} = applyReplacements('x&gt;&gt;y', identityMap, [{start: 1, end: 9, text: '>>'}])
    expect(toRawSpan(map, 1, 2)).toEqual([1, 9])
  })

  it('composes rounds: a later edit of an earlier edit covers both raw spans', () => {
    const first = applyReplacements('a&gt;&gt;b', identityMap, [{start: 1, end: 9, text: '>>'}])
    const second = applyReplacements(first.text, first.map, [{start: 1, end: 3, text: '”'}])
    expect(second.text).toBe('a”b')
    expect(second.rawSpans).toEqual([[1, 9]])
    expect(reconstructClean('a&gt;&gt;b', second.text, second.map)).toBe('a”b')
  })

  it('keeps deleted text out of spans that start or end beside it', () => {
    const {map} = applyReplacements('ab  cd', identityMap, [{start: 2, end: 4, text: ''}])
    expect(toRawSpan(map, 2, 4)).toEqual([4, 6]) // "cd"
    expect(toRawSpan(map, 0, 2)).toEqual([0, 2]) // "ab"
  })

  it('rejects overlapping replacements', () => {
    expect(() => applyReplacements('abcdef', identityMap, [{start: 0, end: 3, text: ''}, {start: 2, end: 4, text: ''}])).toThrow(/overlap/)
  })

  it('always lets the map rebuild the clean text from the raw text (property)', () => {
    fc.assert(fc.property(fc.string({maxLength: 30}).chain(raw => fc.tuple(fc.constant(raw), fc.array(replacementsFor(raw.length + 6), {maxLength: 4}))), ([raw, rounds]) => {
      // later rounds may refer past the end of a shorter text: clamp them
      let text = raw
      let map = identityMap
      for (const round of rounds) {
        const fitting = round.filter(r => r.end <= text.length)
        ;({text, map} = applyReplacements(text, map, fitting))
      }
      expect(reconstructClean(raw, text, map)).toBe(text)
      for (const r of map.regions) {
        expect(r.rawStart).toBeLessThanOrEqual(r.rawEnd)
        expect(r.rawEnd).toBeLessThanOrEqual(raw.length)
      }
    }))
  })

  it('maps every untouched character to the same character in raw (property)', () => {
    fc.assert(fc.property(fc.string({minLength: 1, maxLength: 30}).chain(raw => fc.tuple(fc.constant(raw), replacementsFor(raw.length))), ([raw, round]) => {
      const {text, map} = applyRounds(raw, [round])
      const inside = new Set<number>()
      for (const r of map.regions) for (let i = r.cleanStart; i < r.cleanEnd; i++) inside.add(i)
      for (let i = 0; i < text.length; i++) {
        if (inside.has(i)) continue
        const [s, e] = toRawSpan(map, i, i + 1)
        expect(raw.slice(s, e)).toBe(text[i])
      }
    }))
  })
})
