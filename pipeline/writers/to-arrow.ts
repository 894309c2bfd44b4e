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
  for (let i = 0; i < values.length; i++) if (values[i] == null) nulls++
  if (nulls === 0) return {nulls}
  const bitmap = new Uint8Array((values.length + 7) >> 3)
  for (let i = 0; i < values.length; i++) if (values[i] != null) bitmap[i >> 3]! |= 1 << (i & 7)
  return {bitmap, nulls}
}

/**
 * A Utf8 column's data, built straight into its offsets and bytes (Node's Buffer encodes natively): what
 * `vectorFromArray` makes, without its per-value builder calls.
 */
function utf8Data(values: readonly (string | null)[], bitmap: Uint8Array | undefined, nulls: number): Data<Utf8> {
  const offsets = new Int32Array(values.length + 1)
  // all the values encoded at once; when no value needs more than a byte a character, offsets count characters
  const joined = values.join('')
  const data = Buffer.from(joined, 'utf8')
  if (data.length === joined.length) {
    let at = 0
    for (let i = 0; i < values.length; i++) { at += values[i]?.length ?? 0; offsets[i + 1] = at }
  } else {
    let at = 0
    for (let i = 0; i < values.length; i++) { const v = values[i]; if (v) at += Buffer.byteLength(v, 'utf8'); offsets[i + 1] = at }
  }
  return makeData({type: new Utf8(), length: values.length, nullCount: nulls, nullBitmap: bitmap, valueOffsets: offsets, data: new Uint8Array(data.buffer, data.byteOffset, data.length)})
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
      return utf8Data(values as readonly (string | null)[], bitmap, nulls)
    case 'int32': {
      const data = new Int32Array(length)
      for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0
      return makeData({type: new Int32(), length, nullCount: nulls, nullBitmap: bitmap, data})
    }
    case 'date': {
      const data = new Int32Array(length)
      for (let i = 0; i < length; i++) if (values[i] != null) data[i] = epochDays(values[i] as string)
      return makeData({type: new DateDay(), length, nullCount: nulls, nullBitmap: bitmap, data})
    }
    case 'category': {
      const indices = new Int32Array(length)
      for (let i = 0; i < length; i++) {
        const v = values[i]
        if (v == null) continue
        const index = levels!.index.get(v as string)
        if (index === undefined) throw new Error(`column ${column.name}: "${String(v)}" is not one of its categories`)
        indices[i] = index
      }
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
