import { describe, expect, it } from 'vitest';
import { askedKinds, ownCues } from '../../../retrieval/query/kind-cues.ts';
import { questionForm } from '../../../retrieval/query/question-form.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const { concepts } = seedStages();
const form = (q: string, lang: Lang) => questionForm(q, lang, concepts.of(q, lang));

describe('the kinds of fact a question asks', () => {
  it('are every kind it names a cue of, each a cue and none an attribute to find', () => {
    const f = form("what's the telephone, fax and email for the jcg at tsb?", 'en');
    expect(new Set(askedKinds(f))).toEqual(new Set(['fax', 'phone', 'email']));
    expect(f.focus).toEqual([]);
    expect(askedKinds(form('cuál es el fax y el correo del tsb?', 'es'))).toEqual(['fax', 'email']);
  });

  it('hold a count or an amount only as the type: "how many", "combien" are asked with other kinds too', () => {
    expect(askedKinds({ type: 'duration', kinds: ['duration', 'count'] })).toEqual(['duration']);
    expect(askedKinds({ type: 'count', kinds: ['count', 'date'] })).toEqual(['count', 'date']);
    expect(askedKinds({ type: 'place', kinds: ['place'] })).toEqual([]);
  });

  it('hold a kind that needs no form of its own beside one that does: "which doc and what date?"', () => {
    expect(askedKinds({ type: 'document', kinds: ['document', 'date'] })).toEqual(['document', 'date']);
    expect(askedKinds({ type: 'place', kinds: ['place', 'date'] })).toEqual(['place', 'date']);
  });

  it('are asked by cues of their own, not by a word inside a longer cue: "dans quel délai" asks no deadline', () => {
    expect(form('dans quel délai faut-il signaler un incident ?', 'fr').kinds).toBeUndefined();
    expect(
      ownCues(' dans quel delai ', [
        ['quel delai', 'duration'],
        ['delai', 'date'],
      ]),
    ).toEqual([['quel delai', 'duration']]);
    expect(
      ownCues(' quel delai et quel delai de reponse ', [
        ['quel delai', 'duration'],
        ['delai', 'date'],
      ]),
    ).toHaveLength(1);
    expect(
      ownCues(' combien de temps et combien de pays ', [
        ['combien de temps', 'duration'],
        ['combien', 'count'],
      ]),
    ).toHaveLength(2);
  });

  it('are none for a kind of fact that needs no form (a place, a name)', () => {
    expect(askedKinds(form('where and when is the first meeting?', 'en'))).not.toContain('place');
  });
});
