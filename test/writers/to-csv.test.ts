import {describe, expect, it} from 'vitest'
import Papa from 'papaparse'
import fc from 'fast-check'
import {csvEncoder} from '../../pipeline/writers/to-csv.js'
import {sampleRows, sampleTable} from './sample-table.js'

describe('csvEncoder(table)', () => {
  const encoder = csvEncoder(sampleTable)
  const csv = encoder.header() + encoder.encode(sampleRows.slice(0, 2)) + encoder.encode(sampleRows.slice(2))

  it('writes a header row, LF line ends and no BOM', () => {
    expect(csv.startsWith('id,note,count,maybe,day,kind\n')).toBe(true)
    expect(csv).not.toContain('\r')
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
  })

  it('quotes by RFC 4180 and keeps formulas as they are (lossless)', () => {
    expect(csv).toContain('"He said ""yes"", then\nleft."')
    expect(csv).toContain('" =SUM(A1) 😀 中国 "')
  })

  it('writes null as an empty field and an empty string as ""', () => {
    expect(csv).toContain('r3,,7,0,1969-12-31,beta\n')
    expect(csv).toContain('r5,"",1,,2000-01-01,beta\n')
  })

  it('reads back with an independent CSV parser to the same values', () => {
    const parsed = Papa.parse<string[]>(csv, {skipEmptyLines: true}).data
    expect(parsed.slice(1)).toEqual(sampleRows.map(r => [r.id, r.note ?? '', String(r.count), r.maybe === null ? '' : String(r.maybe), r.day ?? '', r.kind]))
  })

  it('writes nothing for an empty batch', () => {
    expect(encoder.encode([])).toBe('')
  })
})

describe('csvEncoder agrees with papaparse', () => {
  // the settings readouts' CSV follows, as papaparse spells them: the encoder must write exactly what unparse writes
  const papa = (rows: unknown[][]) => Papa.unparse(rows, {newline: '\n', header: false, escapeFormulae: false, quotes: (v: unknown) => v === ''}) + '\n'

  it('byte for byte, on any strings, numbers and nulls', () => {
    const value = fc.oneof(fc.constant(null), fc.integer(), fc.string({unit: 'grapheme'}),
      fc.stringMatching(/^[ ",\r\n\ufeff a-z=+-]{0,8}$/))
    fc.assert(fc.property(fc.array(fc.tuple(value, value, value), {minLength: 1, maxLength: 6}), rows => {
      const table = {...sampleTable, columns: ['a', 'b', 'c'].map(name => ({name, kind: 'string' as const, nullable: true, description: ''}))}
      const ours = csvEncoder(table).encode(rows.map(([a, b, c]) => ({a, b, c})))
      expect(ours).toBe(papa(rows))
    }), {numRuns: 2000})
  })
})
