/** The words temporal expressions are made of: months, weekdays, units, numbers, seasons, parts of the day. Data only. */

/** Month names and abbreviations, by number (1..12). Abbreviations with a period are a word then "." in the tokens. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
}

/** Month words that are also common English words: they are months only when capitalized ("May", not "may"). */
export const CASED_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep', 'oct', 'aug', 'apr', 'feb', 'jul', 'nov', 'sept'])

/** Weekday names and abbreviations: 1 Monday .. 7 Sunday. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
}

/** Weekday words that are also common English words: weekdays only when capitalized ("Sun", "Wed"). */
export const CASED_WEEKDAYS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'])

/** The longest word of each number in `words`, capitalized, in number order: the full names ("Monday", "January"). */
function fullNames(words: Record<string, number>): string[] {
  const longest = new Map<number, string>()
  for (const [word, n] of Object.entries(words)) if (word.length > (longest.get(n)?.length ?? 0)) longest.set(n, word)
  return [...longest.keys()].sort((a, b) => a - b).map(n => capitalize(longest.get(n)!))
}

/** A word with a capital first letter. */
function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The weekdays' full names, capitalized: Monday .. Sunday (not "Sun" or "Sat", which are also other words). */
export const WEEKDAY_NAMES: readonly string[] = fullNames(WEEKDAYS)

/** The months' full names, capitalized: January .. December. */
export const MONTH_NAMES: readonly string[] = fullNames(MONTHS)

/** The months' abbreviations, capitalized: Jan, Feb, ... Sept, Oct, Nov, Dec. */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.keys(MONTHS).map(capitalize).filter(word => !MONTH_NAMES.includes(word))

/** Units of time, singular and plural, with their TIMEX3 duration letter and granularity. */
export const UNITS: Record<string, {code: string; time: boolean; granularity: 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | null; factor?: number}> = {
  second: {code: 'S', time: true, granularity: null}, seconds: {code: 'S', time: true, granularity: null},
  minute: {code: 'M', time: true, granularity: null}, minutes: {code: 'M', time: true, granularity: null},
  hour: {code: 'H', time: true, granularity: null}, hours: {code: 'H', time: true, granularity: null},
  day: {code: 'D', time: false, granularity: 'day'}, days: {code: 'D', time: false, granularity: 'day'},
  night: {code: 'D', time: false, granularity: 'day'}, nights: {code: 'D', time: false, granularity: 'day'},
  week: {code: 'W', time: false, granularity: 'week'}, weeks: {code: 'W', time: false, granularity: 'week'},
  weekend: {code: 'D', time: false, granularity: 'week', factor: 2}, weekends: {code: 'D', time: false, granularity: 'week', factor: 2},
  fortnight: {code: 'W', time: false, granularity: 'week', factor: 2}, fortnights: {code: 'W', time: false, granularity: 'week', factor: 2},
  month: {code: 'M', time: false, granularity: 'month'}, months: {code: 'M', time: false, granularity: 'month'},
  quarter: {code: 'Q', time: false, granularity: 'quarter'}, quarters: {code: 'Q', time: false, granularity: 'quarter'},
  season: {code: 'M', time: false, granularity: 'season', factor: 3}, seasons: {code: 'M', time: false, granularity: 'season', factor: 3},
  year: {code: 'Y', time: false, granularity: 'year'}, years: {code: 'Y', time: false, granularity: 'year'},
  decade: {code: 'E', time: false, granularity: 'decade'}, decades: {code: 'E', time: false, granularity: 'decade'},
  century: {code: 'C', time: false, granularity: 'century'}, centuries: {code: 'C', time: false, granularity: 'century'},
  millennium: {code: 'L', time: false, granularity: null}, millennia: {code: 'L', time: false, granularity: null},
}

/** Number words and their values; "a"/"an" count as one where a number stands. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, couple: 2,
}

/** Ordinal words and their values. */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30, last: -1, final: -1,
}

/** Seasons and their TIMEX3 codes. */
export const SEASON_WORDS: Record<string, string> = {spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI'}

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', mornings: 'MO', afternoon: 'AF', afternoons: 'AF', evening: 'EV', evenings: 'EV', night: 'NI', nights: 'NI',
  overnight: 'NI', midday: 'MI', noon: 'MI', midnight: 'NI', dawn: 'MO', dusk: 'EV',
}

/** Words that shift a date back or forth ("last week", "next month", "this year"): direction -1, 0, +1. */
export const SHIFTS: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, this: 0, current: 0, present: 0, same: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
}
