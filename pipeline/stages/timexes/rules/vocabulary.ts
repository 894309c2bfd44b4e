/** The word classes the rules' patterns name (`{month}`, `{unit}`...), declared once from the lexicon. */
import {CASED_MONTHS, CASED_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, SEASON_WORDS, UNITS, WEEKDAYS} from '../lexicon.js'
import {defineClass} from '../pattern.js'

/** A cased word is written capitalized in the class: only "May", never "may", is a month. */
const cased = (word: string, set: ReadonlySet<string>) => (set.has(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word)

defineClass('month', Object.keys(MONTHS).map(m => cased(m, CASED_MONTHS)))
defineClass('weekday', Object.keys(WEEKDAYS).map(d => cased(d, CASED_WEEKDAYS)))
defineClass('unit', Object.keys(UNITS))
defineClass('numword', Object.keys(NUMBER_WORDS))
defineClass('number', Object.keys(NUMBER_WORDS), ['digits2', 'digits4', 'digitsN'])
defineClass('d2', [], ['digits2'])
defineClass('d4', [], ['digits4'])
defineClass('decadeDigits', [], ['decadeDigits'])
defineClass('ordinal', Object.keys(ORDINALS).filter(o => !o.includes('-')), ['ordinalDigits'])
defineClass('season', Object.keys(SEASON_WORDS))
defineClass('ampm', ['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m'])
defineClass('zone', ['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET'])
