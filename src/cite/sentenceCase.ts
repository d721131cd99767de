import { isPlace } from './fields.js';

/**
 * APA's sentence case for an English title printed in title case: "The Chancellor's Telephone Conversation with
 * Polish President Kwasniewski" → "The chancellor's telephone conversation with Polish President Kwasniewski".
 *
 * A word is lowered only when English writes it in lower case and never capitalised (`lowerCase`, from a
 * dictionary), so names ("Kwasniewski", "Sato"), proper adjectives ("Polish", "Chinese"), days and months keep
 * their capital. A run of capitalised words keeps its capitals up to its last proper word, so a title before a
 * name and a name of several words stay whole ("Prime Minister Sato", "United States"). The first word, the first
 * after a colon, words in capitals ("CCP", "U.K."), and anything in brackets or markup are left as they are. A
 * title that is not English (fewer than two in five of its words in the dictionary) is left as printed.
 */
export function sentenceCase(title: string, lowerCase: ReadonlySet<string>, small: ReadonlySet<string>): string {
  const tokens = title.split(/(\s+|<[^>]*>)/);
  const words = tokens.filter((t) => /\p{L}/u.test(t) && !t.startsWith('<'));
  const latin = words.filter((w) => /^\P{L}*\p{Script=Latin}{2,}/u.test(w) && !/\d/.test(w));
  const english = latin.filter((w) => isLowerable(w, lowerCase, true)).length;
  if (latin.length === 0 || english < 0.3 * latin.length) return title;

  type Kind = 'lowerable' | 'proper' | 'other';
  let depth = 0;
  let sentenceStart = true;
  const kinds: Kind[] = tokens.map((token) => {
    if (/^\s*$/.test(token) || token.startsWith('<')) return 'other';
    const opens = (token.match(/[[(]/g) ?? []).length;
    const inside = depth > 0 || opens > 0;
    depth = Math.max(0, depth + opens - (token.match(/[\])]/g) ?? []).length);
    const start = sentenceStart;
    sentenceStart = /[:?!—]$/.test(token);
    // Lower case, or an abbreviation ("No.", "Vol."), which is neither a name nor a word to lower.
    if (!/^\P{L}*\p{Lu}/u.test(token) || /^\p{Lu}\p{Ll}{0,2}\.$/u.test(token)) return 'other';
    if (inside || !/^\P{L}*\p{Lu}\p{Ll}/u.test(token) || /\p{Lu}.*\p{Lu}/u.test(token.replace(/['’]s$/, '')))
      return 'proper';
    if (start) return 'other';
    return isLowerable(token, lowerCase, false) ? 'lowerable' : 'proper';
  });
  // A place of several words is a name ("United States", "North Korea"), whatever its words are on their own.
  for (const [i, token] of tokens.entries()) {
    for (const span of [3, 5]) {
      const parts = tokens.slice(i, i + span);
      if (parts.length === span && isPlace(parts.join('').replace(/[,;:.]$/, ''))) {
        for (let j = i; j < i + span; j++) if (kinds[j] === 'lowerable') kinds[j] = 'proper';
      }
    }
    void token;
  }

  // A run of capitalised words, broken by punctuation: lowerable words before its last proper word keep their
  // capital ("Prime Minister Sato"), those after it are lowered ("Chinese Communist problem").
  const out = [...tokens];
  let run: number[] = [];
  const flush = () => {
    const lastProper = Math.max(-1, ...run.filter((i) => kinds[i] === 'proper'));
    for (const i of run) if (kinds[i] === 'lowerable' && i > lastProper) out[i] = lowered(tokens[i] ?? '');
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    if (/^\s+$/.test(token)) continue;
    if (kinds[i] === 'other' || (kinds[i] === 'lowerable' && small.has(token.toLowerCase()))) {
      if (kinds[i] === 'lowerable') out[i] = lowered(token);
      flush();
      continue;
    }
    run.push(i);
    if (/[,;:.)\]]$/.test(token) && !/^\p{Lu}\.$/u.test(token)) flush();
  }
  flush();
  return out.join('');
}

const lowered = (token: string): string => token.replace(/\p{Lu}/u, (c) => c.toLowerCase());

/** Whether English writes the word in lower case: it, or its stem ("Talks", "Opposing", "Chancellor's"). */
function isLowerable(token: string, lowerCase: ReadonlySet<string>, any: boolean): boolean {
  const word = token.replace(/^\P{L}+|\P{L}+$/gu, '').replace(/['’]s$/, '');
  if (!any && !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const stems = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')];
  stems.push(lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'));
  return stems.some((s) => s.length > 1 && lowerCase.has(s));
}
