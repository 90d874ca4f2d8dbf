/**
 * The words ITU texts use for their structure, in English, French and
 * Spanish: resolution section openers, known headings, annex markers. The
 * parser matches on accent-folded lower case.
 */

/** Preamble openers → canonical English section name. */
export const PREAMBLE: Record<string, string> = {
  recalling: 'recalling',
  'further recalling': 'further recalling',
  considering: 'considering',
  'further considering': 'further considering',
  recognizing: 'recognizing',
  recognising: 'recognizing',
  'further recognizing': 'further recognizing',
  noting: 'noting',
  'further noting': 'further noting',
  'bearing in mind': 'bearing in mind',
  'taking into account': 'taking into account',
  'having regard': 'having regard',
  emphasizing: 'emphasizing',
  aware: 'aware',
  convinced: 'convinced',
  observing: 'observing',
  'taking note': 'taking note',
  rappelant: 'recalling',
  'rappelant en outre': 'further recalling',
  considerant: 'considering',
  'considerant en outre': 'further considering',
  reconnaissant: 'recognizing',
  'reconnaissant en outre': 'further recognizing',
  notant: 'noting',
  'notant en outre': 'further noting',
  "ayant a l'esprit": 'bearing in mind',
  'tenant compte': 'taking into account',
  soulignant: 'emphasizing',
  consciente: 'aware',
  convaincue: 'convinced',
  observant: 'observing',
  'prenant note': 'taking note',
  recordando: 'recalling',
  'recordando ademas': 'further recalling',
  considerando: 'considering',
  'considerando ademas': 'further considering',
  reconociendo: 'recognizing',
  'reconociendo ademas': 'further recognizing',
  observando: 'noting',
  'observando ademas': 'further noting',
  'teniendo en cuenta': 'bearing in mind',
  'habida cuenta': 'taking into account',
  destacando: 'emphasizing',
  convencida: 'convinced',
  'tomando nota': 'taking note',
  senalando: 'noting',
};

/** Operative openers → canonical English verb. "resolves to instruct" is matched before "resolves". */
export const OPERATIVE: Array<[RegExp, string]> = [
  [/^(resolves|decide|decides|resuelve) (to instruct|de charger|encargar a?) /, 'resolves to instruct'],
  [/^(resolves|decide|decides|resuelve)(\b|$)/, 'resolves'],
  [/^(instructs|charge|encarga)(\b|$)/, 'instructs'],
  [/^(invites|invite|invita)(\b|$)/, 'invites'],
  [/^(requests|prie|pide|solicita)(\b|$)/, 'requests'],
  [/^(encourages|encourage|alienta)(\b|$)/, 'encourages'],
  [/^(urges|exhorte|insta)(\b|$)/, 'urges'],
  [/^(calls upon|appelle|hace un llamamiento)(\b|$)/, 'calls upon'],
  [/^(further resolves|decide en outre|resuelve ademas)(\b|$)/, 'further resolves'],
  [/^(further instructs|charge en outre|encarga ademas)(\b|$)/, 'further instructs'],
  [/^(further invites|invite en outre|invita ademas)(\b|$)/, 'further invites'],
];

/** Objects of operative verbs, abbreviated as delegates write them. Applied in order. */
export const OBJECT_ABBREVIATIONS: Array<[RegExp, string]> = [
  [
    new RegExp(
      String.raw`\b(la |the )?(commission d'etudes|study group|comision de estudio) (\d+)\b` +
        String.raw`( (du|of the|del) secteur[^,]*| de l'uit-t| of the itu[^,]*| del sector[^,]*)?`,
      'g',
    ),
    'SG$3',
  ],
  [/\b(le |the )?(directeur|director) du bureau de la normalisation des telecommunications\b/g, 'the Director of TSB'],
  [/\bthe director of the telecommunication standardization bureau\b/g, 'the Director of TSB'],
  [/\b(le |the )?(directeur|director) du bureau de developpement des telecommunications\b/g, 'the Director of BDT'],
  [/\bthe director of the telecommunication development bureau\b/g, 'the Director of BDT'],
  [/\b(le |the )?(directeur|director) du bureau des radiocommunications\b/g, 'the Director of BR'],
  [/\bthe director of the radiocommunication bureau\b/g, 'the Director of BR'],
  [/\bel director de la oficina de normalizacion de las telecomunicaciones\b/g, 'the Director of TSB'],
  [
    /\bles directeurs du bureau de developpement des telecommunications et du bureau des radiocommunications\b/g,
    'the Directors of BDT and BR',
  ],
  [/\ben collaboration avec\b/g, 'in collaboration with'],
  [/\bles membres du secteur de la normalisation des telecommunications de l'uit\b/g, 'ITU-T members'],
  [/\bles (e|e)tats membres\b/g, 'Member States'],
  [/\bles membres de secteur\b/g, 'Sector Members'],
  [/\b(a )?los estados miembros\b/g, 'Member States'],
  [/\bmember states\b/g, 'Member States'],
  [/\bthe secretary-general\b|\ble secretaire general\b/g, 'the Secretary-General'],
];

/** Common headings, accent-folded French/Spanish → English label. */
export const HEADINGS: Record<string, string> = {
  "domaine d'application et objectifs": 'Scope and objectives',
  "domaine d'application": 'Scope',
  objectifs: 'Objectives',
  'methodes de travail': 'Working methods',
  mandat: 'Terms of reference',
  objet: 'Subject',
  copie: 'Copy to',
  copia: 'Copy to',
  copy: 'Copy to',
  asunto: 'Subject',
  resume: 'Summary',
  resumen: 'Summary',
  references: 'References',
  referencias: 'References',
  'suite a donner': 'Action required',
  'suite a donner par le conseil': 'Action required',
  'resultats attendus': 'Expected results',
  motifs: 'Reasons',
  motivos: 'Reasons',
  'incidences financieres': 'Financial implications',
  'lien(s) pertinent(s) avec le plan strategique': 'Links with the strategic plan',
  proposition: 'Proposal',
  propuesta: 'Proposal',
  introduction: 'Introduction',
  'alcance y objetivos': 'Scope and objectives',
  'metodos de trabajo': 'Working methods',
};

export const ANNEX_RE = /^(annexe|annex|anexo)\s+([a-z0-9]{1,3})\b/i;
