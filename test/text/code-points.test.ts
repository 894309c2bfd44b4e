import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {codePointIndex, codePointLength} from '../../pipeline/text/code-points.js'

describe('codePointIndex(text)', () => {
  it('is the identity for text without astral characters', () => {
    expect(codePointIndex('Martín 中国')(8)).toBe(8)
  })

  it('counts a surrogate pair as one code point', () => {
    const at = codePointIndex('a😀b😀c')
    expect([at(0), at(1), at(3), at(4), at(6), at(7)]).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('agrees with Python-style indexing by code points (property)', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 20}), fc.string({unit: 'grapheme', maxLength: 20}), (a, b) => {
      expect(codePointIndex(a + b)(a.length)).toBe([...a].length)
      expect(codePointLength(a + b)).toBe([...(a + b)].length)
    }))
  })
})
