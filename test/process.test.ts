import {describe, expect, it} from 'vitest'
import {processArticle, stages} from '../pipeline/process.js'
import {txtInput} from './helpers.js'

describe('processArticle(input[, options])', () => {
  it('runs parse, validate, clean, segment, entities, timexes, interactions and themes in order', () => {
    expect(stages.map(([name]) => name)).toEqual(['parse', 'validate', 'clean', 'segment', 'entities', 'timexes', 'interactions', 'themes'])
    const article = processArticle(txtInput('001.txt', ' date 2020-11-06 Wang spoke. Lopez agreed.\n\nA second paragraph.'))
    expect(article).toMatchObject({id: '001', text: 'Wang spoke. Lopez agreed.\n\nA second paragraph.', messages: []})
    expect(article.sentences).toHaveLength(3)
    expect(article.paragraphs).toHaveLength(2)
    expect(article.rawSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('stops at the first stage that reports an error', () => {
    const article = processArticle(txtInput('bad id!.txt', 'Text.'))
    expect(article.messages.map(m => m.rule)).toEqual(['invalid-id'])
    expect(article.text).toBeUndefined()
  })

  it('turns an exception in a stage into an internal-error message with the stack', () => {
    // a stage that throws is a bug: it must not stop the batch
    const broken = stages.map(([name, stage]) => [name, name === 'clean' ? () => { throw new Error('boom') } : stage] as const)
    const article = processArticle(txtInput('a.txt', 'Text.'), {}, broken)
    expect(article.messages).toHaveLength(1)
    expect(article.messages[0]).toMatchObject({severity: 'error', stage: 'clean', rule: 'internal-error'})
    expect(article.messages[0]!.reason).toMatch(/boom[^]*at /)
  })
})
