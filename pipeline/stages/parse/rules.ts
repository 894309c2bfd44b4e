/** The rules of the parse stage: every way a raw input can fail to become a record. */
export const parseRules = {
  'invalid-utf8': 'The bytes are not valid UTF-8; the message gives the line, column and byte offset of the first bad byte.',
  'utf16-encoding': 'The file is UTF-16 (it has a UTF-16 byte-order mark); inputs must be UTF-8.',
  'empty-file': 'The file has no content (or only whitespace).',
  'no-records': 'A JSON array, JSONL or CSV file that holds no records.',
  'invalid-json': 'The JSON (a .json file or a JSONL line) does not parse; the message says where.',
  'json-too-deep': 'JSON (a .json file or a JSONL line) whose arrays and objects nest deeper than 256 levels: no article looks like that, and deeper input could exhaust the parser.',
  'not-an-object': 'A JSON record that is not an object (an array, string, number or null).',
  'invalid-csv': 'A CSV row that does not parse (an unterminated quoted field).',
  'csv-field-count': 'A CSV row with more or fewer fields than the header row.',
  'csv-bad-header': 'A CSV header row with an empty or repeated column name.',
  'bad-date-header': 'A .txt file that begins with `date` and something other than a YYYY-MM-DD date.',
  'unsupported-file-type': 'A file whose extension is not .txt, .json, .jsonl or .csv.',
  'symlink-not-followed': 'A symbolic link in raw/: links are not followed, so a build reads only what raw/ holds.',
  'article-too-large': 'An input above 8 MiB (the largest development article is 0.3 MB): it is not processed, so that one runaway record cannot stall or exhaust a build. Split it into articles.',
  'file-too-large': 'A .json or .csv file above 512 MiB: such files are read whole, so larger ones must be JSONL, which is streamed line by line.',
  'unreadable-file': 'A file that could not be read (permissions, or it vanished during the build).',
} as const
