import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {evalTimexes} from '../../pipeline/eval/run-eval.js'
import {parseTimeML} from '../../pipeline/eval/timeml.js'
import {newTimexCounts, scoreTimexes, timexFigures} from '../../pipeline/eval/timex-score.js'
import {processArticle} from '../../pipeline/process.js'
import {hasShared, SHARED, txtInput} from '../helpers.js'

const FIXTURE = 'test/fixtures/timeml'

describe('TimeML reading and TempEval-3 scoring', () => {
  it('reads the creation time, the text without tags and each non-empty TIMEX3 with its span', () => {
    const doc = parseTimeML(readFileSync(join(FIXTURE, 'sample.tml'), 'utf8'))
    expect(doc.id).toBe('SAMPLE19980108.0001')
    expect(doc.dct).toBe('1998-01-08')
    expect(doc.text).toContain('after three days & will resume')
    expect(doc.timexes.map(t => [t.text, t.type, t.value])).toEqual([
      ['Wednesday', 'DATE', '1998-01-07'], ['three days', 'DURATION', 'P3D'], ['next week', 'DATE', '1998-W03'], ['annually', 'SET', 'P1Y'], ['1990', 'DATE', '1990'],
    ])
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text)
  })

  it('scores strict and relaxed extents, type and value as Task A does', () => {
    const counts = newTimexCounts()
    const gold = [{start: 0, end: 10, type: 'DATE', value: '2020'}, {start: 20, end: 30, type: 'DURATION', value: 'P3D'}, {start: 40, end: 45, type: 'SET', value: 'P1Y'}]
    const system = [{start: 0, end: 10, type: 'DATE', value: '2020'}, {start: 18, end: 25, type: 'DATE', value: 'P3D'}, {start: 50, end: 55, type: 'DATE', value: '2021'}]
    scoreTimexes(counts, system, gold)
    expect(counts).toEqual({system: 3, gold: 3, strict: 1, relaxed: 2, typeMatches: 1, valueMatches: 2})
    const f = timexFigures(counts)
    expect(f.relaxedF1).toBeCloseTo(66.667, 2)
    expect(f.strictF1).toBeCloseTo(33.333, 2)
    expect(f.typeF1).toBeCloseTo(33.333, 2)
    expect(f.valueF1).toBeCloseTo(66.667, 2)
  })

  it('runs the pipeline on a folder of .tml files and prints ours beside chrono-node', async () => {
    const {text, counts} = await evalTimexes([FIXTURE])
    expect(counts.timeml).toMatchObject({gold: 5, system: 5, strict: 5, valueMatches: 5})
    expect(text).toMatch(/^readouts +100\.00/m)
    expect(text).toMatch(/^chrono-node /m)
  })
})

describe('the seeds against their gold timexes (test/gold/timexes.jsonl)', () => {
  const gold = readFileSync('test/gold/timexes.jsonl', 'utf8').trim().split('\n').map(line => JSON.parse(line) as {
    article_id: string; published: string | null; dateline_date?: string; timexes: {text: string; type: string; value: string}[]
  })

  it('covers every seed', () => {
    expect(gold.map(g => `${g.article_id}.txt`)).toEqual(readdirSync('raw').sort())
  })

  it.each(gold.map(g => [g.article_id, g] as const))('%s: every expression found, with its type and value, and nothing else', (id, g) => {
    const file = `${id}.txt`
    const article = processArticle(txtInput(file, readFileSync(join('raw', file))))
    expect(article.messages.filter(m => m.severity === 'error')).toEqual([])
    expect(article.timexes!.map(t => ({text: article.text!.slice(t.start, t.end), type: t.type, value: t.value}))).toEqual(g.timexes)
    expect(article.datelineDate?.value).toBe(g.dateline_date)
  })

  it('holds the values the issue names', () => {
    const value = (id: string, text: string) => gold.find(g => g.article_id.startsWith(id))!.timexes.find(t => t.text === text)?.value
    expect(value('001', 'Thursday')).toBe('2020-11-05')
    expect(value('004', 'Tuesday')).toBe('2021-01-26')
    expect(value('003', 'April 2020')).toBe('2020-04')
    expect(gold.flatMap(g => g.timexes).find(t => t.text === 'the past 30 years')?.value).toBe('P30Y')
  })
})

describe.skipIf(!hasShared)('readouts eval timexes on TempEval-3 training data', () => {
  it('beats HeidelTime: value F1 >= 80 on TimeBank and >= 75 on AQUAINT, relaxed F1 >= 90 on both', async () => {
    const root = `${SHARED}/data/tempeval3-train`
    const {counts} = await evalTimexes([`${root}/TimeBank`, `${root}/AQUAINT`])
    const timebank = timexFigures(counts.TimeBank!)
    const aquaint = timexFigures(counts.AQUAINT!)
    expect(counts.TimeBank!.gold).toBe(1243)
    expect(counts.AQUAINT!.gold).toBe(579)
    expect(timebank.valueF1).toBeGreaterThanOrEqual(80)
    expect(aquaint.valueF1).toBeGreaterThanOrEqual(75)
    expect(timebank.relaxedF1).toBeGreaterThanOrEqual(90)
    expect(aquaint.relaxedF1).toBeGreaterThanOrEqual(90)
  }, 120_000)
})
