/** A question's form as the tests read it: the concept groups it names given as their analysed terms. */
import { analyzeQuery } from '../../retrieval/query/analyze.ts';
import { plainGroups } from '../../retrieval/query/glossary.ts';
import { questionForm } from '../../retrieval/query/question-form.ts';
import type { Lang } from '../../retrieval/types.ts';

export function formOf(question: string, lang: Lang) {
  const groups = plainGroups(analyzeQuery(question, lang));
  const f = questionForm(question, lang, groups);
  const names = (ids: number[]) => ids.map((i) => groups[i].original.join(' '));
  const office = f.office && { role: f.office.role, of: names(f.office.of) };
  return { ...f, focus: names(f.focus), cue: names(f.cue), office, excluded: f.excluded && names(f.excluded) };
}
