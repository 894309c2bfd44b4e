import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decodeUtf8, describeUtf8Error, firstInvalidUtf8} from '../../../pipeline/stages/parse/decode-utf8.js'

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))))

describe('decodeUtf8(bytes)', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'Martín'))).toEqual({text: 'Martín', bomBytes: 3})
  })

  it('says where the first invalid byte is, by line and column', () => {
    const result = decodeUtf8(bytes('first line\nCaf', [0xe9], ' society'))
    expect(result).toEqual({error: {byteOffset: 14, line: 2, column: 4, byte: 0xe9, utf16: false}})
  })

  it('counts the column in characters, not bytes', () => {
    const result = decodeUtf8(bytes('中国', [0xff]))
    expect('error' in result && result.error.column).toBe(3)
  })

  it('recognizes UTF-16 by its byte-order mark', () => {
    const result = decodeUtf8(new Uint8Array(Buffer.from('\ufeffhi', 'utf16le')))
    expect('error' in result && describeUtf8Error(result.error)).toMatch(/UTF-16/)
  })

  it('rejects overlong encodings and surrogates, as the WHATWG decoder does', () => {
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xc0, 0xaf))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0)
  })

  it('agrees with the platform decoder on which inputs are valid (property)', () => {
    const strict = new TextDecoder('utf-8', {fatal: true})
    fc.assert(fc.property(fc.uint8Array({maxLength: 12}), raw => {
      let valid = true
      try { strict.decode(raw) } catch { valid = false }
      expect(firstInvalidUtf8(raw) === -1).toBe(valid)
    }), {numRuns: 2000})
  })
})
