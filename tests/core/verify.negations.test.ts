// #19: a changed negation is flagged in each language cable's corpora hold. The words come from Universal
// Dependencies' treebank statistics (src/data/negations.json), minus the forms src/verify/negations.ts excludes.
import { describe, expect, it } from 'vitest';
import NEGATIONS from '../../src/data/negations.json' with { type: 'json' };
import { isNegation } from '../../src/verify/negations.js';

describe('negations, from Universal Dependencies', () => {
  it('keeps each source line as UD printed it: a Polarity=Neg or PronType=Neg feature, or the fused tokens', () => {
    for (const source of NEGATIONS.sources) {
      expect(source.url).toMatch(
        /^https:\/\/github\.com\/UniversalDependencies\/UD_[\w-]+\/blob\/[0-9a-f]{40}\/stats\.xml$/,
      );
      for (const line of source.lines)
        expect(line).toMatch(
          /^<(?:feat name="(?:Polarity|PronType)" value="Neg" upos="[A-Z,]+">\d+<\/feat>|fusions unique="\d+" \/>)<!-- .+ -->$/,
        );
    }
  });

  it.each([
    ['en', ['not', 'Never', 'nothing', 'nobody', 'neither', 'no', "didn't", 'don’t', 'cannot']],
    ['de', ['nicht', 'kein', 'keinen', 'nichts', 'keineswegs']],
    ['fr', ['ne', "n'est", 'n’a', 'pas', 'jamais', 'rien', 'aucun', 'guère']],
    ['ru', ['не', 'ни', 'нет', 'ничего', 'никто', 'никакой']],
    ['zh', ['不', '未', '没', '沒', '無', '別']],
  ])('%s: each is a negation', (_language, words) => {
    for (const word of words) expect([word, isNegation(word)]).toEqual([word, true]);
  });

  it('leaves out what is as often something else, and words negated only by a prefix', () => {
    for (const word of [
      'que',
      "qu'il",
      'plus',
      'point',
      'personne',
      'несмотря',
      'unknown',
      'one',
      'note',
      'nest',
      'know',
      '的',
    ])
      expect([word, isNegation(word)]).toEqual([word, false]);
  });
});
