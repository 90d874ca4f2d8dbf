/**
 * The frame a chat message wraps its question in, per language: the words of
 * an address ("Estimados colegas:", "Madame, Monsieur,", "hi all,"), the
 * request that carries the question ("could you kindly confirm", "tu peux me
 * lister", "¿podrían indicarme"), its speech-act verbs and the set phrases of
 * hedging. Closed classes written from common usage; query/framing.ts reads them.
 */
import type { Lang } from '../types.ts';

export interface Frames {
  /** Words that open an address ("Estimados colegas:", "hi all"). */
  greetings: string[];
  /** Who a greeting addresses: an address ends with a comma, a colon or "!", or after one of these ("hi all what is …"). */
  addressees: string[];
  /** Small words an address may hold besides names and addressees ("Dear members of the JCG,"). */
  fillers: string[];
  /** "Could you (kindly) …", "tu peux (me) …", "¿podrían …": the request, with the pronoun it may take (a pattern in pieces). */
  request: string[];
  /** Speech-act verbs, space-separated: what the request asks the assistant to do with the answer. */
  verbs: string;
  /** Hedges and set phrases that frame a question without adding to it. */
  hedges: string[];
  /**
   * What sets a thing aside after a comma, a dash or a bracket ("…, not the cc list", "…, pas les copies", "…, no los de
   * copia"): the negations (with the conjunctions they may take), and the words after them that include rather than
   * exclude ("not just", "pas seulement", "no solo") or hedge ("not sure", "no sé").
   */
  contrast: { negations: string[]; notAfter: string[] };
}

