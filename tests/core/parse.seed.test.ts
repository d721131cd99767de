import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { SEED } from '../helpers.js';

const { document: doc, diagnostics } = parseDocument(readFileSync(SEED, 'utf8'), { path: 'documents/121767.md' });

describe('the seed document, 121767', () => {
  it('has its header fields', () => {
    expect(doc.id).toBe('121767');
    expect(doc.path).toBe('documents/121767.md');
    expect(doc.title).toBe('Cable, Joseph Stalin to Anastas Mikoyan');
    expect(doc.date).toBe('February, 1949');
    expect(doc.isoDate).toBe('1949-02');
    expect(doc.citation).toBe(
      '"Cable, Joseph Stalin to Anastas Mikoyan," February, 1949, History and Public Policy Program Digital Archive, ' +
        'Provided to the National Security Archive/Svetlana Savranskaya by Sergo Mikoyan. With permission of the National ' +
        'Security Archive. Translated by Sergey Radchenko. http://digitalarchive.wilsoncenter.org/document/121767',
    );
    expect(doc.url).toBe('http://digitalarchive.wilsoncenter.org/document/121767');
    expect(doc.summary).toMatch(/^Cable from Stalin to Mikoyan giving answers to questions raised by Mao Zedong\. /);
    expect(doc.summary).toMatch(/sending ambassadors to CCP areas to function as spies\.$/);
    expect(doc.credits).toBe('This document was made possible with support from the MacArthur Foundation.');
    expect(doc.originalLanguage).toBe('Russian');
    expect(doc.contents).toEqual(['English Translation']);
  });

  it('has a preamble of four paragraphs before the first point', () => {
    expect(doc.preamble).toEqual([
      '(Answers to some of the questions, raised by Mao Zedong)',
      'I.V. STALIN to A.I. MIKOYAN (0830)',
      'TO MIKOYAN:',
      'We are conveying our answers to some of the questions posed by Mao Zedong and are postponing answers to other questions until your return to Moscow. Acquaint Mao Zedong with the answer.',
    ]);
  });

  it('has five points with their exact text', () => {
    expect(doc.points.map((p) => [p.number, p.marker])).toEqual([
      [1, 'First.'],
      [2, 'Second.'],
      [3, 'Third.'],
      [4, 'Fourth.'],
      [5, 'Fifth.'],
    ]);
    const text = doc.points.map((p) => p.text);
    expect(text[0]).toBe(
      "After careful analysis of all circumstances and acquainting ourselves with the opinion of the Chinese comrades we came to the conclusion that one should not hurry with the creation of a coalition government. Before creating a government, one should comprehensively clear the liberated territory from hostile elements, internal and foreign, strengthen one's cadres, bring forces and military supplies to the frontlines of the People's Liberation Army. This will require time. How much time this will require is something that the Chinese comrades must determine for themselves.",
    );
    expect(text[1]).toBe(
      'The information of the Chinese comrades that the democratic leaders of China consider Beiping to be a better capital of China than Nanjing was, for us, a pleasant surprise. Of course, Beiping is a strategically more advantageous capital than Nanjing. If the CCP and the democratic leaders prefer Beiping, then one should select Beiping as the capital. In a few years one can revisit this question if the situation so requires.',
    );
    expect(text[2]).toBe(
      'We sent Roshchin to Canton for intelligence-gathering, so that he can regularly inform us about the situation to the south of the Yangtze, and also in the circles of the Guomindang leadership and their American masters. This is useful for us and for you. The Americans and the English sent secondary people to Guangzhou, because they know the situation there, but they did not send their ambassadors to Guangzhou, because they want to send these ambassadors to the CCP areas, of course, as spies. This is how we understand this matter.',
    );
    expect(text[3]).toBe(
      'We welcome the CCP policy with regard to squeezing various foreign agencies and consulates in China, of cultural, medical, missionary, telegraph, radio-technical, newspaper, and other agencies. With this aim, we are prepared to have all analogous Soviet institutions liquidated in China.\n\n' +
        'It would be good to receive from the Chinese comrades relevant concrete proposals with regard to the Soviet institutions.',
    );
    expect(text[4]).toBe("On other questions, answer will be given after Mikoyan's return to Moscow.");
  });

  it('has no closing, no notes and no problems', () => {
    expect(doc.closing).toEqual([]);
    expect(doc.notes).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('records the line of each marker', () => {
    expect(doc.points.map((p) => p.line)).toEqual([38, 40, 42, 44, 48]);
  });
});
