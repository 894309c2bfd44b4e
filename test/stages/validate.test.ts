import {describe, expect, it} from 'vitest'
import type {Article} from '../../pipeline/article.js'
import {validate} from '../../pipeline/stages/validate.js'

/** An article from a JSONL line 4 with this record, through the validate stage. */
function validated(record: Record<string, unknown>, format: Article['input']['format'] = 'jsonl'): Article {
  return validate({input: {sourcePath: 'f:4', file: 'f', format, line: format === 'txt' ? undefined : 4}, rawSha256: '', bodyStart: 0, edits: [], messages: [], record})
}

describe('validate(article)', () => {
  it('accepts a full record and sets the article id', () => {
    const article = validated({id: 'a-1', text: 'Hi', published: '2024-02-29', title: 't', source: 's', url: 'https://x.org/a', language: 'en-GB'})
    expect(article.messages).toEqual([])
    expect(article.id).toBe('a-1')
  })

  it('treats a null optional field as absent', () => {
    const article = validated({id: 'a', text: 'Hi', published: null, title: null})
    expect(article.messages).toEqual([])
    expect(article.record).toEqual({id: 'a', text: 'Hi'})
  })

  it.each([
    [{text: 'x'}, 'missing-field', '/id', 'missing required field "id"'],
    [{id: 'a', text: 'x', titel: 't'}, 'unknown-field', '/titel', 'unknown field "titel"'],
    [{id: 'a', text: 42}, 'wrong-type', '/text', 'must be a string, not a number (got 42)'],
    [{id: 'a b', text: 'x'}, 'invalid-id', '/id', 'must be 1-200 ASCII letters'],
    [{id: 'a', text: '  \n '}, 'empty-text', '/text', 'must not be empty'],
    [{id: 'a', text: 'x', published: '2021-02-30'}, 'invalid-date', '/published', 'must be a real calendar date YYYY-MM-DD (got "2021-02-30")'],
    [{id: 'a', text: 'x', url: 'not a url'}, 'invalid-url', '/url', 'absolute URI'],
    [{id: 'a', text: 'x', language: 'English!'}, 'invalid-language', '/language', 'BCP 47'],
  ])('reports %j as %s at %s', (record, rule, pointer, words) => {
    const [m] = validated(record).messages
    expect(m).toMatchObject({severity: 'error', stage: 'validate', rule, place: {pointer, line: 4}})
    expect(m!.reason).toContain(words)
  })

  it('reports every error, not just the first', () => {
    expect(validated({id: 7, text: 'x', published: '2021-13-01', extra: 1}).messages.map(m => m.rule).sort()).toEqual(['invalid-date', 'unknown-field', 'wrong-type'])
  })

  it('names the file when a .txt file name is not a valid id', () => {
    const [m] = validated({id: 'my article', text: 'x'}, 'txt').messages
    expect(m!.reason).toMatch(/^the file name gives the id "my article", which is not valid/)
    expect(m!.place).toBeUndefined()
  })

  it('treats __proto__ as an unknown field, not as a prototype', () => {
    const record = JSON.parse('{"id": "a", "text": "x", "__proto__": {"polluted": true}}')
    expect(validated(record).messages.map(m => m.rule)).toEqual(['unknown-field'])
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })
})
