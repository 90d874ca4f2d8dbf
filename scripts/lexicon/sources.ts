/** The maintained sources the general lexicon is compiled from, with their Debian package and licence. */
import type { LexiconSource } from '../../retrieval/query/lexicon.ts';

export const SOURCES: LexiconSource[] = [
  {
    id: 'freedict-eng-fra',
    name: 'FreeDict English-French 0.1.6',
    debian: 'dict-freedict-eng-fra 2022.04.21-1',
    licence: 'GPL-2.0-or-later',
    url: 'https://freedict.org/',
  },
  {
    id: 'freedict-fra-eng',
    name: 'FreeDict French-English 0.4.1',
    debian: 'dict-freedict-fra-eng 2022.04.21-1',
    licence: 'GPL-2.0-or-later',
    url: 'https://freedict.org/',
  },
  {
    id: 'freedict-eng-spa',
    name: 'FreeDict English-Spanish 0.3.1',
    debian: 'dict-freedict-eng-spa 2022.04.21-1',
    licence: 'GPL-2.0-or-later',
    url: 'https://freedict.org/',
  },
  {
    id: 'freedict-spa-eng',
    name: 'FreeDict Spanish-English 0.3.1',
    debian: 'dict-freedict-spa-eng 2022.04.21-1',
    licence: 'GPL-2.0-or-later',
    url: 'https://freedict.org/',
  },
  {
    id: 'apertium-fr-es',
    name: 'Apertium French-Spanish language data',
    debian: 'apertium-fr-es 0.9.4-1',
    licence: 'GPL-2.0-only',
    url: 'https://apertium.org/',
  },
  {
    id: 'apertium-eng-spa',
    name: 'Apertium English-Spanish language data',
    debian: 'apertium-eng-spa 0.8.1-2',
    licence: 'GPL-2.0-only',
    url: 'https://apertium.org/',
  },
  {
    id: 'wordnet-3.0',
    name: 'Princeton WordNet 3.0',
    debian: 'wordnet-base 1:3.0-37',
    licence: 'WordNet-3.0 (permissive)',
    url: 'https://wordnet.princeton.edu/',
  },
  {
    id: 'mythes-fr',
    name: 'LibreOffice French thesaurus (thes_fr, Laurent Godard, Frédéric Labbé, Kevin Hendricks)',
    debian: 'mythes-fr 1:7.5.0-1',
    licence: 'LGPL-2.1-or-later',
    url: 'https://wiki.documentfoundation.org/Language_support_of_LibreOffice',
  },
];
