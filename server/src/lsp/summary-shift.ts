import type { PlanSummary, Span } from '../core/catalog/plan-summary';

/**
 * A summary of the text after the BOM, in the editor's positions: only the first line moves. The
 * index keeps positions an editor jumps to, and the editor counts the BOM.
 */
export function shiftSummary(summary: PlanSummary, bom: number): PlanSummary {
  if (bom === 0) return summary;
  const shift = <S extends Span>(s: S): S => ({
    ...s,
    character: s.line === 0 ? s.character + bom : s.character,
    endCharacter: s.endLine === 0 ? s.endCharacter + bom : s.endCharacter,
  });
  return { ...(summary.self ? { self: shift(summary.self) } : {}), citations: summary.citations.map(shift) };
}
