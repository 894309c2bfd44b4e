// The seeds the project started from, cleaned: the repairs the issue names, checked on the real files in raw/.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../../../pipeline/process.js'
import {ROOT, txtInput} from '../../helpers.js'

/** A seed from raw/, processed. */
function seed(name: string) {
  const file = `${name}.txt`
  return processArticle(txtInput(file, new Uint8Array(readFileSync(join(ROOT, 'raw', file)))))
}

describe('the seeds, cleaned', () => {
  it('004: quotes "voies rapides", joins China-South Korea, and leaves no < or >>', () => {
    const {text} = seed('004_dd8dd39acc5365f4')
    expect(text).toContain('as well as “voies rapides”, in order to')
    expect(text).toContain('lift China-South Korea’s strategic cooperation partnership')
    expect(text).not.toMatch(/<|>>/)
    expect(text).not.toContain('(With contribution from Xinhua)')
  })

  it('002: has no "= DNA", and its dateline and agency are data', () => {
    const article = seed('002_f7e47c8c0e29e705')
    expect(article.text).not.toContain('= DNA')
    expect(article.text!.startsWith('Chinese President Xi Jinping said Friday')).toBe(true)
    expect(article.dateline).toBe('Beijing')
    expect(article.detectedSource).toBe('DNA')
  })

  it('000, 001, 003: need no repair and get none', () => {
    for (const name of ['000_05df10e74c9121d6', '001_5e7f0fa01c544176', '003_643ae1bfe47be350']) expect(seed(name).edits, name).toEqual([])
  })
})
