import {describe, expect, it} from 'vitest'
import {cleaningReport, formatCleaningReport} from '../../pipeline/eval/cleaning-report.js'
import {evalCleaning} from '../../pipeline/eval/run-eval.js'
import {hasShared, SHARED} from '../helpers.js'

describe('cleaningReport(samples)', () => {
  it('counts each pattern before and after, by hits and by files', () => {
    const rows = cleaningReport([{raw: 'a&nbsp;b&amp;c', clean: 'a b&c'}, {raw: 'x', clean: 'x&amp;'}])
    expect(rows.find(r => r.pattern === 'html-entities')).toMatchObject({hitsBefore: 2, filesBefore: 1, hitsAfter: 1, filesAfter: 1})
    expect(formatCleaningReport(rows, 2)).toMatch(/html-entities\s+2\s+1\s+1\s+1\s+LEFT/)
  })
})

describe.skipIf(!hasShared)('readouts eval cleaning on ../shared/data/dev-corpus', () => {
  it('leaves zero of every defect cleaning must remove (entities, tags, archive lines, reliable mojibake...)', async () => {
    const report = await evalCleaning(`${SHARED}/data/dev-corpus`)
    expect(report.text).not.toMatch(/LEFT/)
    expect(report.failed).toBe(false)
    expect(report.text).toMatch(/cleaning report over 20\d articles/)
  })
})

if (!hasShared) console.warn('eval/cleaning.test.ts: the dev-corpus report is skipped: ../shared/data/dev-corpus is not beside the project')
