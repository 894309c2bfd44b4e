import {describe, expect, it} from 'vitest'
import type {RawInput} from '../../../pipeline/article.js'
import {parse, startArticle} from '../../../pipeline/stages/parse/parse-input.js'
import {readTxtHeader} from '../../../pipeline/stages/parse/txt-header.js'
import {txtInput} from '../../helpers.js'

const record = (format: RawInput['format'], text: string, extra: Partial<RawInput> = {}) =>
  parse(startArticle({sourcePath: `f.${format}:1`, file: `f.${format}`, format, bytes: new TextEncoder().encode(text), line: 7, ...extra}))

describe('readTxtHeader(text)', () => {
  it('reads the date and where the body starts', () => {
    expect(readTxtHeader(' date 2020-11-06 China is')).toEqual({published: '2020-11-06', bodyStart: 17})
    expect(readTxtHeader('\n date 2021-01-27 \n\n\nChinese')).toEqual({published: '2021-01-27', bodyStart: 21})
  })

  it('finds no header in ordinary text, and flags a malformed one', () => {
    expect(readTxtHeader('Chinese President Xi')).toBeUndefined()
    expect(readTxtHeader('date of the talks')).toBeUndefined()
    expect(readTxtHeader(' date 2020/11/6 text')).toEqual({malformed: '2020/11/6'})
  })
})

describe('parse(article)', () => {
  it('parses a .txt file: id from the name, date from the header, raw text whole', () => {
    const article = parse(startArticle(txtInput('dir/x-1.txt', ' date 2020-11-06 Body text.')))
    expect(article.record).toEqual({id: 'x-1', text: 'Body text.', published: '2020-11-06'})
    expect(article.raw).toBe(' date 2020-11-06 Body text.')
    expect(article.bodyStart).toBe(17)
  })

  it('rejects a .txt file with a malformed date header', () => {
    expect(parse(startArticle(txtInput('x.txt', 'date 2020-1-5 Body'))).messages[0]).toMatchObject({rule: 'bad-date-header', place: {line: 1}})
  })

  it('rejects bytes that are not UTF-8, placing the error in the file', () => {
    const bytes = Uint8Array.from([...Buffer.from('{"id": "a", "text": "'), 0xe9, ...Buffer.from('"}')])
    const article = parse(startArticle({sourcePath: 'f.jsonl:5', file: 'f.jsonl', format: 'jsonl', bytes, line: 5}))
    expect(article.messages[0]).toMatchObject({severity: 'error', rule: 'invalid-utf8', place: {line: 5, column: 22}})
  })

  it('parses a JSON record and takes its text as the raw text', () => {
    const article = record('jsonl', '{"id": "a", "text": "Hi", "published": "2021-01-01"}')
    expect(article.raw).toBe('Hi')
    expect(article.messages).toEqual([])
  })

  it('rejects invalid JSON with the line of the file and the column', () => {
    expect(record('jsonl', '{"id": "a", "text": }').messages[0]).toMatchObject({rule: 'invalid-json', place: {line: 7, column: 21}})
  })

  it('rejects JSON that is not an object', () => {
    expect(record('jsonl', '"just a string"').messages[0]!.rule).toBe('not-an-object')
  })

  it('parses a CSV row against the header, dropping empty optional cells', () => {
    const article = record('csv', 'a,"He said ""hi""",\n', {header: ['id', 'text', 'published']})
    expect(article.record).toEqual({id: 'a', text: 'He said "hi"'})
  })

  it('rejects a CSV row with the wrong number of fields', () => {
    expect(record('csv', 'a,b\n', {header: ['id', 'text', 'published']}).messages[0]).toMatchObject({rule: 'csv-field-count', place: {line: 7}})
  })

  it('rejects a file of an unsupported type', () => {
    expect(record('unsupported', 'PK').messages[0]!.rule).toBe('unsupported-file-type')
  })
})
