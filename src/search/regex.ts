import { QueryError } from '../errors.js';
import { loadRe2 } from './re2.js';

/** The flags a /regex/ may carry: i (any case), s (. matches a line break), m (^ and $ at each line); g and u change nothing. */
const FLAGS = /^[gimsu]*$/;

/**
 * Compiles a /regex/ with RE2: linear time on any text, so there is no
 * pattern to refuse for backtracking and no time limit to run into. RE2 has
 * no back-references and no look-around; such a pattern is an error that
 * says so, as is an unknown flag.
 */
export function compileRegex(source: string, flags: string, caseSensitive: boolean) {
  if (!FLAGS.test(flags)) {
    throw new QueryError('invalid-regex', source, `unknown flag in "${flags}": use i, s or m`);
  }
  const { RE2JS } = loadRe2();
  let options = 0;
  if (!caseSensitive || flags.includes('i')) options |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('s')) options |= RE2JS.DOTALL;
  if (flags.includes('m')) options |= RE2JS.MULTILINE;
  try {
    return RE2JS.compile(source, options);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    throw new QueryError('invalid-regex', source, `${reason} (RE2 syntax: no back-references or look-around)`);
  }
}
