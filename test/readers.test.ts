// Independent readers: polars reads every .arrow, DuckDB every .parquet and .csv, pandas every .csv;
// each must give the values the build wrote, with native types.
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {DuckDBInstance} from '@duckdb/node-api'
import pl from 'nodejs-polars'
import Papa from 'papaparse'
import {beforeAll, describe, expect, it} from 'vitest'
import {createAjv} from '../pipeline/ajv.js'
import type {TableDef} from '../pipeline/tables/define.js'
import {tables} from '../pipeline/tables/index.js'
import {buildInto, fixtureRaw, readCsv, ROOT, tempDir} from './helpers.js'

let out: string
let raw: string

/** The rows of a table as the CSV says, typed by the table definition (empty field = null). */
function expectedRows(table: TableDef): Record<string, unknown>[] {
  return readCsv(join(out, `${table.name}.csv`)).map(row => Object.fromEntries(table.columns.map(c => {
    const raw = row[c.name]!
    if (raw === '' && c.nullable) return [c.name, null]
    return [c.name, c.kind === 'int32' ? Number(raw) : raw]
  })))
}

/** The raw text of an article: the whole .txt file, or the text field of its JSONL or CSV record. */
function rawTextOf(sourcePath: string, id: string): string {
  const [file, line] = sourcePath.split(':')
  const whole = readFileSync(join(raw, file!), 'utf8').replace(/^\ufeff/, '')
  if (!line) return whole
  if (file!.endsWith('.csv')) return Papa.parse<Record<string, string>>(whole, {header: true}).data.find(r => r.id === id)!.text!
  return JSON.parse(whole.split('\n')[Number(line) - 1]!).text as string
}

beforeAll(async () => {
  // a build with every kind of input and of reject, so every table has rows and nulls
  raw = join(tempDir(), 'raw')
  cpSync(join(ROOT, 'raw'), join(raw, 'seeds'), {recursive: true})
  for (const name of ['ok-txt', 'ok-jsonl', 'ok-csv', 'not-ok-jsonl-bad-line', 'not-ok-invalid-utf8']) cpSync(fixtureRaw(name), join(raw, name), {recursive: true})
  out = (await buildInto(raw)).out
})

/** text[start:end] in code points, as Python slices it. */
function codePoints(text: unknown, start: unknown, end: unknown): string {
  return [...String(text)].slice(Number(start), Number(end)).join('')
}

describe('the written tables', () => {
  it('have rows in every table, so the readers below compare real values', () => {
    for (const table of tables) expect(expectedRows(table).length, table.name).toBeGreaterThan(0)
  })

  it('validate against their row schemas in schemas/rows/', () => {
    const ajv = createAjv()
    for (const table of tables) {
      const validateRow = ajv.compile(JSON.parse(readFileSync(join(ROOT, `schemas/rows/${table.name}.schema.json`), 'utf8')))
      for (const row of expectedRows(table)) expect(validateRow(row) ? [] : validateRow.errors, `${table.name} ${JSON.stringify(row).slice(0, 80)}`).toEqual([])
    }
  })

  it('give edit offsets that slice the raw article (in code points) to what the edit replaced', () => {
    const sources = new Map(expectedRows(tables[0]!).map(a => [a.article_id, String(a.source_path)]))
    const edits = expectedRows(tables.find(t => t.name === 'edits')!)
    expect(edits.length).toBeGreaterThan(5)
    for (const edit of edits) {
      const article = rawTextOf(sources.get(edit.article_id)!, String(edit.article_id))
      expect(codePoints(article, edit.raw_start, edit.raw_end), JSON.stringify(edit)).toBe(edit.before)
    }
  })

  it('give mentions whose text is articles.text[start:end] and whose raw span holds the same words in the raw article', () => {
    const articles = new Map(expectedRows(tables[0]!).map(a => [a.article_id, a]))
    const mentions = expectedRows(tables.find(t => t.name === 'mentions')!)
    expect(mentions.length).toBeGreaterThan(100)
    for (const m of mentions) {
      const article = articles.get(m.article_id)!
      expect(codePoints(article.text, m.start, m.end), JSON.stringify(m)).toBe(m.text)
      const rawArticle = rawTextOf(String(article.source_path), String(m.article_id))
      // cleaning may have changed what is inside (a curly quote, a joined line), never the letters
      const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '')
      expect(letters(codePoints(rawArticle, m.raw_start, m.raw_end)), JSON.stringify(m)).toBe(letters(String(m.text)))
    }
  })

  it('give timexes whose text is articles.text[start:end] and raw span the same text in the raw article, with calendar ranges', () => {
    const articles = new Map(expectedRows(tables[0]!).map(a => [a.article_id, a]))
    const timexes = expectedRows(tables.find(t => t.name === 'timexes')!)
    expect(timexes.length).toBeGreaterThan(10)
    for (const t of timexes) {
      const article = articles.get(t.article_id)!
      expect(codePoints(article.text, t.start, t.end), JSON.stringify(t)).toBe(t.text)
      expect(codePoints(rawTextOf(String(article.source_path), String(t.article_id)), t.raw_start, t.raw_end)).toBe(t.text)
      if (t.type === 'DATE' && /^\d{4}/.test(String(t.value))) expect(String(t.range_start) <= String(t.range_end), JSON.stringify(t)).toBe(true)
    }
  })

  it('give interactions whose evidence is articles.text[start:end], whose entities are in entities, and themes whose first hit is in the text', () => {
    const articles = new Map(expectedRows(tables[0]!).map(a => [a.article_id, a]))
    const entityIds = new Set(expectedRows(tables.find(t => t.name === 'entities')!).map(e => e.entity_id))
    const interactions = expectedRows(tables.find(t => t.name === 'interactions')!)
    expect(interactions.length).toBeGreaterThanOrEqual(7)
    for (const x of interactions) {
      expect(codePoints(articles.get(x.article_id)!.text, x.start, x.end), JSON.stringify(x)).toBe(x.text)
      for (const id of [x.source_entity_id, x.target_entity_id]) if (id !== null) expect(entityIds.has(id), String(id)).toBe(true)
    }
    const themes = expectedRows(tables.find(t => t.name === 'themes')!)
    expect(themes.length).toBeGreaterThan(10)
    for (const t of themes) expect(codePoints(articles.get(t.article_id)!.text, t.first_start, Number(t.first_start) + 3).length).toBe(3)
  })

  it('give entities that count their mentions and articles, and every mention points to one', () => {
    const entities = expectedRows(tables.find(t => t.name === 'entities')!)
    const mentions = expectedRows(tables.find(t => t.name === 'mentions')!)
    const byId = new Map(entities.map(e => [e.entity_id, e]))
    for (const m of mentions) expect(byId.has(m.entity_id), String(m.entity_id)).toBe(true)
    for (const e of entities) {
      const own = mentions.filter(m => m.entity_id === e.entity_id)
      expect(e.n_mentions, String(e.entity_id)).toBe(own.length)
      expect(e.n_articles, String(e.entity_id)).toBe(new Set(own.map(m => m.article_id)).size)
    }
    expect(byId.get('PERSON:xi-jinping')).toMatchObject({type: 'PERSON', name: 'Xi Jinping', country: 'CHN'})
    expect(mentions.find(m => m.entity_id === 'PERSON:wang-yi' && m.role)).toMatchObject({role: 'State Councilor and Foreign Minister', country: 'CHN'})
  })
})

