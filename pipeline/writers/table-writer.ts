/** One table written three ways at once: rows are batched, then go to CSV, Arrow and Parquet in the same order. */
import type {TableDef} from '../tables/define.js'
import {csvEncoder} from './to-csv.js'
import {arrowFileEncoder, recordBatchBuilder} from './to-arrow.js'
import {parquetEncoder} from './to-parquet.js'
import type {ByteSink, Digest} from './sink.js'

/** The output formats, by file extension. */
export const FORMATS = ['csv', 'arrow', 'parquet'] as const

/** An output format's file extension. */
export type Format = (typeof FORMATS)[number]

/** What a finished table writer reports: its rows and each file's size and hash (and the spreadsheet copy's). */
export interface TableReport {
  rows: number
  files: Record<Format, Digest>
  excel?: Digest
}

/** Flush a batch once it has this many rows or this much text, whichever comes first. */
const BATCH_ROWS = 4096
const BATCH_CHARS = 8 << 20

/**
 * Writes the rows of `table` to three sinks as batches fill (and to a formula-safe CSV copy for spreadsheets when an
 * `excel` sink is given); `close` flushes and finalizes them all.
 */
export async function openTableWriter(table: TableDef, sinks: Record<Format, ByteSink>, createdBy: string, excel?: ByteSink) {
  const csv = csvEncoder(table)
  const excelCsv = excel ? csvEncoder(table, {formulaSafe: true}) : undefined
  const builder = recordBatchBuilder(table)
  const arrow = arrowFileEncoder(builder.schema, sinks.arrow)
  const parquet = parquetEncoder(createdBy, table.rowGroupRows ?? 16_384, sinks.parquet)
  await sinks.csv.write(csv.header())
  await excel?.write(excelCsv!.header())
  let pending: Record<string, unknown>[] = []
  let pendingChars = 0
  let rows = 0
  let batches = 0

  async function flush(): Promise<void> {
    if (pending.length === 0 && batches > 0) return
    const batchRows = pending
    pending = []
    pendingChars = 0
    const batch = builder.build(batchRows)
    arrow.write(batch)
    await Promise.all([sinks.csv.write(csv.encode(batchRows)), parquet.write(batch), excel?.write(excelCsv!.encode(batchRows))])
    batches++
  }

  return {
    /** Adds rows; they are written when the batch fills. */
    async append(newRows: readonly Record<string, unknown>[]): Promise<void> {
      for (const row of newRows) {
        pending.push(row)
        for (const value of Object.values(row)) if (typeof value === 'string') pendingChars += value.length
      }
      rows += newRows.length
      if (pending.length >= BATCH_ROWS || pendingChars >= BATCH_CHARS) await flush()
    },
    /** Writes what is left (an empty table still gets its schema) and closes the three files. */
    async close(): Promise<TableReport> {
      await flush()
      await Promise.all([arrow.finish(), parquet.finish()])
      const [csvDigest, arrowDigest, parquetDigest, excelDigest] = await Promise.all([
        sinks.csv.close(), sinks.arrow.close(), sinks.parquet.close(), excel?.close(),
      ])
      return {rows, files: {csv: csvDigest, arrow: arrowDigest, parquet: parquetDigest}, ...(excelDigest ? {excel: excelDigest} : {})}
    },
    /** Gives up after a failure elsewhere: releases the three files without finishing them. */
    async abort(): Promise<void> {
      await Promise.all([...FORMATS.map(f => sinks[f].abort()), excel?.abort()])
    },
  }
}

/** A table writer, as `openTableWriter` makes it. */
export type TableWriter = Awaited<ReturnType<typeof openTableWriter>>
