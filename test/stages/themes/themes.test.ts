import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {matchThemes} from '../../../pipeline/stages/themes/index.js'
import {compileThemes, defaultThemes, parseThemes, ThemesError} from '../../../pipeline/stages/themes/themes-file.js'

describe('themes', () => {
  it('counts each theme\'s phrases case-blind at word boundaries, longest first, with the first place', () => {
    const themes = compileThemes([
      {id: 'shared-future', phrases: ['community with a shared future', 'shared future']},
      {id: 'who', phrases: ['World Health Organization', 'WHO']},
      {id: 'trade', phrases: ['trade', 'free trade']},
    ])
    const text = 'A Community  with a shared future. The WHO, who helps, and the World Health Organization. Free trade, trader, trade.'
    expect(matchThemes(text, themes)).toEqual([
      {theme: 'shared-future', hits: 1, firstStart: 2},
      {theme: 'who', hits: 2, firstStart: 39},
      {theme: 'trade', hits: 2, firstStart: 90},
    ])
  })

  it('matches phrases over whole tokens: capitals, hyphens, line breaks, and never into a longer word', () => {
    const themes = compileThemes([
      {id: 'covid-19', phrases: ['COVID-19', 'novel coronavirus']},
      {id: 'who', phrases: ['World Health Organization']},
      {id: 'bri', phrases: ['BRI']},
    ])
    const text = 'NOVEL CORONAVIRUS and Covid-19, not covid-190 or xCOVID-19. The WORLD HEALTH\nOrganization; BRI, Bri, BRIs.'
    expect(matchThemes(text, themes)).toEqual([
      {theme: 'covid-19', hits: 2, firstStart: 0},
      {theme: 'who', hits: 1, firstStart: 64},
      {theme: 'bri', hits: 1, firstStart: 91},
    ])
  })

  it('reads the default themes file, which covers what the issue lists', () => {
    expect(defaultThemes.ids).toEqual(expect.arrayContaining(['covid-19', 'vaccines', 'belt-and-road', 'shared-future', 'multilateralism', 'trade', 'diplomatic-anniversary', 'united-nations', 'who', 'climate-change']))
    const seed = readFileSync('raw/002_f7e47c8c0e29e705.txt', 'utf8')
    expect(matchThemes(seed, defaultThemes).map(t => t.theme)).toEqual(['covid-19', 'belt-and-road', 'shared-future'])
  })

  it.each([
    ['{"themes": [', /bad\.json: not valid JSON: .*themes:invalid-json/],
    ['{"themes": [{"id": "Bad Id", "phrases": ["x y"]}]}', /bad\.json: \/themes\/0\/id: must match pattern .*themes:schema-violation/],
    ['{"themes": [{"id": "a", "phrases": []}]}', /bad\.json: \/themes\/0\/phrases: must NOT have fewer than 1 items/],
    ['{"themes": [{"id": "a", "phrases": ["xx"], "words": []}]}', /bad\.json: \/themes\/0: must NOT have additional properties \(words\)/],
    ['{"themes": [{"id": "a", "phrases": ["xx"]}, {"id": "a", "phrases": ["yy"]}]}', /bad\.json: \/themes\/1\/id: the id "a" is used twice {2}themes:duplicate-theme/],
  ])('rejects a bad themes file %s with the file, the place and the rule', (json, message) => {
    expect(() => parseThemes(json, 'bad.json')).toThrow(ThemesError)
    expect(() => parseThemes(json, 'bad.json')).toThrow(message)
  })
})
