/** All ajv setup in one place: JSON Schema 2020-12, every error reported, formats from ajv-formats. */
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under NodeNext its default import is the module object
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** A new ajv instance configured for readouts' schemas (strict, all errors, `date` and `uri` formats). */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({allErrors: true, strict: true})
  addFormats(ajv, ['date', 'uri'])
  return ajv
}
