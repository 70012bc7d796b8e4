/** A deterministic synthetic Kế hoạch of about `kb` kilobytes (see generate-plan.mjs). */
export function generatePlan(kb: number): string;
