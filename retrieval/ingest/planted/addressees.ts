/**
 * Who planted text speaks to, in English, French and Spanish, over folded
 * text (lower case, no accents, straight apostrophes: text.ts `fold`): an AI
 * system or language model, an automated reader of "this", an informal "you".
 */
import { any, src } from './source.ts';

const AI_NOUNS = src`(?:systems?|agents?|assistants?|models?|tools?|bots?|chatbots?|programs?|services?|engines?|readers?|
  crawlers?|summari[sz]ers?)`;

/** An AI system, a language model, an automated answerer. */
const AI_ADDRESSEE = any([
  // English
  src`\b(?:ai|a\.i\.|llm|gpt|genai|generative ai)(?:[- ]?(?:based|powered|driven))?[- ](?:[\w-]+ )?${AI_NOUNS}\b`,
  String.raw`\b(?:large |generative )?language models?\b|\bllms?\b`,
  String.raw`\bchat ?bots?\b|\bchat ?gpt\b|\bgpt-?\d\w*\b|\bcopilot\b`,
  String.raw`\b(?:an?|any|every|the|dear|to the|for the) (?:ai|a\.i\.|llm|bot|machine reader)\b`,
  src`\b(?:automated|automatic|answering|artificial intelligence|virtual|conversational|machine)[- ]
    (?:systems?|agents?|assistants?|tools?|programs?|readers?|repl(?:y|ies)|answers?|responses?|responders?|summari[sz]ers?)\b`,
  String.raw`\b(?:the|any|every|all|your|readers'|reader's) (?:\w+ )?assistants?\b(?! secretary| director| to the)`,
  src`\b(?:indexing|web|search) (?:robots?|crawlers?|bots?|spiders?)\b|\b(?:summari[sz]ation|summary|answer[- ]generation|
    response[- ]generation|text[- ]generation) (?:tools?|systems?|engines?|services?|software)\b`,
  String.raw`^assistants?\b`,
  // French
  src`\b(?:systemes?|agents?|assistants?|outils?|modeles?|programmes?|logiciels?|robots?|services?) (?:\w+ )?
    (?:d'|de l'|fondes? sur l')(?:ia|intelligence artificielle)\b`,
  String.raw`\bmodeles? de langage\b|\b(?:agents?|assistants?|robots?) (?:conversationnels?|virtuels?)\b`,
  String.raw`\brobots? d'indexation\b|\b(?:outils?|logiciels?|moteurs?|systemes?) de (?:resume|synthese|generation)\b`,
  String.raw`\b(?:systemes?|outils?|agents?|programmes?|logiciels?) (?:automatises?|automatiques?)\b`,
  String.raw`\b(?:outils?|systemes?|services?|programmes?) (?:automatises? |automatiques? )?de reponse\b`,
  String.raw`\b(?:l'|une |toute |cette |la |una |toda |esta |cualquier )ia\b`,
  String.raw`\breponses? automatiques?\b|\b(?:chere?s?|a l') ?(?:ia|assistant|modele)\b`,
  String.raw`\b(?:l'|les |tout |tous les |chaque )assistants?\b(?! de | du | des | d'| a la )`,
  // Spanish
  src`\b(?:sistemas?|agentes?|asistentes?|herramientas?|modelos?|programas?|servicios?) (?:\w+ )?
    (?:de |basados? en |fundados? en )(?:la )?(?:ia|inteligencia artificial)\b`,
  String.raw`\bmodelos? de lenguaje\b`,
  String.raw`\brobots? de (?:indexacion|rastreo)\b|\brastreadores?\b|\b(?:herramientas?|sistemas?|programas?) de (?:resumen|generacion)\b`,
  src`\b(?:asistentes?|agentes?|sistemas?|programas?|herramientas?) (?:automatic[oa]s?|automatizad[oa]s?|virtual(?:es)?|
    conversacional(?:es)?)\b`,
  String.raw`\brespuestas? automaticas?\b|\b(?:querid[oa]s?|a la) (?:ia|asistente|modelo)\b`,
  String.raw`\b(?:el|todo|cada) asistente\b(?! a | al | de la | del )`,
]);

const THIS_FR = '(?:ce|cet|cette|ces|le present|la presente)';
const THIS_ES = '(?:este|esta|estos|estas|esto|el presente|la presente)';