describe('polars (Arrow IPC file)', () => {
  it.each(tables.map(t => [t.name, t] as const))('reads %s.arrow with native types and the written values', (_name, table) => {
    const df = pl.readIPC(readFileSync(join(out, `${table.name}.arrow`)))
    const types = df.dtypes.map(String)
    table.columns.forEach((c, i) => {
      const expected = {string: 'String', int32: 'Int32', date: 'Date', category: 'Categorical'}[c.kind]
      expect(types[i], c.name).toBe(`DataType(${expected})`)
    })
    const rows = df.toRecords().map(r => Object.fromEntries(table.columns.map(c => {
      const v: unknown = r[c.name]
      return [c.name, v instanceof Date ? v.toISOString().slice(0, 10) : v ?? null]
    })))
    expect(rows).toEqual(expectedRows(table))
  })
})

describe('DuckDB (Parquet and CSV)', () => {
  const sqlType = {string: 'VARCHAR', int32: 'INTEGER', date: 'DATE', category: 'VARCHAR'}

  it.each(tables.map(t => [t.name, t] as const))('reads the %s table from Parquet and CSV to the written values', async (_name, table) => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect()
    const parquet = await connection.runAndReadAll(`select * from '${join(out, `${table.name}.parquet`)}'`)
    expect(parquet.columnTypes().map(String)).toEqual(table.columns.map(c => sqlType[c.kind]))
    expect(parquet.getRowObjectsJson()).toEqual(expectedRows(table))
    const columns = table.columns.map(c => `'${c.name}': '${sqlType[c.kind]}'`).join(', ')
    // with allow_quoted_nulls = false DuckDB reads a quoted empty string ("") as '' and an empty field as NULL
    const csv = await connection.runAndReadAll(`select * from read_csv('${join(out, `${table.name}.csv`)}', header = true, allow_quoted_nulls = false, columns = {${columns}})`)
    expect(csv.getRowObjectsJson()).toEqual(expectedRows(table))
  })
})

const pandas = existsSync('/usr/bin/python3') && (() => {
  try { execFileSync('/usr/bin/python3', ['-c', 'import pandas']); return true } catch { return false }
})()

describe.skipIf(!pandas)('pandas (CSV)', () => {
  it('reads every CSV with the row counts, columns and texts written', () => {
    const script = `
import json, sys, pandas as pd
out = {}
for name in sys.argv[2:]:
    df = pd.read_csv(f"{sys.argv[1]}/{name}.csv", keep_default_na=False, na_values=[""], dtype=str)
    out[name] = {"columns": list(df.columns), "rows": json.loads(df.to_json(orient="records"))}
print(json.dumps(out))`
    const result = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, out, ...tables.map(t => t.name)], {encoding: 'utf8', maxBuffer: 1 << 26}))
    for (const table of tables) {
      expect(result[table.name].columns).toEqual(table.columns.map(c => c.name))
      const expected = expectedRows(table).map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === '' ? null : String(v)])))
      expect(result[table.name].rows).toEqual(expected)
    }
  })
})

if (!pandas) console.warn('readers.test.ts: pandas skipped: /usr/bin/python3 with pandas is not installed (apt-get install python3-pandas)')
