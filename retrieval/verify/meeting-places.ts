/**
 * A place that says which meeting a sentence means ("the Tokyo meeting", "la reunión de Lisboa", "la réunion de
 * Tokyo") where the cited clause's document is about that meeting, as its title says ("… second meeting of FG-AI4NDM,
 * Tokyo, 12-14 May 2026"): a reference, like the document's own name, not a claim the clause must carry. Said as a
 * claim ("the meeting will be held in Lisbon", "it was not approved in Tokyo"), or naming a place the title does not,
 * it is still checked.
 */
import { fold } from '../text.ts';
import type { Fact } from './fact.ts';

const MEETING = String.raw`(?:meeting|workshop|session|forum|reunion|atelier|seance|taller|sesion)s?`;
const BEFORE_PLACE = new RegExp(String.raw`\b${MEETING}\s+(?:of|in|at|de|d'|du|en|a)\s*$`);
const AFTER_PLACE = new RegExp(String.raw`^\s+${MEETING}\b`);

/** The keys of the places among `facts` that name which meeting `text` means, where a cited document's title names them. */
export function meetingPlaceReferences(facts: Fact[], text: string, titlePlaces: Array<Set<string>>): string[] {
  const folded = fold(text);
  const naming = (f: Fact) => {
    for (let at = folded.indexOf(f.surface); at >= 0; at = folded.indexOf(f.surface, at + 1)) {
      if (BEFORE_PLACE.test(folded.slice(0, at)) || AFTER_PLACE.test(folded.slice(at + f.surface.length))) return true;
    }
    return false;
  };
  return facts.filter((f) => f.kind === 'place' && titlePlaces.some((places) => places.has(f.key)) && naming(f)).map((f) => f.key);
}

const MEETING_OF = /\b(?:meeting|r[ée]union|reuni[óo]n)\s+(?:of|du|de la|de l'|des|del|de)\s+/i;

/**
 * A title's name and subject: the subject follows a colon or a dash ("Collective letter 4/11: Meeting of SG11"), or a
 * meeting report's "meeting of" ("Report of the second meeting of … (FG-AI4NDM), Tokyo").
 */
export function titleParts(title: string): string[] {
  const parts = title.split(/:| [–—] /);
  return parts.length > 1 ? parts : title.split(MEETING_OF);
}
