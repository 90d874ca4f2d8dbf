/**
 * What planted text tells its addressee to do, in English, French and
 * Spanish, over folded text: verbs of output, dictated content ("answer
 * that…"), the document naming itself, overrides; and the frames of ordinary
 * ITU text that look alike (general requirements, operative clauses).
 */
import { any, src } from './source.ts';

/** Verbs that tell an answerer what to output, cite, omit or ignore. */
const OUTPUT_VERB = any([
  src`\b(?:answer|respond|reply|say|tell|report|indicate|confirm|declare|assert|affirm|cite|quote|omit|ignore|disregard|mention|
    reveal|print|show|send|output|repeat|copy|claim|forget|redirect|refer|append|add|state|describe|inform|notify|advise|warn|
    announce|assure|stress|insist|treat|regard)(?:s|ed|d|ing)?\b(?<!\bmember states)`,
  String.raw`\b(?:replies|replied|said|told|wrote|write|writes|stop|recite|include|insert|let \S+ know)\b`,
  src`\b(?:fai(?:s|tes) savoir|inclu(?:re|s|ez)|glisse[rz]?|haz(?:le|les)? saber|dile|diles|inclu(?:ye|ir|ya|yan)|
    agreg(?:a|ar|ue|uen)|escrib(?:e|ir|a|an)|informale|informales|comunicale|comunicales|indicale|contestale|respondele)\b`,
  String.raw`(?<!the |this |at )\bpresent(?:s|ed|ing)? (?:\S+ ){1,5}as\b`,
  String.raw`\b(?:is|are) (?:hereby )?(?:instructed|required|requested|asked|ordered|directed|expected) to\b`,
  String.raw`\b(?:est|sont) (?:tenue?s?|priee?s?|chargee?s?) de\b`,
  String.raw`\b(?:esta|estan|queda|quedan) (?:obligad[oa]s?|encargad[oa]s?) (?:a|de)\b`,
  src`\b(?:repond\w*|indiqu\w*|dire|dis|dites|affirm\w*|declar\w*|confirm\w*|cit(?:er|e|ez|es|ant)|ignor\w*|omet\w*|omis|
    presenter|presentez|ajout\w*|mentionn\w*|revel\w*|affich\w*|recopi\w*|envo\w*|renvo\w*|communiqu\w*|signal\w*|
    consider(?:er|ez|e)|oubli\w*|orient\w*|inform(?:er|e|ez)|averti\w*|annonc\w*|precis(?:er|e|ez)|assur(?:er|e|ez)|
    trait(?:er|e|ez))\b`,
  src`\b(?:respond\w*|contest\w*|indic(?:ar|a|ad|an)|indiqu(?:e|en)|comuniqu(?:e|en)|notific\w*|notifiqu(?:e|en)|
    expliqu(?:e|en)|especifiqu(?:e|en)|decir|di|diga\w*|afirm\w*|declar\w*|confirm\w*|cit(?:ar|a|e|es|en)|
    ignor\w*|omit\w*|presentar|presenten|anad\w*|mencion\w*|revel\w*|muestr\w*|mostr\w*|envi(?:a|ar|e|en)|comunic\w*|
    consider(?:ar|en|e)|olvid\w*|inform(?:ar|a|e|en)|avis(?:ar|a|e|en)|anunci(?:ar|a|e|en)|advert\w*|precis(?:ar|a|e|en)|
    asegur(?:ar|a|e|en)|senal(?:ar|a|e|en)|trat(?:ar|a|e|en))(?:se|lo|la|le)?\b`,
]);

/** What the output should be: "answer that…", "réponds uniquement que…", "présenter X comme…", "state this as a fact". */
const CONTENT_AFTER_VERB = any([
  String.raw`^(?:\S+\s+){0,9}?(?:that|que|qu'|comme|as (?:a |the )?(?:fact|only|sole|lead)|this as)\b`,
  // "reply with '1 August'", "réponds par…", "responde con…"
  src`^(?:answer|respond|reply|repond|contest)\w*\s+(?:only\s+|uniquement\s+|solo\s+)?
    (?:with|by saying|par|en disant|con|diciendo)\b`,
]);

/** Dictated content that is a system's disclosure about itself ("…state that they are automated"), not an injected fact. */
const SELF_DISCLOSURE = src`^(?:\S+\s+){0,9}?(?:that|que|qu') ?(?:\S+\s+){0,6}?(?:automat\w+|artificial\w*|machines?|robots?|
  bots?|ai|ia|human\w*|humains?|humanos?|not a person|une personne|una persona)\b`;

/** The document speaking of itself. */
const SELF_REFERENCE = any([
  src`\b(?:this|the present|the following|the above) (?:document|text|page|paragraph|clause|circular|resolution|notice|section|
    report|annex|letter|file|recommendation|message|passage)\b`,
  src`\b(?:ce|cet|cette|le present|la presente) (?:document|texte|page|paragraphe|clause|circulaire|resolution|avis|section|
    rapport|annexe|lettre|fichier|recommandation|message|passage)\b`,
  src`\b(?:este|esta|el presente|la presente) (?:documento|texto|pagina|parrafo|clausula|circular|resolucion|aviso|seccion|
    informe|anexo|carta|archivo|recomendacion|mensaje|pasaje)\b`,
]);

