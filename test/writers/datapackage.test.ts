import {describe, expect, it} from 'vitest'
import {tables} from '../../pipeline/tables/index.js'
import {datapackage} from '../../pipeline/writers/datapackage.js'
import type {TableReport} from '../../pipeline/writers/table-writer.js'

const digest = {bytes: 10, sha256: 'ab'.repeat(32)}
const reports = new Map<string, TableReport>(tables.map(t => [t.name, {rows: 1, files: {csv: digest, arrow: digest, parquet: digest}}]))

describe('datapackage(tables, reports, version)', () => {
  const pkg = datapackage(tables, reports, '0.1.0') as {profile: string; resources: Array<Record<string, any>>}

  it('describes every table\'s CSV as a tabular data resource with its hash', () => {
    expect(pkg.profile).toBe('tabular-data-package')
    expect(pkg.resources.map(r => r.path)).toEqual(tables.map(t => `${t.name}.csv`))
    expect(pkg.resources[0]).toMatchObject({profile: 'tabular-data-resource', encoding: 'utf-8', bytes: 10, hash: `sha256:${digest.sha256}`})
  })

  it('gives types, descriptions, required flags, categories, keys and foreign keys', () => {
    const articles = pkg.resources.find(r => r.name === 'articles')!.schema
    expect(articles.primaryKey).toEqual(['article_id'])
    expect(articles.fields.find((f: {name: string}) => f.name === 'published')).toMatchObject({type: 'date', constraints: {required: false}})
    expect(articles.fields.find((f: {name: string}) => f.name === 'n_words')).toMatchObject({type: 'integer', constraints: {required: true, minimum: 0}})
    const edits = pkg.resources.find(r => r.name === 'edits')!.schema
    expect(edits.foreignKeys).toEqual([{fields: ['article_id'], reference: {resource: 'articles', fields: ['article_id']}}])
    expect(edits.fields.find((f: {name: string}) => f.name === 'rule').constraints.enum).toContain('line-endings')
    for (const resource of pkg.resources) for (const field of resource.schema.fields) expect(field.description, field.name).toBeTruthy()
  })
})
