import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {DuckDBInstance} from '@duckdb/node-api'
import {describe, expect, it} from 'vitest'
import {recordBatchBuilder} from '../../pipeline/writers/to-arrow.js'
import {parquetEncoder} from '../../pipeline/writers/to-parquet.js'
import {memorySink, tempDir} from '../helpers.js'
import {sampleRows, sampleTable} from './sample-table.js'

/** Writes rows in batches of two to a Parquet file and returns its path. */
async function writeParquet(rows: typeof sampleRows): Promise<string> {
  const builder = recordBatchBuilder(sampleTable)
  const sink = memorySink()
  const encoder = parquetEncoder('readouts test', 2, sink)
  if (rows.length === 0) await encoder.write(builder.build([]))
  for (let i = 0; i < rows.length; i += 2) await encoder.write(builder.build(rows.slice(i, i + 2)))
  await encoder.finish()
  const path = join(tempDir(), 'sample.parquet')
  writeFileSync(path, sink.bytes())
  return path
}

/** Rows and column types of a query, from DuckDB (an independent reader). */
async function duck(sql: string): Promise<{types: string[]; rows: Record<string, unknown>[]}> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect()
  const result = await connection.runAndReadAll(sql)
  return {types: result.columnTypes().map(String), rows: result.getRowObjectsJson() as Record<string, unknown>[]}
}

describe('parquetEncoder(createdBy, sink)', () => {
  it('writes a Parquet file DuckDB reads with DATE and INTEGER columns and the same values', async () => {
    const path = await writeParquet(sampleRows)
    const {types, rows} = await duck(`select * from '${path}'`)
    expect(types).toEqual(['VARCHAR', 'VARCHAR', 'INTEGER', 'INTEGER', 'DATE', 'VARCHAR'])
    expect(rows).toEqual(sampleRows)
  })

  it('writes an empty table with its schema', async () => {
    const path = await writeParquet([])
    const {rows} = await duck(`select count(*)::INTEGER as n from '${path}'`)
    expect(rows).toEqual([{n: 0}])
    const {rows: columns} = await duck(`select name from parquet_schema('${path}') where name <> 'arrow_schema'`)
    expect(columns.map(c => c.name)).toContain('kind')
  })
})