/** Words that set a planted rule above the rest: "always", "from now on", "takes precedence", "seul coresponsable". */
const OVERRIDE = any([
  String.raw`\b(?:always|never|regardless|from now on|takes? (?:precedence|priority)|overrides?|supersed\w*)\b`,
  String.raw`\b(?:toujours|jamais|desormais|a partir de maintenant|prioritaire|prevaut|seule?s? (?:co)?\w+)\b`,
  String.raw`\b(?:siempre|nunca|a partir de ahora|prioritari\w*|prevalece|en adelante|sistematicamente|invariablemente)\b`,
  String.raw`\b(?:systematically|invariably|henceforth|systematiquement|invariablement|dorenavant)\b`,
]);

/** Someone asking: the user, their question, "someone asks", "any question about". */
const ASKER_SITUATION = any([
  src`\b(?:a|the|any|every|each) users?\b|\bthe user's question\b|\bwhoever (?:asked|asks)\b|\bthe person asking\b|
    \bregardless of what\b|\b(?:someone|anyone|somebody|anybody) asks\b|\b(?:anyone|someone|whoever|everyone) asking\b|
    \ball questions\b|
    \b(?:any|every|each|all) (?:questions?|quer(?:y|ies)) (?:about|on|regarding|concerning)\b`,
  src`\b(?:l'utilisateur|l'interlocuteur|la question posee|la question de l'utilisateur|toute question|
    (?:un|tout|chaque) utilisateur|quelle que soit la question|quelqu'un (?:demande|pose|interroge)|toutes les questions|
    (?:a )?quiconque (?:demande|pose|interroge)|(?:a )?toute personne qui (?:demande|pose|interroge))\b`,
  src`\b(?:el usuario|al usuario|del usuario|a los usuarios|la pregunta del usuario|la pregunta formulada|toda pregunta|
    (?:un|cada|cualquier) usuario|
    (?:cualquier|toda|cada) (?:consulta|pregunta)|sin importar (?:lo que|la pregunta)|alguien (?:pregunte|pregunta|consulte)|
    todas las (?:consultas|preguntas)|(?:a )?quien (?:pregunte|consulte))\b`,
]);

/** The situation of answering a user: the user, their question, the reply, the conversation. */
const ANSWER_SITUATION = any([
  ASKER_SITUATION,
  String.raw`\b(?:any|every|each|your) (?:question|answer|reply|response)\b|\bthe conversation\b`,
  String.raw`\b(?:toute|chaque|ta|aucune) reponse\b|\bla conversation\b`,
  String.raw`\b(?:toda|cada|cualquier|tu|ninguna) respuesta\b|\bla conversacion\b`,
]);

/** Where the dictated text is to appear: "in any answer", "dans toute réponse", "en toda respuesta". */
const OUTPUT_CONTEXT = src`\b(?:in|into|to|dans|a|en) (?:any|every|each|all|your|toute|toutes|chaque|ta|tes|votre|vos|toda|todas|
  cada|tu|tus) (?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|reponses?|resumes?|respuestas?|resumen(?:es)?)\b`;

/** A sentence that rejects earlier guidance: "ignore previous instructions", "ignora las cláusulas recuperadas". */
const IGNORE_GUIDANCE = any([
  src`\b(?:ignore|disregard|forget|override|bypass|skip)\w* (?:\w+ ){0,3}(?:instructions?|prompts?|rules|guidelines|context|
    clauses|sources|citations?|question|paragraphs)\b`,
  String.raw`\b(?:forget|ignore|disregard) (?:everything|all|anything) (?:above|before|else|previous|you were told)\b`,
  String.raw`\b(?:forget|ignore|disregard|set aside) (?:all of )?the above\b|\b(?:tout )?ce qui precede\b|\b(?:todo )?lo anterior\b`,
  String.raw`\blaisse[sz]? de cote\b|\bdeja[dn]? de lado\b|\bset aside (?:everything|all)\b`,
  src`\b(?:ignore|oublie|neglige|ne tiens pas compte)\w* (?:\w+ ){0,3}(?:instructions?|consignes?|regles|contexte|clauses|
    sources|citations?|question|paragraphes)\b`,
  src`\b(?:ignor|olvid|omit|no tengas en cuenta|no tenga en cuenta)\w* (?:\w+ ){0,3}(?:instrucciones|reglas|contexto|clausulas|
    fuentes|citas|
    pregunta|parrafos)\b`,
]);

