import {describe, expect, it} from 'vitest'
import {evalConll, evalEntities} from '../../pipeline/eval/run-eval.js'
import {prf, type Counts} from '../../pipeline/eval/scores.js'
import {hasShared, seedGold, SHARED} from '../helpers.js'

/** The sum of counts over the given types. */
function total(counts: Map<string, Counts>, types: readonly string[]): Counts {
  const sum: Counts = {tp: 0, fp: 0, fn: 0}
  for (const t of types) for (const k of ['tp', 'fp', 'fn'] as const) sum[k] += counts.get(t)?.[k] ?? 0
  return sum
}

describe('readouts eval entities on the seeds (test/gold/entities.jsonl)', () => {
  it('finds and links every person, country and organization of the seeds (recall 1.0) with precision >= 0.95', async () => {
    const seeds = seedGold('test/gold/entities.jsonl')
    const {counts, text} = await evalEntities({gold: [seeds], dirs: ['raw']})
    expect(text).toMatch(/entities, seeds gold: 5 articles/)
    const main = ['PERSON', 'GPE', 'ORG']
    for (const kind of ['strict', 'entities'] as const) {
      const {p, r} = prf(total(counts.seeds![kind], main))
      expect(r).toBe(1)
      expect(p).toBeGreaterThanOrEqual(0.95)
    }
  })
})

describe.skipIf(!hasShared)('readouts eval entities on the dev and held-out gold', () => {
  it('scores every gold article, placing every gold mention in the text, and beats compromise by far', async () => {
    const {text, counts} = await evalEntities({gold: ['test/gold/entities.jsonl', 'test/gold/entities-heldout.jsonl'], dirs: ['raw', `${SHARED}/data/dev-corpus`]})
    expect(text).toMatch(/entities, dev gold: 5\d articles\n/)
    expect(text).toMatch(/entities, held-out gold: 15 articles\n/)
    expect(text).not.toMatch(/not found in the text/)
    // the floor this test holds: well above what any JavaScript library does, below the figures the closing note reports
    for (const group of ['dev', 'held-out']) expect(prf(counts[group]!.strict.get('ALL')!).f1).toBeGreaterThan(0.9)
  })
})

describe('readouts eval conll FILE', () => {
  it('scores PER, LOC and ORG spans of a CoNLL-2003 file', async () => {
    const {text} = await evalConll(['test/fixtures/conll/sample.conll'])
    expect(text).toMatch(/PER\s+1\.000\s+1\.000\s+1\.000/)
  })
})

if (!hasShared) console.warn('eval/entities.test.ts: the dev and held-out gold are skipped: ../shared/data/dev-corpus is not beside the project')
