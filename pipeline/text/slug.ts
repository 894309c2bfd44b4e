/** Readable, stable identifiers from names: "Andrés Manuel López Obrador" -> "andres-manuel-lopez-obrador". */

/**
 * The slug of a name: accents removed, lower case, runs of anything but letters and digits made one hyphen.
 * @example slug("People's Daily") === 'people-s-daily'
 */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
