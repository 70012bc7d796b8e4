/** The citation engine: recognizer, tables and helpers the rules, hover and catalog build on. */
export { findCitations } from './find';
export { citationsOf, ownNumber } from './of-document';
export { documentKey, typeNameOf, mentionText, checkedCitations } from './identity';
export type { Citation, NumberSymbol, Part, ReferenceName, SymbolStyle, TypeWord, DateMention } from './types';