/** Text that speaks to whatever is processing it: "if you are a program reading this", "tout outil qui reprend ce paragraphe". */
const READING_SITUATION = any([
  String.raw`\bif you(?: are|'re) (?:a|an|the) (?:\w+ ){0,2}(?:program|machine|bot|ai|model|assistant|system|software|crawler|reader)\b`,
  src`\b(?:reads?|reading|process(?:es|ing)?|index(?:es|ing)?|pars(?:es|ing)|summari[sz](?:es|ing)|consults?|consulting|
    quot(?:es|ing)|ingests?|ingesting|scans?|scanning|crawls?|crawling|retriev(?:es|ing)) (?:this|these)\b`,
  src`\b(?:when|whenever|if|si|cuando|lorsque|quand) (?:the |an? |la |une? |el |l')?
    (?:ai|ia|assistant|asistente|model|modele|modelo|chatbot|bot|llm)s? (?:answers?|responds?|replies|
    repond|responde|responda|contesta|conteste|summari[sz]es|resume)\b`,
  src`\bqui (?:lit|lisent|traite|traitent|indexe|indexent|resume|resument|consulte|consultent|reprend|reprennent|cite|citent|
    analyse|analysent) ${THIS_FR}\b`,
  String.raw`\b(?:lisant|traitant|indexant|resumant|consultant|citant|reprenant) ${THIS_FR}\b`,
  String.raw`\bsi (?:tu es|vous etes) (?:un|une) (?:programme|logiciel|robot|ia|modele|assistant|systeme|machine)\b`,
  src`\bque (?:lee|leen|procesa|procesan|indexa|indexan|resume|resumen|consulte|consulten|cite|citen|
    analiza|analizan) ${THIS_ES}\b`,
  String.raw`\b(?:leyendo|procesando|indexando|resumiendo|consultando|citando) ${THIS_ES}\b`,
  String.raw`\bsi (?:eres|usted es) (?:un|una) (?:\w+ )?(?:programa|software|robot|ia|modelo|asistente|sistema|maquina)\b`,
  // "readers who are not human", "for machines only", "lecteurs non humains", "solo para máquinas"
  src`\b(?:readers?|lecteurs?|lectores?) (?:who|that|qui|que) (?:are|is|ne sont|n'est|no son|no es) (?:not |pas )?
    (?:human|humains?|humanos?)\b|\bnon-?human readers?\b|\blecteurs? non humains?\b|\blectores? no humanos?\b`,
  src`\b(?:for|to) machines only\b|\bdestinee? aux machines\b|\baux machines uniquement\b|\b(?:solo|solamente|unicamente) para
    \x20(?:las )?maquinas\b|\bpara (?:las )?maquinas (?:solo|solamente|unicamente)\b`,
  src`\b(?:generat|produc|writ|compos|draft)\w* (?:an? |the |any )?(?:answers?|summar(?:y|ies)|
    repl(?:y|ies)|responses?) (?:from|of|about|on|based on) (?:this|these|the present)\b`,
  src`\b(?:uses?|using|utilise\w*|utilice\w*|usa|use|usen) (?:this|these|ce|cet|cette|ces|este|esta|estos|estas|el presente|
    la presente|le present) \w+ (?:to|pour|para) (?:answer|respond|reply|summari[sz]e|repondre|resumer|responder|
    contestar|resumir)\b`,
  String.raw`\bif (?:this|the present) (?:\w+ )?(?:is|are) used (?:to|for|in)\b`,
  String.raw`\bsi ${THIS_FR} \w+ (?:est|sont) utilise\w*\b|\bsi ${THIS_ES} \w+ se (?:utiliza|usa)\b`,
  String.raw`\b(?:when|whenever|if) asked\b|\bsi on (?:te|vous) (?:le )?demande\b|\bcuando (?:se )?(?:te|le) (?:lo )?pregunten?\b`,
  src`\b(?:before|after) (?:answering|responding|replying|you answer|you reply)\b
    (?! (?:the|this|a|our) (?:questionnaire|survey|form|letter))`,
  String.raw`\b(?:avant|apres) de repondre\b(?! (?:au|a ce|a la) (?:questionnaire|formulaire|lettre|enquete))`,
  String.raw`\b(?:antes|despues) de (?:responder|contestar)\b(?! (?:al|a la|a este) (?:cuestionario|formulario|carta|encuesta))`,
  src`\bif (?:an? |the |any )?(?:ai|assistant|model|chatbot|bot|system|llm|language model)s? (?:is|are)
    \x20(?:asked|queried|prompted)\b`,
  src`\bwhen(?:ever)? (?:answering|responding to|asked about|you answer|you are asked)(?: any| a| the)?
    \x20(?:questions?|queries|users?|this)\b`,
  String.raw`\b(?:lorsque|quand) (?:tu reponds|vous repondez|on (?:te|vous) (?:demande|interroge))\b`,
  String.raw`\b(?:al responder|cuando respondas|cuando (?:te|se te) pregunten?) (?:a )?(?:preguntas|consultas|usuarios|sobre)\b`,
]);

