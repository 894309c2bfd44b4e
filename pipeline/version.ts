/** The version of readouts and of its code: the bundle gets a hash of its sources; running from source is `dev`. */
import packageJson from '../package.json' with {type: 'json'}

declare const __READOUTS_CODE__: string | undefined

/** The readouts version from package.json. */
export const VERSION: string = packageJson.version

/** A hash of the sources the running bundle was built from, or `dev` when running from source (never skips builds). */
export const CODE_VERSION: string = typeof __READOUTS_CODE__ === 'string' ? __READOUTS_CODE__ : 'dev'
