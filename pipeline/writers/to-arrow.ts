/** Arrow encoding of a table (apache-arrow): the IPC file format, an explicit schema, record batches as rows arrive. */
import {
  DateDay, Dictionary, Field, Int32, makeData, RecordBatch, RecordBatchFileWriter, Schema, Struct, Utf8,
  vectorFromArray, type Data, type DataType, type Vector,
} from 'apache-arrow'
import type {Column, TableDef} from '../tables/define.js'
import type {ByteSink} from './sink.js'

const MS_PER_DAY = 86_400_000

/** The Arrow type of a column: Utf8, Int32, Date32 (days) or a dictionary of Utf8 with Int32 indices. */
function arrowType(column: Column, index: number): DataType {
  switch (column.kind) {
    case 'string': return new Utf8()
    case 'int32': return new Int32()
    case 'date': return new DateDay()
    case 'category': return new Dictionary(new Utf8(), new Int32(), index, false)
  }
}

/** The explicit Arrow schema of a table: exact nullability, each field's description in its metadata. */
export function arrowSchema(table: TableDef): Schema {
  const fields = table.columns.map((column, i) => new Field(column.name, arrowType(column, i), column.nullable,
    new Map([['description', column.description]])))
  return new Schema(fields, new Map([['description', table.description], ['primary_key', table.primaryKey.join(',')]]))
}

/** A validity bitmap for `values` (1 = present), or undefined when none is null. */
function validity(values: readonly unknown[]): {bitmap?: Uint8Array; nulls: number} {
  let nulls = 0
  for (const v of values) if (v === null || v === undefined) nulls++
  if (nulls === 0) return {nulls}
  const bitmap = new Uint8Array((values.length + 7) >> 3)
  values.forEach((v, i) => { if (v !== null && v !== undefined) bitmap[i >> 3]! |= 1 << (i & 7) })
  return {bitmap, nulls}
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function epochDays(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
}

/** A categorical column's levels: value -> index, and the dictionary vector every batch shares. */
interface Levels {
  index: Map<string, number>
  vector: Vector<Utf8>
}

/** The Arrow data of one column of a batch. */
function columnData(column: Column, type: DataType, values: readonly unknown[], levels?: Levels): Data {
  const {bitmap, nulls} = validity(values)
  if (nulls > 0 && !column.nullable) throw new Error(`column ${column.name} is not nullable but a row has no value`)
  const length = values.length
  switch (column.kind) {
    case 'string':
      return vectorFromArray(values as (string | null)[], new Utf8()).data[0]!
    case 'int32':
      return makeData({type: new Int32(), length, nullCount: nulls, nullBitmap: bitmap, data: Int32Array.from(values, v => (v as number | null) ?? 0)})
    case 'date':
      return makeData({type: new DateDay(), length, nullCount: nulls, nullBitmap: bitmap, data: Int32Array.from(values, v => v == null ? 0 : epochDays(v as string))})
    case 'category': {
      const indices = Int32Array.from(values, v => {
        if (v == null) return 0
        const index = levels!.index.get(v as string)
        if (index === undefined) throw new Error(`column ${column.name}: "${String(v)}" is not one of its categories`)
        return index
      })
      // the same dictionary vector in every batch, so the IPC file holds each dictionary once
      return makeData({type: type as Dictionary<Utf8, Int32>, length, nullCount: nulls, nullBitmap: bitmap, data: indices, dictionary: levels!.vector})
    }
  }
}

/** Builds Arrow record batches of `table` from rows, with one shared dictionary per categorical column. */
export function recordBatchBuilder(table: TableDef): {schema: Schema; build(rows: readonly Record<string, unknown>[]): RecordBatch} {
  const schema = arrowSchema(table)
  const levels = table.columns.map(c => c.values && {
    index: new Map(c.values.map((v, i) => [v, i])),
    vector: vectorFromArray(c.values as string[], new Utf8()),
  })
  return {
    schema,
    build(rows) {
      const children = table.columns.map((column, i) =>
        columnData(column, schema.fields[i]!.type, rows.map(r => r[column.name]), levels[i]))
      const struct = makeData({type: new Struct(schema.fields), length: rows.length, nullCount: 0, children})
      return new RecordBatch(schema, struct)
    },
  }
}

/** Streams record batches into an Arrow IPC file on `sink` (write at least one batch, if only an empty one). */
export function arrowFileEncoder(schema: Schema, sink: ByteSink): {write(batch: RecordBatch): void; finish(): Promise<void>} {
  const writer = new RecordBatchFileWriter()
  writer.reset(undefined, schema)
  const pump = (async () => { for await (const chunk of writer) await sink.write(chunk) })()
  return {
    write(batch) { writer.write(batch) },
    async finish() {
      writer.finish()
      writer.close()
      await pump
    },
  }
}
