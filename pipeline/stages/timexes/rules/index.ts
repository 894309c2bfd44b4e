/** Every temporal-expression rule, in the order that breaks ties between matches of one length. */
import type {TimexRule} from '../rule.js'
import {anaphoricRules} from './anaphoric.js'
import {holidayRules} from './holidays.js'
import {durationRules} from './durations.js'
import {explicitDateRules} from './explicit-dates.js'
import {relativeDateRules} from './relative-dates.js'
import {setRules} from './sets.js'
import {timeRules} from './times.js'
import {vagueRules} from './vague.js'

/** The rules: times first (a clock time holds a date), then dates (written, holidays, relative, anaphoric), frequencies, durations and vague references. */
export const timexRules: readonly TimexRule[] = [...timeRules, ...explicitDateRules, ...holidayRules, ...relativeDateRules, ...anaphoricRules, ...setRules, ...durationRules, ...vagueRules]
