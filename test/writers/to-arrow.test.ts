import {tableFromIPC} from 'apache-arrow'
import pl from 'nodejs-polars'
import {describe, expect, it} from 'vitest'
import {arrowFileEncoder, arrowSchema, recordBatchBuilder} from '../../pipeline/writers/to-arrow.js'
import {memorySink} from '../helpers.js'
import {sampleRows, sampleTable} from './sample-table.js'

/** The sample rows written as an Arrow IPC file in batches of two rows. */
async function writeSample(): Promise<Uint8Array> {
  const builder = recordBatchBuilder(sampleTable)
  const sink = memorySink()
  const encoder = arrowFileEncoder(builder.schema, sink)
  for (let i = 0; i < sampleRows.length; i += 2) encoder.write(builder.build(sampleRows.slice(i, i + 2)))
  await encoder.finish()
  return sink.bytes()
}

describe('arrowSchema(table)', () => {
  it('declares exact types, nullability and descriptions', () => {
    const schema = arrowSchema(sampleTable)
    expect(schema.fields.map(f => [f.name, String(f.type), f.nullable])).toEqual([
      ['id', 'Utf8', false], ['note', 'Utf8', true], ['count', 'Int32', false], ['maybe', 'Int32', true],
      ['day', 'Date32<DAY>', true], ['kind', 'Dictionary<Int32, Utf8>', false],
    ])
    expect(schema.fields[0]!.metadata.get('description')).toBe('Row id.')
    expect(schema.metadata.get('description')).toBe('Every kind of column.')
  })
})

describe('arrowFileEncoder(schema, sink)', () => {
  it('writes the IPC file format (magic ARROW1 at both ends)', async () => {
    const bytes = await writeSample()
    expect(Buffer.from(bytes.subarray(0, 6)).toString()).toBe('ARROW1')
    expect(Buffer.from(bytes.subarray(-6)).toString()).toBe('ARROW1')
  })

  it('reads back with apache-arrow to the same values and batches', async () => {
    const table = tableFromIPC(await writeSample())
    expect(table.batches).toHaveLength(3)
    expect(table.toArray().map(r => ({...r.toJSON(), day: r.day === null ? null : new Date(r.day).toISOString().slice(0, 10)})))
      .toEqual(sampleRows)
  })

  it('reads back with polars, an independent reader, with native types', async () => {
    const df = pl.readIPC(Buffer.from(await writeSample()))
    expect(df.dtypes.map(String)).toEqual(['String', 'String', 'Int32', 'Int32', 'Date', 'Categorical'].map(t => `DataType(${t})`))
    expect(df.getColumn('kind').toArray()).toEqual(sampleRows.map(r => r.kind))
    expect(df.getColumn('note').toArray()).toEqual(sampleRows.map(r => r.note))
    expect(df.getColumn('maybe').toArray()).toEqual(sampleRows.map(r => r.maybe))
  })

  it('refuses a null in a non-nullable column and a value outside the categories', () => {
    const builder = recordBatchBuilder(sampleTable)
    expect(() => builder.build([{...sampleRows[0]!, count: null as never}])).toThrow(/count is not nullable/)
    expect(() => builder.build([{...sampleRows[0]!, kind: 'delta'}])).toThrow(/"delta" is not one of its categories/)
  })
})