export const FRAMES: Record<Lang, Frames> = {
  en: {
    greetings: ['hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening'],
    addressees: ['all', 'everyone', 'everybody', 'team', 'folks', 'guys', 'colleagues', 'there', 'friends', 'members'],
    fillers: ['of', 'the', 'my', 'our', 'dear', 'and'],
    request: [
      '(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |kindly |pls |just )*',
      "|(?:i'd|i would) like you to )",
    ],
    verbs: 'tell give send show list summari[sz]e confirm explain remind share clarify describe outline recap',
    hedges: [
      '(?:please|pls|kindly) (?:tell|give|send|show|remind|walk|point) (?:me|us)',
      '(?:a )?(?:(?:quick|short|brief) )?(?:rundown|recap) of',
      '(?:a )?(?:quick|short|brief) (?:summary|overview) of',
      "i'd like to know",
      'i would like to know',
      "i'm trying to (?:understand|figure out|find out|work out|reconstruct)",
      'i am trying to (?:understand|figure out|find out|work out|reconstruct)',
      'if i understand correctly',
      'if i understood correctly',
      'as far as i know',
      'correct me if i.m wrong',
      "(?:i'm |i am )?not (?:100% )?sure",
      'i think',
      'i mean',
      'in short',
      'in a nutshell',
      // Who asks, not what: "new here", "total newbie here", "sorry if dumb q" ("quick q": data/chat-shorthand.json).
      // (Not "what's new here": that asks what is new.)
      "(?<!(?:what'?s|what is|anything|something|nothing) )(?:i'm |i am )?(?:(?:totally|completely|very) )?" +
        'new (?:here|to (?:this|the) (?:group|channel|jcg))',
      '(?:(?:a |total |complete )?newbie|newb|noob)(?: here)?',
      '(?:sorry if )?(?:(?:this is )?a )?(?:dumb|silly|stupid) q(?:uestion)?',
      // Asking the channel: "does anyone have", "someone got" ("anyone know" is a shorthand hedge, data/chat-shorthand.json).
      '(?:(?:does|do) )?(?:any|some)(?:\\s?one|\\s?body) (?:here )?(?:knows|kno|has|have|got)',
      'thanks in advance',
      'thank you in advance',
      'many thanks',
      // What a body "is supposed to" do asks what it does; "actually", "exactly" stress a question without adding to it.
      '(?:supposed|meant) to',
      '(?:is|are|was|were) expected to',
      '(?:ok|okay) so',
      'stepping back',
      'actually',
      'actual',
      'exactly',
      'precisely',
      'concretely',
      'basically',
      'really',
    ],
    contrast: {
      negations: ['(?:but |and )?not', 'no'],
      notAfter: ['just', 'only', 'merely', 'even', 'necessarily', 'sure', 'yet', 'really', 'exactly', 'clear'],
    },
  },
  fr: {
    greetings: [
      'bonjour',
      'bonsoir',
      'salut',
      'coucou',
      'hello',
      'cher',
      'chère',
      'chers',
      'chères',
      'madame',
      'monsieur',
      'mesdames',
      'messieurs',
    ],
    addressees: ['tous', 'toutes', 'monde', 'amis', 'équipe', 'collègues', 'membres'],
    fillers: ['à', 'tout', 'le', 'la', 'les', "l'", 'de', 'du', 'des', 'mes', 'chers', 'chères', 'et'],
    request: [
      "(?:est-ce qu')?(?:tu peux|tu pourrais|vous pouvez|vous pourriez|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous",
      "|quelqu'un peut|quelqu'un pourrait) (?:svp |stp |s'il (?:te|vous) pla[iî]t )?(?:me |m'|nous )?",
    ],
    verbs: 'dire donner lister indiquer rappeler confirmer expliquer résumer envoyer préciser montrer communiquer détailler éclairer',
    hedges: [
      // Qui demande, non ce qui est demandé : « nouveau ici », « je débarque », « question bête ».
      '(?:je suis )?(?:tout |toute )?(?:nouveau|nouvelle|nouveaux|nouvelles) ici',
      'je débarque',
      '(?:(?:petite|simple) )?question (?:bête|idiote)',
      // Demander au canal : « quelqu'un a », « quelqu'un connaît » (« qqn sait » : data/chat-shorthand.json).
      "(?:est-ce que )?(?:qqn|quelqu'un) (?:ici )?(?:saurait|a|aurait|conna[iî]t)",
      "j'aimerais savoir",
      'je voudrais savoir',
      'je souhaiterais savoir',
      'je me demandais',
      'si je comprends bien',
      "si j'ai bien compris",
      'sauf erreur de ma part',
      'il me semble que',
      'je crois que',
      'en bref',
      'en résumé',
      "merci d'avance",
      'merci par avance',
      '(?:est|sont|était|étaient) censée?s?',
      'est-il prévu que',
      'concrètement',
      'exactement',
      'précisément',
      'vraiment',
      'réellement',
      'en fait',
      'au juste',
      'dites-moi',
      'dis-moi',
      'donnez-moi',
      'donne-moi',
      'indiquez-moi',
      'rappelez-moi',
      'rappelle-moi',
      'expliquez-moi',
      'explique-moi',
    ],
    contrast: {
      negations: ['(?:mais |et )?(?:non )?pas', '(?:et |mais )?non', 'ni'],
      notAfter: ['seulement', 'uniquement', 'juste', 'que', 'qu', 'encore', 'sûr', 'sûre', 'certain', 'forcément', 'nécessairement'],
    },
  },
  es: {
    greetings: [
      'hola',
      'buenas',
      'buenos días',
      'buenas tardes',
      'buenas noches',
      'estimado',
      'estimada',
      'estimados',
      'estimadas',
      'querido',
      'querida',
      'queridos',
      'queridas',
      'señor',
      'señora',
      'señores',
      'señoras',
    ],
    addressees: ['todos', 'todas', 'equipo', 'colegas', 'chicos', 'miembros', 'amigos'],
    fillers: ['a', 'de', 'del', 'la', 'el', 'los', 'las', 'mis', 'queridos', 'estimados', 'y'],
    request: [
      '(?:(?:me|nos) )?(?:puedes|puede|pueden|podrías|podría|podrían|podéis|podríais|alguien puede|alguien podría) ',
      '(?:por favor )?',
    ],
    verbs: 'decir dar indicar listar confirmar explicar resumir enviar aclarar recordar mostrar precisar señalar pasar detallar',
    hedges: [
      // Quién pregunta, no qué: «soy nuevo aquí», «pregunta tonta».
      '(?:soy )?(?:nuevo|nueva|nuevos|nuevas) (?:aquí|acá|por aquí|en el grupo)',
      'pregunta (?:tonta|rapidita)',
      // Preguntar al canal: «alguien tiene», «alguien conoce» («alguien sabe»: data/chat-shorthand.json).
      '(?:alguien|alguno) (?:aquí |acá )?(?:tiene|conoce)',
      'quisiera saber',
      'quería saber',
      'me gustaría saber',
      'si entiendo bien',
      'si no me equivoco',
      'no me queda claro',
      'no estoy seguro',
      'no estoy segura',
      'creo que',
      'en resumen',
      'gracias de antemano',
      'se supone que',
      '(?:tiene|tienen) que',
      'concretamente',
      'exactamente',
      'precisamente',
      'realmente',
      'en realidad',
      'en sí',
      'dime',
      'dígame',
      'díganme',
      'indícame',
      'indíqueme',
      'indíquenme',
      'explícame',
      'explíqueme',
      'recuérdame',
      'recuérdeme',
      'confírmame',
      'confírmeme',
    ],
    contrast: {
      negations: ['(?:pero |y )?no', 'ni'],
      notAfter: ['solo', 'sólo', 'solamente', 'únicamente', 'sé', 'se', 'estoy', 'todavía', 'aún', 'necesariamente'],
    },
  },
};
