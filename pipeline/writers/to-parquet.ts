/** Parquet encoding of a table (parquet-wasm): Arrow record batches streamed into row groups. */
import {tableToIPC, Table as ArrowTable, type RecordBatch} from 'apache-arrow'
import * as parquet from 'parquet-wasm'
import type {ByteSink} from './sink.js'


/** A pull-based queue of wasm record batches that applies backpressure to the producer. */
function batchQueue(limit: number) {
  const items: parquet.RecordBatch[] = []
  let closed = false
  let wakeConsumer: (() => void) | undefined
  let wakeProducer: (() => void) | undefined
  const stream = new ReadableStream<parquet.RecordBatch>({
    async pull(controller) {
      while (items.length === 0 && !closed) await new Promise<void>(r => { wakeConsumer = r })
      const item = items.shift()
      wakeProducer?.()
      if (item) controller.enqueue(item)
      else controller.close()
    },
  }, {highWaterMark: 0})
  return {
    stream,
    async push(item: parquet.RecordBatch) {
      while (items.length >= limit) await new Promise<void>(r => { wakeProducer = r })
      items.push(item)
      wakeConsumer?.()
    },
    close() { closed = true; wakeConsumer?.() },
  }
}

/**
 * Streams Arrow record batches into a Parquet file on `sink` (ZSTD, DATE for Date32). The writer holds a
 * row group in memory until it has `rowGroupRows` rows, so that number bounds its memory.
 * Write at least one batch, if only an empty one: the Parquet writer takes its schema from the first batch.
 */
export function parquetEncoder(createdBy: string, rowGroupRows: number, sink: ByteSink): {write(batch: RecordBatch): Promise<void>; finish(): Promise<void>} {
  const queue = batchQueue(2)
  let pump: Promise<void> | undefined
  // the transform reads the first batch before it returns, so it starts once that batch is queued
  const start = async () => {
    const properties = new parquet.WriterPropertiesBuilder()
      .setCompression(parquet.Compression.ZSTD)
      .setMaxRowGroupSize(rowGroupRows)
      .setCreatedBy(createdBy)
      .build()
    const reader = (await parquet.transformParquetStream(queue.stream, properties)).getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) await sink.write(r.value as Uint8Array)
  }
  return {
    async write(batch) {
      const table = parquet.Table.fromIPCStream(tableToIPC(new ArrowTable([batch]), 'stream'))
      const batches = table.recordBatches()
      table.free()
      for (const wasmBatch of batches) {
        await queue.push(wasmBatch)
        pump ??= start()
      }
    },
    async finish() {
      queue.close()
      await pump
    },
  }
}