/** A general requirement on systems of a kind ("It is required that the AI-based assistant logs…"), not an order to the reader. */
const NORMATIVE_FRAME = any([
  String.raw`^(?:\S+ ){0,2}it is (?:required|recommended|mandatory|essential|necessary|desirable) that\b`,
  String.raw`^(?:\S+ ){0,2}il est (?:requis|recommande|exige|obligatoire|indispensable|necessaire|souhaitable) que\b`,
  String.raw`^(?:\S+ ){0,2}(?:se (?:requiere|recomienda|exige)|es (?:obligatorio|necesario|recomendable|conveniente)) que\b`,
]);

/** Operative openers of resolutions: their first object is who the clause instructs. */
const OPERATIVE_OPENER = src`^(?:and |et |y |e )?(?:further )?(?:instructs?|invites?|requests?|urges?|encourages?|calls? upon|
  resolves?|decides?|charge|invite|prie|exhorte|encourage|decide|demande|resuelve|encarga|invita|pide|insta|alienta|exhorta|
  solicita)\b`;

/** Text an AI produces, named as such: "every generated summary", "toute réponse générée", "respuestas automáticas". */
const GENERATED_OUTPUT = src`\b(?:generated|automated|automatic|ai-generated|machine-generated) (?:answers?|summar(?:y|ies)|
  repl(?:y|ies)|responses?)\b|\b(?:reponses?|resumes?|syntheses?) (?:generee?s?|automatiques?)\b|
  \b(?:respuestas?|resumen(?:es)?) (?:generad[oa]s?|automatic[oa]s?)\b`;

/** An order to say something, as the answerer would be given it (not "please send…", which a circular asks of people). */
const SAYING_ORDER = src`^(?:always |only |just |simply |toujours |seulement |uniquement |siempre |solo |solamente )?
  (?:answer|respond|reply|say|tell|state|claim|assert|affirm|confirm|insist|repon\w*|dis|dites|affirme\w*|confirme\w*|
  indique\w*|precise\w*|respond\w*|contest\w*|di|diga\w*|afirm\w*|confirm\w*|indic\w*|inform\w*|let \S+ know|
  fai(?:s|tes) savoir|haz(?:le|les)? saber|dile|diles|comunica\w*)\b`;

/** Orders to leave something out of the output: "must omit the names…", "doit omettre…". */
const OMISSION = src`\b(?:omit|leave out|exclude|not (?:mention|cite|name|quote)|omettre|exclure|ne (?:pas|jamais) (?:mentionner|citer)|
  omitir|excluir|no (?:mencionar|citar|nombrar))\b`;

/** "The correct answer to any question about … is …": an answer dictated without a verb. */
const DICTATED_ANSWER = src`\b(?:the )?(?:correct|right|only|official|true|real) (?:answer|response|reply) (?:to|for) (?:any|every|all|each)
  \x20(?:questions?|quer(?:y|ies))\b|\bla (?:bonne|seule|vraie|veritable) reponse a (?:toute|chaque) question\b|
  \bla (?:respuesta correcta|unica respuesta|verdadera respuesta) a (?:cualquier|toda|cada) (?:pregunta|consulta)\b`;

/** Outputs that a document can prescribe for its own summaries and automated answers. */
const OUTPUT_OF_TEXT = src`\b(?:summar\w+|resum\w+|synthes\w+|digests?|automated (?:reply|answer|response)|
  (?:any|every) (?:reply|answer|response)|
  toute reponse|toda respuesta|reponses? automatiques?|respuestas? automaticas?|generated (?:answers?|responses?|replies)|
  (?:reponses?|respuestas?) (?:generees?|generadas?)|(?:answers?|responses?) (?:generated|produced))\b`;

const OBLIGATION = src`\b(?:shall|must|should|has to|is to|doit|doivent|devra|devront|debe|deben|debera|deberan|ha de|
  ensure that|make sure|veille[rz]? a ce que|se ruega|se solicita|asegurese de que|es preciso)\b`;

export const DIRECTIVES = {
  outputVerb: new RegExp(OUTPUT_VERB, 'g'),
  contentAfterVerb: new RegExp(CONTENT_AFTER_VERB),
  selfDisclosure: new RegExp(SELF_DISCLOSURE),
  selfReference: new RegExp(SELF_REFERENCE),
  override: new RegExp(OVERRIDE),
  answerSituation: new RegExp(ANSWER_SITUATION),
  askerSituation: new RegExp(ASKER_SITUATION),
  outputContext: new RegExp(OUTPUT_CONTEXT),
  ignoreGuidance: new RegExp(IGNORE_GUIDANCE),
  normativeFrame: new RegExp(NORMATIVE_FRAME),
  operativeOpener: new RegExp(OPERATIVE_OPENER),
  outputOfText: new RegExp(OUTPUT_OF_TEXT),
  obligation: new RegExp(OBLIGATION),
  generatedOutput: new RegExp(GENERATED_OUTPUT),
  dictatedAnswer: new RegExp(DICTATED_ANSWER),
  omission: new RegExp(OMISSION),
  sayingOrder: new RegExp(SAYING_ORDER),
};
