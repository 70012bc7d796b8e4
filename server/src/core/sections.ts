import { foldKey, keyStartsWith } from './text/fold';

/**
 * The sections a Kế hoạch conventionally has, in their conventional order (`rank`), with the
 * titles offices actually use for them. Synonyms are written as a drafter writes them and folded
 * to keys, so case, tone placement and diacritics never matter.
 */
export interface SectionKind {
  readonly id: string;
  readonly label: string;
  readonly synonyms: readonly string[];
  /** Paragraphs before the first section that begin with one of these also satisfy it. */
  readonly preambleStarts?: readonly string[];
  /** Conventional position; kinds of equal rank may come in either order. */
  readonly rank: number;
  /** The skeleton a quick fix inserts: the heading title, then the placeholder body. */
  readonly skeletonTitle: string;
  readonly skeletonBody: string;
}

export const SECTION_KINDS: readonly SectionKind[] = [
  {
    id: 'can-cu', label: 'Căn cứ', rank: 1,
    synonyms: ['Căn cứ', 'Cơ sở pháp lý', 'Cơ sở xây dựng kế hoạch', 'Cơ sở ban hành'],
    preambleStarts: ['Căn cứ', 'Thực hiện'],
    skeletonTitle: 'CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    skeletonBody: '- Căn cứ … (tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu văn bản);',
  },
  {
    id: 'muc-dich', label: 'Mục đích', rank: 1,
    synonyms: ['Mục đích', 'Mục tiêu'],
    skeletonTitle: 'Mục đích',
    skeletonBody: '- …',
  },
  {
    id: 'yeu-cau', label: 'Yêu cầu', rank: 1,
    synonyms: ['Yêu cầu', 'Mục đích, yêu cầu', 'Mục đích và yêu cầu', 'Mục tiêu, yêu cầu', 'Mục tiêu và yêu cầu'],
    skeletonTitle: 'Yêu cầu',
    skeletonBody: '- …',
  },
  {
    id: 'nhiem-vu', label: 'Nhiệm vụ', rank: 2,
    synonyms: [
      'Nhiệm vụ', 'Các nhiệm vụ', 'Nội dung', 'Các nội dung', 'Giải pháp', 'Các giải pháp',
      'Nhiệm vụ trọng tâm', 'Nhiệm vụ, giải pháp', 'Nhiệm vụ và giải pháp', 'Các nhiệm vụ cụ thể',
      'Nội dung thực hiện', 'Nội dung và giải pháp', 'Nội dung nhiệm vụ', 'Hoạt động', 'Các hoạt động',
    ],
    skeletonTitle: 'NHIỆM VỤ VÀ GIẢI PHÁP',
    skeletonBody: '1. …',
  },
  {
    id: 'kinh-phi', label: 'Kinh phí', rank: 3,
    synonyms: ['Kinh phí', 'Kinh phí thực hiện', 'Nguồn kinh phí'],
    skeletonTitle: 'KINH PHÍ THỰC HIỆN',
    skeletonBody: '…',
  },
  {
    id: 'to-chuc-thuc-hien', label: 'Tổ chức thực hiện', rank: 4,
    synonyms: ['Tổ chức thực hiện', 'Trách nhiệm thực hiện', 'Phân công thực hiện', 'Tổ chức triển khai', 'Phân công nhiệm vụ'],
    skeletonTitle: 'TỔ CHỨC THỰC HIỆN',
    skeletonBody: '1. …',
  },
];

export const DEFAULT_REQUIRED = ['can-cu', 'muc-dich', 'yeu-cau', 'nhiem-vu', 'to-chuc-thuc-hien'];

/** Kinds after the user's extra synonyms are merged in; keys are computed once per lint. */
export interface SectionMatcher {
  readonly kinds: readonly SectionKind[];
  /** Ids of the kinds whose synonym the title key begins with. */
  match(titleKey: string): string[];
  /** True when a paragraph key starts like one of the kind's preamble openings. */
  matchesPreamble(kind: SectionKind, paragraphKey: string): boolean;
  isKnownTitle(titleKey: string): boolean;
}

export function sectionMatcher(extraSynonyms: Readonly<Record<string, readonly string[]>> = {}): SectionMatcher {
  const kinds = SECTION_KINDS.map((k) => ({ ...k, synonyms: [...k.synonyms, ...(extraSynonyms[k.id] ?? [])] }));
  const keys = new Map(kinds.map((k) => [k.id, k.synonyms.map(foldKey)]));
  const preambleKeys = new Map(kinds.map((k) => [k.id, (k.preambleStarts ?? []).map(foldKey)]));
  const match = (titleKey: string) =>
    kinds.filter((k) => keys.get(k.id)!.some((s) => keyStartsWith(titleKey, s))).map((k) => k.id);
  return {
    kinds,
    match,
    matchesPreamble: (kind, paragraphKey) => preambleKeys.get(kind.id)!.some((s) => keyStartsWith(paragraphKey, s)),
    isKnownTitle: (titleKey) => match(titleKey).length > 0,
  };
}