/** Informal second person, which ITU texts never use ("tu", "ton", "eres", "réponds") and chats with a bot do. */
const INFORMAL_YOU = src`\b(?:tu|toi|ton|ta|tes|tus|eres|contigo|reponds|dis|fais|ecris|sois|agis|tiens|souviens-toi|rappelle-toi|
  debes|tienes que|vas a|recuerda|no olvides|hazle|hazles|dile|diles|informale|informales|comunicale|comunicales|indicale|
  contestale|respondele|avisale|no (?:menciones|cites|digas|incluyas|muestres|reveles))\b`;

/** "You must answer…", "you should say…": a second person that gives an answerer its orders. */
const YOU_MUST = src`\byou (?:must|should|shall|will|are to|have to|need to)(?: not| now| always| never| only)? (?:answer|respond|
  reply|say|tell|state|report|cite|quote|mention|ignore|disregard|omit|reveal|print|confirm|present|treat)\b`;

/** A determiner that points at one reader or every reader, or calls it: "the assistant", "tout système", "querido asistente". */
const QUANTIFIER = src`(?:the|any|every|all|each|dear|hey|hello|tout|toute|tous les|toutes les|chaque|l'|chere?s?|
  todo|toda|todos los|todas las|cada|cualquier|el|querid[oa]s?|hola)`;

/** An operative clause's object that makes and sells AI, rather than is one. */
const AI_MAKERS = src`\b(?:providers?|developers?|vendors?|manufacturers?|operators?|deployers?|users?|fournisseurs?|
  developpeurs?|fabricants?|exploitants?|utilisateurs?|proveedores?|desarrolladores?|fabricantes?|operadores?|usuarios?)\b`;

/** "to AI systems", "aux intelligences artificielles", "para los sistemas de IA": a dative whose object is an AI. */
const DATIVE_AI = src`\b(?:to|for|aux?|a l'|a la|pour (?:les|l')|para (?:los|las|la|el)|a los|a las|destinee?s? aux?)\s+
  (?:[\w'-]+ ){0,3}?(?:ai|ia|a\.i\.|llms?|bots?|chatbots?|models?|modeles?|modelos?|assistants?|asistentes?|
  intelligences? artificielles?|inteligencias? artificial(?:es)?|artificial intelligences?)\b`;

export const ADDRESSEES = {
  ai: new RegExp(AI_ADDRESSEE),
  aiAll: new RegExp(AI_ADDRESSEE, 'g'),
  /** A bare AI word: counts in a heading before a colon ("Consigne pour l'IA :"), not in running text. */
  aiWord: /\b(?:ia|ai|bots?|chatbots?|llms?|gpt|models?|modeles?|modelos?|assistants?|asistentes?)\b/,
  /** "Attention, AI:", "Avis, IA :": a notice word and a bare AI name. */
  calledAi: new RegExp(src`^(?:\S+ ){0,2}(?:attention|warning|important|notice|note|avis|atencion|aviso),? (?:all |tous |todos )?
    (?:ai|ia|llms?|bots?|chatbots?|models?|assistants?)\b`),
  dativeAi: new RegExp(DATIVE_AI),
  readingSituation: new RegExp(READING_SITUATION),
  informalYou: new RegExp(INFORMAL_YOU),
  youMust: new RegExp(YOU_MUST),
  quantifierBefore: new RegExp(String.raw`\b${QUANTIFIER} ?(?:[\w-]+ )?$`),
  quantifierStart: new RegExp(`^${QUANTIFIER}`),
  aiMakers: new RegExp(AI_MAKERS),
};
