import { describe, expect, it } from 'vitest';
import { parseFixture } from '../helpers.js';

// Values checked by reading each document in tests/fixtures/corpus (see its README in ../shared).
// points: marker and the first three words of each point's text, in order.
const CORPUS = [
  {
    file: '110296.md',
    title: 'Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]',
    isoDate: '1947-12-16',
    summary: 'Stalin, using the name of Fyodor',
    language: null,
    points: [],
  },
  {
    file: '111866.md',
    title:
      "Telegram, Zhou Enlai to Mao Zedong, Liu Shaoqi, and CCP Central Committee, 'Arriving in Nanning on the 29th'",
    isoDate: '1954-06-23',
    summary: 'Zhou informs the CCP of both',
    language: null,
    points: ['(1) [PRC Embassy in', '(2) According to the'],
  },
  {
    file: '112236.md',
    title: 'Cable, Terebin to Stalin [via Kuznetsov]',
    isoDate: '1949-01-13',
    summary: 'Terebin states that Mao is firmly',
    language: null,
    points: [],
  },
  {
    file: '176049.md',
    title: 'Cable No. 83 from Brother Tho [Le Duc Tho] to Brother Tuan [Van Tien Dung]',
    isoDate: '1975-03-27',
    summary: 'Le Duc Tho briefs Van Tien',
    language: null,
    points: [],
  },
  {
    file: '208198.md',
    title:
      'Cable, Zhou Enlai to the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], Peng [Dehuai], [Li] Fuchun, and Su Yu',
    isoDate: '1952-07-26',
    summary: 'Zhou Enlai shares a draft telegram',
    language: 'Chinese',
    points: [],
  },
  {
    file: '300237.md',
    title:
      "The Chancellor's [Helmut Kohl's] Telephone Conversation with Polish President Kwasniewski on Thursday, 12 September 1996, 9.30 hours",
    isoDate: '1996-09-12',
    summary: 'Kohl and Kwasniewski exchange thoughts on',
    language: 'German',
    points: [],
  },
  {
    file: '300238.md',
    title: "The Chancellor's [Helmut Kohl's] Meeting with Russian President Yeltsin on 17 April 1997 in Baden-Baden",
    isoDate: '1997-04-23',
    summary: 'Kohl and Yeltsin talk about the',
    language: 'German',
    points: [
      '1. Domestic political situation',
      '2. Regular German-Russian summits',
      '3. German-Russian economic issues',
      '4. Demand of the',
      '5. Questions regarding the',
      '6. German-Russian Commission of',
      '7. Rehabilitation of Germans',
      '8. Repatriation of Cultural',
      '9. Return of the',
      '10. Expansion of cooperation',
      '11. NATO expansion /',
      '12. Other international questions',
    ],
  },
  {
    file: '300239.md',
    title:
      "The Chancellor's [Helmut Kohl's] Conversation with Kazakhstan's President Nazarbayev on Saturday, 10 May 1997, 2.30 p.m. - 3.45 p.m. in Almaty",
    isoDate: '1997-05-12',
    summary: 'Kohl and Nazarbaev dissus a variety',
    language: 'German',
    points: ['1. Bilateral issues BK', '2. Regional and international'],
  },
  {
    file: '300240.md',
    title:
      "The Chancellor's [Helmut Kohl's] Conversation with the President of Ukraine, Leonid Kuchma, on the sidelines of the NATO Summit in Madrid on 8 July 1997",
    isoDate: '1997-07-30',
    summary: 'Kohl and Kuchma debate plans for',
    language: 'German',
    points: [],
  },
  {
    file: '300241.md',
    title:
      "The Chancellor's [Helmut Kohl's] Conversation with Portuguese Prime Minister Guterres on 17 October 1997, 10 a.m. - 11.15 a.m.",
    isoDate: '1997-10-22',
    summary: "Kohl and Guterres look into Portugal's",
    language: 'German',
    points: [],
  },
  {
    file: '300242.md',
    title:
      "The Chancellor's [Helmut Kohl's] Meeting with British PM Blair on 20 October 1997, 10.30 a.m. - 3 p.m. in Chequers",
    isoDate: '1997-10-31',
    summary: "Kohl and Blair examine Britain's role",
    language: 'German',
    points: [
      '1. domestic political development',
      '2. Further orientation of',
      '3. European Economic and',
      '4. European aerospace industry',
      '5. Preparation of the',
      '6. European Agenda 2000',
      '8. EU tobacco advertising',
      '9. BSE',
      '10. Preparation of the',
    ],
  },
  {
    file: '300638.md',
    title:
      'Statement of Nakajima Kenzo, Chairman of the Board, Opposing the Visit of Prime Minister Sato to the United States and Protesting the Coming to Japan of Chiang Ching-kuo',
    isoDate: '1967-11',
    summary: 'Nakajima Kenzo, a leading figure in',
    language: 'Japanese',
    points: [],
  },
  {
    file: '300639.md',
    title: 'Petition on Opposition to the Coming to Japan of Taiwan’s National Defense Minister Chiang',
    isoDate: '1967-11-06',
    summary: 'Kawase Ikkan insists that the Japanese',
    language: 'Japanese',
    points: [],
  },
  {
    file: '300640.md',
    title: "Asian Affairs Bureau [Ministry of Foreign Affairs, Japan], 'The Chinese Communist Problem'",
    isoDate: '1967-11-18',
    summary: 'Ahead of a visit by Chiang',
    language: 'Japanese',
    points: ['1． The Cultural Revolution', '2． Chinese Communist Foreign', '3. Our Country’s Policy'],
  },
  {
    file: '300641.md',
    title:
      "Economic Cooperation Division [Ministry of Foreign Affairs, Japan], 'Main Points of Meeting Between Prime Minister Sato and National Defense Minister Chiang Ching-kuo'",
    isoDate: '1967-11-24',
    summary: 'The Japanese Foreign Ministry provides an',
    language: 'Japanese',
    points: [
      '1. In the Event',
      '2. Regarding the Integrated',
      '1. Regarding yen loans',
      '2. Regarding Request for',
      '3. Regarding Integrated Steel',
      '4. Regarding Deferred Payment',
    ],
  },
  {
    file: '300653.md',
    title: 'Letter, Jawaharlal Nehru to All Provincial Premiers',
    isoDate: '1949-04-01',
    summary: 'Nehru briefs the Provincial Premiers about',
    language: 'English',
    points: [
      '2. While we are',
      '3. The issue of',
      '4. From a world',
      '5. It is clear',
      '6. In any event,',
      '7. The question then',
      '8. In Sinkiang Province',
      '9. In Indo-China, the',
      '10. In Siam, there',
      '11. In Burma, as',
      '12. The policy of',
      '13. To a much',
      '14. The result of',
      '15. All this poses',
      '16. This leads us',
      '17. The Western Powers',
      '18. In Indonesia, the',
      '19. The fact is',
      '20. For India, all',
      '21. There is undoubtedly',
      '22. The question of',
      '23. Generally speaking, our',
      '24. In the Frontier',
      '25. The relations of',
      '26. We have summoned',
      '27. You will have',
      '28. It has also',
      '29. I have a',
      '30. The food situation',
      '31. I feel that,',
      '32. We have invited',
      '33. In regard to',
      '34. I would like',
    ],
  },
  {
    file: 'cable-mao-zedong-filippov-stalin-1.md',
    title: 'Cable, Mao Zedong to Filippov [Stalin]',
    isoDate: '1948-05-10',
    summary: 'Mao says that his poor health',
    language: null,
    points: [],
  },
  {
    file: 'dvincitest-node-100359.md',
    title: 'Cable from Le Duan to Tam Thanh [Hoang Van Thai], Bay Cuong [Pham Hung], and Tuan [Van Tien Dung]',
    isoDate: '1975-04-14',
    summary: 'Cable from Le Duan carrying the',
    language: null,
    points: [],
  },
  {
    file: 'report-hungarian-foreign-ministry-embassy-hungary-north-korea-excerpt.md',
    title: 'Report, Hungarian Foreign Ministry to the Embassy of Hungary in North Korea (Excerpt)',
    isoDate: '1950-05-06',
    summary: 'The Hungarian Ambassador to North Korea',
    language: null,
    points: [],
  },
  {
    file: 'telegram-066808-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs.md',
    title: 'TELEGRAM 066.808 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs',
    isoDate: '1978-08-01',
    summary: 'The Romanian Embassy in Pyongyang reports',
    language: null,
    points: [],
  },
];

describe('the 20 corpus documents', () => {
  it.each(CORPUS)('$file', ({ file, title, isoDate, summary, language, points }) => {
    const { document: doc, diagnostics } = parseFixture(`corpus/${file}`);
    expect(doc.title).toBe(title);
    expect(doc.isoDate).toBe(isoDate);
    expect(doc.summary?.startsWith(summary)).toBe(true);
    expect(doc.originalLanguage).toBe(language);
    expect(doc.points.map((p) => `${p.marker} ${p.text.split(/\s+/).slice(0, 3).join(' ')}`)).toEqual(points);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
