import {describe, expect, it} from 'vitest'
import {formatOf, idFromFileName, jsonlRef, locateCsv, locateJson} from '../../../pipeline/stages/parse/locate.js'

const enc = (s: string) => new TextEncoder().encode(s)
const slice = (text: string, ref: {byteStart?: number; byteEnd?: number}) => Buffer.from(enc(text).subarray(ref.byteStart, ref.byteEnd)).toString()

describe('formatOf(file) and idFromFileName(file)', () => {
  it('reads the format from the extension and the id from the name', () => {
    expect([formatOf('a/b.TXT'), formatOf('x.jsonl'), formatOf('x.docx'), formatOf('noext')]).toEqual(['txt', 'jsonl', 'unsupported', 'unsupported'])
    expect(idFromFileName('dir/001_5e7f.txt')).toBe('001_5e7f')
  })
})

describe('locateJson(file, bytes)', () => {
  it('finds each element of an array with its byte range, line and id', () => {
    const text = '[\n {"id": "a", "text": "中国"},\n {"id": "b", "text": "x"}\n]'
    const refs = locateJson('f.json', enc(text))
    expect(refs.map(r => [r.sourcePath, r.id, r.line])).toEqual([['f.json#/0', 'a', 2], ['f.json#/1', 'b', 3]])
    expect(JSON.parse(slice(text, refs[0]!))).toEqual({id: 'a', text: '中国'})
    expect(JSON.parse(slice(text, refs[1]!)).id).toBe('b')
  })

  it('takes a single object as one record for the whole file', () => {
    expect(locateJson('f.json', enc('{"id": "a", "text": "t"}'))).toEqual([{file: 'f.json', sourcePath: 'f.json', format: 'json', id: 'a', line: 1}])
  })

  it('fails the whole file with the line and column of a syntax error', () => {
    const [ref] = locateJson('f.json', enc('{\n  "id": "a",\n  "text": "t",\n}'))
    expect(ref!.failure).toMatchObject({rule: 'invalid-json', place: {line: 4, column: 1}})
  })

  it('fails an empty array and an empty file', () => {
    expect(locateJson('f.json', enc('[]'))[0]!.failure?.rule).toBe('no-records')
    expect(locateJson('f.json', enc('  \n'))[0]!.failure?.rule).toBe('empty-file')
  })
})

describe('locateCsv(file, bytes)', () => {
  it('finds each data row, numbered from 1, with the line it starts on', () => {
    const text = 'id,text\na,"two\nlines"\n\nb,plain\n'
    const refs = locateCsv('f.csv', enc(text))
    expect(refs.map(r => [r.sourcePath, r.id, r.line])).toEqual([['f.csv:1', 'a', 2], ['f.csv:2', 'b', 5]])
    expect(slice(text, refs[0]!)).toBe('a,"two\nlines"\n')
    expect(refs[0]!.header).toEqual(['id', 'text'])
  })

  it('fails a header with an empty or repeated column', () => {
    expect(locateCsv('f.csv', enc('id,text,text\na,b,c\n'))[0]!.failure).toMatchObject({rule: 'csv-bad-header'})
  })

  it('fails a file with a header and no rows', () => {
    expect(locateCsv('f.csv', enc('id,text\n'))[0]!.failure?.rule).toBe('no-records')
  })
})

describe('jsonlRef(file, line, start, end, bytes)', () => {
  it('peeks the id of a line, or null when the line is not a JSON object with a string id', () => {
    expect(jsonlRef('f.jsonl', 3, 10, 20, enc('{"id": "x"}')).id).toBe('x')
    expect(jsonlRef('f.jsonl', 3, 10, 20, enc('{"id": 7}')).id).toBeNull()
    expect(jsonlRef('f.jsonl', 3, 10, 20, enc('{oops')).sourcePath).toBe('f.jsonl:3')
  })
})
