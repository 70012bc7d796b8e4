/** The citation engine: recognizer, tables and helpers the rules, hover and catalog build on. */
export { findCitations } from './find';
export { citationsOf, issuingHeaderOf, ownNumber } from './of-document';
export type { IssuingHeader } from './of-document';
export { checkedCitations, documentKey, isExactlyClassName, issuerClassOf, mentionText, typeNameOf, yearOf } from './identity';
export { DOCUMENT_TYPES, ISSUER_CLASSES, NATIONAL_ASSEMBLY_TERMS, canonicalCode, typeByName, typeOfAbbr } from './tables';
export type { DocumentType, IssuerClass, TypeFamily } from './tables';
export type { Citation, DateMention, NumberSymbol, Part, ReferenceName, SymbolStyle, TypeWord } from './types';
